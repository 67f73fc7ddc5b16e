import { svg, type SVGTemplateResult } from 'lit';
import { makeIssue, type DataIssue } from '../../../data/issues.js';
import type { MissionEvent, Source } from '../../../data/types.js';
import { dataYears, type ChartData, type ChartSpec } from '../chart-spec.js';
import { describePoint, rankedSources, shownRecords, summaryText } from '../chart-text.js';
import { strings, type Strings } from '../i18n.js';
import type { ChartLayoutBase, SummaryFacts } from '../layout/chart-layout.js';
import type { LocaleInfo } from '../locale.js';
import { compactTemplate } from '../render/compact.js';
import { renderFrame } from '../render/frame.js';
import { tablePoints, type TableInput } from '../render/table.js';
import type { DataValue } from './data-controller.js';
import type { LocaleState } from './locale-controller.js';
import type { NavigationView } from './point-navigation-controller.js';
import { resolveOptions, type ChartOptions, type ResolvedOptions } from './options.js';

/** What a chart shows for one set of inputs: derived in `willUpdate`, read by `render()`. */
export interface ChartView<L extends ChartLayoutBase = ChartLayoutBase> {
  spec: ChartSpec<L>;
  options: ResolvedOptions;
  text: Strings;
  data: ChartData;
  /** The data's problems, then the options'. */
  issues: DataIssue[];
  layout: L;
  /** Publishers by how many drawn points cite them. */
  ranked: Source[];
  heading: string;
  description: string;
  summary: string;
  /** The notice's first line: loading, or nothing to show. */
  headline?: string;
  /** The events marked on the chart, for the data table. */
  shownEvents: MissionEvent[];
  /** The width it is laid out at; 0 while the chart is hidden. */
  width: number;
  loading: boolean;
}

/** The inputs of a {@link ChartView}. */
export interface ViewInput<L extends ChartLayoutBase> {
  spec: ChartSpec<L>;
  input: DataValue;
  /** The chart's own options, checked, and what was wrong with them. */
  own: { values: object; issues: DataIssue[] };
  locale: LocaleState;
  /** The options as given, but language and theme, which come from `locale`. */
  given: Omit<ChartOptions, 'lang' | 'theme' | 'numerals'> & { numerals?: string | undefined };
  width: number;
  /** The width laid out at while the chart is hidden or not measured. */
  fallbackWidth: number;
  heading?: string | undefined;
  description?: string | undefined;
  of: 'observations' | 'events';
}

/**
 * Everything a chart derives from its inputs: options checked, layout, sources ranked, heading,
 * summary and notice. The one place the element reads its spec's layout and text.
 */
export function chartView<L extends ChartLayoutBase>({ spec, input, own, locale: state, given, width, fallbackWidth, heading, description, of }: ViewInput<L>): ChartView<L> {
  const { options, issues: optionIssues } = resolveOptions({ ...given, lang: state.lang, theme: state.theme }, Date.now, dataYears(spec, input.data, own.values));
  if (state.badLang !== undefined) {
    optionIssues.unshift(makeIssue(-1, 'lang', 'bad-attribute', { field: 'lang', value: state.badLang, allowed: 'en' }, 'warning'));
  }
  const { locale } = options;
  const text = strings(locale.language);
  const ownText = spec.strings(locale.language);
  const { data } = input;
  const layout = layoutOf(spec, input, options, width || fallbackWidth, text, own.values);
  const records = shownRecords(layout);
  const words = reusedWords(input, layout, records, { locale, text, own: own.values, from: options.from, to: options.to, heading, description, of }, () => {
    const years = { from: locale.formatYear(Date.UTC(options.from, 0, 1)), to: locale.formatYear(Date.UTC(options.to, 0, 1)) };
    const title = heading ?? spec.heading(ownText, years, own.values);
    return {
      years,
      heading: title,
      description: description ?? spec.description(ownText, own.values),
      summary: summaryText(layout, title, years, locale, text, of),
      ranked: rankedSources(records, data.sources),
    };
  });
  const { years } = words;
  return {
    spec,
    options,
    text,
    data,
    issues: [...input.issues, ...optionIssues, ...own.issues],
    layout,
    ranked: words.ranked,
    heading: words.heading,
    description: words.description,
    summary: words.summary,
    headline: input.loading ? text.loading : layout.points.length === 0 && !input.failed ? text.empty(years.from, years.to) : undefined,
    shownEvents: layout.annotations.map((a) => data.events.find((e) => e.id === a.id)!).filter(Boolean),
    width,
    loading: input.loading,
  };
}

