import { defineConfig, type LibraryOptions, type Plugin } from 'vite';
import { seriesChunkName, wholeSeries } from './scripts/vite-series.js';

/**
 * Three builds share this file, chosen by `BUILD` (scripts/build.mjs runs them all, and passes
 * the registered charts' tags in `IMC_CHARTS`: the registry's lazy imports keep it from being
 * read here, where Node would load the element files untranspiled):
 * - `modules`: one ES module per element plus `data.js`, `index.js`, `static.js` (renderToSvg,
 *   for Node) and `cli.js`, with `lit` and the `d3-*` modules, the dependencies, left as imports,
 *   for bundlers and npm users; each chart's bundled series is a chunk it imports on demand;
 * - `standalone`: `iraq-mission-charts.js`, the loader for a newsroom's `<script type="module">`:
 *   a small module that imports an element's chunk and its series' chunk (in `standalone/`, with
 *   Lit and d3 inside) when the page shows its tag;
 * - `bundle`: `iraq-mission-charts.bundle.js`, one minified module with everything inside, for a
 *   page that can host only one file.
 */
/** A chart's module, by the registry's convention: `src/components/<tag>/<tag>.ts`. */
export function chartModule(tag: string): string {
  return `src/components/${tag}/${tag}.ts`;
}

/** The registered charts' tags, as scripts/build.mjs read them from the registry. */
function chartTags(): string[] {
  if (process.env.BUILD !== 'modules' && process.env.BUILD !== 'standalone') return [];
  const tags: unknown = JSON.parse(process.env.IMC_CHARTS ?? 'null');
  if (!Array.isArray(tags)) throw new Error(`The ${process.env.BUILD} build reads the charts from IMC_CHARTS: run \`node scripts/build.mjs\`.`);
  return tags.map(String);
}

const standaloneLibrary: LibraryOptions = {
  entry: { 'iraq-mission-charts': 'src/standalone.ts' },
  formats: ['es'],
};

const bundleLibrary: LibraryOptions = {
  entry: { 'iraq-mission-charts.bundle': 'src/standalone-bundle.ts' },
  formats: ['es'],
};

/**
 * The loader's chunks, grouped so that a page fetches few files, each compressing well: what
 * every element shares (Lit, d3, the core, the quick check of data) in one `core` chunk, fetched
 * once for any number of charts; each element with its spec and layout; the bundled data as
 * scripts/vite-series.ts names it (each series' first paint, its details); and, each on its own,
 * the modules fetched on demand (the `src` loader, the data table's drawing, the CSV writers and
 * d3-dsv, each table of Arabic texts, and `validate` with its messages, for data the quick check
 * finds a problem in).
 */
const ON_DEMAND = /\/(?:source-loader|csv-download|event-csv|csv|data-table|validate|row-messages)\.ts$|\/d3-dsv\/|\.ar\.ts$/;
// What only the bar charts share (their layout, marks and styles) and what only the dashboard
// uses (Lit's static templates): kept out of the core chunk that a line chart fetches.
const BARS = /\/src\/components\/core\/(?:layout\/bars|render\/bar-marks|layout\/bars\.styles)\.ts$/;
const DASHBOARD_ONLY = /\/node_modules\/lit(?:-html)?\/static(?:-html)?\.js$/;
// Lit's decorators and the decorator helper: the shared element declares its properties without
// them, so only the elements that still use them fetch this chunk.
const DECORATORS = /\/node_modules\/(?:lit\/decorators\.js|@lit\/reactive-element\/decorators\/)|\/helpers\/(?:esm\/)?decorate\.js$/;
const CORE = /\/node_modules\/|\/src\/components\/core\/|\/src\/data\/(?:quick-check|issues|rules|dates|bounded-cache|series\/load)\.ts$/;
const loaderChunks = {
  // A module goes where its own name says, not where the first chunk that imports it goes.
  includeDependenciesRecursively: false,
  groups: [
    {
      debugName: 'loader chunks',
      name: (id: string): string | null => {
        if (ON_DEMAND.test(id)) return null;
        if (BARS.test(id)) return 'bars';
        if (DECORATORS.test(id)) return 'decorators';
        if (DASHBOARD_ONLY.test(id)) return 'mission-dashboard';
        // The bundler's own helpers (decorators, module namespaces) are virtual modules, named with a NUL.
        if (CORE.test(id) || (id.startsWith('\0') && !id.includes('virtual:imc-elements'))) return 'core';
        const data = seriesChunkName(id);
        if (data !== undefined) return data;
        // The registry is read by the dashboard alone here (the loader has its tags already).
        if (id.endsWith('/src/components/registry.ts')) return 'mission-dashboard';
        const element = /\/src\/components\/([\w-]+)\/[^/]+\.ts$/.exec(id);
        return element ? element[1]! : null;
      },
    },
  ],
};

/** Where the loader's chunks go, next to it: `standalone/<name>-<hash>.js`. */
const LOADER_CHUNKS = 'standalone';

/**
 * The loader's list of elements, read from the registry's tags (and the dashboard), as the
 * module `virtual:imc-elements`: each tag with the import of its element's chunk.
 */
const loaderElements = (): Plugin => {
  const id = '\0virtual:imc-elements';
  return {
    name: 'imc-loader-elements',
    resolveId: (source) => (source === 'virtual:imc-elements' ? id : null),
    load(source) {
      if (source !== id) return null;
      const tags = [...chartTags(), 'mission-dashboard'];
      const root = new URL('.', import.meta.url).pathname;
      const entries = tags.map((tag) => `  ${JSON.stringify(tag)}: () => import(${JSON.stringify(root + chartModule(tag))}),`);
      return `export const elements = {\n${entries.join('\n')}\n};\n`;
    },
  };
};

