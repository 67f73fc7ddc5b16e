import { bisector, max } from 'd3-array';
import { instantOf, packedDate, PERIOD_END, PERIOD_MIDDLE, PERIOD_START, periodEnd, periodStart, yearStart } from '../../data/dates.js';
import type { MissionEvent, Observation } from '../../data/types.js';
import { annotationMarks, laneCount, todayLabel } from '../core/layout/annotations.js';
import type { ChartLayoutBase, ChartPoint, LayoutContext, ObservationPoint, PlotFrame, SummaryFacts, Tick } from '../core/layout/chart-layout.js';
import { preferredFigures, supersededIds } from '../core/layout/conflicts.js';
import { isErratum, isLineFigure, markerSeries, maxValue, pointValue, round } from '../core/layout/figures.js';
import { chartAxes, timeScale, type ChartAxes } from '../core/layout/frame.js';
import { linearScale, niceDomain } from '../core/layout/scale.js';
import { formattedTicks, roundedYearTicks } from '../core/layout/ticks.js';
import { yearSpan, type Language } from '../core/locale.js';
import { apartEntries, legendOf } from '../core/layout/legend.js';
import { linePath, splitAtGaps, stepAfterPath } from '../core/layout/lines.js';
import { chartSpan, type TimeSpan } from '../core/layout/periods.js';
import { figurePoint, largestValue, sortPoints } from '../core/layout/points.js';
import { reducedIndices } from '../core/layout/reduction.js';
import type { Strings } from '../core/i18n.js';

/** A range drawn as a band over the period it covers. */
export interface BandMark {
  key: string;
  x: number;
  y: number;
  width: number;
  height: number;
  planned: boolean;
}

/** A range without a period, drawn as a vertical bar at its date. */
export interface WhiskerMark {
  key: string;
  x: number;
  y1: number;
  y2: number;
}

/** Everything `<troop-levels-chart>` draws, in SVG coordinates. */
export interface TroopLevelsLayout extends ChartLayoutBase {
  /** The reported count, one path per unbroken run. */
  reported: string[];
  /** Authorized caps as steps, one path per run. */
  authorized: string[];
  /** Announced plans beyond the last reported count, dotted from it. */
  projection: string[];
  bands: BandMark[];
  whiskers: WhiskerMark[];
  /** The years after the peak at a scale of their own, when one scale shows them as a flat line. */
  decade?: DecadePanel;
}

const DAY = 86_400_000;
/** Reported counts further apart than this are not joined: 18 months lets a yearly series join. */
const REPORTED_GAP = 548 * 86_400_000;
/** Caps stay in force until changed, so steps join across longer spells. */
const AUTHORIZED_GAP = 913 * 86_400_000;
/** The definitions of `us-troops` other than troops in Iraq, each drawn as its own hollow markers. */
const OTHER_DEFINITIONS = new Set(['deployed-for-war', 'fy-average']);

/** The series `<troop-levels-chart>` draws from: US troops in Iraq. */
export function isTroopLevel(o: Observation): boolean {
  return o.metric === 'us-troops' && o.scope === 'US';
}

/** A figure that counts US troops in Iraq (the line's definition), not a wider count or an average. */
function countsInCountry(o: Observation): boolean {
  return o.definition === undefined || o.definition === 'in-country';
}

/**
 * The reported counts the line runs through: troops in Iraq as reported, a single number given
 * as exact or approximate, at a date (not an average over a period), not a likely misprint. Of
 * figures in conflict, the one with the most precise date (then the first in the data) is drawn
 * on the line and the others as markers — both stay visible, neither is averaged.
 */
export function lineObservations(observations: readonly Observation[]): Set<Observation> {
  return preferredFigures(observations, lineEligible, (o) => o.precision);
}

/** What may be on the line, before conflicts are settled. */
const lineEligible = (o: Observation) => o.kind === 'reported' && !o.end && isLineFigure(o) && countsInCountry(o) && !isErratum(o);

/**
 * {@link lineObservations} as a test of one figure. Where no figure names a conflict (as in most
 * series, and every long one), every eligible figure that no later one updates is on the line:
 * that is what `preferredFigures` finds then, without its maps, sort and set of every figure.
 */
function onLineTest(observations: readonly Observation[]): (o: Observation) => boolean {
  let test = onLineMemo.get(observations);
  if (!test) onLineMemo.set(observations, (test = findOnLineTest(observations)));
  return test;
}

