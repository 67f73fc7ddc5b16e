import { describe, expect, test } from 'vitest';
import { parseIsoDate, periodEnd, periodStart } from '../../src/data/dates.js';
import { dataset } from '../../src/data/index.js';
import type { Metric, ObservationKind, Qualifier, ValueRange } from '../../src/data/types.js';
import { validate } from '../../src/data/validate.js';

const observationsById = new Map(dataset.observations.map((o) => [o.id, o]));
const sourceIds = new Set(dataset.sources.map((s) => s.id));

function duplicates(ids: string[]): string[] {
  return ids.filter((id, i) => ids.indexOf(id) !== i);
}

describe('dataset: integrity', () => {
  test('dataset ids are unique among observations, sources and events', () => {
    expect(duplicates(dataset.observations.map((o) => o.id))).toEqual([]);
    expect(duplicates(dataset.sources.map((s) => s.id))).toEqual([]);
    expect(duplicates(dataset.events.map((e) => e.id))).toEqual([]);
  });

  test('observation ids are kebab-case', () => {
    const ids = dataset.observations.map((o) => o.id);
    expect(ids.filter((id) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id))).toEqual([]);
  });

  test('dataset has observations, sources and events', () => {
    expect([dataset.observations.length > 0, dataset.sources.length > 0, dataset.events.length > 0]).toEqual([true, true, true]);
  });

  test('every observation and event cites at least one source, and every cited source is in dataset.sources', () => {
    const cited = [...dataset.observations, ...dataset.events].map((x) => [x.id, x.sourceIds] as const);
    expect(cited.filter(([, ids]) => ids.length === 0).map(([id]) => id)).toEqual([]);
    expect(cited.flatMap(([id, ids]) => ids.filter((s) => !sourceIds.has(s)).map((s) => `${id} → ${s}`))).toEqual([]);
  });

  test('every source has a url or a document, and every url is an absolute http(s) URL', () => {
    expect(dataset.sources.filter((s) => !s.url && !s.document).map((s) => s.id)).toEqual([]);
    expect(dataset.sources.filter((s) => s.url !== undefined && !/^https?:\/\/[^\s]+$/.test(s.url)).map((s) => s.id)).toEqual([]);
  });

  test('the five seed documents come first in the registry, each naming its file', () => {
    expect(dataset.sources.slice(0, 5).map((s) => [s.id, s.document])).toEqual([
      ['seed-000', '000_a4fc2bad700da427.txt'],
      ['seed-001', '001_d62c7aa82ec35e7c.txt'],
      ['seed-002', '002_f023a5127956c185.txt'],
      ['seed-003', '003_40f110f943424743.txt'],
      ['seed-004', '004_82373a14a6d03527.txt'],
    ]);
  });

  test('every observation and event date parses and matches its precision', () => {
    const dated = [...dataset.observations, ...dataset.events];
    expect(dated.filter((x) => parseIsoDate(x.date)?.precision !== x.precision).map((x) => `${x.id}: ${x.date} ${x.precision}`)).toEqual([]);
  });

  test('every source date parses', () => {
    expect(dataset.sources.filter((s) => parseIsoDate(s.date) === undefined).map((s) => `${s.id}: ${s.date}`)).toEqual([]);
  });

  test('every period end parses and does not end before its start', () => {
    const withEnd = dataset.observations.filter((o) => o.end !== undefined);
    expect(withEnd.filter((o) => parseIsoDate(o.end!) === undefined || periodEnd(o.end!) <= periodStart(o.date)).map((o) => o.id)).toEqual([]);
  });

  test('every range has its low end at or below its high end, and no count is negative', () => {
    const bad = dataset.observations.filter((o) =>
      typeof o.value === 'number' ? !(o.value >= 0) : !(o.value.low >= 0 && o.value.low <= o.value.high),
    );
    expect(bad.map((o) => o.id)).toEqual([]);
  });

  test('conflictsWith names existing observations, never itself, and is symmetric', () => {
    const problems: string[] = [];
    for (const o of dataset.observations) {
      for (const other of o.conflictsWith ?? []) {
        const target = observationsById.get(other);
        if (!target) problems.push(`${o.id} → missing ${other}`);
        else if (other === o.id) problems.push(`${o.id} → itself`);
        else if (!(target.conflictsWith ?? []).includes(o.id)) problems.push(`${o.id} → ${other} is one-way`);
      }
    }
    expect(problems).toEqual([]);
  });

  test('validate(dataset.observations, { sources }) keeps every record unchanged and reports no error', () => {
    const { records, issues } = validate(dataset.observations, { sources: dataset.sources });
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(records.length).toBe(dataset.observations.length);
    expect(records).toEqual(dataset.observations);
  });

  test('validate(dataset.observations, { sources }) reports no warning either: no duplicate, no unknown source', () => {
    expect(validate(dataset.observations, { sources: dataset.sources }).issues).toEqual([]);
  });
});

