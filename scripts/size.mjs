// Measures what a page downloads, on built files:
// - the standalone loader with every chunk a page fetches for one tag (dist/standalone/chunks.json,
//   written by the loader build, lists them; each is compressed on its own, as it is served);
// - the element from npm as a user's bundler builds it: dist/troop-levels-chart.js bundled by Vite
//   with lit and d3 from node_modules, into a temporary folder. "with .data" counts the entry and
//   what it imports statically, which is all a page that passes `.data` fetches; "with its bundled
//   series" adds the series chunk and the chunks it imports;
// - the single-file build, and the whole dataset alone.
// `npm run size` prints the table; the budget test reads the same numbers.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'vite';

/**
 * Budgets in gzip bytes (1 KB = 1,000 bytes): the figures measured when they were set, with about
 * 1 % of room, so nothing grows back unnoticed. docs/ARCHITECTURE.md ("Loading") has the profile
 * of where the bytes go.
 */
export const BUDGETS = {
  // Issue 13's target is 30 KB; not met: 40.4 KB with no figure of the dataset inside. The series
  // split took the dataset out (33.6 KB → 34.8 KB as the loader came in); the numbered event key,
  // the decade panel and default years (2.2 KB), the dispute marks, the daily-cost panel and the
  // timeline's list (2.4 KB) and the moving marker (0.7 KB) added the rest; the small live DOM and
  // the one-update first render (the axes' directive, compact templates, the host's width: 1.2 KB)
  // took it to 41.6 KB.
  'troop-levels-chart from npm, with .data': 42_000,
  // Issue 13's target is 40 KB; not met: the troop series alone, its records with every note in
  // both languages, its graded sources and the events, is about 26 KB gzip.
  'troop-levels-chart from npm, with its bundled series': 72_500,
  // Issue 13's target is 40 KB; not met, for both reasons above (75.2 KB in six files; 93 KB in one before).
  'standalone loader + one <troop-levels-chart>': 76_000,
  // Every element and every series.
  'standalone loader + <mission-dashboard>': 143_500,
  // The loader itself: what every page with a chart pays before it knows which.
  'iraq-mission-charts.js (the loader alone)': 1_500,
  'iraq-mission-charts.bundle.js (single file)': 137_500,
};

/** min, gzip and brotli sizes of a built file's bytes. */
export function sizes(bytes) {
  return {
    min: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** The sum of each file's sizes: files fetched one by one are compressed one by one. */
function total(files) {
  const each = files.map((file) => sizes(readFileSync(file)));
  return { min: sum(each, 'min'), gzip: sum(each, 'gzip'), brotli: sum(each, 'brotli'), files: files.length };
}
const sum = (list, key) => list.reduce((n, s) => n + s[key], 0);

/**
 * Bundles an entry as an application would, and returns its chunks: each with its static
 * imports, its dynamic imports and its file.
 */
async function bundle(entry, outDir) {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    mode: 'production',
    // Under Vitest NODE_ENV is "test", which would pick Lit's development build.
    resolve: { conditions: ['module', 'browser', 'production'] },
    build: {
      outDir,
      target: 'es2022',
      write: true,
      modulePreload: false,
      lib: { entry, formats: ['es'], fileName: 'bundle' },
      rolldownOptions: { output: { minify: true, chunkFileNames: '[name]-[hash].js' } },
    },
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output).filter((c) => c.type === 'chunk');
  return chunks;
}

/** A chunk and every chunk it imports statically, by file name. */
function closure(chunks, names) {
  const seen = new Set();
  const visit = (name) => {
    if (seen.has(name)) return;
    seen.add(name);
    chunks.find((c) => c.fileName === name)?.imports.forEach(visit);
  };
  names.forEach(visit);
  return [...seen];
}

/** The element from npm, bundled from dist/ with its dependencies. */
async function npmElement(file, series) {
  const outDir = mkdtempSync(path.join(tmpdir(), 'imc-size-'));
  try {
    const chunks = await bundle(file, outDir);
    const entry = chunks.find((c) => c.isEntry).fileName;
    const withData = closure(chunks, [entry]);
    // The npm build names each series' chunk after its module: dist/chunks/<series>-<hash>.js.
    const seriesChunk = chunks.find((c) => c.facadeModuleId && new RegExp(`/chunks/${series}-[\\w-]{8}\\.js$`).test(c.facadeModuleId));
    if (!seriesChunk) throw new Error(`No chunk of the ${series} series in the bundle of ${file}.`);
    const withSeries = closure(chunks, [entry, seriesChunk.fileName]);
    // Over `.data`, a chart that draws annotations imports the events' series.
    const eventsChunk = chunks.find((c) => c.facadeModuleId && /\/chunks\/events-[\w-]{8}\.js$/.test(c.facadeModuleId));
    if (!eventsChunk) throw new Error(`No chunk of the events in the bundle of ${file}.`);
    const events = closure(chunks, [eventsChunk.fileName]).filter((name) => !withData.includes(name));
    const at = (names) => names.map((n) => path.join(outDir, n));
    return { data: total(at(withData)), series: total(at(withSeries)), events: total(at(events)) };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** The loader and what it fetches for a tag, from the loader build's list. */
function loaderPage(tag) {
  const list = JSON.parse(readFileSync('dist/standalone/chunks.json', 'utf8'));
  const files = [list.loader, ...list.fetched[tag]].map((f) => path.join('dist', f));
  return total([...new Set(files)]);
}

/** Every measured bundle, by name. */
export async function measure() {
  if (!existsSync('dist/standalone/chunks.json')) throw new Error('Run `node scripts/build.mjs` first: the sizes are measured on dist/.');
  const troop = await npmElement('dist/troop-levels-chart.js', 'troop-levels');
  const outDir = mkdtempSync(path.join(tmpdir(), 'imc-size-'));
  let dataset;
  try {
    const chunks = await bundle('dist/data.js', outDir);
    dataset = total(chunks.map((c) => path.join(outDir, c.fileName)));
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
  return {
    'troop-levels-chart from npm, with .data': troop.data,
    'troop-levels-chart from npm, with its bundled series': troop.series,
    'troop-levels-chart from npm: the events chunk .data adds when annotations are drawn': troop.events,
    'standalone loader + one <troop-levels-chart>': loaderPage('troop-levels-chart'),
    'standalone loader + <mission-dashboard>': loaderPage('mission-dashboard'),
    'iraq-mission-charts.js (the loader alone)': total(['dist/iraq-mission-charts.js']),
    'iraq-mission-charts.bundle.js (single file)': total(['dist/iraq-mission-charts.bundle.js']),
    'iraq-mission-charts/data (the whole dataset and validate)': dataset,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const measured = await measure();
  const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
  console.log('| bundle | files | min | gzip | brotli | gzip budget |\n|---|---|---|---|---|---|');
  for (const [name, s] of Object.entries(measured)) {
    console.log(`| ${name} | ${s.files} | ${kb(s.min)} | ${kb(s.gzip)} | ${kb(s.brotli)} | ${BUDGETS[name] ? kb(BUDGETS[name]) : '—'} |`);
  }
}