/** The line's test of each list of shown figures, which a resize keeps ({@link troopFigures}). */
const onLineMemo = new WeakMap<readonly Observation[], (o: Observation) => boolean>();

function findOnLineTest(observations: readonly Observation[]): (o: Observation) => boolean {
  let conflicts = false;
  let updates = false;
  for (const o of observations) {
    if (o.conflictsWith !== undefined && o.conflictsWith.length > 0) conflicts = true;
    if (o.supersedes !== undefined && o.supersedes.length > 0) updates = true;
  }
  if (conflicts) {
    const chosen = lineObservations(observations);
    return (o) => chosen.has(o);
  }
  // No lookup when nothing is updated: an id made from its parts is hashed only when looked up.
  if (!updates) return lineEligible;
  const superseded = supersededIds(observations);
  return (o) => lineEligible(o) && !superseded.has(o.id);
}

/** A troop figure in view and the time it is drawn at. */
type Figure = { o: Observation; time: number };

/**
 * Troop figures in drawing order and the time each is drawn at, side by side: no object for a
 * figure (a chart of 100,000 counts makes its objects only for the points its pixels keep).
 */
interface Figures {
  list: Observation[];
  times: number[];
}

/** The figures of `figures` that pass `test`, in their order. */
function subset({ list, times }: Figures, test: (o: Observation, time: number) => boolean): Figures {
  const kept: Figures = { list: [], times: [] };
  for (let i = 0; i < list.length; i++) if (test(list[i]!, times[i]!)) add(kept, list[i]!, times[i]!);
  return kept;
}

function add(figures: Figures, o: Observation, time: number): void {
  figures.list.push(o);
  figures.times.push(time);
}

/** The last figures shown of each data set, with the years they were found for: a resize finds them again. */
const shownOf = new WeakMap<readonly Observation[], { start: number; end: number; shown: Figures }>();

/** Stage 1, the data: the troop figures in the chart's years, in drawing order (the same lists for the same data and years). */
function troopFigures(observations: readonly Observation[], [start, end]: TimeSpan): Figures {
  const known = shownOf.get(observations);
  if (known && known.start === start && known.end === end) return known.shown;
  const shown = findTroopFigures(observations, [start, end]);
  shownOf.set(observations, { start, end, shown });
  return shown;
}

/** What the figures in view say whatever the width: the decade panel's first year, the peak, and the figures of the lower panel with their largest count. */
interface FigureFacts {
  from: number | undefined;
  peak: number;
  late: Figures;
  lateMax: number;
}

/** The facts last found for each list of figures in view, with the years they were found for. */
const factsOf = new WeakMap<Figures, { from: number; to: number; facts: FigureFacts }>();

/** {@link FigureFacts} of the figures in view, found once for them and the years (a resize only places them). */
function figureFacts(shown: Figures, context: LayoutContext): FigureFacts {
  const known = factsOf.get(shown);
  if (known && known.from === context.from && known.to === context.to) return known.facts;
  const from = decadeStart(shown, context);
  const late = from === undefined ? { list: [], times: [] } : subset(shown, (_, time) => time >= yearStart(from));
  // The lower scale is the line's (troops in Iraq); a figure above it, of another definition,
  // stays in the upper panel, where it fits.
  const facts = { from, peak: largest(shown.list), late, lateMax: largestValue(late.list.filter((o) => countsInCountry(o) && !isErratum(o))) };
  factsOf.set(shown, { from: context.from, to: context.to, facts });
  return facts;
}

/** The summary's facts last found for each list of figures in view, with the day they were found for. */
const summariesOf = new WeakMap<Figures, { now: number; summary: SummaryFacts }>();

/** {@link lineSummary} of the figures in view: which figures it names does not depend on the width. */
function summaryOf(shown: Figures, marks: TroopMarks, now: number): SummaryFacts {
  const known = summariesOf.get(shown);
  if (known && known.now === now) return known.summary;
  const summary = lineSummary(marks.reported, marks.planned.find((p) => p.time > now));
  summariesOf.set(shown, { now, summary });
  return summary;
}

/**
 * {@link troopFigures}, found: one pass: each
 * date is read once into its instants (no cache lookup, no list of instants), and the figures are
 * sorted only when they do not already come in time order (the sort is stable, so either way
 * figures of one time keep their data order).
 */
