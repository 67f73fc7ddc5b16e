import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chartFacts, chartsSettled, launchChromium, openPage, requireDist, startExamples, violations, type ExampleServer } from './harness.js';

/**
 * Everything a reader does with a chart, on a page served with
 * `Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self'`:
 * no inline script or style, no data: or blob: allowed for anything but the download itself.
 */

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

const DARK_BACKGROUND = 'rgb(20, 24, 29)';
const LIGHT_BACKGROUND = 'rgb(255, 255, 255)';

describe.each([
  { file: 'en-article.html', forward: 'ArrowRight' },
  { file: 'ar-article.html', forward: 'ArrowLeft' },
] as const)('under the strict CSP: examples/$file', ({ file, forward }) => {
  it('the page is served with the policy, the chart draws, the table opens, the CSV downloads, a tooltip shows on focus and arrow, with no violation', async () => {
    const { context, page, problems } = await openPage(browser, 1024);
    try {
      const response = await page.goto(new URL(`/examples/${file}`, server.url).href);
      expect(response!.headers()['content-security-policy']).toBe("default-src 'self'; script-src 'self'; style-src 'self'");
      await chartsSettled(page);
      const chart = page.locator('troop-levels-chart').first();
      expect((await chartFacts(page))[0]!.points).toBeGreaterThan(0);

      // The data table: hidden until the toggle opens it.
      const toggle = chart.locator('[part="table-toggle"]');
      const table = chart.locator('[part="table"]');
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      expect(await table.getAttribute('class')).toBe('visually-hidden');
      await toggle.click();
      await table.locator('tbody tr').first().waitFor({ state: 'visible' });
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      expect(await table.getAttribute('class')).toBe('');
      const rows = await table.locator('table').first().locator('tbody tr').count();
      expect(rows).toBe((await chartFacts(page))[0]!.points);

      // A real download through the Blob URL, not a data: link.
      const [download] = await Promise.all([page.waitForEvent('download'), chart.locator('[part="download"]').click()]);
      expect(download.suggestedFilename()).toBe('troop-levels-chart.csv');
      expect(download.url()).toMatch(/^blob:/);
      const csv = await readFile((await download.path())!, 'utf8');
      expect(csv.startsWith('\uFEFFid,metric,date')).toBe(true);
      expect(csv.trimEnd().split('\n').length).toBeGreaterThan(rows);

      // Keyboard: focus the plot, then the arrow that moves forward in time, shows the first point.
      const plot = chart.locator('.plot');
      await plot.focus();
      expect(await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.className)).toBe('plot');
      await page.keyboard.press('ArrowRight');
      const tooltip = chart.locator('[part="tooltip"]');
      await tooltip.waitFor({ state: 'visible' });
      const firstValue = await table.locator('table').first().locator('tbody tr').first().locator('td.number').textContent();
      expect(await tooltip.locator('strong').textContent()).toBe(firstValue);
      expect(await chart.locator('[part="focus-ring"]').count()).toBe(1);
      // Placed beside the focused point: 16 px above it, and 12 px from it on the side with more room.
      // A style attribute written as markup is blocked by style-src 'self'; only CSSOM works here.
      const placement = await chart.evaluate((host) => {
        const root = host.shadowRoot!;
        const tip = root.querySelector<HTMLElement>('[part="tooltip"]')!;
        const ring = root.querySelector('[part="focus-ring"]')!;
        const [x, y] = [Number(ring.getAttribute('cx')), Number(ring.getAttribute('cy'))];
        const width = Number(root.querySelector('svg[part="svg"]')!.getAttribute('width'));
        const side = width - x >= x ? 'left' : 'right';
        return {
          side,
          top: tip.style.top === '' ? null : parseFloat(tip.style.top),
          offset: tip.style.getPropertyValue(side) === '' ? null : parseFloat(tip.style.getPropertyValue(side)),
          expected: { top: Math.max(0, y - 16), offset: side === 'left' ? x + 12 : width - x + 12 },
        };
      });
      expect(placement.side).toBe(forward === 'ArrowRight' ? 'left' : 'right');
      expect({ top: placement.top, offset: placement.offset }).toEqual({
        top: expect.closeTo(placement.expected.top, 2),
        offset: expect.closeTo(placement.expected.offset, 2),
      });
      if (forward !== 'ArrowRight') {
        // In right-to-left time the left arrow moves forward, to the second point.
        await page.keyboard.press(forward);
        const secondValue = await table.locator('table').first().locator('tbody tr').nth(1).locator('td.number').textContent();
        await expect.poll(() => tooltip.locator('strong').textContent(), { timeout: 5000 }).toBe(secondValue);
      }
      await page.keyboard.press('Escape');
      await tooltip.waitFor({ state: 'detached' });

      expect(await violations(page)).toEqual([]);
      expect(problems).toEqual({ console: [], pageErrors: [], failedRequests: [] });
    } finally {
      await context.close();
    }
  });
});

