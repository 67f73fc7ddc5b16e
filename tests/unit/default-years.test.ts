import { describe, expect, test } from 'vitest';
import { dataYears } from '../../src/components/core/chart-spec.js';
import { resolveOptions } from '../../src/components/core/element/options.js';
import { airstrikesSpec } from '../../src/components/airstrikes-chart/airstrikes-chart.spec.js';
import { troopLevelsSpec } from '../../src/components/troop-levels-chart/troop-levels-chart.spec.js';
import { missionTimelineSpec } from '../../src/components/mission-timeline/mission-timeline.spec.js';
import { dataset } from '../../src/data/dataset.js';
import { renderToSvg } from '../../src/static/render-to-svg.js';

const clock = () => Date.UTC(2026, 10, 21);

describe('default years', () => {
  test('dataYears(spec, data, options) spans the years of the records the chart draws, a figure\'s end included', () => {
    expect(dataYears(troopLevelsSpec, dataset, {})).toEqual({ from: 2003, to: 2026 });
    // The running totals run from the campaign's start (8 August 2014, the start of Airwars' tallies) to 2020.
    expect(dataYears(airstrikesSpec, dataset, { mode: 'cumulative', period: 'year' })).toEqual({ from: 2014, to: 2020 });
    expect(dataYears(missionTimelineSpec, dataset, { compact: false })).toEqual({ from: 2003, to: 2026 });
    expect(dataYears(troopLevelsSpec, { ...dataset, observations: [] }, {})).toBeUndefined();
  });

  test('resolveOptions(given, clock, extent) takes the data\'s years unless `from` or `to` is given', () => {
    const extent = { from: 2014, to: 2020 };
    const years = (given: Parameters<typeof resolveOptions>[0]) => {
      const { options, issues } = resolveOptions(given, clock, extent);
      return [options.from, options.to, issues.map((i) => i.field)];
    };
    expect(years({})).toEqual([2014, 2020, []]);
    expect(years({ from: 2016 })).toEqual([2016, 2020, []]);
    expect(years({ to: '2018' })).toEqual([2014, 2018, []]);
    // A year beyond the data's other end moves that end with it.
    expect(years({ from: 2023 })).toEqual([2023, 2023, []]);
    expect(years({ to: 2010 })).toEqual([2010, 2010, []]);
    expect(years({ from: 2003, to: 2026 })).toEqual([2003, 2026, []]);
    // A wrong year falls back to the data's, and says so.
    expect(years({ from: 'soon' })).toEqual([2014, 2020, ['from']]);
    expect(resolveOptions({ from: 'soon' }, clock, extent).issues[0]!.message.en).toContain('using 2014');
    // Without data years, the mission's.
    expect([resolveOptions({}, clock).options.from, resolveOptions({}, clock).options.to]).toEqual([2003, 2026]);
  });

  test('renderToSvg names the data\'s years in the heading by default, and `from`/`to` when given', () => {
    expect(renderToSvg('airstrikes-chart')).toContain('<title>Air strikes in Iraq and Syria, running totals, 2014–2020</title>');
    expect(renderToSvg('airstrikes-chart', { from: 2003, to: 2026 })).toContain('<title>Air strikes in Iraq and Syria, running totals, 2003–2026</title>');
  });
});

test('dataYears(spec, data, options) is undefined for a chart of figures that does not say what it draws', () => {
  expect(dataYears({ points: 'observations' }, dataset, {})).toBeUndefined();
});
