import { parseCsv } from '../../data/csv.js';

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

/** Fetches and parses a `src`; aborts with the signal, and on its own after {@link LOAD_TIMEOUT_MS}. */
export async function loadSource(src: string, base: string, signal: AbortSignal): Promise<unknown> {
  const url = new URL(src, base).href;
  const timeout = AbortSignal.timeout(LOAD_TIMEOUT_MS);
  const both = AbortSignal.any([signal, timeout]);
  let response: Response;
  try {
    response = await fetch(url, { signal: both, credentials: 'same-origin' });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new LoadError('load-failed', timeout.aborted ? 'timeout' : '');
  }
  if (!response.ok) throw new LoadError('load-failed', `HTTP ${response.status}`);
  const text = await response.text();
  return parseBody(text, response.headers.get('content-type') ?? '', url);
}
