// `npm run bench`: <troop-levels-chart> against Chart.js, Observable Plot, uPlot and ECharts, in
// Debian's Chromium, headless, on pages served from 127.0.0.1. Builds one page bundle per library
// into bench/.build/, measures sizes, then times every library in the same browser session,
// interleaved, and writes bench/results.json and bench/RESULTS.md.
//   BENCH_RUNS (default 7) runs; CHROMIUM_PATH (default /usr/bin/chromium).
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { measure, sizes } from './size.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(ROOT);
const BENCH = path.join(ROOT, 'bench');
const OUT = path.join(BENCH, '.build');
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 7) || 7);
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
const log = (message) => console.log(`[bench ${elapsed()}] ${message}`);

const LIBS = [
  { id: 'ours', name: '<troop-levels-chart>', pkg: null },
  { id: 'chartjs', name: 'Chart.js', pkg: 'chart.js' },
  { id: 'plot', name: 'Observable Plot', pkg: '@observablehq/plot' },
  { id: 'uplot', name: 'uPlot', pkg: 'uplot' },
  { id: 'echarts', name: 'Apache ECharts', pkg: 'echarts' },
];
const PEERS = LIBS.filter((l) => l.pkg);
const CASES = [30, 1_000, 10_000, 100_000, 'troop'];

// ---------------------------------------------------------------- builds
const viteBase = (outDir, entry, fileName, minify = true) => ({
  configFile: false,
  root: ROOT,
  logLevel: 'warn',
  mode: 'production',
  resolve: { conditions: ['module', 'browser', 'production'] },
  define: { 'process.env.NODE_ENV': '"production"' },
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    reportCompressedSize: false,
    lib: { entry, formats: ['es'], fileName },
    rolldownOptions: { output: { minify, codeSplitting: false } },
  },
});

async function buildPages() {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const result = {};
  for (const lib of LIBS) {
    const dir = path.join(OUT, lib.id);
    log(`building the ${lib.name} page bundle`);
    await build(viteBase(dir, path.join(BENCH, 'pages', `${lib.id}.js`), lib.id));
    const files = readdirSync(dir);
    const js = files.find((f) => f.endsWith('.js'));
    const css = files.find((f) => f.endsWith('.css'));
    const bytes = Buffer.concat([readFileSync(path.join(dir, js)), ...(css ? [readFileSync(path.join(dir, css))] : [])]);
    result[lib.id] = { js: `/build/${lib.id}/${js}`, css: css ? `/build/${lib.id}/${css}` : null, size: sizes(bytes) };
  }
  log('building the standalone bundle (vite.config.ts, BUILD=standalone)');
  const standaloneDir = path.join(OUT, 'standalone');
  const previous = process.env.BUILD;
  process.env.BUILD = 'standalone';
  await build({ root: ROOT, logLevel: 'warn', build: { outDir: standaloneDir, emptyOutDir: true, sourcemap: false, reportCompressedSize: false } });
  if (previous === undefined) delete process.env.BUILD;
  else process.env.BUILD = previous;
  // size.mjs's measure() reads dist/iraq-mission-charts.js: a fresh clone has none yet.
  if (!existsSync('dist/iraq-mission-charts.js')) {
    mkdirSync('dist', { recursive: true });
    copyFileSync(path.join(standaloneDir, 'iraq-mission-charts.js'), 'dist/iraq-mission-charts.js');
  }
  log('building the troop series for the peers');
  const nodeDir = path.join(OUT, 'node');
  await build({ ...viteBase(nodeDir, path.join(BENCH, 'pages', 'troop-series.js'), 'troop-series', false) });
  const { troopSeries } = await import(pathToFileURL(path.join(nodeDir, readdirSync(nodeDir).find((f) => f.endsWith('.js')))).href);
  return { pages: result, standalone: sizes(readFileSync(path.join(standaloneDir, 'iraq-mission-charts.js'))), troop: troopSeries() };
}

