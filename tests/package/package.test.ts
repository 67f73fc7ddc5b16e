/**
 * The npm package as a user gets it: `npm pack` of the built project, the tarball's file list,
 * an install into an empty project, the modules and types seen from there, and the manifest.
 * Needs dist/ (`npm test` builds before the tests; alone: `npm run build` first) and the npm
 * registry for the package's dependencies, `lit` and the `d3-*` modules.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHARTS } from '../../src/components/registry.js';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const name = 'iraq-mission-charts';
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  version: string;
  customElements: string;
  exports: Record<string, string | { types: string; default: string }>;
  files: string[];
  sideEffects: string[];
  bin?: Record<string, string>;
};

/** The entries of "exports" that are modules for browsers: the elements, the standalone loader and the single file. */
const browserEntries = ['.', './troop-levels-chart.js', './standalone', './iraq-mission-charts.js', './iraq-mission-charts.bundle.js'];
/** The JS file an entry of "exports" points at, without its leading `./`. */
const jsTarget = (target: string | { default: string }) => (typeof target === 'string' ? target : target.default).replace(/^\.\//, '');

/** What `npm pack --json` says about one tarball. */
interface PackResult {
  filename: string;
  size: number;
  unpackedSize: number;
  entryCount: number;
  files: { path: string; size: number }[];
}

let temp: string;
let consumer: string;
let pack: PackResult;
let files: string[];

/** Runs a command; on failure the error carries its output, so the test report says why. */
async function sh(command: string, args: string[], cwd: string, timeout = 120_000): Promise<string> {
  try {
    const { stdout } = await run(command, args, { cwd, timeout, maxBuffer: 32 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const { stdout = '', stderr = '', message } = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}: ${message}\n${stdout}\n${stderr}`);
  }
}

/** The project's own TypeScript, run on one consumer file as a strict Node16-style consumer would. */
async function typecheck(file: string): Promise<{ ok: boolean; output: string }> {
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const args = [
    tsc, '--strict', '--noEmit', '--module', 'nodenext', '--moduleResolution', 'nodenext',
    '--target', 'es2022', '--lib', 'es2022,dom', '--skipLibCheck', 'false', file,
  ];
  try {
    const { stdout } = await run(process.execPath, args, { cwd: consumer, timeout: 120_000 });
    return { ok: true, output: stdout };
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${stdout}${stderr}` };
  }
}

// Checked as the file loads, so that a missing build fails the file with this message (and is
// counted as a failure) rather than skipping every test.
for (const built of ['dist/iraq-mission-charts.js', 'dist/troop-levels-chart.js', 'dist/data.js', 'dist/types/index.d.ts', 'custom-elements.json']) {
  if (!existsSync(join(root, built))) {
    throw new Error(`${built} is missing: the package tests need a built project. Run \`npm run build\` first (\`npm test\` builds before the tests).`);
  }
}

beforeAll(async () => {
  temp = mkdtempSync(join(tmpdir(), 'imc-package-'));
  const out = await sh('npm', ['pack', '--json', '--pack-destination', temp], root);
  pack = (JSON.parse(out) as PackResult[])[0]!;
  files = pack.files.map((f) => f.path).sort();
  console.log(`npm pack: ${pack.filename}, ${pack.size} B packed, ${pack.unpackedSize} B unpacked, ${pack.entryCount} files`);

  consumer = join(temp, 'consumer');
  mkdirSync(consumer);
  await sh('npm', ['init', '-y'], consumer);
  await sh('npm', ['pkg', 'set', 'type=module'], consumer);
  await sh('npm', ['install', join(temp, pack.filename), '--no-audit', '--no-fund', '--prefer-offline'], consumer, 180_000);
}, 300_000);

afterAll(() => {
  if (temp) rmSync(temp, { recursive: true, force: true });
});

describe('npm pack', () => {
  it('names the tarball after the package and its version', () => {
    expect(pack.filename).toBe(`${name}-${manifest.version}.tgz`);
    expect(pack.entryCount).toBe(files.length);
  });

  it('ships the modules, the standalone loader and its chunks, the single file, the types, the manifest, the README and package.json', () => {
    const list = JSON.parse(readFileSync(join(root, 'dist', 'standalone', 'chunks.json'), 'utf8')) as { fetched: Record<string, string[]> };
    for (const file of [
      'dist/iraq-mission-charts.js',
      'dist/iraq-mission-charts.bundle.js',
      ...Object.values(list.fetched).flat().map((chunk) => `dist/${chunk}`),
      'dist/troop-levels-chart.js',
      'dist/data.js',
      'dist/index.js',
      'dist/types/index.d.ts',
      'dist/types/data/index.d.ts',
      'dist/types/components/core/element/dom-events.d.ts',
      'dist/types/components/troop-levels-chart/troop-levels-chart.d.ts',
      'custom-elements.json',
      'README.md',
      'package.json',
    ]) {
      expect(files, file).toContain(file);
    }
  });

  it('ships only what package.json "files" names, besides package.json itself', () => {
    expect(manifest.files).toEqual(expect.arrayContaining(['dist', 'custom-elements.json', 'README.md']));
    const named = (f: string) => manifest.files.some((entry) => f === entry || f.startsWith(`${entry}/`));
    expect(files.filter((f) => !named(f) && !['package.json', 'LICENSE'].includes(f))).toEqual([]);
  });

  it('ships every command of package.json "bin" as a Node script', () => {
    for (const [command, path] of Object.entries(manifest.bin ?? {})) {
      expect(files, `bin ${command}`).toContain(path.replace(/^\.\//, ''));
      expect(readFileSync(join(root, path), 'utf8').startsWith('#!/usr/bin/env node\n'), `${path} has no shebang`).toBe(true);
    }
  });

  it('ships no tests, stories, Storybook config, sources, scripts or examples', () => {
    const forbidden = [/^tests\//, /^stories\//, /^\.storybook\//, /^src\//, /^scripts\//, /^examples\//, /\.test\./, /\.stories\./, /(^|\/)node_modules\//, /^storybook-static\//, /^test-results\//];
    expect(files.filter((f) => forbidden.some((pattern) => pattern.test(f)))).toEqual([]);
  });

  it('has a declaration file for every type entry of "exports", and every JS entry of "exports"', () => {
    for (const [entry, target] of Object.entries(manifest.exports)) {
      for (const path of typeof target === 'string' ? [target] : [target.types, target.default]) {
        expect(files, `exports["${entry}"] → ${path}`).toContain(path.replace(/^\.\//, ''));
      }
    }
  });

  it('ships, for every registered chart, its export, its module, its declarations, a sideEffects match and a custom-elements.json declaration', () => {
    const elements = JSON.parse(readFileSync(join(root, manifest.customElements), 'utf8')) as {
      modules: { path: string; declarations?: { tagName?: string }[] }[];
    };
    const sideEffects = manifest.sideEffects.map(
      (p) => new RegExp(`^${p.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*\*/g, '.*').replace(/(?<!\.)\*/g, '[^/]*')}$`),
    );
    for (const { tag } of CHARTS) {
      const target = manifest.exports[`./${tag}.js`];
      expect(target, `exports["./${tag}.js"]`).toEqual({ types: `./dist/types/components/${tag}/${tag}.d.ts`, default: `./dist/${tag}.js` });
      expect(files, tag).toContain(`dist/${tag}.js`);
      expect(files, tag).toContain(`dist/types/components/${tag}/${tag}.d.ts`);
      expect(sideEffects.some((pattern) => pattern.test(`./dist/${tag}.js`)), `sideEffects matches ./dist/${tag}.js`).toBe(true);
      const declared = elements.modules.some((m) => m.path === `src/components/${tag}/${tag}.ts` && m.declarations?.some((d) => d.tagName === tag));
      expect(declared, `custom-elements.json declares <${tag}>`).toBe(true);
    }
  });

  it('ships each source map next to the bundle that points at it, self-contained, mapping only the library and its bundled dependencies', () => {
    const maps = files.filter((f) => f.endsWith('.map'));
    expect(maps.length).toBeGreaterThan(0);
    for (const map of maps) {
      const script = map.replace(/\.map$/, '');
      expect(files, `${map} has no ${script}`).toContain(script);
      const code = readFileSync(join(root, script), 'utf8');
      expect(code.trimEnd().endsWith(`//# sourceMappingURL=${script.split('/').pop()}.map`), `${script} does not point at its map`).toBe(true);
      const { sources, sourcesContent } = JSON.parse(readFileSync(join(root, map), 'utf8')) as { sources: string[]; sourcesContent?: (string | null)[] };
      // src/ is not in the package, so a map is useful only with the sources inside it.
      expect(sourcesContent?.length, `${map} has no sourcesContent`).toBe(sources.length);
      expect(sourcesContent!.filter((s) => s === null)).toEqual([]);
      const unexpected = sources.filter((s) => !/^(\.\.\/)+(src\/|node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element|d3-[a-z]+|internmap)\/)/.test(s));
      expect(unexpected, `${map} maps files outside the library`).toEqual([]);
      // The per-element modules leave lit and d3 as imports, so their maps hold only our sources
      // and the part of d3-shape (with d3-path) that the charts call, which is bundled there, cut down.
      if (map.startsWith('dist/chunks/')) expect(sources.filter((s) => s.includes('node_modules/') && !/node_modules\/d3-(shape|path)\//.test(s))).toEqual([]);
    }
  });
});

describe('installed into an empty project', () => {
  /** Runs an ES module in the consumer project, where `iraq-mission-charts` resolves as for a user. */
  async function inConsumer<T>(code: string): Promise<T> {
    const script = join(consumer, `check-${Math.random().toString(36).slice(2)}.mjs`);
    writeFileSync(script, `${code}\n`);
    return JSON.parse(await sh(process.execPath, [script], consumer)) as T;
  }

  it('installs the package with lit and d3-array, d3-dsv, d3-shape as its dependencies', () => {
    const installed = JSON.parse(readFileSync(join(consumer, 'node_modules', name, 'package.json'), 'utf8')) as { version: string; dependencies?: Record<string, string> };
    expect(installed.version).toBe(manifest.version);
    expect(Object.keys(installed.dependencies ?? {})).toEqual(['d3-array', 'd3-dsv', 'd3-shape', 'lit']);
    expect(existsSync(join(consumer, 'node_modules', 'lit', 'package.json'))).toBe(true);
  });

  it('imports iraq-mission-charts/data in Node: the dataset and a working validate', async () => {
    const result = await inConsumer<{
      observations: number;
      everyCited: boolean;
      bundled: { records: number; issues: number };
      mine: { records: unknown[]; issues: unknown[] };
    }>(`
      const { dataset, validate } = await import('iraq-mission-charts/data');
      const bundled = validate(dataset, { defaultMetric: 'us-troops' });
      const mine = validate({
        sources: [{ id: 's1', publisher: 'Brookings Institution', title: 'Iraq Index', date: '2010', url: 'https://www.brookings.edu/iraq-index' }],
        observations: [
          { id: 'a', date: '2004', value: 138000, sourceIds: ['s1'] },
          { id: 'b', date: '2004-13', value: 1, sourceIds: ['s1'] },
          { id: 'c', date: '2005', value: 5 },
        ],
      }, { defaultMetric: 'us-troops' });
      console.log(JSON.stringify({
        observations: dataset.observations.length,
        everyCited: dataset.observations.every((o) => o.sourceIds.length > 0),
        bundled: { records: bundled.records.length, issues: bundled.issues.length },
        mine: { records: mine.records, issues: mine.issues.map(({ row, field, code, severity, message }) => ({ row, field, code, severity, en: message.en })) },
      }));
    `);
    expect(result.observations).toBeGreaterThan(50);
    expect(result.everyCited).toBe(true);
    expect(result.bundled).toEqual({ records: result.observations, issues: 0 });
    expect(result.mine.records).toEqual([
      { id: 'a', metric: 'us-troops', date: '2004', precision: 'year', value: 138000, qualifier: 'exact', kind: 'reported', scope: 'US', region: 'Iraq', sourceIds: ['s1'] },
      { id: 'c', metric: 'us-troops', date: '2005', precision: 'year', value: 5, qualifier: 'exact', kind: 'reported', scope: 'US', region: 'Iraq', sourceIds: [] },
    ]);
    expect(result.mine.issues).toEqual([
      { row: 1, field: 'date', code: 'bad-date', severity: 'error', en: '“2004-13” is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD.' },
      { row: 2, field: 'sourceIds', code: 'missing-source', severity: 'warning', en: expect.any(String) },
    ]);
  });

  it('resolves every JS entry of "exports", the browser modules among them, to a file of the installed package', async () => {
    expect(Object.keys(manifest.exports)).toEqual(expect.arrayContaining([...browserEntries, './data']));
    const jsEntries = Object.entries(manifest.exports).filter(([, target]) => jsTarget(target).endsWith('.js'));
    const specifier = (entry: string) => (entry === '.' ? name : `${name}/${entry.slice(2)}`);
    const entries = jsEntries.map(([entry]) => specifier(entry));
    const resolved = await inConsumer<Record<string, { path: string; exists: boolean }>>(`
      import { existsSync } from 'node:fs';
      import { fileURLToPath } from 'node:url';
      const out = {};
      for (const specifier of ${JSON.stringify(entries)}) {
        const path = fileURLToPath(import.meta.resolve(specifier));
        out[specifier] = { path: path.slice(path.indexOf('node_modules/')), exists: existsSync(path) };
      }
      console.log(JSON.stringify(out));
    `);
    expect(resolved).toEqual(Object.fromEntries(jsEntries.map(([entry, target]) => [specifier(entry), { path: `node_modules/${name}/${jsTarget(target)}`, exists: true }])));
    expect(browserEntries.map((entry) => resolved[specifier(entry)]?.path)).toEqual([
      `node_modules/${name}/dist/index.js`,
      `node_modules/${name}/dist/troop-levels-chart.js`,
      `node_modules/${name}/dist/iraq-mission-charts.js`,
      `node_modules/${name}/dist/iraq-mission-charts.js`,
      `node_modules/${name}/dist/iraq-mission-charts.bundle.js`,
    ]);
  });

  it('loads the element modules in Node (through Lit’s server build), registering the tag', async () => {
    const loaded = await inConsumer<{ index: string[]; element: string[]; registered: boolean; same: boolean }>(`
      const element = await import('iraq-mission-charts/troop-levels-chart.js');
      const index = await import('iraq-mission-charts');
      console.log(JSON.stringify({
        element: Object.keys(element).sort(),
        index: Object.keys(index).sort(),
        registered: customElements.get('troop-levels-chart') === element.TroopLevelsChart,
        same: index.TroopLevelsChart === element.TroopLevelsChart,
      }));
    `);
    expect(loaded).toEqual({
      element: ['TroopLevelsChart'],
      index: expect.arrayContaining(['ImcChart', 'TroopLevelsChart', 'dataset', 'validate']),
      registered: true,
      same: true,
    });
  });

  it('has a self-contained standalone loader, chunks and single file: valid ES module syntax, no bare imports, every relative import shipped', async () => {
    const dist = join(consumer, 'node_modules', name, 'dist');
    const chunks = readdirSync(join(dist, 'standalone')).filter((f) => f.endsWith('.js'));
    expect(chunks.length).toBeGreaterThan(5);
    for (const file of [join(dist, 'iraq-mission-charts.js'), join(dist, 'iraq-mission-charts.bundle.js'), ...chunks.map((f) => join(dist, 'standalone', f))]) {
      await sh(process.execPath, ['--check', file], consumer);
      const code = readFileSync(file, 'utf8');
      // Static imports are written with quotes, dynamic ones with backticks: neither names a package.
      expect(code.match(/\bfrom\s*["'][^"'./][^"']*["']|\bimport\(\s*["'`][^"'`./][^"'`]*["'`]\s*\)/g), file).toBeNull();
      for (const [, target] of code.matchAll(/(?:\bfrom\s*["']|\bimport\(\s*["'`])(\.[^"'`]+)["'`]/g)) {
        expect(existsSync(join(dirname(file), target!)), `${file} imports ${target}`).toBe(true);
      }
    }
    // The single file imports nothing at all.
    expect(readFileSync(join(dist, 'iraq-mission-charts.bundle.js'), 'utf8')).not.toMatch(/\bfrom\s*["']|\bimport\(\s*["'`]/);
  });

  it('type-checks a strict consumer of the elements, the data and the events', async () => {
    writeFileSync(
      join(consumer, 'consumer.ts'),
      `import 'iraq-mission-charts/troop-levels-chart.js';
import { dataset, validate, type Observation } from 'iraq-mission-charts/data';

const chart = document.querySelector('troop-levels-chart')!;
chart.data = dataset.observations;
chart.from = 2014;
chart.addEventListener('imc-point-select', (e) => {
  // A timeline's points are events; every other chart's are observations.
  const id: string = e.detail.event ? e.detail.event.id : e.detail.observation.id;
  const publishers: string[] = e.detail.sources.map((s) => s.publisher.en);
  console.log(id, publishers, e.detail.index.toFixed(0));
});
document.addEventListener('imc-data-issues', (e) => e.detail.issues.length);
const el: HTMLElementTagNameMap['troop-levels-chart'] = document.createElement('troop-levels-chart');
const first: Observation | undefined = validate(dataset).records[0];
console.log(el.lang, first?.date);
`,
    );
    const result = await typecheck('consumer.ts');
    expect(result.output).toBe('');
    expect(result.ok).toBe(true);
  }, 120_000);

  it('rejects a consumer that reads a field the event does not have', async () => {
    writeFileSync(
      join(consumer, 'wrong.ts'),
      `import 'iraq-mission-charts/troop-levels-chart.js';

document.querySelector('troop-levels-chart')!.addEventListener('imc-point-select', (e) => {
  if (!e.detail.event) console.log(e.detail.observation.nope);
});
`,
    );
    const result = await typecheck('wrong.ts');
    expect(result.ok).toBe(false);
    expect(result.output.trim()).toBe(
      "wrong.ts(4,57): error TS2339: Property 'nope' does not exist on type 'Observation'.",
    );
  }, 120_000);
});

describe('custom elements manifest', () => {
  it('is named by package.json "customElements", shipped, and lists every element', () => {
    expect(manifest.customElements).toBe('custom-elements.json');
    expect(files).toContain(manifest.customElements);
    const installed = JSON.parse(readFileSync(join(consumer, 'node_modules', name, manifest.customElements), 'utf8')) as {
      schemaVersion: string;
      modules: { declarations?: { tagName?: string; customElement?: boolean; name: string }[] }[];
    };
    const tags = installed.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
    // The analyzer lists modules in the order it finds the files, which is not alphabetical.
    expect(tags.map((d) => [d.tagName, d.name]).sort(([a], [b]) => a!.localeCompare(b!))).toEqual([
      ['airstrikes-chart', 'AirstrikesChart'],
      ['casualties-chart', 'CasualtiesChart'],
      ['mission-dashboard', 'MissionDashboard'],
      ['mission-timeline', 'MissionTimeline'],
      ['spending-chart', 'SpendingChart'],
      ['troop-levels-chart', 'TroopLevelsChart'],
    ]);
  });
});
