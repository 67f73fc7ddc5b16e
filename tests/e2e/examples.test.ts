import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, chartFacts, chartsSettled, launchChromium, openPage, requireDist, startExamples, violations, type ExampleServer } from './harness.js';

/**
 * The example pages, served under `default-src 'self'; script-src 'self'; style-src 'self'`,
 * at a phone, a tablet and a desktop width: every chart drawn at its column's width, nothing
 * in the console, no CSP violation, no horizontal scrolling, and Arabic charts right to left
 * with Arabic-Indic digits.
 */

const WIDTHS = [360, 768, 1280] as const;

/** Each page and the number of charts it has. */
const PAGES = [
  // Two charts in the article, and the five of the dashboard in the wide section.
  { file: 'en-article.html', charts: 7, arabic: 0 },
  { file: 'ar-article.html', charts: 7, arabic: 7 },
  { file: 'head-script.html', charts: 2, arabic: 1 },
  // The single-file build instead of the loader.
  { file: 'single-file.html', charts: 2, arabic: 0 },
] as const;

const ARABIC_INDIC = /[٠-٩]/;
const ASCII_DIGIT = /[0-9]/;

let server: ExampleServer;
let browser: Browser;

beforeAll(async () => {
  requireDist();
  server = await startExamples();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the example server', () => {
  it('serves the index, the pages, the bundle and the stylesheet with the strict CSP and their content types, and 404s anything else', async () => {
    const get = async (path: string) => {
      const response = await fetch(new URL(path, server.url));
      await response.arrayBuffer();
      return [response.status, response.headers.get('content-type'), response.headers.get('content-security-policy')];
    };
    const csp = "default-src 'self'; script-src 'self'; style-src 'self'";
    expect(await get('/')).toEqual([200, 'text/html; charset=utf-8', csp]);
    expect(await get('/examples/en-article.html')).toEqual([200, 'text/html; charset=utf-8', csp]);
    expect(await get('/examples/article.css')).toEqual([200, 'text/css; charset=utf-8', csp]);
    expect(await get('/examples/theme-toggle.js')).toEqual([200, 'text/javascript; charset=utf-8', csp]);
    expect(await get('/dist/iraq-mission-charts.js')).toEqual([200, 'text/javascript; charset=utf-8', csp]);
    expect(await get('/dist/iraq-mission-charts.bundle.js')).toEqual([200, 'text/javascript; charset=utf-8', csp]);
    // The loader's chunks, next to it.
    const list = JSON.parse(await readFile(path.join(ROOT, 'dist', 'standalone', 'chunks.json'), 'utf8')) as { fetched: Record<string, string[]> };
    for (const chunk of list.fetched['troop-levels-chart']!) expect(await get(`/dist/${chunk}`), chunk).toEqual([200, 'text/javascript; charset=utf-8', csp]);
    expect(await get('/examples/data/troop-levels.csv')).toEqual([200, 'text/csv; charset=utf-8', csp]);
    expect(await get('/examples/data/troop-levels.json')).toEqual([200, 'application/json; charset=utf-8', csp]);
    expect(await get('/package.json')).toEqual([404, 'text/plain; charset=utf-8', csp]);
    expect(await get('/examples/missing.html')).toEqual([404, 'text/plain; charset=utf-8', csp]);
    expect(await get('/examples/..%2Fpackage.json')).toEqual([404, 'text/plain; charset=utf-8', csp]);
    expect(await get('/dist/')).toEqual([404, 'text/plain; charset=utf-8', csp]);
    expect(await get('/favicon.ico')).toEqual([204, null, csp]);
  });

  it('lists the two article pages on the index', async () => {
    const html = await (await fetch(server.url)).text();
    expect(html).toContain('href="/examples/en-article.html"');
    expect(html).toContain('href="/examples/ar-article.html"');
  });
});

