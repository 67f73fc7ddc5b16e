import type { CSSResult, SVGTemplateResult } from 'lit';
import { periodEnd, periodStart } from '../../data/dates.js';
import { quickCheck } from '../../data/quick-check.js';
import type { validate } from '../../data/validate.js';
import type { Metric, MissionEvent, Observation, Source } from '../../data/types.js';
import type { ChartInput } from './element/base-chart.js';
import type { ChartLayoutBase, LayoutContext } from './layout/chart-layout.js';
import type { Strings } from './i18n.js';
import type { Language, LocaleInfo } from './locale.js';

/** The data a chart lays out: valid observations, the events, and the sources both cite. */
export interface ChartData {
  observations: Observation[];
  events: MissionEvent[];
  sources: Source[];
}

/** A chart's own option that takes one of a few words, such as `mode="per-period"`. */
export interface ChoiceOption<T extends string = string> {
  values: readonly T[];
  default: T;
  /** One line for `--help`. */
  description: string;
}

/** A chart's own boolean attribute, such as `compact`: on when present. */
export interface FlagOption {
  flag: true;
  default: boolean;
  /** One line for `--help`. */
  description: string;
}

/** How a chart declares one of its own options. */
export type OptionDeclaration = ChoiceOption | FlagOption;

/**
 * The declarations of a chart's own options, one per key of its option values: a word for a
 * string-valued option, a flag for a boolean one. The key is the element's property, and, in
 * kebab case, its attribute and command-line flag.
 */
export type OptionDeclarations<O extends object> = {
  readonly [K in keyof O]: O[K] extends boolean ? FlagOption : O[K] extends string ? ChoiceOption<O[K]> : never;
};

/** The shared options whose default a chart may change (`<mission-timeline>` shows all events). */
export interface SharedDefaults {
  annotations: LayoutContext['annotations'];
}

/** A span of whole years, first and last inclusive. */
export interface YearSpan {
  from: number;
  to: number;
}

/** The years a heading names, already written in the reader's digits. */
export interface HeadingYears {
  from: string;
  to: string;
}

/**
 * What makes one chart: its tag, how it reads its input, its own options, its strings, its
 * pure layout, its marks and its styles. The element and the static renderer both draw from the
 * same spec, so an SVG made in Node is the chart a reader sees.
 *
 * `L` is the layout, `O` the chart's own option values (`{ mode, period }`), `S` its strings.
 */
export interface ChartSpec<L extends ChartLayoutBase = ChartLayoutBase, O extends object = object, S = unknown> {
  tag: string;
  /** What the chart's points stand for: figures, or (`<mission-timeline>`) events. */
  points: 'observations' | 'events';
  /** The chart's own options, each with its allowed values and default. */
  options: OptionDeclarations<O>;
  /** Shared options whose default differs for this chart. */
  defaults: Partial<SharedDefaults>;
  /**
   * The records the chart draws, for its default years (see {@link dataYears}). A chart of
   * events spans its events; a chart of figures without `draws` keeps the mission's years, since
   * the bundled data holds every series (a spending projection to 2050 among them).
   */
  draws?(record: Observation, options: O): boolean;
  /**
   * Reads `.data`, a `src` body or `--data`: never throws, names every problem. Given `full`
   * (the static renderer), a chart of figures reads with it at once; else good data is read by
   * the quick check, and data with a problem is left to `validate`, imported (`full` in the
   * result, which the data controller awaits).
   */
  read(input: unknown, sources: readonly Source[], options: O, full?: typeof validate): ChartInput;
  /** The chart's own texts in a language. */
  strings(language: Language): S;
  /** The heading used when none is given. */
  heading(text: S, years: HeadingYears, options: O): string;
  /** The description used when none is given. */
  description(text: S, options: O): string;
  /** Lays out the chart; pure, so it also runs in Node. */
  layout(data: ChartData, context: LayoutContext, strings: Strings, options: O): L;
  /** Draws the chart's own marks, between the frame and the points. */
  renderMarks(layout: L, locale: LocaleInfo): SVGTemplateResult;
  /** The chart's own CSS, after the shared frame styles. */
  styles: CSSResult;
}

