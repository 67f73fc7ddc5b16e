import { describe, expect, test } from 'vitest';
import { airstrikeObservations as observations, airstrikeSources as sources } from '../../src/data/airstrikes.js';
import { periodEnd, periodStart } from '../../src/data/dates.js';
import type { Observation } from '../../src/data/types.js';

/**
 * The air-strike series checked against the rules of the data desk: running totals of one family
 * never fall, every figure has a note in both languages and a graded source, every campaign year
 * has a figure, and misprints are kept as printed but linked to the arithmetic that shows them wrong.
 */
const byId = new Map(observations.map((o) => [o.id, o]));
const sourceById = new Map(sources.map((s) => [s.id, s]));
const value = (o: Observation) => (typeof o.value === 'number' ? o.value : o.value.high);
const strikes = observations.filter((o) => o.metric === 'airstrikes');
const family = (o: Observation) => [o.metric, o.scope, o.region, o.operation ?? '', o.definition ?? ''].join('|');

describe('air strikes: running totals', () => {
  test('every strike count says who counted it: the military’s declared count or Airwars’ tally', () => {
    expect(strikes.filter((o) => !['declared', 'airwars'].includes(o.definition ?? '')).map((o) => o.id)).toEqual([]);
    const airwars = strikes.filter((o) => o.definition === 'airwars');
    expect(airwars.every((o) => o.sourceIds.every((id) => sourceById.get(id)!.publisher.en.startsWith('Airwars')))).toBe(true);
    expect(airwars.length).toBe(27);
  });

  test('a running total of one family (metric, scope, region, operation, definition) never falls, errata aside', () => {
    const totals = observations.filter((o) => o.kind === 'cumulative' && o.end && !o.erratum);
    const families = new Map<string, Observation[]>();
    for (const o of totals) families.set(family(o), [...(families.get(family(o)) ?? []), o]);
    // Compared only when one surely ends before the other: "to August 2015" is not before "to 7 August 2015".
    const falls = [...families.values()].flatMap((series) =>
      series.flatMap((later) =>
        series.filter((earlier) => periodEnd(earlier.end!) <= periodStart(later.end!) && value(earlier) > value(later)).map((earlier) => `${earlier.id} (${value(earlier)}) > ${later.id} (${value(later)})`),
      ),
    );
    expect(falls).toEqual([]);
    expect(families.size).toBeGreaterThan(8);
  });

  test('the declared coalition total has a year-end figure for 2014–2020 and only grows', () => {
    const series = strikes.filter((o) => family(o) === 'airstrikes|coalition|both|OIR|declared' && o.kind === 'cumulative').sort((a, b) => periodEnd(a.end!) - periodEnd(b.end!));
    const lastOfYear = new Map<number, number>();
    for (const o of series) lastOfYear.set(Number(o.end!.slice(0, 4)), value(o));
    expect([...lastOfYear.entries()]).toEqual([
      [2014, 1600],
      [2015, 8573],
      [2016, 16000],
      [2017, 27566],
      [2018, 32397],
      [2019, 34763],
      [2020, 34917],
    ]);
  });
});