/** One troop figure of SEED-FACTS.md, "Troop levels", as the dataset must hold it. */
interface SeedFigure {
  id: string;
  metric: Metric;
  date: string;
  end?: string;
  value: number | ValueRange;
  qualifier: Qualifier;
  kind: ObservationKind;
  seed: string;
}

const SEED_TROOP_FIGURES: SeedFigure[] = [
  // 2003: ≥ 100,000 sent (004).
  { id: 'us-troops-2003-seed-004', metric: 'us-troops', date: '2003', value: 100000, qualifier: 'at-least', kind: 'reported', seed: 'seed-004' },
  // 2003–2011: ≥ 1,000,000 served in total (000).
  { id: 'us-troops-served-2003-2011-seed-000', metric: 'us-troops-served', date: '2003', end: '2011', value: 1000000, qualifier: 'at-least', kind: 'cumulative', seed: 'seed-000' },
  // Feb 2009 plan: 35,000–50,000 transitional force until the end of 2011 (000).
  { id: 'us-troops-plan-2010-08-seed-000', metric: 'us-troops', date: '2010-08', end: '2011-12', value: { low: 35000, high: 50000 }, qualifier: 'exact', kind: 'planned', seed: 'seed-000' },
  // End 2011 plan: ≤ 50,000 kept (004).
  { id: 'us-troops-plan-2011-12-seed-004', metric: 'us-troops', date: '2011-12', value: 50000, qualifier: 'at-most', kind: 'planned', seed: 'seed-004' },
  // Oct 2011: 39,000 to come home by year end (000).
  // “39,000 to come home” is a withdrawal, not a troop level (issue 15).
  { id: 'us-troops-2011-10-seed-000', metric: 'us-troops-withdrawn', date: '2011-10', value: 39000, qualifier: 'exact', kind: 'reported', seed: 'seed-000' },
  // 18 Dec 2011: 0, the last soldier leaves (003, and 000).
  { id: 'us-troops-2011-12-18-seed', metric: 'us-troops', date: '2011-12-18', value: 0, qualifier: 'exact', kind: 'reported', seed: 'seed-003' },
  // 2016 (Carter): +200 expeditionary targeting force (000).
  { id: 'us-troops-deployed-2015-12-01-etf', metric: 'us-troops-deployed', date: '2015-12-01', value: 200, qualifier: 'approx', kind: 'reported', seed: 'seed-000' },
  // 11 Jul 2016: +560 (000) …
  { id: 'us-troops-deployed-2016-07-11', metric: 'us-troops-deployed', date: '2016-07-11', value: 560, qualifier: 'exact', kind: 'reported', seed: 'seed-000' },
  // … and 4,647 authorized (000).
  { id: 'us-troops-cap-2016-07-11', metric: 'us-troops', date: '2016-07-11', value: 4647, qualifier: 'exact', kind: 'authorized', seed: 'seed-000' },
  // Late 2020: 3,000 (002) …
  { id: 'us-troops-2020-11-seed-002', metric: 'us-troops', date: '2020-11', value: 3000, qualifier: 'exact', kind: 'reported', seed: 'seed-002' },
  // … to 2,500 by mid-January 2021 (002).
  { id: 'us-troops-plan-2021-01-seed-002', metric: 'us-troops', date: '2021-01', value: 2500, qualifier: 'exact', kind: 'planned', seed: 'seed-002' },
  // Dec 2021: ≈ 2,500 US (004) …
  { id: 'us-troops-2021-12-seed-004', metric: 'us-troops', date: '2021-12', value: 2500, qualifier: 'approx', kind: 'reported', seed: 'seed-004' },
  // … within a 3,500-strong coalition (004).
  { id: 'coalition-troops-2021-12-seed-004', metric: 'coalition-troops', date: '2021-12', value: 3500, qualifier: 'approx', kind: 'reported', seed: 'seed-004' },
  // Dec 2021 → 2024: ≈ 2,500 advise and assist (000, 001).
  { id: 'us-troops-2024-seed', metric: 'us-troops', date: '2024', value: 2500, qualifier: 'approx', kind: 'reported', seed: 'seed-000' },
];

