import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
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
const browser = (name: string) => ({
  enabled: true,
  headless: true,
  provider: playwright({ launchOptions: { executablePath, args: chromiumArgs } }),
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

const storyProjects: TestProjectInlineConfiguration[] = storyRuns.map(([name, initialGlobals]) => ({
  extends: true,
  plugins: [storybookTest({ configDir: '.storybook', initialGlobals })],
  test: { name, browser: browser(name) },
}));

export default defineConfig({
  optimizeDeps: { include: ['lit', 'lit/decorators.js', 'lit/directive-helpers.js', 'lit/directives/style-map.js', 'axe-core'] },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'], env: { TZ: 'UTC' } },
      },
      {
        extends: true,
        test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], browser: browser('browser') },
      },
      ...storyProjects,
    ],
  },
});
