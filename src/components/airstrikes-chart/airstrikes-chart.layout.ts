import { dateToTime } from '../../data/dates.js';
import type { MissionEvent, Observation, Region } from '../../data/types.js';
import {
  asOfTime,
  barBox,
  barChartSize,
  calendarPeriod,
  chartSpan,
  conflictMap,
  hasConflict,
  isOpenFigure,
  periodBounds,
  preferredFigures,
  roundedYearTicks,
  runPath,
  segmentRect,
  stackValues,
  valueAxis,
  type BarRect,
} from '../core/layout/bars.js';
import {
  NARROW_WIDTH,
  annotationMarks,
  laneCount,
  maxValue,
  pointValue,
  round,
  splitAtGaps,
  timeScale,
  type ChartLayoutBase,
  type ChartPoint,
  type LayoutContext,
  type LegendItem,
} from '../core/layout/chart-layout.js';
import type { Strings } from '../core/i18n.js';
import { airstrikesStrings } from './airstrikes-chart.strings.js';

/** `per-period`: counts for a whole year or month, as bars; `cumulative`: running totals, as lines. */
export type AirstrikesMode = 'per-period' | 'cumulative';
/** The period of the bars in `per-period` mode. */
export type AirstrikesPeriod = 'year' | 'month';

/** The chart's own options. */
export interface AirstrikesOptions {
  mode: AirstrikesMode;
  period: AirstrikesPeriod;
}

export const AIRSTRIKES_MODES = ['cumulative', 'per-period'] as const;
export const AIRSTRIKES_PERIODS = ['year', 'month'] as const;

/**
 * Running totals by default: the record of strikes is mostly running totals published at
 * irregular dates (45 of them, 2015–2020); only one figure covers a calendar year and seven
 * cover a calendar month.
 */
export const AIRSTRIKES_DEFAULTS: AirstrikesOptions = { mode: 'cumulative', period: 'year' };

/** Everything `<airstrikes-chart>` draws, in SVG coordinates. */
export interface AirstrikesLayout extends ChartLayoutBase {
  mode: AirstrikesMode;
  period: AirstrikesPeriod;
  /** `per-period`: bars, the unsplit total behind the countries' stack. */
  bars: BarRect[];
  /** `cumulative`: one path per unbroken run of each region's running total. */
  lines: { series: string; d: string }[];
}

/** Running totals further apart than this are not joined (18 months). */
const LINE_GAP = 548 * 86_400_000;

/** The legend key and CSS class of a region. */
const REGION_SERIES: Record<Region, 'iraq' | 'syria' | 'both'> = { Iraq: 'iraq', Syria: 'syria', both: 'both' };
/** Stacking and keyboard order within a period: the countries bottom up, then the total. */
const SERIES_ORDER = ['iraq', 'syria', 'both', 'us', 'marker'];

/** The series `<airstrikes-chart>` draws from: air strikes by the coalition or the US. */
export function isAirstrike(o: Observation): boolean {
  return o.metric === 'airstrikes' && (o.scope === 'coalition' || o.scope === 'US');
}

/**
 * Lays out the air-strike chart. In `per-period` mode each calendar year or month with a
 * published count gets a bar: Iraq and Syria stacked, and a count for both countries drawn
 * behind them, so the part not split by country shows above the stack. Periods without a
 * count stay empty; counts over other spans (a day, a fortnight, a year from August) are not
 * turned into yearly or monthly figures. In `cumulative` mode the running totals are lines per
 * region; US-only totals, "at least" totals and the second of two figures that disagree are
 * hollow markers.
 */
