import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chartsSettled, launchChromium, requireDist, startExamples, type ExampleServer } from '../../e2e/harness.js';

/**
 * Printing the English example article: the charts and their sources are on paper, legible in
 * black and white, in the light and the dark theme. The PDF's text is read with Ghostscript
 * (`gs -sDEVICE=txtwrite`, Debian's ghostscript); without it, the same facts are read from the
 * DOM under print media instead.
 */

const GS = ['/usr/bin/gs', '/usr/local/bin/gs'].find((p) => existsSync(p));

let server: ExampleServer;
let browser: Browser;
let dir: string;

beforeAll(async () => {
  requireDist();
  server = await startExamples();
  browser = await launchChromium();
  dir = mkdtempSync(path.join(tmpdir(), 'imc-print-'));
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Relative luminance of an `rgb()`/`rgba()` colour, and whether it is transparent. */
function luminance(color: string): { l: number; transparent: boolean } {
  const [r, g, b, a = 1] = color.match(/[\d.]+/g)!.map(Number);
  const lin = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return { l: 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!), transparent: a === 0 };
}

interface PrintFacts {
  charts: number;
  heading: string[];
  sources: string[];
  text: string[];
  background: string[];
  hiddenButtons: boolean;
}

async function printFacts(page: Page): Promise<PrintFacts> {
  return page.evaluate(() => {
    // The article's charts, and the five in the dashboard's shadow root.
    const tags = 'troop-levels-chart, airstrikes-chart, casualties-chart, spending-chart, mission-timeline';
    const charts = [
      ...document.querySelectorAll(tags),
      ...[...document.querySelectorAll('mission-dashboard')].flatMap((d) => [...d.shadowRoot!.querySelectorAll(tags)]),
    ].map((c) => c.shadowRoot!);
    return {
      charts: charts.length,
      heading: charts.map((r) => r.querySelector('[part="heading"]')!.textContent!.trim()),
      sources: charts.flatMap((r) => [...r.querySelectorAll('[part="footer"] [part="source-link"]')].map((a) => a.textContent!.trim())),
      text: charts.map((r) => getComputedStyle(r.querySelector('[part="footer"]')!).color),
      background: charts.map((r) => getComputedStyle(r.querySelector('.chart')!).backgroundColor),
      hiddenButtons: charts.every((r) => [...r.querySelectorAll('button')].every((b) => getComputedStyle(b).display === 'none')),
    };
  });
}

for (const theme of ['light', 'dark'] as const) {
  describe(`printing the English article (${theme} theme)`, () => {
    it('puts every chart with its heading and sources on paper, dark text on a light page', async () => {
      const page = await browser.newPage({ viewport: { width: 1024, height: 900 }, colorScheme: theme });
      try {
        await page.goto(new URL('examples/en-article.html', server.url).href);
        await page.evaluate((theme) => document.documentElement.setAttribute('theme', theme), theme);
        await chartsSettled(page);
        await page.emulateMedia({ media: 'print' });
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        const facts = await printFacts(page);
        expect(facts.charts).toBe(7);
        expect(facts.sources.length).toBeGreaterThanOrEqual(3);
        expect(facts.hiddenButtons).toBe(true);
        // Legible in black and white: text with at least 4.5:1 contrast on white (or unpainted) paper.
        for (const color of facts.text) expect(1.05 / (luminance(color).l + 0.05), `footer text ${color}`).toBeGreaterThanOrEqual(4.5);
        for (const color of facts.background) {
          const { l, transparent } = luminance(color);
          expect(transparent || l > 0.9, `background ${color}`).toBe(true);
        }

        const pdf = await page.pdf({ format: 'A4', printBackground: false });
        expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
        const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
        // The article, its charts and the dashboard's, with their footers: more than one page, and not a runaway.
        expect(pages).toBeGreaterThanOrEqual(2);
        expect(pages).toBeLessThanOrEqual(8);
        if (GS) {
          const file = path.join(dir, `${theme}.pdf`);
          writeFileSync(file, pdf);
          const text = execFileSync(GS, ['-q', '-dNOPAUSE', '-dBATCH', '-sDEVICE=txtwrite', '-sOutputFile=-', file], { encoding: 'utf8' }).normalize('NFKC').replace(/\s+/g, ' ');
          for (const heading of new Set(facts.heading)) expect(text).toContain(heading);
          for (const source of new Set(facts.sources)) expect(text).toContain(source);
        }
      } finally {
        await page.close();
      }
    }, 60_000);
  });
}
