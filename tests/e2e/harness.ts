// Shared by the e2e tests: the example server from scripts/serve-examples.mjs, Debian's Chromium
// through playwright-core, and pages that record every console error, page error and
// Content-Security-Policy violation. Nothing is built here: dist/ must exist.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The standalone loader, which fetches its chunks from dist/standalone/. */
export const LOADER = path.join(ROOT, 'dist', 'iraq-mission-charts.js');
/** The single-file build, with every element and the whole dataset inside. */
export const BUNDLE = path.join(ROOT, 'dist', 'iraq-mission-charts.bundle.js');

/** Throws one clear sentence when the standalone builds have not been made. */
export function requireDist(): void {
  for (const file of [LOADER, BUNDLE]) {
    if (!existsSync(file)) {
      throw new Error(`${path.relative(ROOT, file)} is missing: run \`node scripts/build.mjs\` (or \`npm run build\`) before the e2e tests; they build nothing themselves.`);
    }
  }
}

export interface ExampleServer {
  url: string;
  close: () => Promise<void>;
}

/** Starts scripts/serve-examples.mjs on a free port. Imported by URL, so the .mjs needs no typings. */
export async function startExamples(): Promise<ExampleServer> {
  const href = pathToFileURL(path.join(ROOT, 'scripts', 'serve-examples.mjs')).href;
  const { startServer } = (await import(href)) as { startServer: (port?: number) => Promise<ExampleServer> };
  return startServer(0);
}

/** Debian's Chromium (or CHROMIUM_PATH), headless, with the flags the browser tests use. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** What a page reported: console errors and warnings, uncaught errors, failed requests. */
export interface Problems {
  console: string[];
  pageErrors: string[];
  failedRequests: string[];
}

export interface Violation {
  directive: string;
  blocked: string;
  source: string;
  sample: string;
}

/** A page in a fresh context at the given width, recording problems and CSP violations from the start. */
export async function openPage(browser: Browser, width: number, height = 900): Promise<{ context: BrowserContext; page: Page; problems: Problems }> {
  const context = await browser.newContext({ viewport: { width, height }, acceptDownloads: true, colorScheme: 'light' });
  const page = await context.newPage();
  const problems: Problems = { console: [], pageErrors: [], failedRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.console.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.pageErrors.push(String(error)));
  page.on('requestfailed', (request) => problems.failedRequests.push(`${request.url()}: ${request.failure()?.errorText}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.failedRequests.push(`${response.url()}: HTTP ${response.status()}`);
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: unknown[] };
    w.__violations = [];
    document.addEventListener(
      'securitypolicyviolation',
      (event) => {
        w.__violations.push({
          directive: event.violatedDirective,
          blocked: event.blockedURI,
          source: `${event.sourceFile}:${event.lineNumber}`,
          sample: event.sample,
        });
      },
      true,
    );
  });
  return { context, page, problems };
}

/** The CSP violations the page has seen so far. */
export function violations(page: Page): Promise<Violation[]> {
  return page.evaluate(() => (window as unknown as { __violations: Violation[] }).__violations);
}

/**
 * Waits until every chart on the page (and in its dashboards) has drawn its points at its measured width: the SVG's
 * width is the plot's width, which holds once the ResizeObserver's frame has run.
 */
export async function chartsSettled(page: Page, timeout = 20_000): Promise<void> {
  await page.waitForFunction(
    () => {
      // Every chart on the page, and those inside a dashboard's shadow root.
      const tags = 'troop-levels-chart, airstrikes-chart, casualties-chart, spending-chart, mission-timeline';
      const charts = [
        ...document.querySelectorAll(tags),
        ...[...document.querySelectorAll('mission-dashboard')].flatMap((d) => [...(d.shadowRoot?.querySelectorAll(tags) ?? [])]),
      ];
      // A dashboard imports its charts as it renders: until all five are in its shadow root, it is not settled.
      const dashboards = [...document.querySelectorAll('mission-dashboard')];
      return (
        charts.length > 0 &&
        dashboards.every((d) => d.shadowRoot?.querySelectorAll(tags).length === 5) &&
        charts.every((chart) => {
          const root = chart.shadowRoot;
          const svg = root?.querySelector('svg[part="svg"]');
          const plot = root?.querySelector('.plot');
          return !!svg && !!plot && root!.querySelectorAll('circle.point').length > 0 && Number(svg.getAttribute('width')) === Math.floor(plot.getBoundingClientRect().width);
        })
      );
    },
    undefined,
    { timeout, polling: 50 },
  );
  // One more frame pair, so a resize still queued would have landed.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** What the tests read from each chart's shadow root. */
export interface ChartFacts {
  tag: string;
  attributes: Record<string, string>;
  svgWidthAttribute: number;
  svgClientWidth: number;
  plotWidth: number;
  hostWidth: number;
  points: number;
  dir: string | null;
  theme: string | null;
  background: string;
  xLabels: string[];
  yLabels: string[];
}

export function chartFacts(page: Page): Promise<ChartFacts[]> {
  return page.evaluate(() =>
    [
      ...document.querySelectorAll('troop-levels-chart, airstrikes-chart, casualties-chart, spending-chart, mission-timeline'),
      ...[...document.querySelectorAll('mission-dashboard')].flatMap((d) => [
        ...(d.shadowRoot?.querySelectorAll('troop-levels-chart, airstrikes-chart, casualties-chart, spending-chart, mission-timeline') ?? []),
      ]),
    ].map((chart) => {
      const root = chart.shadowRoot!;
      const svg = root.querySelector<SVGSVGElement>('svg[part="svg"]');
      const frame = root.querySelector('.chart');
      const texts = (part: string) => [...root.querySelectorAll(`[part~="${part}"] text`)].map((t) => t.textContent ?? '');
      return {
        tag: chart.localName,
        attributes: Object.fromEntries([...chart.attributes].map((a) => [a.name, a.value])),
        svgWidthAttribute: Number(svg?.getAttribute('width')),
        svgClientWidth: svg?.clientWidth ?? -1,
        plotWidth: Math.floor(root.querySelector('.plot')!.getBoundingClientRect().width),
        hostWidth: chart.clientWidth,
        points: root.querySelectorAll('circle.point').length,
        dir: frame?.getAttribute('dir') ?? null,
        theme: frame?.getAttribute('data-theme') ?? null,
        background: frame ? getComputedStyle(frame).backgroundColor : '',
        xLabels: texts('axis-x'),
        yLabels: texts('axis-y'),
      };
    }),
  );
}