describe('dataset: the seed troop figures', () => {
  test.each(SEED_TROOP_FIGURES)('$id: $metric $date $kind, cited to $seed', (figure) => {
    const o = observationsById.get(figure.id);
    expect(o).toBeDefined();
    expect({ metric: o!.metric, date: o!.date, end: o!.end, value: o!.value, qualifier: o!.qualifier, kind: o!.kind }).toEqual({
      metric: figure.metric,
      date: figure.date,
      end: figure.end,
      value: figure.value,
      qualifier: figure.qualifier,
      kind: figure.kind,
    });
    expect(o!.sourceIds).toContain(figure.seed);
  });

  test('the last-soldier figure cites both seed documents that state it (003 and 000)', () => {
    expect(observationsById.get('us-troops-2011-12-18-seed')!.sourceIds).toEqual(['seed-003', 'seed-000']);
  });

  test('the 2024 figure cites both seed documents that state it (000 and 001)', () => {
    expect(observationsById.get('us-troops-2024-seed')!.sourceIds).toEqual(['seed-000', 'seed-001']);
  });

  test('the seed figures that sources dispute are linked to the other figure, and a withdrawal disputes no troop level', () => {
    expect(observationsById.get('us-troops-2011-10-seed-000')!.conflictsWith).toBeUndefined();
    expect(observationsById.get('us-troops-2011-12-18-seed')!.conflictsWith).toEqual(['us-troops-2011-12-18-osc']);
  });

  test('every seed document is cited by at least one troop figure or event', () => {
    const cited = new Set([...dataset.observations, ...dataset.events].flatMap((x) => x.sourceIds));
    expect(['seed-000', 'seed-001', 'seed-002', 'seed-003', 'seed-004'].filter((id) => !cited.has(id))).toEqual([]);
  });
});

/** The events of SEED-FACTS.md, "Events": the dataset's event, its date, and the seed files it is read from. */
const SEED_EVENTS: [id: string, date: string, seeds: string[]][] = [
  ['invasion-2003', '2003-03-20', ['seed-001', 'seed-003', 'seed-004']],
  ['zarqawi-aqi-2004', '2004', ['seed-000']],
  ['obama-elected-2008', '2008-11-04', ['seed-000']],
  ['sofa-approved-2008', '2008-11-27', ['seed-000']],
  ['drawdown-plan-2009', '2009-02', ['seed-000']],
  ['cities-withdrawal-2009', '2009-06-30', ['seed-000']],
  ['withdrawal-announced-2011', '2011-10', ['seed-000']],
  ['last-troops-leave-2011', '2011-12-18', ['seed-003']],
  ['isil-named-2013', '2013', ['seed-000']],
  ['fall-of-mosul-2014', '2014-06-10', ['seed-000']],
  ['caliphate-declared-2014', '2014-06-29', ['seed-000']],
  ['coalition-announced-2014', '2014-09-10', ['seed-000']],
  ['inherent-resolve-named-2014', '2014-10-15', ['seed-000']],
  ['phase-two-2016', '2016-04-13', ['seed-000']],
  ['b52-deployed-2016', '2016-04-15', ['seed-000']],
  ['troops-560-2016', '2016-07-11', ['seed-000']],
  ['west-mosul-offensive-2017', '2017-02-19', ['seed-000']],
  ['victory-over-isis-2017', '2017-12', ['seed-000', 'seed-004']],
  ['baghdadi-killed-2019', '2019-10-27', ['seed-000']],
  ['k1-attack-2019', '2019-12', ['seed-003']],
  ['soleimani-killed-2020', '2020-01-03', ['seed-002', 'seed-003']],
  ['parliament-vote-2020', '2020-01-05', ['seed-003']],
  ['bases-handed-over-2020', '2020-03', ['seed-003']],
  ['cut-to-2500-2021', '2021-01', ['seed-002']],
  ['combat-mission-ends-2021', '2021-12-31', ['seed-003', 'seed-004']],
  ['attacks-wave-2023', '2023-10-17', ['seed-004']],
  ['joint-statement-2024', '2024-09-27', ['seed-001']],
  ['phase-one-ends-2025', '2025-09', ['seed-001']],
  ['phase-two-ends-2026', '2026-09', ['seed-001']],
];

describe('dataset: the seed events', () => {
  const eventsById = new Map(dataset.events.map((e) => [e.id, e]));

  test.each(SEED_EVENTS)('%s on %s cites %j', (id, date, seeds) => {
    const event = eventsById.get(id);
    expect(event?.date).toBe(date);
    expect(seeds.filter((seed) => !event!.sourceIds.includes(seed))).toEqual([]);
  });

  test('every event has a label in English and in Arabic', () => {
    expect(dataset.events.filter((e) => e.label.en.trim() === '' || e.label.ar.trim() === '').map((e) => e.id)).toEqual([]);
  });
});