// ---------------------------------------------------------------- server
function serve(pages, troopJson) {
  const types = { '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.html': 'text/html' };
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const send = (status, type, body) => {
      res.writeHead(status, { 'Content-Type': `${type}; charset=utf-8`, 'Cache-Control': 'no-store' });
      res.end(body);
    };
    const page = /^\/page\/(\w+)$/.exec(url.pathname);
    if (page && pages[page[1]]) {
      const css = pages[page[1]].css ? `<link rel="stylesheet" href="${pages[page[1]].css}">` : '';
      return send(200, 'text/html', `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${page[1]}</title>${css}<script src="/data.js"></script></head><body style="margin:0;font:14px sans-serif"></body></html>`);
    }
    if (url.pathname === '/data.js') return send(200, types['.js'], readFileSync(path.join(BENCH, 'pages', 'data.js')));
    if (url.pathname === '/troop.json') return send(200, types['.json'], troopJson);
    if (url.pathname.startsWith('/build/')) {
      const file = path.join(OUT, path.normalize(url.pathname.slice('/build/'.length)));
      if (file.startsWith(OUT) && existsSync(file)) return send(200, types[path.extname(file)] ?? 'application/octet-stream', readFileSync(file));
    }
    if (url.pathname === '/favicon.ico') return send(204, 'text/plain', '');
    return send(404, 'text/plain', 'not found');
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${server.address().port}` })));
}

// ---------------------------------------------------------------- in the page
// Loads the library and prepares data A and B (outside any timing).
// Every library's page first makes one number and one date format (SETUP, MANY_SETUP, EVAL): the
// first Intl formatter of a page loads ICU's data (15–40 ms here), and whichever library touches
// Intl first (uPlot at import, Chart.js and ours in the first render) would otherwise carry that
// cost for the page.
const SETUP = async ({ js, n, seed }) => {
  new Intl.NumberFormat('en').format(1);
  new Intl.DateTimeFormat('en', { timeZone: 'UTC' }).format(0);
  const lib = await import(js);
  window.lib = lib;
  let a;
  let b;
  if (n === 'troop') {
    const troop = await (await fetch('/troop.json')).json();
    const scaled = { ...troop, y: troop.y.map((v) => Math.round(v * 0.9)), records: troop.records.map((r) => ({ ...r, value: Math.round(r.value * 0.9) })) };
    a = troop;
    b = scaled;
  } else {
    a = window.benchData.series(n, seed);
    b = window.benchData.series(n, seed + 1000);
  }
  window.A = lib.prepare(a);
  window.B = lib.prepare(b);
  return true;
};
const TIMED = {
  render: async (width) => {
    const t0 = performance.now();
    await window.lib.render(window.A, width);
    document.body.offsetHeight; // style and layout of what was drawn (paint is not included)
    return performance.now() - t0;
  },
  update: async () => {
    const t0 = performance.now();
    await window.lib.update(window.B);
    document.body.offsetHeight;
    return performance.now() - t0;
  },
  resize: async (width) => {
    const t0 = performance.now();
    await window.lib.resize(width);
    document.body.offsetHeight;
    const total = performance.now() - t0;
    return { total, work: window.lib.resizeWork ? window.lib.resizeWork() : total };
  },
};
const MANY_SETUP = async ({ js, count, n }) => {
  new Intl.NumberFormat('en').format(1);
  new Intl.DateTimeFormat('en', { timeZone: 'UTC' }).format(0);
  const lib = await import(js);
  window.lib = lib;
  window.LIST = Array.from({ length: count }, (_, k) => lib.prepare(window.benchData.series(n, 500 + k)));
  return true;
};
const MANY = async (width) => {
  const t0 = performance.now();
  window.manyStart = t0;
  await window.lib.renderMany(window.LIST, width);
  document.body.offsetHeight;
  return performance.now() - t0;
};
const COUNT_NODES = () => {
  let count = 0;
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      count++;
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document);
  return count;
};
const EVAL = async (js) => {
  new Intl.NumberFormat('en').format(1);
  new Intl.DateTimeFormat('en', { timeZone: 'UTC' }).format(0);
  const code = await (await fetch(js)).text();
  const url = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
  const t0 = performance.now();
  await import(url);
  return performance.now() - t0;
};

// ---------------------------------------------------------------- stats
function stats(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const q = (p) => {
    const i = (v.length - 1) * p;
    const lo = Math.floor(i);
    return v[lo] + (v[Math.ceil(i)] - v[lo]) * (i - lo);
  };
  return { median: q(0.5), q1: q(0.25), q3: q(0.75), min: v[0], max: v[v.length - 1], runs: v.length };
}

// ---------------------------------------------------------------- main
const { pages, standalone, troop } = await buildPages();
log('measuring our bundles with scripts/size.mjs');
const ourSizes = await measure();
ourSizes['iraq-mission-charts.js (standalone)'] = standalone;
ourSizes['troop-levels-chart page bundle (element + dataset + bench harness)'] = pages.ours.size;

const { server, url } = await serve(pages, JSON.stringify(troop));
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
log(`launching ${executablePath}`);
const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const context = await browser.newContext({ viewport: { width: 1000, height: 800 }, deviceScaleFactor: 1 });
const raw = {};
const record = (key, lib, value) => (((raw[key] ??= {})[lib] ??= []).push(value));

/** page.evaluate with a time limit, so one stuck page cannot stall the run. */
function within(promise, ms = 60_000) {
  let timer;
  return Promise.race([promise, new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out after ${ms / 1000} s`)), ms)))]).finally(() => clearTimeout(timer));
}

