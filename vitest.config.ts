import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { fileURLToPath } from 'node:url';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

/** Debian's Chromium (or `CHROMIUM_PATH`); scripts/chromium.mjs finds or installs it before the run. */
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for a headless Chromium on a machine without a sandbox, GPU or network. */
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Browser mode for one project; each instance is named after its project so names stay unique. */
const browser = (name: string, page?: { width: number; height: number }) => ({
  enabled: true,
  headless: true,
  // `page`: the size of the page that holds the test's frame. The frame is scaled down to fit it,
  // so the runs that take screenshots get a page big enough for a whole story at 1:1.
  provider: playwright({ launchOptions: { executablePath, args: chromiumArgs }, ...(page ? { contextOptions: { viewport: page } } : {}) }),
  instances: [{ browser: 'chromium' as const, name: `${name} · chromium` }],
  viewport: { width: 1024, height: 768 },
  screenshotFailures: false,
});

/** Every story runs once per language and theme, with the a11y check failing on any violation. */
const storyRuns: [string, Record<string, string>][] = [
  ['stories en light', { locale: 'en', theme: 'light' }],
  ['stories ar dark', { locale: 'ar-IQ', theme: 'dark' }],
  ['stories ar light', { locale: 'ar-IQ', theme: 'light' }],
  ['stories en dark', { locale: 'en', theme: 'dark' }],
];

/**
 * The layout lint (tests/layout/story-lint.setup.ts) runs after every story at five widths in two
 * of the four runs, one per language: the themes change colours only, not where text goes. The
 * screenshot references are taken in one run (English, light).
 */
const layoutLinted = new Set(['stories en light', 'stories ar dark']);
const screenshotRun = 'stories en light';
/** Room for the widest lint width and the tallest story (tests/layout/story-lint.setup.ts caps a screenshot at this height). */
const SCREENSHOT_PAGE = { width: 1280, height: 5000 };

/** Screenshot references: one PNG per story and width, in one folder (`-u` re-takes them). */
const screenshots = {
  resolveScreenshotPath: ({ arg, ext, root }: { arg: string; ext: string; root: string }) => `${root}/tests/layout/screenshots/${arg}${ext}`,
  // The same Chromium and fonts draw the same pixels; the slack covers anti-aliasing and
  // sub-pixel text, and a label moved by 2 px already fails (tests/layout/screenshot.test.ts).
  comparatorName: 'pixelmatch' as const,
  comparatorOptions: { threshold: 0.1, allowedMismatchedPixels: 50 },
};

const storyProjects: TestProjectInlineConfiguration[] = storyRuns.map(([name, initialGlobals]) => {
  const linted = layoutLinted.has(name);
  return {
    extends: true,
    plugins: [storybookTest({ configDir: '.storybook', initialGlobals })],
    // axe over a whole story takes seconds on two busy cores; 30 s keeps a slow run from failing.
    // The lint adds five redraws and, in one run, two screenshots.
    test: {
      name,
      browser: { ...browser(name, linted ? SCREENSHOT_PAGE : undefined), expect: { toMatchScreenshot: screenshots } },
      testTimeout: linted ? 90_000 : 30_000,
      setupFiles: linted ? ['tests/layout/story-lint.setup.ts'] : [],
      provide: { layoutRecord: process.env.LAYOUT_LINT_RECORD === '1', layoutScreenshots: name === screenshotRun },
    },
  };
});

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const packageAliases = [
  { find: /^iraq-mission-charts$/, replacement: source('./src/index.ts') },
  { find: /^iraq-mission-charts\/data$/, replacement: source('./src/data/index.ts') },
  { find: /^iraq-mission-charts\/troop-levels-chart\.js$/, replacement: source('./src/components/troop-levels-chart/troop-levels-chart.ts') },
];

export default defineConfig({
  // Every dependency the charts import, pre-bundled before the first test: one found later, on the first `src` or chart
  // that needs it, would make the dev server optimise it mid-run and reload the page under the tests.
  optimizeDeps: { include: ['lit', 'lit/decorators.js', 'lit/directive-helpers.js', 'lit/directive.js', 'd3-array', 'd3-shape', 'd3-dsv', 'axe-core'] },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'], setupFiles: ['tests/unit/languages.setup.ts'], env: { TZ: 'UTC' } },
      },
      {
        extends: true,
        test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], browser: browser('browser'), testTimeout: 30_000 },
      },
      {
        extends: true,
        // The layout lint: its own tests on handmade pages, and the lint over every story at five widths.
        test: {
          name: 'layout',
          include: ['tests/layout/**/*.test.ts'],
          browser: { ...browser('layout'), expect: { toMatchScreenshot: screenshots } },
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: { name: 'e2e', environment: 'node', include: ['tests/e2e/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 },
      },
      {
        extends: true,
        test: { name: 'package', environment: 'node', include: ['tests/package/**/*.test.ts'], testTimeout: 180_000, hookTimeout: 300_000 },
      },
      {
        extends: true,
        // The React example imports the package by name, as a user would; here that means its sources.
        resolve: { alias: packageAliases },
        optimizeDeps: { include: ['react', 'react-dom/client', 'react/jsx-dev-runtime', 'react/jsx-runtime'] },
        test: { name: 'react', include: ['tests/package/**/*.test.tsx'], browser: browser('react') },
      },
      ...storyProjects,
    ],
  },
});
