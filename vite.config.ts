import { defineConfig, type LibraryOptions, type Plugin } from 'vite';

/**
 * Two builds share this file, chosen by `BUILD` (scripts/build.mjs runs both, and passes the
 * registered charts' tags in `IMC_CHARTS`: the registry's lazy imports keep it from being read
 * here, where Node would load the element files untranspiled):
 * - `modules`: one ES module per element plus `data.js`, `index.js`, `static.js` (renderToSvg,
 *   for Node) and `cli.js`, with `lit` and the `d3-*` modules, the dependencies, left as imports, for bundlers and
 *   npm users;
 * - `standalone`: `iraq-mission-charts.js`, one minified module with everything inside, for a
 *   newsroom's `<script type="module">`.
 */
/** A chart's module, by the registry's convention: `src/components/<tag>/<tag>.ts`. */
export function chartModule(tag: string): string {
  return `src/components/${tag}/${tag}.ts`;
}

/** The registered charts' tags, as scripts/build.mjs read them from the registry. */
function chartTags(): string[] {
  if (process.env.BUILD !== 'modules') return [];
  const tags: unknown = JSON.parse(process.env.IMC_CHARTS ?? 'null');
  if (!Array.isArray(tags)) throw new Error('The module build reads the charts from IMC_CHARTS: run `node scripts/build.mjs`.');
  return tags.map(String);
}

const standaloneLibrary: LibraryOptions = {
  entry: { 'iraq-mission-charts': 'src/standalone.ts' },
  formats: ['es'],
};

const moduleLibrary = (): LibraryOptions => ({
  entry: {
    index: 'src/index.ts',
    data: 'src/data/index.ts',
    ...Object.fromEntries(chartTags().map((tag) => [tag, chartModule(tag)])),
    'mission-dashboard': chartModule('mission-dashboard'),
    static: 'src/static/index.ts',
    cli: 'src/cli.ts',
  },
  formats: ['es'],
});

/**
 * In the standalone file every element is registered up front (`src/standalone.ts` exports
 * them all), so the registry's lazy imports need load nothing there. Left in, they would make
 * the bundler wrap each element and its imports in a lazily run function: 18 KB more, 6 KB gzip.
 */
const registeredUpFront: Plugin = {
  name: 'imc-registered-up-front',
  transform(code, id) {
    if (!id.endsWith('/src/components/registry.ts')) return null;
    return { code: code.replace(/\bimport\((['"])\.\/[\w-]+\/[\w-]+\.js\1\)/g, 'Promise.resolve()'), map: null };
  },
};

export default defineConfig(() => {
  const standalone = process.env.BUILD === 'standalone';
  return {
    plugins: standalone ? [registeredUpFront] : [],
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2022',
      sourcemap: true,
      lib: standalone ? standaloneLibrary : moduleLibrary(),
      rolldownOptions: {
        external: standalone ? [] : [/^lit(\/|$)/, /^@lit\//, /^d3-/, /^node:/],
        // The standalone file is one file: the modules a chart fetches on demand (the `src` loader,
        // the CSV writers) are inlined there, and split into chunks for npm users' bundlers.
        output: { minify: standalone, chunkFileNames: 'chunks/[name]-[hash].js', ...(standalone ? { codeSplitting: false } : {}) },
      },
    },
  };
});