function findTroopFigures(observations: readonly Observation[], [start, end]: TimeSpan): Figures {
  const shown: Figures = { list: [], times: [] };
  let ordered = true;
  let latest = -Infinity;
  for (const o of observations) {
    if (!isTroopLevel(o)) continue;
    const packed = packedDate(o.date);
    const first = instantOf(packed, PERIOD_START);
    // A day's end and noon follow from its start (as `instantOf` gives them, to the bit).
    const day = packed % 100 !== 0;
    const last = o.end !== undefined ? instantOf(packedDate(o.end), PERIOD_END) : day ? first + DAY : instantOf(packed, PERIOD_END);
    if (!(last > start && first < end)) continue;
    const time = o.end ? (first + last) / 2 : day ? first + DAY / 2 : instantOf(packed, PERIOD_MIDDLE);
    // A figure drawn as a point (an average over a period) whose middle falls outside the years
    // shown is not in view; a range is drawn as a band and clipped instead.
    if (typeof o.value === 'number' && !(time >= start && time < end)) continue;
    if (time < latest) ordered = false;
    latest = time;
    add(shown, o, time);
  }
  if (ordered) return shown;
  const order = shown.list.map((_, i) => i).sort((a, b) => shown.times[a]! - shown.times[b]!);
  return { list: order.map((i) => shown.list[i]!), times: order.map((i) => shown.times[i]!) };
}

/** The marks of the figures, sorted by what they are; the reported figures hold one per time. */
interface TroopMarks {
  /** The figures on the line, in time order; their points are made by {@link reportedRuns}. */
  reported: Figures;
  authorized: ChartPoint[];
  planned: ChartPoint[];
  apart: ChartPoint[];
  ranges: ChartPoint[];
  bands: BandMark[];
  whiskers: WhiskerMark[];
}

/** The series of a figure drawn as a point of its own: a likely misprint, another definition, or another figure. */
function apartSeries(o: Observation): string {
  return markerSeries(o, o.definition && OTHER_DEFINITIONS.has(o.definition) ? o.definition : 'marker');
}

/** A range as a band over its period, or as a whisker at its date. */
function rangeMark(o: Observation & { value: { low: number; high: number } }, point: ChartPoint, { x, y }: ChartAxes, [start, end]: TimeSpan, marks: TroopMarks): void {
  if (o.end) {
    const x0 = x(Math.max(start, periodStart(o.date)));
    const x1 = x(Math.min(end, periodEnd(o.end)));
    const top = y(o.value.high);
    const band = { x: round(Math.min(x0, x1)), y: round(top), width: round(Math.abs(x1 - x0)), height: round(y(o.value.low) - top) };
    marks.bands.push({ key: o.id, ...band, planned: o.kind === 'planned' });
  } else {
    marks.whiskers.push({ key: o.id, x: point.x, y1: round(y(o.value.low)), y2: round(y(o.value.high)) });
  }
}

/** Stage 2, the marks: each figure to the line, the caps, the plans, a range, or a point apart. */
function troopMarks(shown: Figures, axes: ChartAxes, span: TimeSpan): TroopMarks {
  const marks: TroopMarks = { reported: { list: [], times: [] }, authorized: [], planned: [], apart: [], ranges: [], bands: [], whiskers: [] };
  const onLine = onLineTest(shown.list);
  // The figures come in time order, so a time already on the line is the last one's.
  let lineTime = Number.NaN;
  const place = (o: Observation, time: number, series: string) => figurePoint(o, axes.x, axes.y, time, series);
  for (let i = 0; i < shown.list.length; i++) {
    const o = shown.list[i]!;
    const time = shown.times[i]!;
    const other = isErratum(o) || !countsInCountry(o);
    if (other) marks.apart.push(place(o, time, apartSeries(o)));
    else if (typeof o.value !== 'number') {
      const point = place(o, time, 'range');
      marks.ranges.push(point);
      rangeMark(o as Observation & { value: { low: number; high: number } }, point, axes, span, marks);
    } else if (o.kind === 'authorized') marks.authorized.push(place(o, time, 'authorized'));
    else if (o.kind === 'planned') marks.planned.push(place(o, time, 'planned'));
    else if (onLine(o) && time !== lineTime) {
      lineTime = time;
      add(marks.reported, o, time);
    } else marks.apart.push(place(o, time, 'marker'));
  }
  return marks;
}

