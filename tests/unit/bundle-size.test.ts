import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error — a plain ES module script without types; it is run by `npm run size` too.
import { BUDGETS, measure } from '../../scripts/size.mjs';
import { CHARTS } from '../../src/components/registry.js';

type Sizes = Record<string, { min: number; gzip: number; brotli: number }>;

describe('bundle sizes (gzip, measured on built files)', () => {
  it('has the built loader, its chunk list and the single file to measure (npm test builds them first)', () => {
    for (const file of ['dist/iraq-mission-charts.js', 'dist/standalone/chunks.json', 'dist/iraq-mission-charts.bundle.js', 'dist/troop-levels-chart.js']) {
      expect(existsSync(file), file).toBe(true);
    }
  });

  it('keeps the loader a loader: it imports nothing up front, and every element it names is a chunk of its own', () => {
    const code = readFileSync('dist/iraq-mission-charts.js', 'utf8');
    expect(code.match(/\bfrom\s*["'`]/g)).toBeNull();
    const imported = [...code.matchAll(/\bimport\(\s*["'`]\.\/standalone\/([\w.-]+)-[\w-]{8}\.js["'`]\s*\)/g)].map((m) => m[1]).sort();
    expect(imported).toEqual([...CHARTS.map((c) => c.tag), 'mission-dashboard'].sort());
  });

  it('keeps the Arabic texts and the data table out of what a troop chart fetches before it draws', () => {
    const list = JSON.parse(readFileSync('dist/standalone/chunks.json', 'utf8')) as Record<'fetched' | 'arabic', Record<string, string[]>>;
    const read = (file: string) => readFileSync(`dist/${file}`, 'utf8');
    const fetched = list.fetched['troop-levels-chart']!;
    // The Arabic label of the download button, one string of the shared Arabic table.
    const arabicLabel = 'تنزيل البيانات (CSV)';
    expect(fetched.filter((file) => read(file).includes(arabicLabel))).toEqual([]);
    expect(list.arabic['troop-levels-chart']!.map((file) => [file.replace(/-[\w-]{8}\.js$/, ''), read(file).includes(arabicLabel)])).toEqual([['standalone/i18n.ar', true]]);
    const drawing = readdirSync('dist/standalone').filter((file) => /^data-table-[\w-]{8}\.js$/.test(file));
    expect(drawing.length).toBe(1);
    expect(fetched.some((file) => file.endsWith(drawing[0]!))).toBe(false);
    expect(fetched.some((file) => read(file).includes(`./${drawing[0]}`))).toBe(true);
  });

  it('keeps every bundle within its budget', async () => {
    const measured = (await measure()) as Sizes;
    const over = Object.entries(BUDGETS as Record<string, number>)
      .filter(([name, budget]) => measured[name]!.gzip > budget)
      .map(([name, budget]) => `${name}: ${measured[name]!.gzip} B > ${budget} B`);
    expect(over).toEqual([]);
  }, 60_000);
});