describe('air strikes: every year has a figure', () => {
  test('strike counts in every year of the campaign from 2014 to 2026', () => {
    const years = [...new Set(strikes.map((o) => Number((o.end ?? o.date).slice(0, 4))))].sort();
    expect(years).toEqual([2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
  });

  test('2022 and the strikes after November 2024 (to February 2026) are CENTCOM’s own counts, each saying what it counts', () => {
    const rows = ['strikes-us-syria-2022-08-23', 'strikes-us-syria-2024-12-08-centcom', 'strikes-us-iraq-2025-03-13-centcom', 'strikes-us-syria-2025-12-19-centcom', 'strikes-us-syria-2026-01-27-centcom', 'strikes-us-syria-2026-02-03-centcom'].map((id) => {
      const o = byId.get(id)!;
      return [o.date, o.end, o.region, o.value, o.qualifier, o.scope, o.definition, o.sourceIds.every((s) => sourceById.get(s)!.grade === 'official-via-news')];
    });
    expect(rows).toEqual([
      ['2022-08-23', undefined, 'Syria', 9, 'exact', 'US', 'declared', true],
      ['2024-12-08', undefined, 'Syria', 75, 'at-least', 'US', 'declared', true],
      ['2025-03-13', undefined, 'Iraq', 1, 'exact', 'US', 'declared', true],
      ['2025-12-19', undefined, 'Syria', 70, 'at-least', 'US', 'declared', true],
      ['2026-01-27', '2026-02-02', 'Syria', 5, 'exact', 'US', 'declared', true],
      ['2026-02-03', '2026-02-12', 'Syria', 10, 'exact', 'US', 'declared', true],
    ]);
    // Target counts are not sorties, and a count that includes artillery says so.
    expect(byId.get('strikes-us-syria-2024-12-08-centcom')!.note!.en).toContain('not sorties');
    expect(byId.get('strikes-us-syria-2025-12-19-centcom')!.note!.en).toContain('artillery');
  });

  test('2014 by month from CJTF-OIR: September to December, and more than 100 US strikes in Iraq in August', () => {
    const months = strikes.filter((o) => /^strikes-2014-\d\d-cjtf$/.test(o.id)).map((o) => [o.date, o.value]);
    expect(months).toEqual([
      ['2014-09', 196],
      ['2014-10', 440],
      ['2014-11', 356],
      ['2014-12', 462],
    ]);
    expect([byId.get('strikes-us-iraq-2014-08-centcom')!.value, byId.get('strikes-us-iraq-2014-08-centcom')!.qualifier]).toEqual([100, 'at-least']);
  });

  test('the seed’s “more than 8,000 strikes in 2015” is the coalition’s, not the United States’ alone', () => {
    const o = byId.get('strikes-2015-seed-000')!;
    expect([o.scope, o.value, o.qualifier]).toEqual(['coalition', 8000, 'at-least']);
  });
});

describe('air strikes: notes and sources', () => {
  test('every figure has a note in English and in Arabic', () => {
    const missing = observations.filter((o) => !o.note?.en.trim() || !o.note.ar.trim() || !/[\u0600-\u06FF]/.test(o.note.ar));
    expect(missing.map((o) => o.id)).toEqual([]);
  });

  test('every figure cites a graded source; a copy names its host; publishers have an Arabic name', () => {
    const seeds = /^seed-00[0-4]$/;
    const grades = ['official-primary', 'official-via-news', 'independent-tracker', 'press', 'secondary-copy'];
    expect(observations.flatMap((o) => o.sourceIds.filter((id) => !seeds.test(id) && !grades.includes(sourceById.get(id)?.grade ?? '')))).toEqual([]);
    expect(sources.filter((s) => s.grade === 'secondary-copy' && !s.via).map((s) => s.id)).toEqual([]);
    expect(sources.filter((s) => s.publisher.en.startsWith('Airwars') && !s.publisher.ar.startsWith('إيروورز')).map((s) => s.id)).toEqual([]);
    expect(sources.filter((s) => s.publisher.en.startsWith('Combined Joint Task Force') && !s.publisher.ar.startsWith('قوة المهام المشتركة – عملية العزم الصلب')).map((s) => s.id)).toEqual([]);
    expect(sources.filter((s) => s.publisher.en.startsWith('Airwars')).every((s) => s.grade === 'independent-tracker' || s.grade === 'secondary-copy')).toBe(true);
  });

  test('the Arabic is in house style: أمريكي, Iraqi month names with the common one after a slash, grouped digits', () => {
    const texts = observations.flatMap((o) => [o.note!.ar, o.erratum?.reason.ar ?? '']);
    expect(texts.filter((t) => t.includes('أميرك'))).toEqual([]);
    expect(texts.filter((t) => /(^|[^/\u0621-\u064A])(يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر)/.test(t))).toEqual([]);
    expect(texts.filter((t) => /(?<![\d,])\d{5,}/.test(t) || /(?<![\d,])(?!20[0-3]\d)\d{4}(?![\d,])/.test(t))).toEqual([]);
  });
});

describe('air strikes: errata', () => {
  test('“2,657 Iraq strikes” is the misprint: 5,946 in all − 2,289 in Syria = 3,657', () => {
    const o = byId.get('strikes-iraq-cumulative-2015-08-abc')!;
    const [total, syria] = o.erratum!.evidence.map((id) => value(byId.get(id)!));
    expect([o.value, total, syria, o.erratum!.likely]).toEqual([2657, 5946, 2289, total! - syria!]);
  });

  test('the seed’s 471 Syria strikes: 13,470 in all − 9,099 in Iraq = 4,371', () => {
    const o = byId.get('strikes-syria-cumulative-2016-06-28-seed-000')!;
    const [total, iraq] = o.erratum!.evidence.map((id) => value(byId.get(id)!));
    expect([o.value, total, iraq, o.erratum!.likely]).toEqual([471, 13470, 9099, 4371]);
    expect(total! - iraq!).toBe(4371);
  });

  test('every erratum’s evidence is an existing figure of the same metric and end date, itself no erratum', () => {
    const problems = observations.flatMap((o) =>
      (o.erratum?.evidence ?? []).filter((id) => {
        const e = byId.get(id);
        return !e || e.metric !== o.metric || e.end !== o.end || !!e.erratum;
      }).map((id) => `${o.id} → ${id}`),
    );
    expect(problems).toEqual([]);
    expect(observations.filter((o) => o.erratum).map((o) => o.id)).toEqual(['strikes-iraq-cumulative-2015-08-abc', 'strikes-syria-cumulative-2016-06-28-seed-000']);
  });
});