/**
 * The line's reachable points, one list per unbroken run (split where neighbours are more than
 * {@link REPORTED_GAP} apart, as `splitAtGaps`). More counts than twice the plot's pixel columns
 * cannot be told apart: each run keeps, per column, the first, lowest, highest and last
 * (reduction.ts), which draws the same pixels, so gaps stay gaps. The coordinates are computed
 * into arrays and reduced there; a point object is made only for a point kept.
 */
function reportedRuns({ list, times }: Figures, { frame, x, y }: ChartAxes): { runs: ObservationPoint[][]; reduced: boolean } {
  const n = list.length;
  const reduced = n > 2 * (frame.width - frame.left - frame.right);
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    xs[i] = round(x(times[i]!));
    ys[i] = round(y(pointValue(list[i]!)));
  }
  const point = (i: number): ObservationPoint => ({ key: list[i]!.id, x: xs[i]!, y: ys[i]!, time: times[i]!, observation: list[i]!, series: 'reported' });
  const runs: ObservationPoint[][] = [];
  let start = 0;
  for (let i = 1; i <= n; i++) {
    if (i < n && times[i]! - times[i - 1]! <= REPORTED_GAP) continue;
    if (reduced) runs.push(reducedIndices(xs, ys, start, i).map(point));
    else {
      const run: ObservationPoint[] = [];
      for (let k = start; k < i; k++) run.push(point(k));
      runs.push(run);
    }
    start = i;
  }
  return { runs, reduced };
}

/**
 * The summary's facts of the line (as `summaryFacts` finds them in its points, here from the
 * figures in one pass): the peak, the first of the highest; the latest, the last in time, of two
 * at one time the higher (the first of equals).
 */
function lineSummary({ list, times }: Figures, nextPlan: ChartPoint | undefined): SummaryFacts {
  let peak = -1;
  let latest = -1;
  for (let i = 0; i < list.length; i++) {
    const value = pointValue(list[i]!);
    if (peak < 0 || value > pointValue(list[peak]!)) peak = i;
    if (latest < 0 || times[i]! > times[latest]! || (times[i] === times[latest] && value > pointValue(list[latest]!))) latest = i;
  }
  return {
    ...(peak >= 0 ? { peak: list[peak]! } : {}),
    ...(latest >= 0 ? { latest: list[latest]! } : {}),
    ...(nextPlan?.observation ? { nextPlan: nextPlan.observation } : {}),
  };
}

/** The legend: the line, caps, plans ahead, ranges, then the points apart present. */
function troopLegend(marks: TroopMarks, ahead: readonly ChartPoint[], points: readonly ChartPoint[], strings: Strings, context: LayoutContext) {
  const series = new Set(points.map((p) => p.series));
  return legendOf([
    [marks.reported.list.length > 0, { key: 'reported', label: strings.series.reported, mark: 'line' }],
    [marks.authorized.length > 0, { key: 'authorized', label: strings.series.authorized, mark: 'dashed' }],
    [ahead.length > 0, { key: 'planned', label: strings.series.planned, mark: 'dotted' }],
    [marks.bands.length + marks.whiskers.length > 0, { key: 'range', label: strings.series.range, mark: 'band' }],
    [series.has('marker'), { key: 'marker', label: strings.series.marker, mark: 'hollow' }],
    ...apartEntries(series, context.locale.language),
  ]);
}

/** The lines of one panel, from its marks. */
export interface PanelLines {
  reported: string[];
  authorized: string[];
  projection: string[];
  bands: BandMark[];
  whiskers: WhiskerMark[];
}

/** A panel's marks, lines and reachable points: the same stages for the whole chart and for the decade panel. */
function panelOf(shown: Figures, axes: ChartAxes, span: TimeSpan) {
  const marks = troopMarks(shown, axes, span);
  const { runs, reduced } = reportedRuns(marks.reported, axes);
  // The last reported count is always kept: the last point of its column.
  const lastReported = runs[runs.length - 1]?.at(-1);
  // Plans are in time order: those after the last reported count are ahead, the rest overtaken.
  const split = lastReported ? bisector((p: ChartPoint) => p.time).right(marks.planned, lastReported.time) : 0;
  const ahead = marks.planned.slice(split);
  const behind = marks.planned.slice(0, split).map((p) => ({ ...p, series: 'marker' }));
  const points: ChartPoint[] = [];
  // Pushed one by one: spreading 100,000 points into push() can overflow the stack.
  for (const list of [marks.ranges, marks.apart, ...runs, marks.authorized, ahead, behind]) for (const p of list) points.push(p);
  const projection = lastReported && ahead.length ? [lastReported, ...ahead] : ahead;
  const lines: PanelLines = {
    reported: runs.map((run) => linePath(run) ?? ''),
    authorized: splitAtGaps(marks.authorized, AUTHORIZED_GAP).map((run) => stepAfterPath(run) ?? ''),
    projection: projection.length > 1 ? [linePath(projection) ?? ''] : [],
    bands: marks.bands,
    whiskers: marks.whiskers,
  };
  return { marks, ahead, points, reduced, lines };
}

