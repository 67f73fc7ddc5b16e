import { max } from 'd3-array';
import { dateToTime, periodEnd, periodStart, yearStart } from '../../data/dates.js';
import type { MissionEvent, Observation, Operation } from '../../data/types.js';
import { annotationMarks, placeInRows } from '../core/layout/annotations.js';
import { barBox, barFlags, disputeEntries, disputeMark, segmentRect, stackValues, type BarBox, type BarRect, type DisputeMark } from '../core/layout/bars.js';
import type { ChartLayoutBase, ChartPoint, LayoutContext, ObservationPoint, Tick } from '../core/layout/chart-layout.js';
import { conflictMap, fillSlots, preferredFigures, type Slots } from '../core/layout/conflicts.js';
import { isErratum, markerSeries, pointValue, round } from '../core/layout/figures.js';
import { chartAxes, type ChartAxes } from '../core/layout/frame.js';
import { apartEntries, legendOf } from '../core/layout/legend.js';
import { calendarPeriod, chartSpan, drawnTime, groupByPeriod, overlaps, partOfYear } from '../core/layout/periods.js';
import { barPoint, figurePoint, largestValue, sortPoints } from '../core/layout/points.js';
import { linearScale, niceDomain, type LinearScale } from '../core/layout/scale.js';
import { summaryFacts } from '../core/layout/summary.js';
import { textWidth } from '../core/layout/text.js';
import { formattedTicks } from '../core/layout/ticks.js';
import type { Strings } from '../core/i18n.js';
import { formatList } from '../core/chart-text.js';
import { casualtiesStrings, type CasualtiesStrings } from './casualties-chart.strings.js';

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
  /** Bars on which sources disagree: the other sources' figures as ticks. */
  disputes: DisputeMark[];
}

const ROW = 15;
const TITLE = 16;
const PANEL_GAP = 14;
/** Rows of operation labels at the top of a panel. */
const LABEL_ROWS = 2;

/** US casualties of a measure. */
export function isCasualty(o: Observation, metric: 'deaths' | 'wounded'): boolean {
  return o.metric === metric && o.scope === 'US';
}

/** Stage 1, the data of one measure: yearly figures, figures for part of a year, operation totals. */
interface MeasureFigures {
  metric: 'deaths' | 'wounded';
  yearly: Observation[];
  parts: Observation[];
  totals: Observation[];
  max: number;
  conflicts: Map<string, Set<string>>;
}

function measureFigures(observations: readonly Observation[], metric: 'deaths' | 'wounded', context: LayoutContext): MeasureFigures {
  const span = chartSpan(context);
  const all = observations.filter((o) => isCasualty(o, metric));
  const yearly = all.filter((o) => calendarPeriod(o, 'year') !== undefined && overlaps(o, span));
  const parts = all.filter((o) => !o.cause && calendarPeriod(o, 'year') === undefined && partOfYear(o) !== undefined && overlaps(o, span));
  const totals = all.filter((o) => o.kind === 'cumulative' && o.operation && !o.cause);
  return { metric, yearly, parts, totals, max: largestValue([...yearly, ...parts]), conflicts: conflictMap(all) };
}

/** A panel's place and scale, and what its stages add to the chart. */
interface PanelStage {
  set: MeasureFigures;
  top: number;
  bottom: number;
  titled: boolean;
  y: LinearScale;
  axes: ChartAxes;
  out: CasualtyMarks;
}

/** Everything the panels draw, gathered. */
interface CasualtyMarks {
  panels: CasualtyPanel[];
  yTicks: Tick[];
  bars: BarRect[];
  operations: OperationMark[];
  missing: MissingMark[];
  disputes: DisputeMark[];
  points: ObservationPoint[];
  drawn: ObservationPoint[];
}