/** What a layout is made from, beside the data: its context without the theme, which no layout reads. */
interface LayoutInputs {
  spec: ChartSpec<ChartLayoutBase>;
  width: number;
  text: Strings;
  own: object;
  locale: LocaleInfo;
  from: number;
  to: number;
  annotations: ResolvedOptions['annotations'];
  timeDirection: ResolvedOptions['timeDirection'];
  now: number;
}

/** The last layout made for each data value, with what it was made from. */
const layoutsOf = new WeakMap<DataValue, { inputs: LayoutInputs; layout: ChartLayoutBase }>();

/**
 * The spec's layout of the data, or the last one of the same data when none of its inputs
 * changed: a new theme, heading, description or link group re-renders the chart but lays
 * nothing out again (a page's dark-mode switch would otherwise lay out every chart on it).
 */
function layoutOf<L extends ChartLayoutBase>(spec: ChartSpec<L>, input: DataValue, options: ResolvedOptions, width: number, text: Strings, own: object): L {
  const { locale, from, to, annotations, timeDirection, now } = options;
  const inputs: LayoutInputs = { spec: spec as ChartSpec<ChartLayoutBase>, width, text, own, locale, from, to, annotations, timeDirection, now };
  const last = layoutsOf.get(input);
  if (last && (Object.keys(inputs) as (keyof LayoutInputs)[]).every((key) => last.inputs[key] === inputs[key])) return last.layout as L;
  const layout = spec.layout(input.data, { ...options, width }, text, own);
  layoutsOf.set(input, { inputs, layout });
  return layout;
}

/** The texts of a view that its width does not change. */
interface Words {
  years: { from: string; to: string };
  heading: string;
  description: string;
  summary: string;
  ranked: Source[];
}

/** What {@link Words} are made from, beside the data and the layout's points. */
interface WordInputs {
  locale: LocaleInfo;
  text: Strings;
  own: object;
  from: number;
  to: number;
  heading: string | undefined;
  description: string | undefined;
  of: 'observations' | 'events';
}

/** The words last made for each data value, with what they were made from. */
const wordsOf = new WeakMap<DataValue, { inputs: WordInputs; records: readonly unknown[]; summary: SummaryFacts; words: Words }>();

/**
 * The heading, summary and ranked sources of the last view of the same data, when nothing they
 * depend on changed: a resize lays the chart out again, but shows the same records (a reduced
 * line's are every observation in view, the same list at every width) and says the same about
 * them, so it formats no string and ranks no source again.
 */
function reusedWords(input: DataValue, layout: ChartLayoutBase, records: readonly unknown[], inputs: WordInputs, make: () => Words): Words {
  const last = wordsOf.get(input);
  const same =
    last &&
    (Object.keys(inputs) as (keyof WordInputs)[]).every((key) => last.inputs[key] === inputs[key]) &&
    last.summary.peak === layout.summary.peak &&
    last.summary.latest === layout.summary.latest &&
    last.summary.nextPlan === layout.summary.nextPlan &&
    (last.records === records || (last.records.length === records.length && records.every((record, i) => record === last.records[i])));
  if (same) return last.words;
  const words = make();
  wordsOf.set(input, { inputs, records, summary: layout.summary, words });
  return words;
}

/** The drawing's frame and the chart's own marks, in the live element. */
export function renderDrawing<L extends ChartLayoutBase>({ spec, layout, options, text }: ChartView<L>): SVGTemplateResult {
  return compactTemplate(svg`${renderFrame(layout, options.locale, text, true)}${spec.renderMarks(layout, options.locale)}`);
}

/** What the point navigation needs of a view: the points in keyboard order, and how to speak of one. */
export function navigationView({ layout, data, options, text }: ChartView): NavigationView {
  return {
    points: layout.points,
    rtl: layout.timeDirection === 'rtl',
    sources: data.sources,
    describe: (point) => describePoint(point, data.sources, options.locale, text),
  };
}

/** What the data table shows of a view; the reader's choices (open, rows) are added by the table controller. */
export function tableInput({ layout, shownEvents, data, heading, options, text }: ChartView, of: TableInput['of']): Omit<TableInput, 'open' | 'rows' | 'showAll'> {
  return { points: tablePoints(layout), events: shownEvents, sources: data.sources, caption: heading, locale: options.locale, text, of };
}

/** The issues as a key, so that `imc-data-issues` fires once for each new list. */
export function issueSignature(issues: readonly DataIssue[]): string {
  return JSON.stringify(issues.map((i) => [i.row, i.field, i.code]));
}