/** The lower panel: the years after the peak years, at a scale of their own. */
export interface DecadePanel extends PanelLines {
  frame: PlotFrame;
  xTicks: Tick[];
  yTicks: Tick[];
  /** The panel's first year. */
  from: number;
  /** The panel's title above it: its years, and that it has a scale of its own. */
  title: { x: number; y: number; text: string };
  /** The panel's years and values as a shaded box in the upper panel. */
  context: { x: number; y: number; width: number; height: number };
}

/** A panel of its own is drawn when every count from some year on is below this share of the peak… */
const DECADE_SHARE = 0.1;
/** …for at least this many years. */
const DECADE_YEARS = 5;
/** …holding at least this many reported counts above zero. */
const DECADE_COUNTS = 3;
/** The chart's height with the decade panel, as a multiple of the shared height. */
const DECADE_HEIGHT = 1.6;
/** The decade panel's share of the height the plots have. */
const DECADE_PART = 0.38;
/** Between the panels: the upper panel's year labels and the lower one's title. */
const PANEL_GAP = 50;

const DECADE_TITLE: Record<Language, (from: string, to: string) => string> = {
  en: (from, to) => `${yearSpan(from, to)}, at a scale of its own`,
  ar: (from, to) => `${yearSpan(from, to)}، بمقياس خاص بها`,
};

/**
 * The first year from which every count of troops in Iraq (line, caps, plans, markers of that
 * definition) stays under a tenth of the peak: on one scale those years are a flat line on the
 * axis. `undefined` when there is no such stretch of five years or more, or it holds fewer
 * than three reported counts above zero (a zero and a plan are no story of their own).
 */
export function decadeStart(figures: readonly Figure[] | Figures, context: LayoutContext): number | undefined {
  const { list, times } = Array.isArray(figures) ? { list: figures.map((f) => f.o), times: figures.map((f) => f.time) } : (figures as Figures);
  const counted = (o: Observation) => !isErratum(o) && countsInCountry(o);
  const peak = largest(list, counted);
  let last: Observation | undefined;
  for (let i = list.length - 1; i >= 0 && !last; i--) if (counted(list[i]!) && maxValue(list[i]!) >= DECADE_SHARE * peak) last = list[i];
  if (!last || peak === 0) return undefined;
  const from = new Date(periodEnd(last.end ?? last.date) - 1).getUTCFullYear() + 1;
  const since = yearStart(from);
  let later = 0;
  for (let i = 0; i < list.length; i++) if (counted(list[i]!) && times[i]! >= since && list[i]!.kind === 'reported' && maxValue(list[i]!) > 0) later++;
  return from > context.from && context.to - from + 1 >= DECADE_YEARS && later >= DECADE_COUNTS ? from : undefined;
}

/** `largestValue` of the figures that pass `test` (all by default), without a list of them. */
function largest(list: readonly Observation[], test: (o: Observation) => boolean = () => true): number {
  return Math.max(0, max(list, (o) => (test(o) ? maxValue(o) : undefined)) ?? 0);
}

/** The two panels' axes: the upper keeps the whole chart's years and scale, the lower gets its own. */
function panelAxes(whole: ChartAxes, context: LayoutContext, from: number, lateMax: number): { upper: ChartAxes; lower: ChartAxes } {
  const { frame, size } = whole;
  const plots = frame.height - frame.top - frame.bottom;
  const lowerHeight = Math.round(plots * DECADE_PART);
  const upperBottom = frame.height - frame.bottom - lowerHeight - PANEL_GAP;
  const upperFrame: PlotFrame = { ...frame, bottom: size.height - upperBottom };
  const y = linearScale(whole.y.domain(), [upperBottom, frame.top]);
  const upper = { ...whole, frame: upperFrame, y, yTicks: formattedTicks(y, 5, whole.format) };
  const lowerFrame: PlotFrame = { ...frame, top: frame.height - frame.bottom - lowerHeight };
  // The panel spans its own years, not the whole chart's: aligned with the panel above, half
  // its width would be empty years and the decade squeezed into the rest.
  const years = { ...context, from };
  const x = timeScale(years, lowerFrame);
  const y2 = linearScale(niceDomain(lateMax, 4), [frame.height - frame.bottom, lowerFrame.top]);
  const lower = { ...whole, frame: lowerFrame, x, y: y2, xTicks: roundedYearTicks(x, years), yTicks: formattedTicks(y2, 4, whole.format) };
  return { upper, lower };
}