/** Each year's figures in the slots of its bar: the total and the causes; the others are markers. */
function yearFigures(yearly: readonly Observation[]): Map<number, Slots> {
  const preferred = preferredFigures(yearly);
  const years = groupByPeriod(yearly, (o) => calendarPeriod(o, 'year'));
  return new Map([...years].map(([year, list]) => [Number(year), fillSlots(list, preferred, (o) => o.cause ?? 'total')]));
}

/**
 * Stage 2, a year's bar: the total behind, hostile and non-hostile stacked on it; a "no figure"
 * mark when none. A figure that disagrees with a drawn one is a tick across the bar (its point
 * reachable, series `disputed`); any other figure of the year is a hollow marker.
 */
function yearBar(stage: PanelStage, year: number, box: BarBox, entry: Slots | undefined, nowYear: number): void {
  const { set, y, out } = stage;
  const place = (o: Observation, series: string, value = pointValue(o)) => barPoint(o, box.center, y, dateToTime(String(year)), series, value);
  if (!entry?.chosen.size) {
    for (const o of entry?.others ?? []) out.points.push(place(o, markerSeries(o)));
    if (year <= nowYear) out.missing.push({ metric: set.metric, year, x: box.x, y: round(stage.bottom - 5), width: box.width });
    return;
  }
  const total = entry.chosen.get('total');
  const causes = ['hostile', 'non-hostile'].map((c) => entry.chosen.get(c)).filter((o): o is Observation => !!o);
  const stacked = stackValues(causes, pointValue);
  const top = y(Math.max(total ? pointValue(total) : 0, stacked[stacked.length - 1]?.y1 ?? 0));
  const disputed = new Set<string>();
  const dispute = (o: Observation, base = 0) => {
    const mark = disputeMark(o, entry.others, set.conflicts, box, y, base, top);
    if (!mark) return;
    out.disputes.push(mark);
    for (const id of mark.others) disputed.add(id);
  };
  if (total) {
    out.bars.push(segmentRect(total.id, 'total', box, y, 0, pointValue(total), barFlags(total, set.conflicts)));
    out.drawn.push(place(total, 'total'));
    dispute(total);
  }
  for (const { item, y0, y1 } of stacked) {
    out.bars.push(segmentRect(item.id, item.cause!, box, y, y0, y1, barFlags(item, set.conflicts)));
    (total ? out.points : out.drawn).push(place(item, item.cause!, y1));
    dispute(item, y0);
  }
  for (const o of entry.others) {
    const base = o.cause ? (stacked.find((s) => s.item.cause === o.cause)?.y0 ?? 0) : 0;
    out.points.push(place(o, disputed.has(o.id) && !isErratum(o) ? 'disputed' : markerSeries(o), base + pointValue(o)));
  }
}

/** The bars of every year shown, and the figures for part of a year as hollow markers over the middle of their span. */
function panelBars(stage: PanelStage, context: LayoutContext): void {
  const span = chartSpan(context);
  const years = yearFigures(stage.set.yearly);
  const nowYear = new Date(context.now).getUTCFullYear();
  for (let year = context.from; year <= context.to; year++) {
    const box = barBox(stage.axes.x, yearStart(year), yearStart(year + 1), span);
    if (box) yearBar(stage, year, box, years.get(year), nowYear);
  }
  for (const o of stage.set.parts) stage.out.points.push(figurePoint(o, stage.axes.x, stage.y, drawnTime(o), markerSeries(o, 'part')));
}

/**
 * An operation's label: its name and total, "to" the total's date when the operation had not
 * ended by then. Where sources disagree on the total, it gives each: "4,409 or 4,411".
 */
function operationLabel(chosen: Observation, operation: Operation, end: string | undefined, disagreeing: readonly Observation[], context: LayoutContext, text: CasualtiesStrings): string {
  const name = text.operation[operation];
  const values = [...new Set([chosen, ...disagreeing].map(pointValue))].sort((a, b) => a - b);
  const total = formatList(values.map((v) => context.locale.formatNumber(v)), context.locale, 'disjunction');
  const closes = end && periodEnd(chosen.end ?? chosen.date) >= periodEnd(end);
  return closes
    ? text.operationTotal(name, total)
    : text.operationTotalTo(name, total, context.locale.formatDate(dateToTime(chosen.end ?? chosen.date), chosen.end && chosen.end.length === 4 ? 'year' : 'month'));
}

