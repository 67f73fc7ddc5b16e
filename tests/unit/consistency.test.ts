import { describe, expect, test } from 'vitest';
import { dataset } from '../../src/data/index.js';
import { periodEnd, periodStart } from '../../src/data/dates.js';
import type { Observation } from '../../src/data/types.js';

/**
 * The dataset checked against itself: parts against totals, years against operations, fiscal
 * years against the stated sum, running totals that only grow, dates in range, units that fit
 * the measure. Where published figures do not add up, the difference must be said in a note or
 * recorded as a conflict — never smoothed.
 */
const observations = dataset.observations;
const value = (o: Observation) => (typeof o.value === 'number' ? o.value : o.value.high);
const same = (a: Observation, b: Observation) =>
  a.metric === b.metric && a.date === b.date && a.end === b.end && a.operation === b.operation && a.scope === b.scope;
const linked = (a: Observation, b: Observation) => !!a.conflictsWith?.includes(b.id) || !!b.conflictsWith?.includes(a.id);
const mentions = (o: Observation, n: number) => !!o.note && [String(n), n.toLocaleString('en-US')].some((s) => o.note!.en.includes(s));

describe('parts against totals', () => {
  const totals = observations.filter((o) => o.metric === 'deaths' && o.kind === 'cumulative' && !o.cause && o.operation);
  for (const total of totals) {
    const parts = observations.filter((o) => o.cause && same(o, total) && o.sourceIds.join() === total.sourceIds.join());
    if (parts.length !== 2) continue;
    test(`${total.id}: hostile and non-hostile deaths add up to the total, or the note says by how much they do not`, () => {
      const sum = parts.reduce((s, p) => s + value(p), 0);
      const difference = Math.abs(sum - value(total));
      expect(difference === 0 || [total, ...parts].some((o) => mentions(o, sum))).toBe(true);
    });
  }

  test('Iraq and Syria strikes to one date add up to the stated total, or are marked as conflicting with it', () => {
    const totals = observations.filter((o) => o.metric === 'airstrikes' && o.kind === 'cumulative' && o.region === 'both');
    const checked = totals.flatMap((total) => {
      const parts = ['Iraq', 'Syria'].map((region) =>
        observations.find(
          (o) =>
            o.metric === 'airstrikes' && o.kind === 'cumulative' && o.region === region && o.scope === total.scope && o.end === total.end && o.sourceIds[0] === total.sourceIds[0],
        ),
      );
      if (!parts[0] || !parts[1]) return [];
      const adds = Math.abs(value(parts[0]) + value(parts[1]) - value(total)) <= value(total) * 0.01;
      // A part kept as printed but shown wrong by the total is an erratum pointing at it, not a conflict.
      return [{ id: total.id, consistent: adds || parts.some((p) => linked(p!, total) || !!p!.erratum?.evidence.includes(total.id)) }];
    });
    expect(checked.length).toBeGreaterThan(0);
    expect(checked.filter((c) => !c.consistent)).toEqual([]);
  });

  test('the seed document’s 471 strikes in Syria is kept as written and marked against 13,470 − 9,099 = 4,371', () => {
    const syria = observations.find((o) => o.id === 'strikes-syria-cumulative-2016-06-28-seed-000')!;
    expect(syria.value).toBe(471);
    expect(syria.erratum?.evidence).toContain('strikes-cumulative-2016-06-28-seed-000');
    expect(syria.erratum?.likely).toBe(4371);
    expect(syria.note!.en).toContain('4,371');
  });
});

describe('years against operations', () => {
  test('US deaths per year 2003–2010 (first figure of each year) are within 1 % of the Iraqi Freedom total', () => {
    const years = new Map<string, number>();
    for (const o of observations) {
      if (o.metric === 'deaths' && o.scope === 'US' && o.precision === 'year' && !o.end && !o.cause && o.date <= '2010' && !years.has(o.date)) years.set(o.date, value(o));
    }
    expect([...years.keys()]).toEqual(['2003', '2004', '2005', '2006', '2007', '2008', '2009', '2010']);
    const sum = [...years.values()].reduce((a, b) => a + b, 0);
    const oif = observations.find((o) => o.id === 'deaths-oif-dod-2013')!;
    expect(sum).toBe(4431);
    expect(Math.abs(sum - value(oif)) / value(oif)).toBeLessThan(0.01);
  });

  test('US deaths per year run on from 2011 to 2020, with 2013 a gap (no source gives it), and fewer each year than in 2010', () => {
    const later = observations.filter((o) => o.metric === 'deaths' && o.scope === 'US' && o.precision === 'year' && !o.end && o.date > '2010');
    expect(later.map((o) => [o.date, value(o)])).toEqual([
      ['2011', 58],
      ['2012', 2],
      ['2014', 4],
      ['2015', 8],
      ['2016', 20],
      ['2017', 22],
      ['2018', 17],
      ['2019', 12],
      ['2020', 11],
    ]);
    const in2011 = observations.find((o) => o.id === 'deaths-2011-01-to-2011-10')!;
    expect(value(in2011)).toBeLessThanOrEqual(58);
  });

  test('Iraq war funding per fiscal year 2003–2013 adds up to the table’s total of $808.2 billion', () => {
    const years = observations.filter((o) => o.metric === 'spending' && o.region === 'Iraq' && /^spending-fy\d{4}-iraq-crs$/.test(o.id));
    expect(years.map((o) => o.end)).toEqual(['2003-09', '2004-09', '2005-09', '2006-09', '2007-09', '2008-09', '2009-09', '2010-09', '2011-09', '2012-09', '2013-09']);
    const billions = Math.round(years.reduce((s, o) => s + value(o), 0) / 1e8) / 10;
    expect(billions).toBe(808.2);
    expect(value(observations.find((o) => o.id === 'spending-iraq-cumulative-fy2013-factmonster')!)).toBe(808_200_000_000);
  });
});

