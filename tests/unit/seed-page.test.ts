import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
// @ts-expect-error: a plain ES module script without types
import { chartOf, figureText, seedPage } from '../../scripts/seed-page.mjs';
import { dataset } from '../../src/data/index.js';
import { seedQuotes } from '../../src/data/seed-sources.js';
import type { Observation } from '../../src/data/types.js';

const PAGE = readFileSync('docs/seed-facts.md', 'utf8');
const SEEDS = new Set(['seed-000', 'seed-001', 'seed-002', 'seed-003', 'seed-004']);
const seedCited = dataset.observations.filter((o) => o.sourceIds.some((id) => SEEDS.has(id)));

describe('docs/seed-facts.md, the page built from the dataset', () => {
  test('is what scripts/seed-page.mjs builds from today\'s dataset (run `node scripts/seed-page.mjs` after a data change)', () => {
    expect(PAGE).toBe(seedPage({ dataset, seedQuotes }));
  });

  test('lists every figure and event that cites a seed document, once', () => {
    const ids = [...PAGE.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]);
    const expected = [...seedCited.map((o) => o.id), ...dataset.events.filter((e) => e.sourceIds.some((id) => SEEDS.has(id))).map((e) => e.id)];
    expect(ids.sort()).toEqual(expected.sort());
  });

  test('gives every seed figure the words of its article, found in the article when the seeds are beside the project', () => {
    expect(seedCited.filter((o) => !seedQuotes[o.id]).map((o) => o.id)).toEqual([]);
    const folder = '../shared/seeds/';
    let texts: Record<string, string>;
    try {
      texts = Object.fromEntries(
        dataset.sources.filter((s) => SEEDS.has(s.id)).map((s) => [s.id, readFileSync(folder + s.document!, 'utf8')]),
      );
    } catch {
      return;
    }
    for (const o of seedCited) {
      const articles = o.sourceIds.filter((id) => SEEDS.has(id)).map((id) => texts[id]!);
      for (const words of seedQuotes[o.id]!.split(' … ')) expect(articles.some((t) => t.includes(words)), `${o.id}: ${words}`).toBe(true);
    }
  });

  test('is the project\'s own page, not the team\'s briefing', () => {
    expect(PAGE.startsWith('# The seed documents and the figures they give\n')).toBe(true);
    expect(PAGE).not.toMatch(/must be in the dataset|The five files beside this one/);
  });

  test('figureText and chartOf write a figure and the chart that draws it', () => {
    const base: Observation = { id: 'x', metric: 'spending', date: '2014-08-08', precision: 'day', end: '2016-07-31', value: 8.7e9, qualifier: 'exact', kind: 'cumulative', scope: 'US', region: 'both', operation: 'OIR', sourceIds: ['s'] };
    expect([figureText(base), chartOf(base)]).toEqual(['$8.7 billion', '`<spending-chart>`: running total']);
    expect(figureText({ ...base, metric: 'us-troops', value: { low: 35000, high: 50000 }, qualifier: 'approx' })).toBe('≈ 35,000–50,000');
    expect(chartOf({ ...base, metric: 'deaths', date: '2024-01-28', end: undefined, kind: 'reported', cause: 'hostile' })).toBe('the data table only (the hostile part of a total)');
    expect(chartOf({ ...base, metric: 'deaths', date: '2003', end: '2011', precision: 'year', operation: undefined })).toBe('the data table only (a total over several years)');
    expect(chartOf({ ...base, metric: 'deaths', date: '2019-12-27', end: undefined, kind: 'reported' })).toBe('`<casualties-chart>` (deaths): a marker within its year');
    expect(chartOf({ ...base, erratum: { evidence: ['y'], reason: { en: 'x', ar: 'x' } } })).toBe('drawn apart as a likely misprint (hollow marker)');
  });
});