async function fresh(lib) {
  const page = await context.newPage();
  page.setDefaultTimeout(120_000);
  await page.goto(`${url}/page/${lib.id}`);
  return page;
}

for (let run = 0; run < RUNS; run++) {
  // The starting library rotates each run, so no library always goes first.
  const order = LIBS.map((_, i) => LIBS[(i + run) % LIBS.length]);
  for (const n of CASES) {
    for (const lib of order) {
      const page = await fresh(lib);
      try {
        await within(page.evaluate(SETUP, { js: pages[lib.id].js, n, seed: 1 + run }));
        record(`render-cold/${n}`, lib.id, await within(page.evaluate(TIMED.render, 640)));
        // Ours only: until the data table (built in idle time after the drawing) is complete too.
        if (lib.id === 'ours') record(`render-ready/${n}`, lib.id, await within(page.evaluate(() => window.lib.readyTime())));
        // Warm re-renders at N ≥ 35,000 are left out: ECharts and Plot take seconds each, and the
        // whole run must stay under 10 minutes on 2 cores.
        if (n === 'troop' || n <= 10_000) record(`update-warm/${n}`, lib.id, await within(page.evaluate(TIMED.update)));
        if (n === 1_000) {
          await within(page.evaluate(() => window.lib.quiet?.()));
          const { total, work } = await within(page.evaluate(TIMED.resize, 480));
          record('resize-640-480/1000', lib.id, work);
          record('resize-total/1000', lib.id, total);
        }
      } catch (error) {
        console.error(`  ${lib.name} at N = ${n} failed: ${error.message.split('\n')[0]}`);
      } finally {
        await page.close();
      }
    }
    log(`run ${run + 1}/${RUNS}: N = ${n} done`);
  }
  for (const lib of order) {
    const page = await fresh(lib);
    try {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      await within(page.evaluate(MANY_SETUP, { js: pages[lib.id].js, count: 50, n: 30 }));
      await cdp.send('HeapProfiler.collectGarbage');
      const before = await cdp.send('Runtime.getHeapUsage');
      record('many-50x30/time', lib.id, await within(page.evaluate(MANY, 640)));
      // Ours builds each data table in idle time after the drawings: the heap and DOM are measured
      // once every table is there, and the time until then is recorded too.
      if (lib.id === 'ours') {
        record('many-50x30/time-ready', lib.id, await within(page.evaluate(async () => {
          await window.lib.allReady();
          return performance.now() - window.manyStart;
        })));
      }
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
      await cdp.send('HeapProfiler.collectGarbage');
      const after = await cdp.send('Runtime.getHeapUsage');
      record('many-50x30/heap-used', lib.id, after.usedSize);
      record('many-50x30/heap-added', lib.id, after.usedSize - before.usedSize);
      const counters = await cdp.send('Memory.getDOMCounters');
      record('many-50x30/dom-nodes', lib.id, await page.evaluate(COUNT_NODES));
      record('many-50x30/dom-counter-nodes', lib.id, counters.nodes);
    } catch (error) {
      console.error(`  ${lib.name}, 50 charts failed: ${error.message.split('\n')[0]}`);
    } finally {
      await page.close();
    }
    const evalPage = await fresh(lib);
    try {
      record('script-eval', lib.id, await within(evalPage.evaluate(EVAL, pages[lib.id].js)));
    } finally {
      await evalPage.close();
    }
  }
  log(`run ${run + 1}/${RUNS}: 50 charts and script evaluation done`);
}

