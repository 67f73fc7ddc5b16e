import { defineConfig, type LibraryOptions } from 'vite';

/**
 * Two builds share this file, chosen by `BUILD` (scripts/build.mjs runs both):
 * - `modules`: one ES module per element plus `data.js`, `index.js`, `static.js` (renderToSvg,
 *   for Node) and `cli.js`, with `lit` and the `d3-*` modules, the dependencies, left as imports, for bundlers and
 *   npm users;
 * - `standalone`: `iraq-mission-charts.js`, one minified module with everything inside, for a
 *   newsroom's `<script type="module">`.
 */
const standaloneLibrary: LibraryOptions = {
  entry: { 'iraq-mission-charts': 'src/standalone.ts' },
  formats: ['es'],
};

const moduleLibrary: LibraryOptions = {
  entry: {
    index: 'src/index.ts',
    data: 'src/data/index.ts',
    'troop-levels-chart': 'src/components/troop-levels-chart/troop-levels-chart.ts',
    'airstrikes-chart': 'src/components/airstrikes-chart/airstrikes-chart.ts',
    'casualties-chart': 'src/components/casualties-chart/casualties-chart.ts',
    'spending-chart': 'src/components/spending-chart/spending-chart.ts',
    'mission-timeline': 'src/components/mission-timeline/mission-timeline.ts',
    'mission-dashboard': 'src/components/mission-dashboard/mission-dashboard.ts',
    static: 'src/static/index.ts',
    cli: 'src/cli.ts',
  },
  formats: ['es'],
};

export default defineConfig(() => {
  const standalone = process.env.BUILD === 'standalone';
  return {
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2022',
      sourcemap: true,
      lib: standalone ? standaloneLibrary : moduleLibrary,
      rolldownOptions: {
        external: standalone ? [] : [/^lit(\/|$)/, /^@lit\//, /^d3-/, /^node:/],
        // The standalone file is one file: the modules a chart fetches on demand (the `src` loader,
        // the CSV writers) are inlined there, and split into chunks for npm users' bundlers.
        output: { minify: standalone, chunkFileNames: 'chunks/[name]-[hash].js', ...(standalone ? { codeSplitting: false } : {}) },
      },
    },
  };
});