/** Stage 3, the operation bands of a panel, labelled with the running total that has the latest date. */
function operationBands(stage: PanelStage, context: LayoutContext, text: CasualtiesStrings): { mark: OperationMark; center: number; width: number }[] {
  const span = chartSpan(context);
  const { set, top, bottom, titled, out } = stage;
  const labels: { mark: OperationMark; center: number; width: number }[] = [];
  for (const { operation, start, end } of OPERATIONS) {
    const from = periodStart(start);
    const to = end ? periodEnd(end) : Math.min(span[1], Math.max(context.now, from));
    const box = barBox(stage.axes.x, from, to, span, 0);
    if (!box) continue;
    const candidates = set.totals.filter((o) => o.operation === operation);
    const chosen = [...preferredFigures(candidates)].sort((a, b) => periodEnd(b.end ?? b.date) - periodEnd(a.end ?? a.date))[0];
    const inConflict = chosen ? candidates.filter((o) => set.conflicts.get(chosen.id)?.has(o.id)) : [];
    const label = chosen ? operationLabel(chosen, operation, end, inConflict, context, text) : undefined;
    const mark: OperationMark = { operation, metric: set.metric, x: box.x, width: box.width, y: top, height: round(bottom - top), ...(label ? { label } : {}), labelX: 0, labelY: 0, hidden: !label, conflict: inConflict.length > 0 };
    out.operations.push(mark);
    if (label) labels.push({ mark, center: box.center, width: textWidth(label, 11) });
    if (!chosen) continue;
    const time = (Math.max(from, span[0]) + Math.min(to, span[1])) / 2;
    for (const o of [chosen, ...inConflict]) out.points.push({ key: o.id, x: box.center, y: round(top + (titled ? TITLE : 0) + 6), time, observation: o, series: 'operation' });
  }
  return labels;
}

/** The operation labels in rows; each operation's point sits on its label. */
function placeOperationLabels(stage: PanelStage, labels: readonly { mark: OperationMark; center: number; width: number }[]): void {
  const { frame } = stage.axes;
  const placed = placeInRows(labels, LABEL_ROWS, frame.left, frame.width - frame.right);
  placed.forEach(({ row, left }, i) => {
    const { mark } = labels[i]!;
    mark.hidden = row < 0;
    mark.labelX = left;
    mark.labelY = round(stage.top + (stage.titled ? TITLE : 0) + row * ROW + 11);
  });
  for (const p of stage.out.points) {
    if (p.series !== 'operation' || !isCasualty(p.observation, stage.set.metric)) continue;
    const mark = stage.out.operations.find((m) => m.metric === stage.set.metric && p.observation.operation === m.operation);
    if (mark && !mark.hidden) p.y = round(mark.labelY - 4);
  }
}

/** A panel: its place in the plot, its own value scale and ticks, then its bars and operations. */
function layoutPanel(set: MeasureFigures, index: number, count: number, axes: ChartAxes, context: LayoutContext, text: CasualtiesStrings, out: CasualtyMarks): void {
  const plotTop = axes.frame.top;
  const panelHeight = (axes.frame.height - axes.frame.bottom - plotTop - PANEL_GAP * (count - 1)) / count;
  const top = round(plotTop + index * (panelHeight + PANEL_GAP));
  const bottom = round(top + panelHeight);
  const titled = count > 1;
  const y = linearScale(niceDomain(set.max, 5), [bottom, top + (titled ? TITLE : 0) + LABEL_ROWS * ROW + 4]);
  out.panels.push({ metric: set.metric, label: text.panel[set.metric], top, bottom, ...(titled ? { titleY: round(top + 12) } : {}) });
  out.yTicks.push(...formattedTicks(y, titled ? 3 : 5, axes.format));
  const stage: PanelStage = { set, top, bottom, titled, y, axes, out };
  panelBars(stage, context);
  placeOperationLabels(stage, operationBands(stage, context, text));
}