describe.each(PAGES)('examples/$file', ({ file, charts, arabic }) => {
  it.each(WIDTHS)('at %i px: every chart drawn at its width, no console error, no CSP violation, no horizontal scroll', async (width) => {
    const { context, page, problems } = await openPage(browser, width);
    try {
      await page.goto(new URL(`/examples/${file}`, server.url).href, { waitUntil: 'load' });
      await chartsSettled(page);
      const facts = await chartFacts(page);

      expect(facts).toHaveLength(charts);
      for (const chart of facts) {
        expect(chart.svgWidthAttribute).toBeGreaterThan(0);
        expect(chart.svgClientWidth).toBe(chart.svgWidthAttribute);
        expect(chart.plotWidth).toBe(chart.svgWidthAttribute);
        expect(chart.svgWidthAttribute).toBeLessThanOrEqual(chart.hostWidth);
        expect(chart.points).toBeGreaterThan(0);
        expect(chart.xLabels.length).toBeGreaterThan(0);
        // The timeline has no value axis.
        if (chart.tag !== 'mission-timeline') expect(chart.yLabels.length).toBeGreaterThan(0);
      }

      const rtl = facts.filter((chart) => chart.dir === 'rtl');
      expect(rtl).toHaveLength(arabic);
      for (const chart of rtl) {
        for (const label of [...chart.xLabels, ...chart.yLabels]) {
          expect(label).toMatch(ARABIC_INDIC);
          expect(label).not.toMatch(ASCII_DIGIT);
        }
      }
      for (const chart of facts.filter((c) => c.dir !== 'rtl')) {
        expect(chart.dir).toBe('ltr');
        expect(chart.xLabels.every((label) => /^[0-9]{4}$/.test(label))).toBe(true);
      }

      const overflow = await page.evaluate(() => ({ scrollWidth: document.scrollingElement!.scrollWidth, innerWidth }));
      expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.innerWidth);

      expect(await violations(page)).toEqual([]);
      expect(problems).toEqual({ console: [], pageErrors: [], failedRequests: [] });
    } finally {
      await context.close();
    }
  });
});

describe('examples/ar-article.html', () => {
  it('draws the sidebar chart from 2014 in ar-IQ inherited from its <aside>, and the others with their own lang', async () => {
    const { context, page } = await openPage(browser, 1280);
    try {
      await page.goto(new URL('/examples/ar-article.html', server.url).href);
      await chartsSettled(page);
      const facts = await chartFacts(page);
      expect(facts.slice(0, 2).map((c) => c.attributes)).toEqual([{ lang: 'ar-IQ' }, { from: '2014', 'heading-level': '3' }]);
      // The dashboard's charts take its language by inheritance and share one link group.
      const inDashboard = facts.slice(2);
      expect(inDashboard.map((c) => c.tag)).toEqual(['mission-timeline', 'troop-levels-chart', 'airstrikes-chart', 'casualties-chart', 'spending-chart']);
      expect(new Set(inDashboard.map((c) => c.attributes['link-group'])).size).toBe(1);
      expect(inDashboard.every((c) => c.dir === 'rtl')).toBe(true);
      const headings = await page.locator('troop-levels-chart [part="heading"]').allTextContents();
      expect(headings[1]).toBe('القوات الأمريكية في العراق، ٢٠١٤–٢٠٢٦');
      expect(await page.locator('troop-levels-chart').nth(1).locator('[part="heading"]').getAttribute('aria-level')).toBe('3');
      expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
    } finally {
      await context.close();
    }
  });

  it('puts the sidebar beside the text at 1280 px and under it at 360 px', async () => {
    for (const [width, beside] of [[1280, true], [360, false]] as const) {
      const { context, page } = await openPage(browser, width);
      try {
        await page.goto(new URL('/examples/ar-article.html', server.url).href);
        await chartsSettled(page);
        const boxes = await page.evaluate(() => {
          const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect().toJSON() as DOMRect;
          return { story: box('.story'), sidebar: box('.sidebar') };
        });
        if (beside) {
          // Right to left: the text column on the right, the sidebar on its left, side by side.
          expect(boxes.sidebar.right).toBeLessThanOrEqual(boxes.story.left);
          expect(boxes.sidebar.top).toBe(boxes.story.top);
          expect(boxes.story.width).toBe(680);
          expect(boxes.sidebar.width).toBe(300);
        } else {
          expect(boxes.sidebar.top).toBeGreaterThanOrEqual(boxes.story.bottom);
          expect(boxes.sidebar.width).toBe(boxes.story.width);
        }
      } finally {
        await context.close();
      }
    }
  });
});

describe('examples/head-script.html (a CMS that strips <script> from the body)', () => {
  it('has one script, the standalone module in <head>, and its charts in the body render', async () => {
    const { context, page, problems } = await openPage(browser, 1024);
    try {
      await page.goto(new URL('/examples/head-script.html', server.url).href);
      await chartsSettled(page);
      const scripts = await page.evaluate(() =>
        [...document.querySelectorAll('script')].map((s) => [s.parentElement!.localName, s.type, s.getAttribute('src')]),
      );
      expect(scripts).toEqual([['head', 'module', '/dist/iraq-mission-charts.js']]);
      const facts = await chartFacts(page);
      expect(facts.map((c) => [c.dir, c.points > 0, c.svgWidthAttribute === c.plotWidth])).toEqual([
        ['ltr', true, true],
        ['rtl', true, true],
      ]);
      expect(await violations(page)).toEqual([]);
      expect(problems).toEqual({ console: [], pageErrors: [], failedRequests: [] });
    } finally {
      await context.close();
    }
  });
});
