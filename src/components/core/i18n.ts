import type { EventStatus, MissionPeriod, ObservationKind, Qualifier, SourceGrade } from '../../data/types.js';
import { yearSpan, type Language } from './locale.js';

/** Every string an element shows, in one language. */
export interface Strings {
  troopsHeading(from: string, to: string): string;
  troopsDescription: string;
  series: { reported: string; authorized: string; planned: string; range: string; marker: string; today: string };
  kind: Record<ObservationKind, string>;
  qualified(qualifier: Qualifier, value: string): string;
  /** An amount in US dollars, from the number already written in words ("7.5 billion"). */
  dollars(amount: string): string;
  /** A percentage change, from the number already written ("50"). */
  percentChange(amount: string): string;
  source: string;
  sources: string;
  noSource: string;
  conflict: string;
  /** The key of the asterisk over a bar on which sources disagree, starting with the asterisk. */
  disputed: string;
  /** The key of the tick at another source's figure across such a bar. */
  disputeTick: string;
  note: string;
  download: string;
  showTable: string;
  hideTable: string;
  table: { date: string; value: string; kind: string; sources: string; note: string; events: string; event: string; row: string };
  /** Under a data table that lists only its first rows: how many of how many, and where the rest are. */
  tableLimited: (shown: string, total: string) => string;
  /** The button that lists every row of a long data table. */
  showAllRows: (total: string) => string;
  /** The comma between clauses (Arabic writes ،). */
  comma: string;
  more(count: string): string;
  /** After the source line's names: "and 22 more in the data table". */
  moreSources(count: string): string;
  loading: string;
  empty(from: string, to: string): string;
  /** The notice's first line when the data or attributes had problems (listed below it). */
  problems: string;
  summary(parts: SummaryParts): string;
  keyboardHint: string;
  /** `<mission-timeline>`: heading, description and the names of the mission's periods. */
  timelineHeading(from: string, to: string): string;
  timelineDescription: string;
  periods: Record<MissionPeriod, string>;
  /** What is said of an event that has not happened, or was called off; nothing for one that happened. */
  eventStatus: Record<EventStatus, string>;
  /** An event's kind in a tooltip, table and announcement: "key event" or "event". */
  keyEvent: string;
  event: string;
  /** The summary of a chart whose points are events. */
  eventsSummary(parts: EventsSummaryParts): string;
  /** The events table's extra column. */
  period: string;
  /** How close a source is to the record, as a short label after its name. */
  grades: Record<SourceGrade, string>;
  /** The words before an erratum's reason, in a tooltip and the data table. */
  misprint: string;
}

/** The facts the summary of a timeline is made of, already formatted. */
export interface EventsSummaryParts {
  heading: string;
  from: string;
  to: string;
  events: string;
  first?: { label: string; date: string };
  latest?: { label: string; date: string };
}

/** The facts a chart's text summary is made of, already formatted. */
export interface SummaryParts {
  heading: string;
  from: string;
  to: string;
  points: string;
  peak?: { value: string; date: string };
  latest?: { value: string; date: string };
  nextPlan?: { value: string; date: string };
}