export function layoutAirstrikes(
  observations: readonly Observation[],
  events: readonly MissionEvent[],
  context: LayoutContext,
  _strings: Strings,
  options: AirstrikesOptions = AIRSTRIKES_DEFAULTS,
): AirstrikesLayout {
  const text = airstrikesStrings(context.locale.language);
  const span = chartSpan(context);
  const strikes = observations.filter(isAirstrike);
  const compact = context.width < NARROW_WIDTH;
  const axisSide = context.locale.dir === 'rtl' ? 'right' : 'left';
  const size = barChartSize(context.width);
  const format = compact ? context.locale.formatCompact : context.locale.formatNumber;
  const lanes = laneCount(size.width, context.annotations);
  const rivals = conflictMap(strikes);

  const base = (max: number) => {
    const axis = valueAxis(size, axisSide, max, lanes, format);
    return { ...axis, x: timeScale(context, axis.frame) };
  };

  const points: ChartPoint[] = [];
  const bars: BarRect[] = [];
  const lines: { series: string; d: string }[] = [];
  const legend: LegendItem[] = [];
  const drawn: ChartPoint[] = [];
  let axis: ReturnType<typeof base>;

  if (options.mode === 'per-period') {
    const shown = strikes
      .map((o) => ({ o, key: calendarPeriod(o, options.period) }))
      .filter((e): e is { o: Observation; key: string } => e.key !== undefined)
      .filter(({ key }) => {
        const [a, b] = periodBounds(key);
        return b > span[0] && a < span[1];
      });
    const preferred = preferredFigures(shown.map(({ o }) => o));
    const periods = new Map<string, { bars: Map<string, Observation>; markers: Observation[] }>();
    for (const { o, key } of shown) {
      const entry = periods.get(key) ?? { bars: new Map<string, Observation>(), markers: [] as Observation[] };
      periods.set(key, entry);
      const series = REGION_SERIES[o.region];
      if (preferred.has(o) && !entry.bars.has(series)) entry.bars.set(series, o);
      else entry.markers.push(o);
    }
    let max = 0;
    for (const { bars: chosen, markers } of periods.values()) {
      const parts = ['iraq', 'syria'].map((s) => chosen.get(s)).filter((o): o is Observation => !!o);
      max = Math.max(max, parts.reduce((sum, o) => sum + pointValue(o), 0), ...[...chosen.values(), ...markers].map(maxValue));
    }
    axis = base(max);
    const { x, y } = axis;
    const sorted = [...periods.entries()].sort(([a], [b]) => dateToTime(a) - dateToTime(b));
    for (const [key, { bars: chosen, markers }] of sorted) {
      const [start, end] = periodBounds(key);
      const box = barBox(x, start, end, span);
      if (!box) continue;
      const time = dateToTime(key);
      const place = (o: Observation, series: string, value: number): ChartPoint => ({
        key: o.id,
        x: box.center,
        y: round(y(value)),
        time,
        observation: o,
        series,
      });
      const total = chosen.get('both');
      if (total) {
        bars.push(segmentRect(total.id, 'both', box, y, 0, pointValue(total), { open: isOpenFigure(total), conflict: hasConflict(total, rivals) }));
        drawn.push(place(total, 'both', pointValue(total)));
      }
      const parts = ['iraq', 'syria'].map((s) => chosen.get(s)).filter((o): o is Observation => !!o);
      for (const { item, y0, y1 } of stackValues(parts, pointValue)) {
        const series = REGION_SERIES[item.region];
        bars.push(segmentRect(item.id, series, box, y, y0, y1, { open: isOpenFigure(item), conflict: hasConflict(item, rivals) }));
        drawn.push(place(item, series, y1));
      }
      for (const o of markers) points.push(place(o, 'marker', pointValue(o)));
    }
    points.push(...drawn);
    const present = new Set(bars.map((b) => b.series));
    for (const key of ['iraq', 'syria'] as const) if (present.has(key)) legend.push({ key, label: text.series[key], mark: 'band' });
    if (present.has('both')) legend.push({ key: 'both', label: present.has('iraq') || present.has('syria') ? text.series.total : text.series.both, mark: 'band' });
    if (bars.some((b) => b.open)) legend.push({ key: 'open', label: text.series.open, mark: 'band' });
    if (bars.some((b) => b.conflict)) legend.push({ key: 'conflict', label: text.series.conflict, mark: 'band' });
  } else {
    const shown = strikes.filter((o) => o.kind === 'cumulative').filter((o) => {
      const t = asOfTime(o);
      return t >= span[0] && t < span[1];
    });
    const onLine = preferredFigures(shown, (o) => o.scope === 'coalition' && typeof o.value === 'number' && (o.qualifier === 'exact' || o.qualifier === 'approx'));
    let max = 0;
    for (const o of shown) max = Math.max(max, maxValue(o));
    axis = base(max);
    const { x, y } = axis;
    const runs = new Map<string, ChartPoint[]>();
    for (const o of shown) {
      const time = asOfTime(o);
      const series = onLine.has(o) ? REGION_SERIES[o.region] : o.scope === 'US' ? 'us' : 'marker';
      const point: ChartPoint = { key: o.id, x: round(x(time)), y: round(y(pointValue(o))), time, observation: o, series };
      points.push(point);
      if (onLine.has(o)) {
        drawn.push(point);
        runs.set(series, [...(runs.get(series) ?? []), point]);
      }
    }
    for (const series of ['both', 'iraq', 'syria']) {
      const run = (runs.get(series) ?? []).sort((a, b) => a.time - b.time);
      if (!run.length) continue;
      for (const part of splitAtGaps(run, LINE_GAP)) lines.push({ series, d: runPath(part) });
      legend.push({ key: series, label: text.series[series as 'both' | 'iraq' | 'syria'], mark: 'line' });
    }
    if (points.some((p) => p.series === 'us')) legend.push({ key: 'us', label: text.series.us, mark: 'hollow' });
  }
  if (points.some((p) => p.series === 'marker')) legend.push({ key: 'marker', label: text.series.marker, mark: 'hollow' });

  const rank = (p: ChartPoint) => SERIES_ORDER.indexOf(p.series);
  points.sort((a, b) => a.time - b.time || rank(a) - rank(b) || a.key.localeCompare(b.key));
  const peak = drawn.reduce<ChartPoint | undefined>((best, p) => (!best || pointValue(p.observation!) > pointValue(best.observation!) ? p : best), undefined);
  const latest = drawn.reduce<ChartPoint | undefined>((last, p) => (!last || p.time > last.time || (p.time === last.time && pointValue(p.observation!) > pointValue(last.observation!)) ? p : last), undefined);

  return {
    size,
    frame: axis.frame,
    xTicks: roundedYearTicks(axis.x, context),
    yTicks: axis.ticks,
    points,
    legend,
    annotations: annotationMarks(events, axis.x, axis.frame, context),
    summary: { ...(peak ? { peak: peak.observation! } : {}), ...(latest ? { latest: latest.observation! } : {}) },
    axisSide,
    timeDirection: context.timeDirection,
    mode: options.mode,
    period: options.period,
    bars,
    lines,
  };
}