/** The decade panel's frame, ticks, title and the box that shows its place in the upper panel. */
function decadePanel(upper: ChartAxes, lower: ChartAxes, context: LayoutContext, from: number, lines: PanelLines): DecadePanel {
  const { locale } = context;
  const years = [from, context.to].map((year) => locale.formatYear(yearStart(year))) as [string, string];
  const [x0, x1] = [upper.x(yearStart(from)), upper.x(yearStart(context.to + 1))];
  const top = upper.y(lower.y.domain()[1]);
  const bottom = upper.frame.height - upper.frame.bottom;
  return {
    frame: lower.frame,
    xTicks: lower.xTicks,
    yTicks: lower.yTicks,
    from,
    title: { x: upper.axisSide === 'left' ? 0 : upper.size.width, y: lower.frame.top - 14, text: DECADE_TITLE[locale.language](...years) },
    context: { x: round(Math.min(x0, x1)), y: round(top), width: round(Math.abs(x1 - x0)), height: round(bottom - top) },
    ...lines,
  };
}

/**
 * Lays out the troop chart: reported counts of troops in Iraq as a line broken at gaps, caps as a
 * step line, plans beyond the last count as a dotted projection, ranges as bands, and every other
 * figure (an "at least", a second source for the same date, another definition, a likely
 * misprint) as a hollow marker so that no source is hidden and no line is bent by it. When the
 * years after the peak are a flat line on its scale (every count from some year on under a tenth
 * of the peak, for five years or more), they get a second panel under the first, at a scale of
 * their own: the return against ISIS and the drawdown after it. Their points are reached there;
 * a figure of those years above that scale (another definition) is reached in the upper panel.
 */
export function layoutTroopLevels(
  observations: readonly Observation[],
  events: readonly MissionEvent[],
  context: LayoutContext,
  strings: Strings,
): TroopLevelsLayout {
  const span = chartSpan(context);
  const shown = troopFigures(observations, span);
  const { from, peak, late, lateMax } = figureFacts(shown, context);
  const whole = chartAxes(context, peak, from === undefined ? {} : { heightScale: DECADE_HEIGHT });
  const panels = from === undefined ? undefined : panelAxes(whole, context, from, lateMax);
  const inLower = panels ? subset(late, (o) => maxValue(o) <= panels.lower.y.domain()[1]) : { list: [], times: [] };
  const axes = panels?.upper ?? whole;
  const all = panelOf(shown, axes, span);
  const low = panels ? panelOf(inLower, panels.lower, [yearStart(from!), span[1]]) : undefined;
  const lower = new Set(inLower.list.map((o) => o.id));
  const points = low ? sortPoints([...all.points.filter((p) => !lower.has(p.key)), ...low.points]) : sortPoints(all.points);
  const todayX = context.now >= span[0] && context.now < span[1] ? round(axes.x(context.now)) : undefined;
  // Without label rows above the plot, "Today" goes inside it, before its rule in time.
  const inside = laneCount(axes.size.width, context.annotations) === 0;
  const today = todayLabel(todayX, strings.series.today, axes.size.width, inside ? context.timeDirection : undefined);
  return {
    size: axes.size,
    frame: axes.frame,
    xTicks: axes.xTicks,
    yTicks: axes.yTicks,
    points,
    legend: troopLegend(all.marks, all.ahead, all.points, strings, context),
    annotations: annotationMarks(events, axes.x, axes.frame, context, today?.span),
    ...(todayX === undefined || !today ? {} : { todayX, todayLabelX: today.left, ...(inside ? { todayLabelY: axes.frame.top + 11 } : {}) }),
    ...(all.reduced ? { reduced: { observations: shown.list } } : {}),
    summary: summaryOf(shown, all.marks, context.now),
    axisSide: axes.axisSide,
    timeDirection: context.timeDirection,
    ...all.lines,
    ...(panels && low ? { decade: decadePanel(axes, panels.lower, context, from!, low.lines) } : {}),
  };
}
