import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_CSV, launchChromium, openBlank, pageErrors, pageRoutes, requireDist, startServer, type TestServer } from './harness.js';

/**
 * `src` against a real server that fails in every way a host can: each failure ends in a notice
 * in the chart's language and an `imc-data-issues` event, and the last good data stays drawn.
 * Chromium runs the standalone bundle (dist/), as a newsroom page would.
 */

const TIMEOUT_MS = 800;
/**
 * Rows in the huge file: 5 MB of CSV, each row with a long note as a newsroom export has. (The
 * same 5 MB as 120,000 short rows blocks the page for about 20 s: see the closing note.)
 */
const HUGE_ROWS = 12_000;

let server: TestServer;
let other: TestServer;
let browser: Browser;
/** Requests held open by the test, released with `release(path)`. */
const held = new Map<string, (body: string) => void>();

const csv = (rows: string[]) => `date,value,source\n${rows.join('\n')}\n`;
const THREE_ROWS = csv(['2019,5200,Desk A', '2020,5000,Desk A', '2021,2500,Desk B']);
const HUGE = (() => {
  const lines = ['id,date,value,source,note_en'];
  for (let i = 0; i < HUGE_ROWS; i++) {
    const day = i % 8766;
    const date = new Date(Date.UTC(2003, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
    lines.push(`h${i},${date},${(i * 7919) % 170000},Wire service report number ${i % 97},"${`Figure ${i}, as reported; `.repeat(16)}"`);
  }
  return `${lines.join('\n')}\n`;
})();

beforeAll(async () => {
  requireDist();
  other = await startServer({
    '/data.csv': (_q, r) => void r.writeHead(200, { 'Content-Type': 'text/csv' }).end(THREE_ROWS),
  });
  server = await startServer({
    ...pageRoutes(),
    '/good.csv': (_q, r) => void r.writeHead(200, { 'Content-Type': 'text/csv' }).end(EXAMPLE_CSV),
    '/three.csv': (_q, r) => void r.writeHead(200, { 'Content-Type': 'text/csv' }).end(THREE_ROWS),
    '/status-500.csv': (_q, r) => void r.writeHead(500, { 'Content-Type': 'text/plain' }).end('boom'),
    '/status-503.json': (_q, r) => void r.writeHead(503, { 'Content-Type': 'application/json', 'Retry-After': '1' }).end('{}'),
    // Headers and the first row, then nothing: the body never ends.
    '/hangs.csv': (_q, r) => {
      r.writeHead(200, { 'Content-Type': 'text/csv' });
      r.write('date,value,source\n2019,5200,Desk\n');
    },
    // Not even headers.
    '/silent.csv': () => undefined,
    '/csv-as-json': (_q, r) => void r.writeHead(200, { 'Content-Type': 'application/json' }).end(THREE_ROWS),
    '/html-as-csv.csv': (_q, r) => void r.writeHead(200, { 'Content-Type': 'text/csv' }).end('<!doctype html><title>Not found</title><p>Sorry'),
    '/binary.csv': (_q, r) => void r.writeHead(200, { 'Content-Type': 'text/csv' }).end(Buffer.from([0, 159, 146, 150, 255, 0, 10, 1, 2])),
    '/object.json': (_q, r) => void r.writeHead(200, { 'Content-Type': 'application/json' }).end('{"observations": 5}'),
    '/huge.csv': (_q, r) => void r.writeHead(200, { 'Content-Type': 'text/csv' }).end(HUGE),
    '/redirect.csv': (_q, r) => void r.writeHead(302, { Location: `${other.origin}/data.csv` }).end(),
    '/held.csv': (_q, r, url) => {
      r.writeHead(200, { 'Content-Type': 'text/csv' });
      r.flushHeaders();
      held.set(url.pathname + url.search, (body) => r.end(body));
    },
  });
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await other?.close();
});

/** Mounts a chart on the page with attributes and properties, recording its issue events. */
async function mount(page: Page, attributes: Record<string, string>, properties: Record<string, unknown> = {}): Promise<void> {
  await page.evaluate(
    ([attributes, properties]) => {
      const chart = document.createElement('troop-levels-chart') as unknown as HTMLElement & Record<string, unknown>;
      const events: unknown[] = [];
      (window as unknown as { events: unknown[] }).events = events;
      chart.addEventListener('imc-data-issues', (e) => events.push((e as CustomEvent).detail.issues.map((i: { row: number; field: string; code: string }) => [i.row, i.field, i.code])));
      for (const [name, value] of Object.entries(properties)) chart[name] = value;
      for (const [name, value] of Object.entries({ now: '2025-01-01', annotations: 'none', ...attributes })) chart.setAttribute(name, value);
      document.getElementById('slot')!.append(chart);
    },
    [attributes, properties] as const,
  );
}

interface Facts {
  notice: string[];
  points: number;
  busy: string | null;
  events: [number, string, string][][];
}

const facts = (page: Page): Promise<Facts> =>
  page.evaluate(() => {
    const root = document.querySelector('troop-levels-chart')?.shadowRoot;
    const notice = root?.querySelector('[part="notice"]');
    return {
      notice: [...(notice?.querySelectorAll('li') ?? [])].map((li) => li.textContent ?? ''),
      points: root?.querySelectorAll('circle.point').length ?? 0,
      busy: root?.querySelector('.plot')?.getAttribute('aria-busy') ?? null,
      events: (window as unknown as { events: [number, string, string][][] }).events,
    };
  });

/** Waits until the chart's notice lists `count` reasons (and it is no longer loading). */
const noticed = (page: Page, count = 1, timeout = 10_000) =>
  page.waitForFunction(
    (count) => {
      const root = document.querySelector('troop-levels-chart')?.shadowRoot;
      return root?.querySelectorAll('[part="notice"] li').length === count && root.querySelector('.plot')?.getAttribute('aria-busy') === 'false';
    },
    count,
    { timeout, polling: 50 },
  );

const drawnPoints = (page: Page, count: number, timeout = 10_000) =>
  page.waitForFunction((count) => document.querySelector('troop-levels-chart')?.shadowRoot?.querySelectorAll('circle.point').length === count, count, { timeout, polling: 50 });

const until = async (check: () => boolean, what: string, timeout = 10_000) => {
  const end = Date.now() + timeout;
  while (!check()) {
    if (Date.now() > end) throw new Error(`never happened: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

async function withPage(query: string, run: (page: Page) => Promise<void>): Promise<void> {
  const page = await openBlank(browser, server.origin, query);
  try {
    await run(page);
    expect(pageErrors(page)).toEqual([]);
  } finally {
    await page.close();
  }
}

describe('a failing src ends in a notice in the chart language, an imc-data-issues event, and keeps the last good data', () => {
  it('404, in English and in Arabic', async () => {
    await withPage('', async (page) => {
      await mount(page, { src: '/missing.csv' });
      await noticed(page);
      expect(await facts(page)).toEqual({ notice: ['The data could not be loaded (HTTP 404).'], points: 0, busy: 'false', events: [[[-1, 'src', 'load-failed']]] });
    });
    await withPage('?lang=ar-IQ', async (page) => {
      await mount(page, { src: '/missing.csv' });
      await noticed(page);
      const { notice, events } = await facts(page);
      expect(notice).toEqual(['تعذّر تحميل البيانات (HTTP 404).']);
      expect(events).toEqual([[[-1, 'src', 'load-failed']]]);
    });
  }, 30_000);

  it('500 and 503 after good data: the good data stays drawn', async () => {
    await withPage('', async (page) => {
      await mount(page, { src: '/good.csv' });
      await drawnPoints(page, 9);
      await page.evaluate(() => document.querySelector('troop-levels-chart')!.setAttribute('src', '/status-500.csv'));
      await noticed(page);
      expect(await facts(page)).toMatchObject({ notice: ['The data could not be loaded (HTTP 500).'], points: 9, events: [[[-1, 'src', 'load-failed']]] });
      await page.evaluate(() => document.querySelector('troop-levels-chart')!.setAttribute('src', '/status-503.json'));
      await page.waitForFunction(() => document.querySelector('troop-levels-chart')?.shadowRoot?.querySelector('[part="notice"] li')?.textContent?.includes('503'));
      expect(await facts(page)).toMatchObject({ notice: ['The data could not be loaded (HTTP 503).'], points: 9 });
      expect((await facts(page)).events.length).toBe(2);
    });
  }, 30_000);

  it('a body that never ends, and a server that never answers, time out: the notice says so and the connection is closed', async () => {
    await withPage('', async (page) => {
      await mount(page, { src: '/hangs.csv' }, { loadTimeout: TIMEOUT_MS });
      await noticed(page);
      expect(await facts(page)).toMatchObject({ notice: ['The data could not be loaded (timeout).'], points: 0, events: [[[-1, 'src', 'load-failed']]] });
      await until(() => server.abandoned.includes('/hangs.csv'), 'the hanging body was abandoned');
    });
    await withPage('', async (page) => {
      await mount(page, { src: '/good.csv' }, { loadTimeout: TIMEOUT_MS });
      await drawnPoints(page, 9);
      await page.evaluate(() => document.querySelector('troop-levels-chart')!.setAttribute('src', '/silent.csv'));
      await noticed(page);
      expect(await facts(page)).toMatchObject({ notice: ['The data could not be loaded (timeout).'], points: 9 });
      await until(() => server.abandoned.includes('/silent.csv'), 'the silent request was abandoned');
    });
  }, 30_000);

  it('keeps 15 s as the default timeout', async () => {
    await withPage('', async (page) => {
      expect(await page.evaluate(() => (document.createElement('troop-levels-chart') as unknown as { loadTimeout: number }).loadTimeout)).toBe(15_000);
    });
  });

  it('a body that is not the announced format, or not data at all, is refused in plain words', async () => {
    const cases: [string, string][] = [
      ['/csv-as-json', 'The data file could not be read as JSON or CSV.'],
      ['/html-as-csv.csv', 'The data file could not be read as JSON or CSV.'],
      ['/binary.csv', 'The data file could not be read as JSON or CSV.'],
      ['/object.json', 'The data is not a list of records.'],
    ];
    await withPage('', async (page) => {
      await mount(page, { src: '/good.csv' });
      await drawnPoints(page, 9);
      for (const [path, message] of cases) {
        await page.evaluate((path) => document.querySelector('troop-levels-chart')!.setAttribute('src', path), path);
        await page.waitForFunction((message) => document.querySelector('troop-levels-chart')?.shadowRoot?.querySelector('[part="notice"] li')?.textContent === message, message, { timeout: 10_000 });
        await noticed(page);
        expect((await facts(page)).points, path).toBe(9);
      }
      // One event per failed load, each with the reason for that load.
      expect((await facts(page)).events.map((e) => e.map(([row, field, code]) => `${row}:${field}:${code}`).join())).toEqual(['-1:src:parse-failed', '-1:src:parse-failed', '-1:src:parse-failed', '-1:*:not-a-list']);
    });
  }, 30_000);

  it(`a 5 MB CSV (${HUGE_ROWS.toLocaleString('en')} rows) draws or reports without freezing the page`, async () => {
    expect(HUGE.length).toBeGreaterThan(5_000_000);
    await withPage('', async (page) => {
      await mount(page, { src: '/huge.csv' });
      await page.waitForFunction(
        () => {
          const root = document.querySelector('troop-levels-chart')?.shadowRoot;
          return root?.querySelector('.plot')?.getAttribute('aria-busy') === 'false' && (root.querySelectorAll('circle.point').length > 0 || !!root.querySelector('[part="notice"]'));
        },
        undefined,
        { timeout: 30_000, polling: 100 },
      );
      // The page still answers: a task queued now runs.
      expect(await page.evaluate(() => new Promise((resolve) => setTimeout(() => resolve('alive'), 0)))).toBe('alive');
    });
  }, 60_000);

  it('a redirect to another origin without CORS fails as a load failure, keeping the last good data', async () => {
    await withPage('', async (page) => {
      await mount(page, { src: '/good.csv' });
      await drawnPoints(page, 9);
      await page.evaluate(() => document.querySelector('troop-levels-chart')!.setAttribute('src', '/redirect.csv'));
      await noticed(page);
      expect(await facts(page)).toMatchObject({ notice: ['The data could not be loaded.'], points: 9, events: [[[-1, 'src', 'load-failed']]] });
      expect(other.requested).toContain('/data.csv');
    });
  }, 30_000);

  it('an element removed while loading aborts its request: the server sees the connection close early', async () => {
    await withPage('', async (page) => {
      await mount(page, { src: '/held.csv?removed' });
      await until(() => held.has('/held.csv?removed'), 'the request reached the server');
      await page.evaluate(() => document.querySelector('troop-levels-chart')!.remove());
      await until(() => server.abandoned.includes('/held.csv'), 'the request was aborted');
      held.get('/held.csv?removed')!(EXAMPLE_CSV);
      expect((await facts(page)).events).toEqual([]);
    });
  }, 30_000);

  it('src changed while loading: the old request is aborted and its late response ignored', async () => {
    await withPage('', async (page) => {
      const before = server.abandoned.length;
      await mount(page, { src: '/held.csv?old' });
      await until(() => held.has('/held.csv?old'), 'the first request reached the server');
      await page.evaluate(() => document.querySelector('troop-levels-chart')!.setAttribute('src', '/three.csv'));
      await drawnPoints(page, 3);
      await until(() => server.abandoned.length > before, 'the first request was aborted');
      // The old response arrives now, complete: nothing changes.
      held.get('/held.csv?old')!(EXAMPLE_CSV);
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));
      expect(await facts(page)).toMatchObject({ notice: [], points: 3, busy: 'false', events: [] });
    });
  }, 30_000);
});

describe('the notice speaks the chart language', () => {
  it('an Arabic chart says a request timed out in Arabic', async () => {
    await withPage('?lang=ar-IQ', async (page) => {
      await mount(page, { src: '/hangs.csv?ar' }, { loadTimeout: TIMEOUT_MS });
      await noticed(page);
      const [reason] = (await facts(page)).notice;
      expect(reason).toMatch(/^تعذّر تحميل البيانات/);
      expect(reason!.replace('HTTP', '')).not.toMatch(/[A-Za-z]/);
    });
  }, 30_000);
});
