import { periodStart } from '../../data/dates.js';
import type { MissionEvent, Observation } from '../../data/types.js';
import {
  asOfTime,
  barBox,
  barChartSize,
  calendarPeriod,
  chartSpan,
  compactDollars,
  conflictMap,
  fiscalYear,
  hasConflict,
  isOpenFigure,
  preferredFigures,
  roundedYearTicks,
  runPath,
  segmentRect,
  spanOf,
  splitBox,
  valueAxis,
  type BarRect,
} from '../core/layout/bars.js';
import {
  annotationMarks,
  laneCount,
  maxValue,
  pointValue,
  round,
  splitAtGaps,
  textWidth,
  timeScale,
  type ChartLayoutBase,
  type ChartPoint,
  type LayoutContext,
  type LegendItem,
} from '../core/layout/chart-layout.js';
import type { Strings } from '../core/i18n.js';
import { linearScale, niceDomain } from '../core/layout/scale.js';
import { spendingStrings } from './spending-chart.strings.js';

/** `annual`: funding per fiscal year as bars; `cumulative`: running totals as lines. */
export type SpendingView = 'annual' | 'cumulative';
export const SPENDING_VIEWS = ['annual', 'cumulative'] as const;

/** The strip of daily-cost snapshots above the plot's main scale. */
export interface DailyStrip {
  top: number;
  bottom: number;
  title: string;
  titleX: number;
  titleY: number;
  /** Ranges ("$7 million to $10 million a day") as whiskers. */
  whiskers: { key: string; x: number; y1: number; y2: number }[];
  /** Value labels of the first and last snapshots. */
  labels: { key: string; x: number; y: number; text: string }[];
}

/** Everything `<spending-chart>` draws, in SVG coordinates. */
export interface SpendingLayout extends ChartLayoutBase {
  view: SpendingView;
  bars: BarRect[];
  /** `cumulative`: one path per unbroken run of each running total. */
  lines: { series: string; d: string }[];
  daily?: DailyStrip;
}

/** Running totals further apart than this are not joined (25 months: FY2011 to FY2013 is 24). */
const LINE_GAP = 761 * 86_400_000;
/** Figures whose period starts from here on belong to the war against ISIS. */
const ISIS_ERA = Date.UTC(2014, 5, 1);
const STRIP = 54;

/** The war a figure belongs to, by the start of its period: its legend key and CSS class. */
export function spendingSeries(o: Observation): 'iraq' | 'isis' {
  return periodStart(o.date) >= ISIS_ERA ? 'isis' : 'iraq';
}

/** The period key of a yearly figure: a fiscal year (October–September) or a calendar year. */
function yearlyKey(o: Observation): string | undefined {
  const fy = fiscalYear(o);
  if (fy !== undefined) return `FY${fy}`;
  return calendarPeriod(o, 'year');
}

/**
 * Lays out the spending chart. `annual`: each fiscal year's funding as a bar over its October
 * to September, coloured by war; estimates are open bars, and of figures that disagree the
 * first is drawn with a dashed outline and the others are hollow markers. `cumulative`: each
 * running total published from the same start is a line, a gap of more than two years breaks
 * it. In both views the daily-cost snapshots are points in a strip above the main scale, at
 * the date they run to, the first and last labelled.
 */