/** The legend: the bar series present, the shared flags, the markers, the "no figure" mark. */
function casualtiesLegend(out: CasualtyMarks, points: readonly ChartPoint[], metrics: readonly string[], text: CasualtiesStrings, shared: Strings, context: LayoutContext) {
  const present = new Set(out.bars.map((b) => b.series));
  const series = new Set(points.map((p) => p.series));
  const causes = present.has('hostile') || present.has('non-hostile');
  const total = causes || metrics.length > 1 ? text.series.total : text.panel[metrics[0] as 'deaths' | 'wounded'];
  return legendOf([
    [present.has('total'), { key: 'total', label: total, mark: 'band' }],
    [present.has('hostile'), { key: 'hostile', label: text.series.hostile, mark: 'band' }],
    [present.has('non-hostile'), { key: 'non-hostile', label: text.series['non-hostile'], mark: 'band' }],
    [out.bars.some((b) => b.open), { key: 'open', label: text.series.open, mark: 'band' }],
    ...disputeEntries(out.disputes, shared),
    [series.has('marker'), { key: 'marker', label: text.series.marker, mark: 'hollow' }],
    [series.has('part'), { key: 'part', label: text.series.part, mark: 'hollow' }],
    ...apartEntries(series, context.locale.language),
    [out.missing.length > 0, { key: 'missing', label: text.series.missing, mark: 'band' }],
  ]);
}

/**
 * Lays out the casualty chart. Each calendar year with a published figure gets a bar: hostile
 * and non-hostile stacked where the source separates them, over the total when one is given
 * (the part whose cause is not given shows above the stack). Of figures for the same year in
 * conflict, the first is drawn and the others are ticks across its bar; a figure for part of
 * a year (a day, some months) is a hollow marker over its span. Years
 * without a figure, up to today, get a "no figure" mark, not a zero. Operations are bands
 * labelled with their totals from the data (the running total with the latest date).
 */
export function layoutCasualties(
  observations: readonly Observation[],
  events: readonly MissionEvent[],
  context: LayoutContext,
  strings: Strings,
  measure: CasualtiesMeasure = 'deaths',
): CasualtiesLayout {
  const text = casualtiesStrings(context.locale.language);
  const metrics: ('deaths' | 'wounded')[] = measure === 'both' ? ['deaths', 'wounded'] : [measure];
  const sets = metrics.map((metric) => measureFigures(observations, metric, context));
  const axes = chartAxes(context, max(sets, (s) => s.max) ?? 0, { heightScale: metrics.length > 1 ? 1.6 : 1 });
  const out: CasualtyMarks = { panels: [], yTicks: [], bars: [], operations: [], missing: [], disputes: [], points: [], drawn: [] };
  sets.forEach((set, index) => layoutPanel(set, index, sets.length, axes, context, text, out));
  const points = sortPoints([...out.points, ...out.drawn], ['operation', 'total', 'hostile', 'non-hostile', 'disputed', 'marker', 'part', 'erratum']);
  return {
    size: axes.size,
    frame: axes.frame,
    xTicks: axes.xTicks,
    yTicks: out.yTicks,
    points,
    legend: casualtiesLegend(out, points, metrics, text, strings, context),
    annotations: annotationMarks(events, axes.x, axes.frame, context),
    summary: summaryFacts(out.drawn.filter((p) => isCasualty(p.observation, metrics[0]!))),
    axisSide: axes.axisSide,
    timeDirection: context.timeDirection,
    measure,
    panels: out.panels,
    bars: out.bars,
    operations: out.operations,
    missing: out.missing,
    disputes: out.disputes,
  };
}
