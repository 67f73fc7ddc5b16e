import type { MissionEvent, Observation, Source } from '../../data/types.js';
import type { ChartLayoutBase, ChartPoint } from './layout/chart-layout.js';
import { dateToTime, periodEnd } from '../../data/dates.js';
import type { Strings } from './i18n.js';
import type { Language, LocaleInfo } from './locale.js';

/** An observation's or an event's sources, resolved from the registry, in the order it cites them. */
export function sourcesOf(o: Pick<Observation | MissionEvent, 'sourceIds'>, sources: readonly Source[]): Source[] {
  const byId = sourceIndex(sources);
  const found: Source[] = [];
  for (const id of o.sourceIds) {
    const source = byId.get(id);
    if (source) found.push(source);
  }
  return found;
}

const indexes = new WeakMap<readonly Source[], Map<string, Source>>();

/** Sources by id, made once per list; the first of two with one id wins, as a search would find it. */
function sourceIndex(sources: readonly Source[]): Map<string, Source> {
  let byId = indexes.get(sources);
  if (!byId) {
    byId = new Map();
    for (const source of sources) if (!byId.has(source.id)) byId.set(source.id, source);
    indexes.set(sources, byId);
  }
  return byId;
}

/** What a point stands for: its observation, or its event on a timeline. */
export function pointRecord(point: ChartPoint): Observation | MissionEvent {
  return point.event ?? point.observation;
}

/**
 * The records a chart shows, in time order: its points' records, or, when its line is reduced to
 * what the pixels show, every observation in view. The words (summary, ranked sources) speak of
 * these, so a resize that reduces the line otherwise says the same.
 */
export function shownRecords(layout: Pick<ChartLayoutBase, 'points' | 'reduced'>): readonly (Observation | MissionEvent)[] {
  return layout.reduced?.observations ?? layout.points.map(pointRecord);
}

/**
 * The chart's text summary: its heading, range and point count, peak, latest value and next plan;
 * for a chart of events (a timeline), the number of events with the first and the latest.
 * `of` says what the points are; by default, events when any point is one.
 */
export function summaryText(
  layout: ChartLayoutBase,
  heading: string,
  years: { from: string; to: string },
  locale: LocaleInfo,
  text: Strings,
  of: 'observations' | 'events' = layout.points.some((p) => p.event) ? 'events' : 'observations',
): string {
  if (of === 'events') {
    const events = layout.points.flatMap((p) => (p.event ? [p.event] : []));
    const fact = (e: MissionEvent) => ({ label: eventLabel(e, locale), date: formatWhen(e, locale) });
    const first = events[0];
    const latest = events[events.length - 1];
    return text.eventsSummary({
      heading,
      ...years,
      events: locale.formatNumber(events.length),
      ...(first ? { first: fact(first) } : {}),
      ...(latest && latest !== first ? { latest: fact(latest) } : {}),
    });
  }
  const fact = (o: Observation) => ({ value: formatValue(o, locale, text), date: formatWhen(o, locale) });
  const { peak, latest, nextPlan } = layout.summary;
  return text.summary({
    heading,
    ...years,
    points: locale.formatNumber(layout.reduced?.observations.length ?? layout.points.length),
    ...(peak ? { peak: fact(peak) } : {}),
    ...(latest ? { latest: fact(latest) } : {}),
    ...(nextPlan ? { nextPlan: fact(nextPlan) } : {}),
  });
}

/**
 * Publishers ranked by how many of the records shown ({@link shownRecords}) cite them, one entry
 * a publisher, for the source line under a chart: forty links under a chart bury it, so it names
 * the first few.
 */