describe('running totals', () => {
  /**
   * A total that shrinks as its period grows is a contradiction unless it is marked as one. Two
   * totals are compared only when one surely ends before the other: "to mid-2016" (end 2016)
   * cannot be ordered against "to 15 June 2016".
   */
  function nonDecreasing(series: Observation[]): string[] {
    const sorted = [...series].sort((a, b) => periodEnd(a.end!) - periodEnd(b.end!));
    return sorted.flatMap((o, i) => {
      const earlier = sorted.slice(0, i).filter((p) => periodEnd(p.end!) <= periodStart(o.end!) && value(p) > value(o) && !linked(p, o));
      return earlier.map((p) => `${p.id} (${value(p)}) > ${o.id} (${value(o)})`);
    });
  }

  test('the cost of Inherent Resolve since 8 August 2014 only grows', () => {
    const series = observations.filter((o) => o.metric === 'spending' && o.kind === 'cumulative' && o.date === '2014-08-08');
    expect(series.length).toBeGreaterThan(8);
    expect(nonDecreasing(series)).toEqual([]);
  });

  test('Iraq war funding since FY2003 only grows', () => {
    const series = observations.filter((o) => o.metric === 'spending' && o.kind === 'cumulative' && o.date === '2002-10');
    expect(series.length).toBeGreaterThan(8);
    expect(nonDecreasing(series)).toEqual([]);
  });
});

describe('dates and units', () => {
  test('every figure starts after 2002 and ends by 2026, except estimates and plans that look ahead', () => {
    const outside = observations.filter((o) => {
      const start = periodStart(o.date);
      const end = periodEnd(o.end ?? o.date);
      const ahead = o.kind === 'planned' || o.kind === 'estimate';
      return start < Date.UTC(2002, 0, 1) || (end > Date.UTC(2027, 0, 1) && !ahead);
    });
    expect(outside.map((o) => o.id)).toEqual([]);
  });

  test('counts are whole numbers; money is in dollars, not thousands or billions', () => {
    const counts = ['us-troops', 'us-troops-deployed', 'us-troops-served', 'us-troops-withdrawn', 'coalition-troops', 'airstrikes', 'targets-destroyed', 'enemy-killed', 'deaths', 'wounded', 'attacks', 'munitions'];
    const fractional = observations.filter((o) => counts.includes(o.metric) && !Number.isInteger(value(o)));
    expect(fractional.map((o) => o.id)).toEqual([]);
    const money = observations.filter((o) => ['spending', 'budget-request'].includes(o.metric) && value(o) < 1e7);
    expect(money.map((o) => o.id)).toEqual([]);
    const daily = observations.filter((o) => o.metric === 'daily-cost' && (value(o) < 1e5 || value(o) > 1e9));
    expect(daily.map((o) => o.id)).toEqual([]);
  });

  test('each series is counted per observation and source, for the closing note', () => {
    const bySeries = (metrics: string[]) => observations.filter((o) => metrics.includes(o.metric));
    const series = {
      troops: bySeries(['us-troops', 'us-troops-deployed', 'us-troops-served', 'us-troops-withdrawn', 'coalition-troops']),
      airstrikes: bySeries(['airstrikes', 'targets-destroyed', 'enemy-killed']),
      casualties: bySeries(['deaths', 'wounded', 'attacks']),
      spending: bySeries(['spending', 'budget-request', 'daily-cost', 'munitions', 'percent-change']),
    };
    const total = Object.values(series).reduce((s, list) => s + list.length, 0);
    expect(total).toBe(observations.length);
    for (const list of Object.values(series)) expect(list.length).toBeGreaterThan(20);
  });
});
