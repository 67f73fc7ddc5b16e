import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, chartFacts, chartsSettled, launchChromium, openPage, requireDist, violations } from './harness.js';

/**
 * The standalone loader served as a newsroom serves it: from a CDN on another origin and path
 * than the article, under a strict policy that allows scripts from that CDN only, and with the
 * script alone in the `<head>`. Every request of the page is answered here (Playwright's
 * routing), so the origins are real and nothing else is needed.
 */

const ARTICLE = 'https://newsroom.example/2026/12/troops/article.html';
const CDN = 'https://cdn.example/npm/iraq-mission-charts@0.1.0/dist/';
const CSP = "default-src 'self'; script-src https://cdn.example; style-src 'self'";

const TYPES: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.json': 'application/json', '.map': 'application/json' };

let browser: Browser;

beforeAll(async () => {
  requireDist();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** Opens an article with this body, the loader's script in its head, and records every script request. */
async function article(body: string, width = 1000) {
  const opened = await openPage(browser, width);
  const scripts: string[] = [];
  await opened.context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url === ARTICLE) {
      return route.fulfill({
        status: 200,
        headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CSP },
        body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Article</title>
<script type="module" src="${CDN}iraq-mission-charts.js"></script>
<script type="module" src="${CDN}iraq-mission-charts.js?pasted=again"></script></head><body>${body}</body></html>`,
      });
    }
    if (url.startsWith(CDN)) {
      const file = path.join(ROOT, 'dist', new URL(url).pathname.slice(new URL(CDN).pathname.length));
      scripts.push(url.split('?')[0]!.slice(CDN.length));
      try {
        return await route.fulfill({
          status: 200,
          headers: { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'access-control-allow-origin': '*' },
          body: await readFile(file),
        });
      } catch {
        return route.fulfill({ status: 404, body: 'not found' });
      }
    }
    return route.fulfill({ status: 404, body: 'not found' });
  });
  await opened.page.goto(ARTICLE);
  return { ...opened, scripts };
}

describe('the loader from another origin and path, under the strict CSP, in the <head> alone', () => {
  it('resolves its chunks against its own URL, fetches only what the troop chart needs, and draws it with no problem', async () => {
    const { context, page, problems, scripts } = await article('<main><troop-levels-chart lang="ar-IQ"></troop-levels-chart></main>');
    try {
      await chartsSettled(page);
      const facts = await chartFacts(page);
      expect(facts.map((f) => [f.tag, f.dir])).toEqual([['troop-levels-chart', 'rtl']]);
      expect(facts[0]!.points).toBeGreaterThan(50);
      const list = JSON.parse(await readFile(path.join(ROOT, 'dist', 'standalone', 'chunks.json'), 'utf8')) as Record<'fetched' | 'arabic', Record<string, string[]>>;
      // The chart is in Arabic: it imports the Arabic texts as well.
      expect([...new Set(scripts)].sort()).toEqual(['iraq-mission-charts.js', ...list.fetched['troop-levels-chart']!, ...list.arabic['troop-levels-chart']!].sort());
      // The loader's preloads point at the CDN too.
      const preloads = await page.evaluate(() => [...document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((l) => l.href));
      expect(preloads.length).toBeGreaterThan(0);
      expect(preloads.every((href) => href.startsWith('https://cdn.example/npm/iraq-mission-charts@0.1.0/dist/standalone/'))).toBe(true);
      expect(await violations(page)).toEqual([]);
      expect(problems).toEqual({ console: [], pageErrors: [], failedRequests: [] });
      // Its details (notes, whole sources) are one more chunk, fetched when the pointer first comes over the chart.
      const details = (await readdir(path.join(ROOT, 'dist', 'standalone'))).filter((name) => /^troop-levels-details-[\w-]+\.js$/.test(name));
      expect(details.length).toBe(1);
      const fetchedBefore = new Set(scripts);
      expect(fetchedBefore.has(`standalone/${details[0]}`)).toBe(false);
      const box = (await page.locator('troop-levels-chart svg[part="svg"]').boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await expect.poll(() => [...new Set(scripts)].filter((name) => !fetchedBefore.has(name)), { timeout: 15_000 }).toEqual([`standalone/${details[0]}`]);
      expect(problems).toEqual({ console: [], pageErrors: [], failedRequests: [] });
    } finally {
      await context.close();
    }
  });

  it('draws a chart a script of the page adds later, and the dashboard with all its charts', async () => {
    const { context, page, problems, scripts } = await article('<main><p>Loading the rest of the article…</p></main>', 1100);
    try {
      await page.waitForFunction(() => document.readyState === 'complete');
      // The script pasted twice is two requests of the loader (its URLs differ), and nothing else until a tag appears.
      expect(scripts).toEqual(['iraq-mission-charts.js', 'iraq-mission-charts.js']);
      // The page's own code adds the charts (as a CMS's lazy block would); the policy allows it, being the test's evaluate.
      await page.evaluate(() => {
        const main = document.querySelector('main')!;
        main.append(document.createElement('airstrikes-chart'));
        const section = document.createElement('section');
        section.innerHTML = '<mission-dashboard></mission-dashboard>';
        main.append(section);
      });
      await chartsSettled(page);
      const facts = await chartFacts(page);
      expect(facts.map((f) => f.tag).sort()).toEqual(['airstrikes-chart', 'airstrikes-chart', 'casualties-chart', 'mission-timeline', 'spending-chart', 'troop-levels-chart']);
      expect(facts.every((f) => f.points > 0)).toBe(true);
      expect(await violations(page)).toEqual([]);
      expect(problems).toEqual({ console: [], pageErrors: [], failedRequests: [] });
    } finally {
      await context.close();
    }
  });
});
