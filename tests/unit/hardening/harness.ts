// A tiny HTTP server for the Node tests that drive Chromium: it serves a blank page that loads
// the single-file build (dist/iraq-mission-charts.bundle.js) and data
// endpoints that fail in every way a newsroom's host can: status codes, bodies that hang, bodies
// in the wrong format, huge files, redirects to another origin. It records when a client hangs
// up before a response is complete, to prove that a request was aborted.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { BUNDLE, ROOT, launchChromium, requireDist } from '../../e2e/harness.js';

export { launchChromium, requireDist };

type Handler = (request: IncomingMessage, response: ServerResponse, url: URL) => void;

export interface TestServer {
  /** `http://127.0.0.1:<port>` with no trailing slash. */
  origin: string;
  /** Paths whose client hung up before the response ended, in order. */
  abandoned: string[];
  /** Paths requested, in order. */
  requested: string[];
  route(pathname: string, handler: Handler): void;
  close(): Promise<void>;
}

/** Starts a server on a free port of 127.0.0.1 with the given routes (more can be added later). */
export async function startServer(routes: Record<string, Handler> = {}): Promise<TestServer> {
  const table = new Map(Object.entries(routes));
  const abandoned: string[] = [];
  const requested: string[] = [];
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    requested.push(url.pathname);
    response.on('close', () => {
      if (!response.writableFinished) abandoned.push(url.pathname);
    });
    const handler = table.get(url.pathname);
    if (handler) return handler(request, response, url);
    response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    abandoned,
    requested,
    route: (pathname, handler) => void table.set(pathname, handler),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const bundle = () => readFileSync(BUNDLE);

/** The routes every page needs: a blank page in `lang` and the single-file build (its charts are made by the tests' scripts). */
export function pageRoutes(): Record<string, Handler> {
  return {
    '/': (_request, response, url) => {
      const lang = url.searchParams.get('lang') ?? 'en';
      const theme = url.searchParams.get('theme') ?? 'light';
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(`<!doctype html>
<html lang="${lang}" theme="${theme}"><head><meta charset="utf-8"><title>hardening</title>
<script type="module" src="/dist/iraq-mission-charts.bundle.js"></script></head>
<body><main id="slot" style="width: 664px"></main></body></html>`);
    },
    '/dist/iraq-mission-charts.bundle.js': (_request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' }).end(bundle());
    },
  };
}

/** The example CSV (nine reported figures, each with its source). */
export const EXAMPLE_CSV = readFileSync(path.join(ROOT, 'examples', 'data', 'troop-levels.csv'), 'utf8');

/** Opens the blank page and waits until `<troop-levels-chart>` is defined. */
export async function openBlank(browser: Browser, origin: string, query = ''): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  (page as Page & { errors: string[] }).errors = errors;
  await page.goto(`${origin}/${query}`);
  await page.waitForFunction(() => !!customElements.get('troop-levels-chart'));
  return page;
}

/** Uncaught errors the page has thrown so far. */
export function pageErrors(page: Page): string[] {
  return (page as Page & { errors: string[] }).errors;
}