/**
 * Writes into the built loader what each tag's chunk imports statically (Lit, d3, the shared
 * core, the series' records), so that the loader asks for them with `<link rel="modulepreload">`
 * as it imports the element, in parallel instead of one import after another; and writes the
 * same list, with the element's and the series' own chunks, to `standalone/chunks.json`, which
 * the size budget reads.
 */
const loaderPreloads = (): Plugin => ({
  name: 'imc-loader-preloads',
  generateBundle(_options, bundle) {
    const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
    const byModule = (path: string) => chunks.find((chunk) => chunk.moduleIds.some((id) => id.endsWith(path)));
    const closure = (names: string[]) => {
      const seen = new Set<string>();
      const visit = (name: string) => {
        if (seen.has(name)) return;
        seen.add(name);
        const chunk = bundle[name];
        if (chunk?.type === 'chunk') chunk.imports.forEach(visit);
      };
      names.forEach(visit);
      return [...seen];
    };
    const series = (tag: string) => {
      const chunk = seriesChunk(tag);
      if (!chunk && tag !== 'mission-dashboard') throw new Error(`The loader build has no series chunk for <${tag}>.`);
      return chunk;
    };
    const seriesChunk = (tag: string) => byModule(`/src/data/series/${{ 'troop-levels-chart': 'troop-levels', 'airstrikes-chart': 'airstrikes', 'casualties-chart': 'casualties', 'spending-chart': 'spending', 'mission-timeline': 'timeline' }[tag] ?? '-'}.ts`);
    const tags = [...chartTags(), 'mission-dashboard'];
    const own = (tag: string) => (tag === 'mission-dashboard' ? chartTags() : [tag]).flatMap((t) => [byModule(`/${chartModule(t)}`), series(t)]).filter((c) => c !== undefined).map((c) => c.fileName);
    const preload: Record<string, string[]> = {};
    const fetched: Record<string, string[]> = {};
    // What a page in Arabic fetches on top: the Arabic texts the tag's chunks import on demand.
    const arabic: Record<string, string[]> = {};
    const arabicOf = (names: string[]) =>
      [...new Set(names.flatMap((name) => { const chunk = bundle[name]; return chunk?.type === 'chunk' ? chunk.dynamicImports : []; }))].filter((name) => {
        const chunk = bundle[name];
        return chunk?.type === 'chunk' && chunk.facadeModuleId?.endsWith('.ar.ts');
      });
    for (const tag of tags) {
      const element = byModule(`/${chartModule(tag)}`);
      if (!element) throw new Error(`The loader build has no chunk for <${tag}>.`);
      const all = closure(own(tag));
      fetched[tag] = all;
      arabic[tag] = arabicOf([element.fileName, ...all]);
      // The element's own chunk is imported by the loader itself; what it pulls in is preloaded.
      preload[tag] = all.filter((name) => name !== element.fileName);
    }
    const entry = chunks.find((chunk) => chunk.isEntry);
    if (!entry || !entry.code.includes('__IMC_PRELOAD__')) throw new Error('The loader build has no place for its preload list.');
    const relative = (name: string) => `./${name}`;
    const map = Object.fromEntries(Object.entries(preload).map(([tag, names]) => [tag, names.map(relative)]));
    entry.code = entry.code.replace(/__IMC_PRELOAD__/g, JSON.stringify(map));
    this.emitFile({ type: 'asset', fileName: `${LOADER_CHUNKS}/chunks.json`, source: `${JSON.stringify({ loader: entry.fileName, fetched, arabic }, null, 2)}\n` });
  },
});

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
 * In the single file every element is registered up front (`src/standalone-bundle.ts` exports
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
  const build = process.env.BUILD;
  const standalone = build === 'standalone';
  const single = build === 'bundle';
  const npm = !standalone && !single;
  return {
    plugins: single ? [registeredUpFront, wholeSeries()] : standalone ? [loaderElements(), loaderPreloads()] : [],
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2022',
      sourcemap: true,
      // The loader adds its own `modulepreload` links, resolved against its own URL.
      modulePreload: false,
      lib: single ? bundleLibrary : standalone ? standaloneLibrary : moduleLibrary(),
      rolldownOptions: {
        // The loader exports nothing; its chunks' groups need leave to add exports to its entries.
        ...(standalone ? { preserveEntrySignatures: 'allow-extension' as const } : {}),
        // d3-shape (with d3-path, which only it imports) is bundled into the npm build too, cut
        // down to what the charts call (see `treeshake`): a user's bundler, with its default
        // settings, would keep every curve and symbol of it.
        external: npm ? [/^lit(\/|$)/, /^@lit\//, /^d3-(?!shape$|path$)/, /^node:/] : [],
        // d3-shape's curves and symbols are functions with prototypes assigned at its top level,
        // which a bundler keeps as side effects; they have none. Only d3-shape and d3-path lose
        // code by this (a line chart keeps `line` and its curve: 13.4 KB → 4.8 KB minified).
        treeshake: { propertyWriteSideEffects: false as const },
        // The single file is one file: the modules a chart fetches on demand (its series, the `src`
        // loader, the CSV writers) are inlined there, and split into chunks elsewhere.
        output: {
          minify: !npm,
          chunkFileNames: standalone ? `${LOADER_CHUNKS}/[name]-[hash].js` : 'chunks/[name]-[hash].js',
          ...(single ? { codeSplitting: false } : standalone ? { codeSplitting: loaderChunks } : {}),
        },
      },
    },
  };
});
