/**
 * The types of the bundled dataset and of the data users pass in.
 *
 * Every observation carries its provenance (`sourceIds`) and says what kind of figure it is,
 * so that a chart can draw a cap differently from a count and a plan differently from a fact.
 */

/** What an observation measures. */
export type Metric =
  /** US military personnel in Iraq (boots on the ground, or a cap or plan for them). */
  | 'us-troops'
  /** Troops added by one announced deployment (a change, not a level). */
  | 'us-troops-deployed'
  /** US personnel who served in Iraq over a period (a running total of people, not a level). */
  | 'us-troops-served'
  /** US troops announced or reported to leave Iraq (a withdrawal, not a level). */
  | 'us-troops-withdrawn'
  /** All coalition troops, US included. */
  | 'coalition-troops'
  /** Air strikes carried out. */
  | 'airstrikes'
  /** Targets reported destroyed by air strikes. */
  | 'targets-destroyed'
  /** Enemy fighters estimated killed. */
  | 'enemy-killed'
  /** Deaths (of `scope`'s people). */
  | 'deaths'
  /** Wounded in action. */
  | 'wounded'
  /** Attacks on US and coalition forces. */
  | 'attacks'
  /** Money spent or appropriated, in nominal US dollars (not adjusted for inflation). */
  | 'spending'
  /** Average cost per day, in nominal US dollars. */
  | 'daily-cost'
  /** Money requested in a budget, in nominal US dollars. */
  | 'budget-request'
  /** Munitions requested or bought (a count of bombs and missiles). */
  | 'munitions'
  /** A change from the previous period, in percent (a request "up 50 %"). */
  | 'percent-change';

/** How finely a date is known. */
export type DatePrecision = 'day' | 'month' | 'year';

/** How the source qualifies the figure. */
export type Qualifier = 'exact' | 'approx' | 'at-least' | 'at-most';

/** What kind of figure it is. */
export type ObservationKind = 'reported' | 'authorized' | 'planned' | 'estimate' | 'cumulative';

/** Whose forces or people the figure counts. */
export type Scope = 'US' | 'coalition' | 'Iraqi';

/** Where the figure applies. */
export type Region = 'Iraq' | 'Syria' | 'both';

/** The named US operations: Iraqi Freedom (2003–2010), New Dawn (2010–2011), Inherent Resolve (2014–). */
export type Operation = 'OIF' | 'OND' | 'OIR';

/** Whether a death was caused by the enemy. */
export type Cause = 'hostile' | 'non-hostile';

/** A text in both of the library's languages. */
export interface LocalizedText {
  en: string;
  ar: string;
}

/** A low–high range, as when a source gives "35,000 to 50,000". */
export interface ValueRange {
  low: number;
  high: number;
}

/** One dated figure with its provenance. */
export interface Observation {
  /** Stable id, unique in the dataset (kebab-case). */
  id: string;
  metric: Metric;
  /** ISO 8601 date at its precision: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  date: string;
  precision: DatePrecision;
  /**
   * For a figure over a period longer than its date's precision — a running total, an average, a
   * fiscal year — the period's last year, month or day. `date` is then the period's start: a
   * total of strikes since 8 August 2014 "to 28 June 2016" has `date: '2014-08-08'`,
   * `end: '2016-06-28'`; fiscal year 2008 has `date: '2007-10'`, `end: '2008-09'`.
   */
  end?: string;
  value: number | ValueRange;
  qualifier: Qualifier;
  kind: ObservationKind;
  scope: Scope;
  region: Region;
  /** Ids in the source registry; at least one. */
  sourceIds: string[];
  /** The operation a figure belongs to, where the source gives one. */
  operation?: Operation;
  /** For deaths: hostile or non-hostile, where the source separates them. */
  cause?: Cause;
  note?: LocalizedText;
  /**
   * What exactly the figure counts, where one metric has several definitions (troops in the
   * country, everyone deployed for the war, a fiscal-year average of boots on the ground). A chart
   * draws one definition on a line; other definitions are drawn as marked points or series.
   */
  definition?: string;
  /**
   * Ids of observations from other sources that state a different figure for the same thing at
   * the same time. A later figure from the same source is an update (`supersedes`), not a conflict.
   */
  conflictsWith?: string[];
  /** Ids of earlier figures from the same source that this one updates. */
  supersedes?: string[];
  /**
   * A likely misprint: the figure as printed, with the figures that show it wrong and, where
   * their arithmetic gives it, the value the source most likely meant. Drawn apart from the line.
   */
  erratum?: Erratum;
}

/** Why a printed figure is taken to be a misprint. */
export interface Erratum {
  /** Ids of the observations that show the printed value wrong. */
  evidence: string[];
  /** The value the source most likely meant, where the evidence gives it. */
  likely?: number;
  /** Why, in both languages. */
  reason: LocalizedText;
}

/**
 * How close a source is to the record it reports: an official document itself; an official
 * figure as a news report quotes it; an independent tracker (Airwars, iCasualties); press
 * reporting of its own; or a copy of another document on a secondary host.
 */
export type SourceGrade = 'official-primary' | 'official-via-news' | 'independent-tracker' | 'press' | 'secondary-copy';

/** A document or public record that figures are cited to. */
export interface Source {
  id: string;
  /** Who published it, in both languages: a name in Arabic where it has one, else as written in Latin letters. */
  publisher: LocalizedText;
  title: string;
  /** ISO 8601 date at its precision (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`). */
  date: string;
  url?: string;
  /** A document reference where there is no URL: a seed file name, a report number. */
  document?: string;
  /** Language of the document (BCP 47). */
  language?: string;
  /** How close the source is to the record. Every bundled source has one. */
  grade?: SourceGrade;
  /** The host a copy was read through, when it is not the publisher's own (a mirror, an archive). */
  via?: string;
}

/** A period of the mission, used to group events. */
export type MissionPeriod = 'invasion' | 'withdrawal' | 'isis' | 'transition';

/** Whether an event happened, is still ahead, or was called off. */
export type EventStatus = 'planned' | 'done' | 'cancelled';

/** A dated turning point, for annotations and the timeline. */
export interface MissionEvent {
  id: string;
  date: string;
  precision: DatePrecision;
  /**
   * A short label in both languages. Numbers in it are placeholders filled from `values` in the
   * reader's digits — `{n1}` writes `values[1]` as a count, `{y0}` writes `values[0]` as a
   * year — so an Arabic chart with Arabic-Indic digits never shows a Latin "2,500".
   */
  label: LocalizedText;
  /** The numbers the label's placeholders stand for, in order. */
  values?: number[];
  period: MissionPeriod;
  /** Shown with `annotations="key"`; all events show with `annotations="all"`. */
  key: boolean;
  /** `done` for what happened; `planned` for a deadline or plan not yet reached; `cancelled` for one called off. */
  status: EventStatus;
  sourceIds: string[];
}

/** The bundled dataset. */
export interface Dataset {
  sources: Source[];
  observations: Observation[];
  events: MissionEvent[];
}
