import { dateToTime, periodEnd, periodStart, yearStart } from '../../data/dates.js';
import type { MissionEvent, Observation, Operation } from '../../data/types.js';
import {
  barBox,
  barChartSize,
  calendarPeriod,
  chartSpan,
  conflictMap,
  hasConflict,
  isOpenFigure,
  placeInRows,
  preferredFigures,
  roundedYearTicks,
  segmentRect,
  spanOf,
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
  textWidth,
  timeScale,
  type ChartLayoutBase,
  type ChartPoint,
  type LayoutContext,
  type LegendItem,
  type Tick,
} from '../core/layout/chart-layout.js';
import type { Strings } from '../core/i18n.js';
import { linearScale, niceDomain } from '../core/layout/scale.js';
import { casualtiesStrings } from './casualties-chart.strings.js';

/** Which measure the chart draws: deaths, wounded, or both in two panels. */
export type CasualtiesMeasure = 'deaths' | 'wounded' | 'both';
export const CASUALTY_MEASURES = ['deaths', 'wounded', 'both'] as const;

/** The named operations and their dates; Inherent Resolve runs to the end of the chart. */
export const OPERATIONS: readonly { operation: Operation; start: string; end?: string }[] = [
  { operation: 'OIF', start: '2003-03-19', end: '2010-08-31' },
  { operation: 'OND', start: '2010-09-01', end: '2011-12-15' },
  { operation: 'OIR', start: '2014-08-08' },
];

/** One panel: a measure with its own value scale. */
export interface CasualtyPanel {
  metric: 'deaths' | 'wounded';
  label: string;
  /** Top of the panel (its title row, when it has one). */
  top: number;
  /** The panel's baseline. */
  bottom: number;
  /** Baseline of the title, drawn only when there are two panels. */
  titleY?: number;
}

/** An operation's band in a panel, with its total from the data. */
export interface OperationMark {
  operation: Operation;
  metric: 'deaths' | 'wounded';
  x: number;
  width: number;
  y: number;
  height: number;
  /** Undefined when the data has no total for the operation. */
  label?: string;
  labelX: number;
  labelY: number;
  /** The label did not fit: only the band is drawn (its point is still reachable). */
  hidden: boolean;
  conflict: boolean;
}

/** A year with no figure: a small dashed box on the baseline, never a zero bar. */
export interface MissingMark {
  metric: 'deaths' | 'wounded';
  year: number;
  x: number;
  y: number;
  width: number;
}

/** Everything `<casualties-chart>` draws, in SVG coordinates. */
export interface CasualtiesLayout extends ChartLayoutBase {
  measure: CasualtiesMeasure;
  panels: CasualtyPanel[];
  bars: BarRect[];
  operations: OperationMark[];
  missing: MissingMark[];
}

const ROW = 15;
const TITLE = 16;
const PANEL_GAP = 14;

/** US casualties of a measure. */
export function isCasualty(o: Observation, metric: 'deaths' | 'wounded'): boolean {
  return o.metric === metric && o.scope === 'US';
}

/** A figure over part of one calendar year (a day, some months): its year, else undefined. */
function partYear(o: Observation): number | undefined {
  const [start, end] = spanOf(o);
  const year = new Date(start).getUTCFullYear();
  return end <= yearStart(year + 1) ? year : undefined;
}

/**
 * Lays out the casualty chart. Each calendar year with a published figure gets a bar: hostile
 * and non-hostile stacked where the source separates them, over the total when one is given
 * (the part whose cause is not given shows above the stack). Of figures for the same year that
 * disagree, the first is drawn, with a dashed outline, and the others are hollow markers; a
 * figure for part of a year (a day, some months) is a hollow marker over its span. Years
 * without a figure, up to today, get a "no figure" mark, not a zero. Operations are bands
 * labelled with their totals from the data (the running total with the latest date).
 */
