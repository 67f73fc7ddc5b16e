import { parseCsv } from '../../../data/csv.js';

/** Longest a `src` request may take before the chart gives up and says so. */
export const LOAD_TIMEOUT_MS = 15_000;

/** Why a `src` could not be used. */
export class LoadError extends Error {
  constructor(
    readonly code: 'load-failed' | 'parse-failed',
    readonly status = '',
  ) {
    super(code);
  }
}

/**
 * Reads a response body as JSON or CSV: by the content type, then the file name, then the
 * first character. An HTML page (a server's "not found" page sent with status 200) is neither.
 */
export function parseBody(text: string, contentType: string, url: string): unknown {
  const type = contentType.toLowerCase();
  const path = url.split(/[?#]/)[0]!.toLowerCase();
  const head = text.trimStart();
  if (type.includes('html') || head.startsWith('<')) throw new LoadError('parse-failed');
  const json = type.includes('json') || path.endsWith('.json') || head.startsWith('[') || head.startsWith('{');
  if (json) {
    try {
      return JSON.parse(text);
    } catch {
      throw new LoadError('parse-failed');
    }
  }
  const rows = parseCsv(text);
  if (!rows.columns.includes('date')) throw new LoadError('parse-failed');
  return rows;
}

/**
 * Fetches and parses a `src`; aborts with the signal, and on its own after `timeout` ms
 * ({@link LOAD_TIMEOUT_MS} by default), whether the server is slow to answer or to finish the body.
 */
export async function loadSource(src: string, base: string, signal: AbortSignal, timeout = LOAD_TIMEOUT_MS): Promise<unknown> {
  const url = new URL(src, base).href;
  const timer = AbortSignal.timeout(timeout);
  const both = AbortSignal.any([signal, timer]);
  const failed = (error: unknown) => {
    if (signal.aborted) return error;
    return new LoadError('load-failed', timer.aborted ? 'timeout' : '');
  };
  let response: Response;
  try {
    response = await fetch(url, { signal: both, credentials: 'same-origin' });
  } catch (error) {
    throw failed(error);
  }
  if (!response.ok) throw new LoadError('load-failed', `HTTP ${response.status}`);
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    throw failed(error);
  }
  return parseBody(text, response.headers.get('content-type') ?? '', url);
}