export function rankedSources(records: readonly (Observation | MissionEvent)[], sources: readonly Source[]): Source[] {
  const counts = new Map<string, { source: Source; count: number }>();
  for (const record of records) {
    for (const source of sourcesOf(record, sources)) {
      const name = source.publisher.en || source.title;
      const entry = counts.get(name) ?? { source, count: 0 };
      entry.count += 1;
      counts.set(name, entry);
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count).map((e) => e.source);
}

/** An event's period, and its status where it did not happen as a fact yet: "Transition · planned; …". */
export function eventPeriod(e: MissionEvent, text: Strings): string {
  const status = text.eventStatus[e.status] ?? '';
  return status ? `${text.periods[e.period]} · ${status}` : text.periods[e.period];
}

/**
 * A point in one sentence for a screen reader: date, value, kind and sources; for an event,
 * date, label, period and sources.
 */
export function describePoint(point: ChartPoint, sources: readonly Source[], locale: LocaleInfo, text: Strings): string {
  if (point.event) {
    const e = point.event;
    const cited = citations(e, sources, locale) || text.noSource;
    return [formatWhen(e, locale), eventLabel(e, locale), `${e.key ? text.keyEvent : text.event}${text.comma} ${eventPeriod(e, text)}`, `${text.source}: ${cited}`].join('. ');
  }
  const o = point.observation;
  const cited = citations(o, sources, locale) || text.noSource;
  return [formatWhen(o, locale), formatValue(o, locale, text), text.kind[o.kind], `${text.source}: ${cited}`].join('. ');
}

function citations(o: Pick<Observation | MissionEvent, 'sourceIds'>, sources: readonly Source[], locale: LocaleInfo): string {
  return sourcesOf(o, sources)
    .map((s) => isolate(citation(s, locale.language), locale))
    .join(listSeparator(locale));
}

/** How a source is named in English: "publisher: title", or the title alone. */
export function sourceName(source: Source): string {
  return citation(source, 'en');
}

/** A source's publisher in the reader's language (its Latin name where it has no Arabic one), else its title. */
export function publisherName(source: Source, language: Language): string {
  return source.publisher[language] || source.publisher.en || source.title;
}

/**
 * How a source is named in a tooltip or announcement, in the reader's language: "publisher:
 * title", or either alone (the publisher alone while a bundled series' details are on their way).
 */
export function citation(source: Source, language: Language): string {
  const publisher = source.publisher[language] || source.publisher.en;
  return publisher && source.title ? `${publisher}: ${source.title}` : publisher || source.title;
}

/**
 * A Latin name inside right-to-left plain text, between U+2068 and U+2069 (first-strong
 * isolate), so that its own order survives; markup uses `<bdi>` instead.
 */
export function isolate(text: string, locale: LocaleInfo): string {
  return locale.dir === 'rtl' && /[A-Za-z]/.test(text) ? `\u2068${text}\u2069` : text;
}

/** Metrics counted in nominal US dollars. */
const MONEY = new Set(['spending', 'daily-cost', 'budget-request']);

/** A number in the words of its metric: a count, dollars in words, or a percentage change. */
export function formatAmount(metric: Observation['metric'], value: number, locale: LocaleInfo, strings: Strings): string {
  if (MONEY.has(metric)) return strings.dollars(locale.formatCompactLong(value));
  if (metric === 'percent-change') return strings.percentChange(locale.formatNumber(value));
  return locale.formatNumber(value);
}

/** A value as the source words it: "about 2,500", "٢٬٥٠٠ على الأقل", "35,000–50,000", "$7.5 billion". */
export function formatValue(o: Observation, locale: LocaleInfo, strings: Strings): string {
  const text =
    typeof o.value === 'number'
      ? formatAmount(o.metric, o.value, locale, strings)
      : MONEY.has(o.metric)
        ? `${formatAmount(o.metric, o.value.low, locale, strings)}–${formatAmount(o.metric, o.value.high, locale, strings)}`
        : locale.formatRange(o.value.low, o.value.high);
  return strings.qualified(o.qualifier, text);
}

/** A date at its own precision, with the end of its period when it has one. */
export function formatWhen(o: Pick<Observation, 'date' | 'precision' | 'end'>, locale: LocaleInfo): string {
  const start = locale.formatDate(dateToTime(o.date), o.precision);
  if (!o.end) return start;
  const endPrecision = o.end.length === 4 ? 'year' : o.end.length === 7 ? 'month' : 'day';
  return `${start} – ${locale.formatDate(periodEnd(o.end) - 86_400_000, endPrecision)}`;
}

/** An event's label in the reader's language, its numbers written in the reader's digits. */
export function eventLabel(event: MissionEvent, locale: LocaleInfo): string {
  return event.label[locale.language].replace(/\{([ny])(\d+)\}/g, (match, kind: string, index: string) => {
    const value = event.values?.[Number(index)];
    if (value === undefined) return match;
    return kind === 'y' ? locale.formatYear(Date.UTC(value, 0, 1)) : locale.formatNumber(value);
  });
}

const listFormats = new Map<string, Intl.ListFormat>();

/** Intl's list format of a language, made once: two languages and three types at most. */
function listFormat(language: Language, type: Intl.ListFormatType): Intl.ListFormat {
  const key = `${language}|${type}`;
  let format = listFormats.get(key);
  if (!format) listFormats.set(key, (format = new Intl.ListFormat(language, { type, style: 'long' })));
  return format;
}

/**
 * Short items (figures, words without commas of their own) as a list the reader's language
 * writes (Intl.ListFormat): "848, 846, or 841", «٨٤٨ أو ٨٤٦ أو ٨٤١» with `disjunction`.
 */
export function formatList(items: readonly string[], locale: Pick<LocaleInfo, 'language'>, type: Intl.ListFormatType = 'conjunction'): string {
  return listFormat(locale.language, type).format(items);
}

/**
 * What separates entries that hold commas of their own (publishers, "publisher: title"
 * citations): a semicolon, the Arabic semicolon ؛ in Arabic.
 */
export function listSeparator(locale: Pick<LocaleInfo, 'language'>): string {
  return locale.language === 'ar' ? '؛ ' : '; ';
}