const en: Strings = {
  troopsHeading: (from, to) => `US troops in Iraq, ${yearSpan(from, to)}`,
  troopsDescription: 'US military personnel in Iraq as reported, with authorized caps and announced plans.',
  series: {
    reported: 'Reported',
    authorized: 'Authorized cap',
    planned: 'Announced plan',
    range: 'Range',
    marker: 'Other figure',
    today: 'Today',
  },
  kind: {
    reported: 'reported',
    authorized: 'authorized cap',
    planned: 'announced plan',
    estimate: 'estimate',
    cumulative: 'running total',
  },
  qualified: (qualifier, value) =>
    ({ exact: value, approx: `about ${value}`, 'at-least': `at least ${value}`, 'at-most': `at most ${value}` })[qualifier],
  dollars: (amount) => `$${amount}`,
  percentChange: (amount) => `+${amount}%`,
  source: 'Source',
  sources: 'Sources',
  noSource: 'Source not given',
  conflict: 'Other figures disagree',
  disputed: '* Sources differ; see the table',
  disputeTick: 'Another source’s figure',
  note: 'Note',
  download: 'Download data (CSV)',
  showTable: 'Show data table',
  hideTable: 'Hide data table',
  table: { date: 'Date', value: 'Value', kind: 'Kind', sources: 'Sources', note: 'Note', events: 'Events', event: 'Event', row: 'Row' },
  tableLimited: (shown, total) => `The table lists the first ${shown} of ${total} rows; “Download data (CSV)” has them all.`,
  showAllRows: (total) => `Show all ${total} rows`,
  comma: ',',
  more: (count) => `and ${count} more`,
  moreSources: (count) => `and ${count} more in the data table`,
  loading: 'Loading data…',
  empty: (from, to) => `No data for ${yearSpan(from, to)}.`,
  problems: 'Some of the data or settings could not be used:',
  summary: (p) =>
    [
      `${p.heading}. Chart from ${p.from} to ${p.to} with ${p.points} data points.`,
      p.peak && `Peak: ${p.peak.value} (${p.peak.date}).`,
      p.latest && `Latest reported: ${p.latest.value} (${p.latest.date}).`,
      p.nextPlan && `Next announced plan: ${p.nextPlan.value} (${p.nextPlan.date}).`,
    ]
      .filter(Boolean)
      .join(' '),
  keyboardHint: 'Use the arrow keys to move between points, Home and End to jump, Escape to close.',
  timelineHeading: (from, to) => `The US mission in Iraq: turning points, ${yearSpan(from, to)}`,
  timelineDescription: 'Dated events of the US military presence in Iraq, grouped by period of the mission, each with its source.',
  periods: {
    invasion: 'Invasion and occupation',
    withdrawal: 'Withdrawal',
    isis: 'War against ISIS',
    transition: 'Transition',
  },
  eventStatus: { done: '', planned: 'planned; not yet confirmed as done', cancelled: 'cancelled' },
  keyEvent: 'key event',
  event: 'event',
  eventsSummary: (p) =>
    [
      `${p.heading}. Timeline from ${p.from} to ${p.to} with ${p.events} events.`,
      p.first && `First: ${p.first.label} (${p.first.date}).`,
      p.latest && `Latest: ${p.latest.label} (${p.latest.date}).`,
    ]
      .filter(Boolean)
      .join(' '),
  period: 'Period',
  grades: {
    'official-primary': 'official document',
    'official-via-news': 'official, via news report',
    'independent-tracker': 'independent tracker',
    press: 'press',
    'secondary-copy': 'secondary copy',
  },
  misprint: 'Likely misprint',
};


/**
 * A table of texts in every language. English is built in; another language's table is a
 * module of its own (`*.ar.ts`), imported the first time a chart's language resolves to it, so
 * an English page never downloads the Arabic strings. Until then the table answers in English:
 * an element waits for {@link loadLanguage} before it renders (`ImcElement.shouldUpdate`), so
 * that a reader of Arabic sees no English first.
 */
interface Table {
  loaded: Partial<Record<Language, unknown>>;
  imports: Partial<Record<Language, () => Promise<unknown>>>;
}

/** Every table a module has declared with {@link localized}, in the order they were declared. */
const tables: Table[] = [];
/** The import in flight of each language, once. */
const loading = new Map<Language, Promise<void>>();

/** Each declared table, by the function that reads it. */
const tableOf = new WeakMap<(language: Language) => unknown, Table>();

/** Declares a table of texts: English, and the import of each other language's. */
export function localized<S>(en: S, imports: { [L in Exclude<Language, 'en'>]: () => Promise<S> }): (language: Language) => S {
  const table: Table = { loaded: { en }, imports };
  tables.push(table);
  const read = (language: Language) => (table.loaded[language] ?? en) as S;
  tableOf.set(read, table);
  return read;
}

/**
 * Gives a table its texts in a language at once, from a module imported statically: for the
 * static renderer, which draws in any language synchronously (in Node, where size is no matter).
 */
export function provideLanguage<S>(read: (language: Language) => S, language: Language, texts: S): void {
  const table = tableOf.get(read);
  if (table) table.loaded[language] = texts;
}

/** Whether every declared table has its `language` loaded. */
export function hasLanguage(language: Language): boolean {
  return tables.every((table) => language in table.loaded);
}

/**
 * Imports `language`'s tables that are not loaded yet; `undefined` when none is missing. The
 * promise resolves once all of them are loaded, and is shared by every chart asking at the same
 * time. When a module cannot be fetched (the page went offline) it resolves all the same and
 * that table answers in English: a chart is drawn, in English, rather than left blank.
 */
export function loadLanguage(language: Language): Promise<void> | undefined {
  if (hasLanguage(language)) return undefined;
  let pending = loading.get(language);
  if (!pending) {
    const missing = tables.filter((table) => !(language in table.loaded));
    pending = Promise.all(
      missing.map((table) =>
        table.imports[language]!().then(
          (texts) => void (table.loaded[language] = texts),
          // Settled without texts: the table answers in English from now on.
          () => void (table.loaded[language] = undefined),
        ),
      ),
    ).then(() => void loading.delete(language));
    loading.set(language, pending);
  }
  return pending;
}

/** The shared strings in a language (English until that language's table has been loaded: see {@link loadLanguage}). */
export const strings = localized(en, { ar: () => import('./i18n.ar.js').then((m) => m.ar) });