describe('theme="dark" on <html> under the strict CSP', () => {
  it('draws every chart on the dark background, and the page button switches them to light and back', async () => {
    const { context, page, problems } = await openPage(browser, 1280);
    try {
      await page.goto(new URL('/examples/en-article.html?theme=dark', server.url).href);
      await chartsSettled(page);
      expect(await page.evaluate(() => document.documentElement.getAttribute('theme'))).toBe('dark');
      const backgrounds = async () => (await chartFacts(page)).map((c) => [c.theme, c.background]);
      expect(await backgrounds()).toEqual(Array.from({ length: 7 }, () => ['dark', DARK_BACKGROUND]));
      const button = page.locator('[data-theme-toggle]');
      expect(await button.getAttribute('aria-pressed')).toBe('true');

      await button.click();
      expect(await page.evaluate(() => document.documentElement.getAttribute('theme'))).toBe('light');
      expect(await button.getAttribute('aria-pressed')).toBe('false');
      await expect.poll(backgrounds, { timeout: 5000 }).toEqual(Array.from({ length: 7 }, () => ['light', LIGHT_BACKGROUND]));

      await button.click();
      await expect.poll(backgrounds, { timeout: 5000 }).toEqual(Array.from({ length: 7 }, () => ['dark', DARK_BACKGROUND]));

      expect(await violations(page)).toEqual([]);
      expect(problems).toEqual({ console: [], pageErrors: [], failedRequests: [] });
    } finally {
      await context.close();
    }
  });

  it('follows theme="dark" on <html> in the Arabic page too', async () => {
    const { context, page } = await openPage(browser, 768);
    try {
      await page.goto(new URL('/examples/ar-article.html?theme=dark', server.url).href);
      await chartsSettled(page);
      expect((await chartFacts(page)).map((c) => [c.dir, c.theme, c.background])).toEqual(Array.from({ length: 7 }, () => ['rtl', 'dark', DARK_BACKGROUND]));
      expect(await violations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('src under the strict CSP', () => {
  it('reads a CSV src without eval: the chart draws its 9 rows, with no notice and no violation', async () => {
    const { context, page, problems } = await openPage(browser, 1024);
    try {
      await page.goto(new URL('/examples/en-article.html', server.url).href);
      await chartsSettled(page);
      const chart = page.locator('troop-levels-chart').first();
      await chart.evaluate((host) => host.setAttribute('src', '/examples/data/troop-levels.csv'));
      await expect.poll(async () => (await chartFacts(page))[0]!.points, { timeout: 10_000 }).toBe(9);
      expect(await chart.locator('[part="notice"]').count()).toBe(0);
      expect(await violations(page)).toEqual([]);
      expect(problems).toEqual({ console: [], pageErrors: [], failedRequests: [] });
    } finally {
      await context.close();
    }
  });
});