export function layoutSpending(
  observations: readonly Observation[],
  events: readonly MissionEvent[],
  context: LayoutContext,
  strings: Strings,
  view: SpendingView = 'annual',
): SpendingLayout {
  const text = spendingStrings(context.locale.language);
  const span = chartSpan(context);
  const axisSide = context.locale.dir === 'rtl' ? 'right' : 'left';
  const size = barChartSize(context.width);
  const format = compactDollars(context.locale, strings);
  const lanes = laneCount(size.width, context.annotations);
  const spending = observations.filter((o) => o.metric === 'spending' && o.scope === 'US');
  const rivals = conflictMap(spending);
  const inSpan = (o: Observation) => {
    const [a, b] = spanOf(o);
    return b > span[0] && a < span[1];
  };
  const daily = observations
    .filter((o) => o.metric === 'daily-cost' && o.scope === 'US')
    .filter((o) => {
      const t = asOfTime(o);
      return t >= span[0] && t < span[1];
    });
  const reserve = daily.length ? STRIP + 8 : 0;

  const points: ChartPoint[] = [];
  const drawn: ChartPoint[] = [];
  const bars: BarRect[] = [];
  const lines: { series: string; d: string }[] = [];
  const legend: LegendItem[] = [];
  let max = 0;

  const annual = view === 'annual';
  const shown = annual
    ? spending.filter((o) => o.kind !== 'cumulative' && yearlyKey(o) !== undefined && inSpan(o))
    : spending.filter((o) => o.kind === 'cumulative').filter((o) => {
        const t = asOfTime(o);
        return t >= span[0] && t < span[1];
      });
  for (const o of shown) max = Math.max(max, maxValue(o));
  const axis = valueAxis(size, axisSide, max, lanes, format, reserve);
  const { frame, y } = axis;
  const x = timeScale(context, frame);

  if (annual) {
    const preferred = preferredFigures(shown);
    const periods = new Map<string, { bars: Map<string, Observation>; markers: Observation[] }>();
    for (const o of shown) {
      const key = `${o.date}|${o.end ?? ''}`;
      const entry = periods.get(key) ?? { bars: new Map<string, Observation>(), markers: [] as Observation[] };
      periods.set(key, entry);
      const series = spendingSeries(o);
      if (preferred.has(o) && !entry.bars.has(series)) entry.bars.set(series, o);
      else entry.markers.push(o);
    }
    for (const { bars: chosen, markers } of periods.values()) {
      const first = [...chosen.values(), ...markers][0]!;
      const [start, end] = spanOf(first);
      const box = barBox(x, start, end, span);
      if (!box) continue;
      const time = (Math.max(start, span[0]) + Math.min(end, span[1])) / 2;
      const series = (['iraq', 'isis'] as const).filter((s) => chosen.has(s));
      const boxes = splitBox(box, series.length);
      series.forEach((s, i) => {
        const o = chosen.get(s)!;
        const b = boxes[context.timeDirection === 'rtl' ? series.length - 1 - i : i]!;
        bars.push(segmentRect(o.id, s, b, y, 0, pointValue(o), { open: isOpenFigure(o), conflict: hasConflict(o, rivals) }));
        drawn.push({ key: o.id, x: b.center, y: round(y(pointValue(o))), time, observation: o, series: s });
      });
      for (const o of markers) points.push({ key: o.id, x: box.center, y: round(y(pointValue(o))), time, observation: o, series: 'marker' });
    }
    const present = new Set(bars.map((b) => b.series));
    for (const key of ['iraq', 'isis'] as const) if (present.has(key)) legend.push({ key, label: text.series[key], mark: 'band' });
    if (bars.some((b) => b.open)) legend.push({ key: 'open', label: text.series.open, mark: 'band' });
    if (bars.some((b) => b.conflict)) legend.push({ key: 'conflict', label: text.series.conflict, mark: 'band' });
  } else {
    const onLine = preferredFigures(shown, (o) => typeof o.value === 'number' && (o.qualifier === 'exact' || o.qualifier === 'approx'));
    const runs = new Map<string, ChartPoint[]>();
    for (const o of shown) {
      const time = asOfTime(o);
      const series = onLine.has(o) ? spendingSeries(o) : 'marker';
      const point: ChartPoint = { key: o.id, x: round(x(time)), y: round(y(pointValue(o))), time, observation: o, series };
      if (!onLine.has(o)) {
        points.push(point);
        continue;
      }
      drawn.push(point);
      // A running total counts from its start: totals from different starts are different lines.
      const run = `${series}|${o.date}`;
      runs.set(run, [...(runs.get(run) ?? []), point]);
    }
    for (const [run, list] of [...runs.entries()].sort(([a], [b]) => a.localeCompare(b))) {
      const series = run.split('|')[0]!;
      for (const part of splitAtGaps(list.sort((a, b) => a.time - b.time), LINE_GAP)) lines.push({ series, d: runPath(part) });
    }
    for (const key of ['iraq', 'isis'] as const) if (lines.some((l) => l.series === key)) legend.push({ key, label: text.series[key], mark: 'line' });
  }
  if (points.some((p) => p.series === 'marker')) legend.push({ key: 'marker', label: text.series.marker, mark: 'hollow' });

  // The daily-cost strip: its own scale from zero, between the annotation lanes and the bars.
  let strip: DailyStrip | undefined;
  if (daily.length) {
    const top = frame.top;
    const bottom = top + STRIP;
    let dailyMax = 0;
    for (const o of daily) dailyMax = Math.max(dailyMax, maxValue(o));
    const dy = linearScale(niceDomain(dailyMax, 2), [bottom, top + 18]);
    const x0 = frame.left;
    const x1 = frame.width - frame.right;
    const dailyPoints = daily
      .map((o): ChartPoint => {
        const time = asOfTime(o);
        return { key: o.id, x: round(x(time)), y: round(dy(pointValue(o))), time, observation: o, series: 'daily' };
      })
      .sort((a, b) => a.time - b.time || a.key.localeCompare(b.key));
    points.push(...dailyPoints);
    const whiskers = daily
      .filter((o) => typeof o.value !== 'number')
      .map((o) => {
        const range = o.value as { low: number; high: number };
        return { key: o.id, x: round(x(asOfTime(o))), y1: round(dy(range.low)), y2: round(dy(range.high)) };
      });
    const compact = (v: number) => strings.dollars(context.locale.formatCompact(v));
    // The first snapshot is labelled on its earlier side, the last on its later side, beside
    // the point; a label that would leave the plot or meet the other is left out.
    const labels: DailyStrip['labels'] = [];
    const ends = dailyPoints.length > 1 ? [dailyPoints[0]!, dailyPoints[dailyPoints.length - 1]!] : dailyPoints;
    const rtl = context.timeDirection === 'rtl';
    const spans: [number, number][] = [];
    ends.forEach((p, i) => {
      const label = text.perDay(compact(pointValue(p.observation!)));
      const width = textWidth(label, 11);
      const later = i === ends.length - 1 && ends.length > 1;
      const right = later !== rtl;
      const left = right ? p.x + 7 : p.x - 7 - width;
      const fits = left >= x0 && left + width <= x1 && spans.every(([a, b]) => left + width + 6 < a || left > b + 6);
      if (!fits) return;
      spans.push([left, left + width]);
      labels.push({ key: p.key, x: round(left + width / 2), y: round(p.y + 4), text: label });
    });
    strip = {
      top,
      bottom,
      title: text.dailyTitle,
      titleX: axisSide === 'left' ? x0 : x1,
      titleY: top + 10,
      whiskers,
      labels,
    };
    legend.push({ key: 'daily', label: text.series.daily, mark: 'point' });
  }

  points.push(...drawn);
  const order = ['iraq', 'isis', 'marker', 'daily'];
  points.sort((a, b) => a.time - b.time || order.indexOf(a.series) - order.indexOf(b.series) || a.key.localeCompare(b.key));
  const peak = drawn.reduce<ChartPoint | undefined>((best, p) => (!best || pointValue(p.observation!) > pointValue(best.observation!) ? p : best), undefined);
  const latest = drawn.reduce<ChartPoint | undefined>((last, p) => (!last || p.time > last.time || (p.time === last.time && pointValue(p.observation!) > pointValue(last.observation!)) ? p : last), undefined);

  return {
    size,
    frame,
    xTicks: roundedYearTicks(x, context),
    yTicks: axis.ticks,
    points,
    legend,
    annotations: annotationMarks(events, x, frame, context),
    summary: { ...(peak ? { peak: peak.observation! } : {}), ...(latest ? { latest: latest.observation! } : {}) },
    axisSide,
    timeDirection: context.timeDirection,
    view,
    bars,
    lines,
    ...(strip ? { daily: strip } : {}),
  };
}

