// Full-page screenshots of the example pages for a look by eye, not a test:
//   node tests/e2e/screenshots.mjs [out-dir]      (default /tmp/examples-shots)
// Each article in English and Arabic, light and dark, at 360 and 1280 px; plus head-script.html.
// Needs a built dist/ and Debian's Chromium (or CHROMIUM_PATH).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve-examples.mjs';

const out = path.resolve(process.argv[2] ?? '/tmp/examples-shots');
mkdirSync(out, { recursive: true });

const shots = [];
for (const lang of ['en', 'ar']) {
  for (const theme of ['light', 'dark']) {
    for (const width of [360, 1280]) shots.push({ file: `${lang}-article.html`, name: `${lang}-${theme}-${width}`, theme, width });
  }
}
shots.push({ file: 'head-script.html', name: 'head-script-light-1280', theme: 'light', width: 1280 });

const server = await startServer(0);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  for (const shot of shots) {
    const context = await browser.newContext({ viewport: { width: shot.width, height: 900 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.goto(new URL(`/examples/${shot.file}?theme=${shot.theme}`, server.url).href);
    await page.waitForFunction(() =>
      [...document.querySelectorAll('troop-levels-chart')].every((chart) => chart.shadowRoot?.querySelector('svg[part="svg"]') && chart.shadowRoot.querySelectorAll('circle.point').length > 0),
    );
    await page.evaluate(() => document.fonts.ready);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const file = path.join(out, `${shot.name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