const chromiumVersion = browser.version();
await browser.close();
server.close();

// ---------------------------------------------------------------- results
const figures = {};
for (const [key, byLib] of Object.entries(raw)) {
  figures[key] = {};
  for (const lib of LIBS) figures[key][lib.id] = byLib[lib.id] ? stats(byLib[lib.id]) : null;
}
const version = (pkg) => JSON.parse(readFileSync(path.join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')).version;
const cpus = os.cpus();
const machine = {
  cpu: cpus[0]?.model ?? 'unknown',
  cores: cpus.length,
  memoryGB: +(os.totalmem() / 1e9).toFixed(1),
  os: `${os.type()} ${os.release()} ${os.arch()}`,
  node: process.version,
  chromium: chromiumVersion,
};
const versions = { 'iraq-mission-charts': JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version };
for (const lib of PEERS) versions[lib.pkg] = version(lib.pkg);
versions.lit = version('lit');
versions['playwright-core'] = version('playwright-core');
versions.vite = version('vite');

const peerSizes = Object.fromEntries(PEERS.map((l) => [l.id, pages[l.id].size]));
const results = {
  date: new Date().toISOString(),
  runs: RUNS,
  seconds: Math.round((Date.now() - started) / 1000),
  machine,
  versions,
  method: {
    'render-cold': 'fresh page, Intl warmed (one number and one date format made, for every library), library imported and data prepared first; render(data, 640) call until the chart is drawn, then a forced style and layout (document.body.offsetHeight); paint not included. Our element counts until its shadow root has svg[part="svg"] at the box width with its points; its data table is built in idle time after that, and render-ready is the time until the table is complete too (ours only).',
    'update-warm': 'same page, after the cold render: update(new data of the same N) until drawn, with forced layout; N = 30, 1,000, 10,000 and the troop series (not at 100,000, where ECharts and Plot take seconds and the run must stay under 10 minutes on 2 cores).',
    'resize-640-480': 'same page, N = 1,000: the box from 640 to 480 px, the redraw\'s work until drawn at 480 with forced layout. Peers: their resize call. Ours first finishes the data table of the update before (built in idle time). Ours resizes itself: its ResizeObserver sees the width after the next layout and redraws in the following animation frame (never inside the observer callback, which would raise "ResizeObserver loop" errors when a page scrollbar comes or goes); the figure runs from the start of that frame callback to the end of the render it starts, with a forced style and layout. resize-total is from the style change until drawn, the frames waited included.',
    'many-50x30': 'fresh page: 50 charts of 30 points rendered one after another (ours: all 50 appended, then awaited), total time (ours: time-ready until every data table is built too); then JS heap used (ours: after every table is built) (CDP Runtime.getHeapUsage after HeapProfiler.collectGarbage; heap-added is the difference from before rendering), DOM nodes counted with querySelectorAll("*") through shadow roots, and CDP Memory.getDOMCounters nodes.',
    'script-eval': 'fresh page: the page bundle fetched, then import() of it from a Blob URL timed (parse, compile, evaluate; no network).',
    data: 'daily series from 2003-01-01 12:00 UTC, random walk from mulberry32 (seeded per run); troop = the bundled us-troops reported counts (US scope, single values), update = the same scaled by 0.9.',
    note: 'Our element builds its data table (in the accessibility tree, for screen readers) after the drawing, in idle time; the table below gives the time until it is complete, which no peer has to match.',
  },
  sizes: { ours: ourSizes, peers: peerSizes },
  figures,
  raw,
};
writeFileSync(path.join(BENCH, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(path.join(BENCH, 'RESULTS.md'), markdown(results));
log(`wrote bench/results.json and bench/RESULTS.md in ${elapsed()}`);

function markdown(r) {
  const ms = (s) => (s ? `${s.median.toFixed(1)} (${s.min.toFixed(1)}–${s.max.toFixed(1)})` : 'n/a');
  const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
  const mb = (s) => (s ? `${(s.median / 1e6).toFixed(2)} MB (${(s.min / 1e6).toFixed(2)}–${(s.max / 1e6).toFixed(2)})` : 'n/a');
  const int = (s) => (s ? `${Math.round(s.median).toLocaleString('en')}` : 'n/a');
  const ratio = (a, b) => (a && b ? (a / b).toFixed(2) : 'n/a');
  const f = r.figures;
  const rows = [
    ['First render, cold, N = 30', 'render-cold/30'],
    ['First render, cold, N = 1,000', 'render-cold/1000'],
    ['First render, cold, N = 10,000', 'render-cold/10000'],
    ['First render, cold, N = 100,000', 'render-cold/100000'],
    ['First render, cold, troop series', 'render-cold/troop'],
    ['Re-render, warm, N = 30', 'update-warm/30'],
    ['Re-render, warm, N = 1,000', 'update-warm/1000'],
    ['Re-render, warm, N = 10,000', 'update-warm/10000'],
    ['Re-render, warm, troop series', 'update-warm/troop'],
    ['Resize 640 → 480 px, N = 1,000', 'resize-640-480/1000'],
    ['50 charts × 30 points: time', 'many-50x30/time'],
    ['50 charts × 30 points: JS heap used', 'many-50x30/heap-used'],
    ['50 charts × 30 points: DOM nodes', 'many-50x30/dom-nodes'],
    ['Script evaluation', 'script-eval'],
  ];
  const oursNoData = r.sizes.ours['troop-levels-chart (without dataset)'];
  const sizeRow = ['Size, min+gzip (ours: element without dataset)', (id) => r.sizes.peers[id].gzip, oursNoData.gzip];
  const head = `| figure (ours ÷ peer; below 1 is better for us) | ${PEERS.map((l) => l.name).join(' | ')} |\n|---|${PEERS.map(() => '---:').join('|')}|`;
  const ratioRows = rows.map(([label, key]) => `| ${label} | ${PEERS.map((l) => ratio(f[key]?.ours?.median, f[key]?.[l.id]?.median)).join(' | ')} |`);
  ratioRows.unshift(`| ${sizeRow[0]} | ${PEERS.map((l) => ratio(sizeRow[2], sizeRow[1](l.id))).join(' | ')} |`);
  const absHead = `| figure | ${LIBS.map((l) => l.name).join(' | ')} |\n|---|${LIBS.map(() => '---:').join('|')}|`;
  const oursOnly = [
    ['First render and data table, cold, N = 30', 'render-ready/30'],
    ['First render and data table, cold, N = 1,000', 'render-ready/1000'],
    ['First render and data table, cold, N = 10,000', 'render-ready/10000'],
    ['First render and data table, cold, N = 100,000', 'render-ready/100000'],
    ['First render and data table, cold, troop series', 'render-ready/troop'],
    ['50 charts × 30 points: time until every data table is built', 'many-50x30/time-ready'],
  ].map(([label, key]) => `| ${label} | ${ms(f[key]?.ours)} |`);
  const totalRow = `| Resize 640 → 480 px, N = 1,000, from the style change (frames waited included) | ${LIBS.map((l) => ms(f['resize-total/1000']?.[l.id])).join(' | ')} |`;
  const absRows = rows.map(([label, key]) => {
    const fmt = key.includes('heap') ? mb : key.includes('dom') ? int : ms;
    return `| ${label} | ${LIBS.map((l) => fmt(f[key]?.[l.id])).join(' | ')} |`;
  });
  const sizeTable = [
    '| bundle | min | gzip | brotli |',
    '|---|---:|---:|---:|',
    ...Object.entries(r.sizes.ours).map(([name, s]) => `| ours: ${name} | ${kb(s.min)} | ${kb(s.gzip)} | ${kb(s.brotli)} |`),
    ...PEERS.map((l) => `| ${l.name} ${r.versions[l.pkg]}: one-chart page bundle | ${kb(r.sizes.peers[l.id].min)} | ${kb(r.sizes.peers[l.id].gzip)} | ${kb(r.sizes.peers[l.id].brotli)} |`),
  ];
  return `# Benchmark: <troop-levels-chart> against its peers

Written by \`npm run bench\` (scripts/bench.mjs) on ${r.date}: ${r.runs} runs, ${r.seconds} s in all.
Every library ran in the same headless Chromium session, interleaved (each run loops over the
libraries, the first one rotating), on pages served from 127.0.0.1, animations off.

## Headline: ours ÷ peer (medians of the same run)

Below 1 means \`<troop-levels-chart>\` is smaller or faster; above 1, the peer is.

${head}
${ratioRows.join('\n')}

## Times and memory: median (min–max) over ${r.runs} runs, ms unless stated

${absHead}
${absRows.join('\n')}
${totalRow}

${r.method.note}

| ours only | <troop-levels-chart> |
|---|---:|
${oursOnly.join('\n')}

## Sizes

${sizeTable.join('\n')}

Peers' bundles are the benchmark pages (the library's one-chart setup plus a ~1 KB harness, CSS
included for uPlot), built with Vite and minified; ours come from scripts/size.mjs's \`measure()\`
and the standalone build of vite.config.ts. 1 KB = 1,000 bytes; gzip level 9, brotli quality 11.

## How each figure is measured

${Object.entries(r.method).filter(([k]) => k !== 'note').map(([k, v]) => `- **${k}**: ${v}`).join('\n')}

Setups: Chart.js tree-shaken (LineController, LineElement, PointElement, LinearScale, Tooltip;
x as a linear scale of UTC milliseconds, no date adapter; \`parsing: false\`, points r = 2, no
decimation); Observable Plot (line and dot marks, \`tip: true\`, utc x); uPlot (one line series,
cursor on, legend off, \`ms: 1\`); ECharts tree-shaken (\`echarts/core\`: LineChart,
GridComponent, TooltipComponent, SVGRenderer; time axis). Our element: \`.data\` set to the
records, \`annotations="none"\`, \`to\` the data's last year.

## Machine and versions

- CPU: ${r.machine.cpu}, ${r.machine.cores} cores; memory ${r.machine.memoryGB} GB; ${r.machine.os}
- Node ${r.machine.node}; Chromium ${r.machine.chromium}
- ${Object.entries(r.versions).map(([k, v]) => `${k} ${v}`).join(', ')}
`;
}
