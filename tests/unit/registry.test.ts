/**
 * The chart registry is the one list of charts: every place that lists them reads it. These
 * tests fail when a registered chart is missing from one of them: its module, the public
 * exports, the dashboard, the static renderer and the command line, the build entries,
 * package.json's `exports` and `sideEffects`, custom-elements.json and the test fixtures.
 */
import { existsSync, readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, expectTypeOf, test } from 'vitest';
import { main } from '../../src/cli.js';
import { attributeName, optionEntries } from '../../src/components/core/chart-spec.js';
import { MissionDashboard } from '../../src/components/mission-dashboard/mission-dashboard.js';
import { CHARTS, findChart, shortName, type ChartTag } from '../../src/components/registry.js';
import * as library from '../../src/index.js';
import { CHART_NAMES, renderToSvgWithIssues } from '../../src/static/index.js';
import type { ChartTag as FixtureTag } from '../browser/fixtures.js';
import viteConfig, { chartModule } from '../../vite.config.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (path: string) => readFileSync(`${root}${path}`, 'utf8');
const NOW = '2026-11-21';

function sink(): Writable & { text: () => string } {
  let text = '';
  const stream = new Writable({
    write(chunk, _encoding, done) {
      text += String(chunk);
      done();
    },
  }) as Writable & { text: () => string };
  stream.text = () => text;
  return stream;
}

/** A `sideEffects` pattern as a regular expression: `*` within a folder, `**` across them. */
function glob(pattern: string): RegExp {
  const body = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*\*/g, '\u0000').replace(/\*/g, '[^/]*').replace(/\u0000/g, '.*');
  return new RegExp(`^${body}$`);
}

interface Manifest {
  exports: Record<string, string | { types: string; default: string }>;
  sideEffects: string[];
}

interface CemMember {
  name: string;
  default?: string;
  attribute?: string;
}

interface CemModule {
  path: string;
  declarations?: { tagName?: string; members?: CemMember[]; attributes?: { name: string; fieldName?: string; default?: string }[] }[];
}

const manifest = JSON.parse(read('package.json')) as Manifest;

describe('the chart registry', () => {
  test('lists each tag once, with the spec of that tag', () => {
    const tags = CHARTS.map((entry) => entry.tag);
    expect(new Set(tags).size).toBe(tags.length);
    for (const entry of CHARTS) expect(entry.spec.tag).toBe(entry.tag);
    expect(findChart('troop-levels')?.tag).toBe('troop-levels-chart');
    expect(findChart('mission-timeline')?.tag).toBe('mission-timeline');
    expect(findChart('nope')).toBeUndefined();
  });

  for (const entry of CHARTS) {
    test(`${entry.tag}: load() imports src/components/${entry.tag}/${entry.tag}.ts, which registers the element the library exports`, async () => {
      expect(read(chartModule(entry.tag))).toContain(`defineElement('${entry.tag}', `);
      expect(entry.load.toString()).toMatch(new RegExp(`/${entry.tag}/${entry.tag}\\.(js|ts)\\b`));
      await entry.load();
      const element = customElements.get(entry.tag);
      expect(element).toBeDefined();
      expect(Object.values(library)).toContain(element);
    });
  }

  test('two charts with an option of the same name declare it of the same kind, so the command line has one flag for it', () => {
    const kinds = new Map<string, string>();
    for (const entry of CHARTS) {
      for (const [key, declaration] of optionEntries(entry.spec.options)) {
        const kind = 'flag' in declaration ? 'flag' : 'choice';
        expect(kinds.get(key) ?? kind, `${entry.tag} ${key}`).toBe(kind);
        kinds.set(key, kind);
        if (!('flag' in declaration)) expect(declaration.values).toContain(declaration.default);
      }
    }
  });
});