export function layoutCasualties(
  observations: readonly Observation[],
  events: readonly MissionEvent[],
  context: LayoutContext,
  _strings: Strings,
  measure: CasualtiesMeasure = 'deaths',
): CasualtiesLayout {
  const text = casualtiesStrings(context.locale.language);
  const span = chartSpan(context);
  const metrics: ('deaths' | 'wounded')[] = measure === 'both' ? ['deaths', 'wounded'] : [measure];
  const compact = context.width < NARROW_WIDTH;
  const axisSide = context.locale.dir === 'rtl' ? 'right' : 'left';
  const size = barChartSize(context.width, metrics.length > 1 ? 1.6 : 1);
  const format = compact ? context.locale.formatCompact : context.locale.formatNumber;
  const lanes = laneCount(size.width, context.annotations);
  const inRange = (o: Observation) => {
    const [a, b] = spanOf(o);
    return b > span[0] && a < span[1];
  };

  // Sorting the figures of each measure once: yearly bars, parts of a year, operation totals.
  const sets = metrics.map((metric) => {
    const all = observations.filter((o) => isCasualty(o, metric));
    const yearly = all.filter((o) => calendarPeriod(o, 'year') !== undefined && inRange(o));
    const parts = all.filter((o) => !o.cause && calendarPeriod(o, 'year') === undefined && partYear(o) !== undefined && inRange(o));
    const totals = all.filter((o) => o.kind === 'cumulative' && o.operation && !o.cause);
    let max = 0;
    for (const o of [...yearly, ...parts]) max = Math.max(max, maxValue(o));
    return { metric, all, yearly, parts, totals, max, rivals: conflictMap(all) };
  });

  const widest = Math.max(...sets.map((s) => s.max));
  const rows = 2;
  const axis = valueAxis(size, axisSide, widest, lanes, format);
  const { frame } = axis;
  const x = timeScale(context, frame);
  const plotTop = frame.top;
  const plotBottom = frame.height - frame.bottom;
  const panelHeight = (plotBottom - plotTop - PANEL_GAP * (metrics.length - 1)) / metrics.length;

  const panels: CasualtyPanel[] = [];
  const yTicks: Tick[] = [];
  const bars: BarRect[] = [];
  const operations: OperationMark[] = [];
  const missing: MissingMark[] = [];
  const points: ChartPoint[] = [];
  const drawn: ChartPoint[] = [];
  const nowYear = new Date(context.now).getUTCFullYear();

  sets.forEach((set, index) => {
    const top = round(plotTop + index * (panelHeight + PANEL_GAP));
    const bottom = round(top + panelHeight);
    const titled = metrics.length > 1;
    const barTop = top + (titled ? TITLE : 0) + rows * ROW + 4;
    const y = linearScale(niceDomain(set.max, 5), [bottom, barTop]);
    panels.push({ metric: set.metric, label: text.panel[set.metric], top, bottom, ...(titled ? { titleY: round(top + 12) } : {}) });
    for (const value of y.ticks(titled ? 3 : 5)) yTicks.push({ value, position: round(y(value)), label: format(value) });

    // Bars: per year, the total behind, then hostile and non-hostile stacked on it.
    const preferred = preferredFigures(set.yearly);
    const years = new Map<number, { total?: Observation; hostile?: Observation; 'non-hostile'?: Observation; others: Observation[] }>();
    for (const o of set.yearly) {
      const year = Number(calendarPeriod(o, 'year'));
      const entry = years.get(year) ?? { others: [] };
      years.set(year, entry);
      const slot = o.cause ?? 'total';
      if (preferred.has(o) && !entry[slot]) entry[slot] = o;
      else entry.others.push(o);
    }
    for (let year = context.from; year <= context.to; year++) {
      const box = barBox(x, yearStart(year), yearStart(year + 1), span);
      if (!box) continue;
      const entry = years.get(year);
      const time = dateToTime(String(year));
      const place = (o: Observation, series: string, value: number): ChartPoint => ({ key: o.id, x: box.center, y: round(y(value)), time, observation: o, series });
      const flags = (o: Observation) => ({ open: isOpenFigure(o), conflict: hasConflict(o, set.rivals) });
      if (!entry || (!entry.total && !entry.hostile && !entry['non-hostile'])) {
        if (year <= nowYear) missing.push({ metric: set.metric, year, x: box.x, y: round(bottom - 5), width: box.width });
        for (const o of entry?.others ?? []) points.push(place(o, 'marker', pointValue(o)));
        continue;
      }
      if (entry.total) {
        bars.push(segmentRect(entry.total.id, 'total', box, y, 0, pointValue(entry.total), flags(entry.total)));
        drawn.push(place(entry.total, 'total', pointValue(entry.total)));
      }
      const causes = (['hostile', 'non-hostile'] as const).map((c) => entry[c]).filter((o): o is Observation => !!o);
      for (const { item, y0, y1 } of stackValues(causes, pointValue)) {
        bars.push(segmentRect(item.id, item.cause!, box, y, y0, y1, flags(item)));
        const point = place(item, item.cause!, y1);
        if (entry.total) points.push(point);
        else drawn.push(point);
      }
      for (const o of entry.others) points.push(place(o, 'marker', pointValue(o)));
    }

    // Figures for part of a year: hollow markers over the middle of their span.
    for (const o of set.parts) {
      const [a, b] = spanOf(o);
      const time = o.end ? (a + b) / 2 : dateToTime(o.date);
      points.push({ key: o.id, x: round(x(time)), y: round(y(pointValue(o))), time, observation: o, series: 'part' });
    }

    // Operation bands, labelled with the running total that has the latest date.
    const labels: { mark: OperationMark; center: number; width: number }[] = [];
    for (const { operation, start, end } of OPERATIONS) {
      const from = periodStart(start);
      const to = end ? periodEnd(end) : Math.min(span[1], Math.max(context.now, from));
      const box = barBox(x, from, to, span, 0);
      if (!box) continue;
      const candidates = set.totals.filter((o) => o.operation === operation);
      const chosen = [...preferredFigures(candidates)].sort((a, b) => periodEnd(b.end ?? b.date) - periodEnd(a.end ?? a.date))[0];
      const rivals = chosen ? candidates.filter((o) => set.rivals.get(chosen.id)?.has(o.id)) : [];
      const name = text.operation[operation];
      let label: string | undefined;
      if (chosen) {
        const total = context.locale.formatNumber(pointValue(chosen));
        const closes = end && periodEnd(chosen.end ?? chosen.date) >= periodEnd(end);
        label = closes
          ? text.operationTotal(name, total)
          : text.operationTotalTo(name, total, context.locale.formatDate(dateToTime(chosen.end ?? chosen.date), chosen.end && chosen.end.length === 4 ? 'year' : 'month'));
        if (rivals.length) label += ' *';
      }
      const mark: OperationMark = {
        operation,
        metric: set.metric,
        x: box.x,
        width: box.width,
        y: top,
        height: round(bottom - top),
        ...(label ? { label } : {}),
        labelX: 0,
        labelY: 0,
        hidden: !label,
        conflict: rivals.length > 0,
      };
      operations.push(mark);
      if (label) labels.push({ mark, center: box.center, width: textWidth(label, 11) });
      if (chosen) {
        const time = (Math.max(from, span[0]) + Math.min(to, span[1])) / 2;
        for (const o of [chosen, ...rivals]) points.push({ key: o.id, x: box.center, y: round(top + (titled ? TITLE : 0) + 6), time, observation: o, series: 'operation' });
      }
    }
    const placed = placeInRows(labels, rows, frame.left, frame.width - frame.right);
    placed.forEach(({ row, left }, i) => {
      const { mark } = labels[i]!;
      mark.hidden = row < 0;
      mark.labelX = left;
      mark.labelY = round(top + (titled ? TITLE : 0) + row * ROW + 11);
    });
    // The operation's point sits on its label.
    for (const p of points) {
      const mark = operations.find((m) => m.metric === set.metric && p.series === 'operation' && p.observation!.operation === m.operation && isCasualty(p.observation!, set.metric));
      if (mark && !mark.hidden) p.y = round(mark.labelY - 4);
    }
  });
  points.push(...drawn);
  const order = ['operation', 'total', 'hostile', 'non-hostile', 'marker', 'part'];
  points.sort((a, b) => a.time - b.time || order.indexOf(a.series) - order.indexOf(b.series) || a.key.localeCompare(b.key));

  const legend: LegendItem[] = [];
  const present = new Set(bars.map((b) => b.series));
  const causes = present.has('hostile') || present.has('non-hostile');
  if (present.has('total')) legend.push({ key: 'total', label: causes || metrics.length > 1 ? text.series.total : text.panel[metrics[0]!], mark: 'band' });
  for (const key of ['hostile', 'non-hostile'] as const) if (present.has(key)) legend.push({ key, label: text.series[key], mark: 'band' });
  if (bars.some((b) => b.open)) legend.push({ key: 'open', label: text.series.open, mark: 'band' });
  if (bars.some((b) => b.conflict) || operations.some((o) => o.conflict)) legend.push({ key: 'conflict', label: text.series.conflict, mark: 'band' });
  if (points.some((p) => p.series === 'marker')) legend.push({ key: 'marker', label: text.series.marker, mark: 'hollow' });
  if (points.some((p) => p.series === 'part')) legend.push({ key: 'part', label: text.series.part, mark: 'hollow' });
  if (missing.length) legend.push({ key: 'missing', label: text.series.missing, mark: 'band' });

  const first = drawn.filter((p) => isCasualty(p.observation!, metrics[0]!));
  const peak = first.reduce<ChartPoint | undefined>((best, p) => (!best || pointValue(p.observation!) > pointValue(best.observation!) ? p : best), undefined);
  const latest = first.reduce<ChartPoint | undefined>((last, p) => (!last || p.time > last.time || (p.time === last.time && pointValue(p.observation!) > pointValue(last.observation!)) ? p : last), undefined);

  return {
    size,
    frame,
    xTicks: roundedYearTicks(x, context),
    yTicks,
    points,
    legend,
    annotations: annotationMarks(events, x, frame, context),
    summary: { ...(peak ? { peak: peak.observation! } : {}), ...(latest ? { latest: latest.observation! } : {}) },
    axisSide,
    timeDirection: context.timeDirection,
    measure,
    panels,
    bars,
    operations,
    missing,
  };
}