/**
 * The `read` of a chart of figures, with `metric` for rows that name none: the quick check
 * (quick-check.ts), and, when it finds a problem, `validate` with its messages, imported then.
 */
export function readObservations<O>(metric: Metric | ((options: O) => Metric)) {
  return (input: unknown, sources: readonly Source[], options: O, full?: typeof validate): ChartInput => {
    const checks = { defaultMetric: typeof metric === 'function' ? metric(options) : metric, sources };
    if (full) return full(input, checks);
    const good = quickCheck(input, checks);
    if (good) return { ...good, issues: [] };
    return { records: [], sources: [], issues: [], full: import('../../data/validate.js').then((m) => m.validate(input, checks)) };
  };
}

/** A chart's own option declarations as a list of `[key, declaration]`. */
export function optionEntries(declarations: object): [string, OptionDeclaration][] {
  return Object.entries(declarations) as [string, OptionDeclaration][];
}

/** The attribute and command-line name of an option key: `timeDirection` → `time-direction`. */
export function attributeName(key: string): string {
  return key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

/** `Number(date.slice(0, 4))`, read from the character codes while they are four digits. */
function leadingYear(date: string): number {
  let year = 0;
  for (let i = 0; i < 4; i++) {
    const digit = date.charCodeAt(i) - 48;
    if (!(digit >= 0 && digit <= 9)) return Number(date.slice(0, 4));
    year = year * 10 + digit;
  }
  return year;
}

/**
 * The years a chart's data covers, its default `from` and `to`: from the first year of a record
 * it draws (a running total's at its end, where it is drawn) to the last year any of them
 * reaches (a figure's `end` included), so a standalone
 * chart spends its width where it has data. `undefined` when it draws nothing, or does not say
 * what it draws.
 */
export function dataYears<O extends object>(spec: Pick<ChartSpec<ChartLayoutBase, O>, 'points' | 'draws'>, data: ChartData, options: O): YearSpan | undefined {
  // A resize, a theme or a tooltip derives the view again from the same data: its years are known.
  const known = yearsOf.get(data);
  if (known && known.spec === spec && known.options === options) return known.years;
  const years = yearsOfData(spec, data, options);
  yearsOf.set(data, { spec, options, years });
  return years;
}

/** The last years found in each data object, with the spec and options they were found for. */
const yearsOf = new WeakMap<ChartData, { spec: object; options: object; years: YearSpan | undefined }>();

function yearsOfData<O extends object>(spec: Pick<ChartSpec<ChartLayoutBase, O>, 'points' | 'draws'>, data: ChartData, options: O): YearSpan | undefined {
  if (spec.points !== 'events' && !spec.draws) return undefined;
  const records: readonly (Pick<Observation, 'date' | 'end'> & { kind?: string })[] = spec.points === 'events' ? data.events : data.observations;
  const drawn = spec.points === 'events' ? () => true : (r: (typeof records)[number]) => spec.draws!(r as Observation, options);
  // A running total is drawn at the date it counts to, not where its count began; a figure of one
  // year or less (a fiscal year, October to September) belongs to the year its period ends in.
  const yearLong = (r: { date: string; end?: string }) => r.end !== undefined && periodEnd(r.end) - periodStart(r.date) <= 366 * 86_400_000;
  // As d3-array's `min` and `max` of those years (NaN left out), in one pass with no list of the records drawn.
  let from: number | undefined;
  let to: number | undefined;
  for (const r of records) {
    if (!drawn(r)) continue;
    const first = leadingYear(r.kind === 'cumulative' || yearLong(r) ? (r.end ?? r.date) : r.date);
    const last = leadingYear(r.end ?? r.date);
    if (first >= first && (from === undefined || first < from)) from = first;
    if (last >= last && (to === undefined || last > to)) to = last;
  }
  return from !== undefined && to !== undefined && Number.isInteger(from) && Number.isInteger(to) ? { from, to } : undefined;
}