describe('everything that lists the charts has every registered chart', () => {
  test('<mission-dashboard> shows every registered chart, in the registry order', () => {
    expect(MissionDashboard.charts).toEqual(CHARTS.map((entry) => entry.tag));
    // No per-chart imports: the dashboard loads the charts through the registry.
    expect(read('src/components/mission-dashboard/mission-dashboard.ts')).not.toMatch(/import '\.\.\/[\w-]+\/[\w-]+\.js'/);
  });

  test('the static renderer draws every registered chart, by tag and by short name', () => {
    expect(CHART_NAMES).toEqual(CHARTS.map((entry) => shortName(entry.tag)));
    for (const entry of CHARTS) {
      const byTag = renderToSvgWithIssues(entry.tag, { now: NOW, width: 480 });
      expect(byTag.issues).toEqual([]);
      expect(byTag.svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="480"')).toBe(true);
      expect(renderToSvgWithIssues(shortName(entry.tag), { now: NOW, width: 480 }).svg).toBe(byTag.svg);
    }
  });

  test('`--help` lists every chart with each of its own options, their values and defaults', () => {
    const out = sink();
    expect(main(['--help'], out, sink())).toBe(0);
    for (const entry of CHARTS) {
      expect(out.text()).toContain(`\n  ${shortName(entry.tag)}`);
      for (const [key, declaration] of optionEntries(entry.spec.options)) {
        const flag = 'flag' in declaration ? `--${attributeName(key)} ` : `--${attributeName(key)} <${declaration.values.join('|')}>`;
        expect(out.text()).toContain(flag);
        if (!('flag' in declaration)) expect(out.text()).toContain(`${declaration.description}; default ${declaration.default}`);
      }
    }
  });

  for (const entry of CHARTS) {
    test(`\`render ${shortName(entry.tag)}\` takes each of the chart's own options and draws what renderToSvg draws with it`, () => {
      for (const [key, declaration] of optionEntries(entry.spec.options)) {
        const values: (string | boolean)[] = 'flag' in declaration ? [true] : [...declaration.values];
        for (const value of values) {
          const out = sink();
          const err = sink();
          const args = value === true ? [`--${attributeName(key)}`] : [`--${attributeName(key)}`, String(value)];
          expect(main(['render', shortName(entry.tag), ...args, '--now', NOW], out, err), `${key}=${value}`).toBe(0);
          expect(err.text()).toBe('');
          expect(out.text()).toBe(renderToSvgWithIssues(entry.tag, { [key]: value, now: NOW }).svg);
        }
      }
    });
  }

  test('the module build has an entry for every registered chart, at its module', () => {
    const saved = { build: process.env.BUILD, charts: process.env.IMC_CHARTS };
    process.env.BUILD = 'modules';
    process.env.IMC_CHARTS = JSON.stringify(CHARTS.map((entry) => entry.tag));
    try {
      const config = typeof viteConfig === 'function' ? viteConfig({ command: 'build', mode: 'production' }) : viteConfig;
      const lib = (config as { build: { lib: { entry: Record<string, string> } } }).build.lib;
      for (const entry of CHARTS) {
        expect(lib.entry[entry.tag]).toBe(`src/components/${entry.tag}/${entry.tag}.ts`);
        expect(existsSync(`${root}${lib.entry[entry.tag]}`)).toBe(true);
      }
    } finally {
      process.env.BUILD = saved.build;
      process.env.IMC_CHARTS = saved.charts;
      if (saved.build === undefined) delete process.env.BUILD;
      if (saved.charts === undefined) delete process.env.IMC_CHARTS;
    }
    // scripts/build.mjs passes the registry's tags to that build.
    expect(read('scripts/build.mjs')).toContain("runnerImport('./src/components/registry.ts')");
  });

  test('package.json exports every registered chart with its types, and names its module in sideEffects', () => {
    for (const entry of CHARTS) {
      expect(manifest.exports[`./${entry.tag}.js`], entry.tag).toEqual({
        types: `./dist/types/components/${entry.tag}/${entry.tag}.d.ts`,
        default: `./dist/${entry.tag}.js`,
      });
      for (const file of [`./dist/${entry.tag}.js`, `./src/components/${entry.tag}/${entry.tag}.ts`]) {
        expect(manifest.sideEffects.some((pattern) => glob(pattern).test(file)), `sideEffects has no pattern for ${file}`).toBe(true);
      }
    }
    // The patterns must not take in what has no side effects, like a chart's spec or layout.
    expect(manifest.sideEffects.some((pattern) => glob(pattern).test('./src/components/airstrikes-chart/airstrikes-chart.spec.ts'))).toBe(false);
  });

  test('custom-elements.json declares every registered chart, with its own options as attributes of the same defaults', () => {
    if (!existsSync(`${root}custom-elements.json`)) throw new Error('custom-elements.json is missing: run `npm run analyze` first.');
    const modules = (JSON.parse(read('custom-elements.json')) as { modules: CemModule[] }).modules;
    for (const entry of CHARTS) {
      const module = modules.find((m) => m.path === `src/components/${entry.tag}/${entry.tag}.ts`);
      const declaration = module?.declarations?.find((d) => d.tagName === entry.tag);
      expect(declaration, entry.tag).toBeDefined();
      const member = (name: string) => declaration!.members?.find((m) => m.name === name);
      for (const [key, option] of optionEntries(entry.spec.options)) {
        expect(declaration!.attributes?.map((a) => a.name), `${entry.tag} ${key}`).toContain(attributeName(key));
        expect(member(key)?.default, `${entry.tag} ${key}`).toBe(typeof option.default === 'string' ? `'${option.default}'` : String(option.default));
      }
      // The element's own defaults of shared options are the ones the static renderer uses.
      const spec = entry.spec.defaults as { from?: number; annotations?: string };
      expect(member('from')?.default ?? '2003', `${entry.tag} from`).toBe(String(spec.from ?? 2003));
      expect(member('annotations')?.default ?? "'key'", `${entry.tag} annotations`).toBe(`'${spec.annotations ?? 'key'}'`);
    }
  });

  test('the test fixtures mount every registered chart', () => {
    expectTypeOf<FixtureTag>().toEqualTypeOf<ChartTag>();
    expect(read('tests/browser/fixtures.ts')).toMatch(/export type \{ ChartTag \} from '\.\.\/\.\.\/src\/components\/registry\.js'/);
  });
});
