import type { MissionEvent, MissionPeriod, Source } from '../../data/types.js';
import type { EventPoint, LayoutContext, PhysicalAnchor } from '../core/layout/chart-layout.js';
import { round } from '../core/layout/figures.js';
import { textWidth } from '../core/layout/text.js';
import { eventLabel, formatWhen, isolate, listSeparator, publisherName, sourcesOf } from '../core/chart-text.js';
import type { Strings } from '../core/i18n.js';

/** What a line of an entry says, and so how it is drawn. */
export type EntryLineRole = 'date' | 'status' | 'title' | 'source';

/** One line of text of a list entry. */
export interface EntryLine {
  role: EntryLineRole;
  text: string;
  /** The baseline. */
  y: number;
}

/** An event in the list: its marker on the track and its lines of text. */
export interface ListEntry {
  id: string;
  period: MissionPeriod;
  key: boolean;
  status: MissionEvent['status'];
  lines: EntryLine[];
  /** The entry's top and bottom, for a reader's eye and for tests. */
  top: number;
  bottom: number;
}

/** A period of the mission as a tinted section of the list, headed by its name. */
export interface ListSection {
  period: MissionPeriod;
  label: string;
  top: number;
  height: number;
  /** The baseline of its name. */
  labelY: number;
}

/** The timeline as a vertical list: time runs down, the track on the reading direction's start side. */
export interface EventList {
  height: number;
  /** The x of the track and the markers. */
  trackX: number;
  /** Where the track starts and ends: the first and last markers. */
  trackTop: number;
  trackBottom: number;
  /** Where every text line starts, and on which side it is anchored. */
  textX: number;
  anchor: PhysicalAnchor;
  sections: ListSection[];
  entries: ListEntry[];
  points: EventPoint[];
}

/**
 * Font size and line height of each kind of line. The heights hold an Arabic line's box (its
 * ascent and descent are some 1.5 em, against 1.4 em for Latin text in the same faces), so one
 * line's box never reaches into the next.
 */
export const LIST_TEXT: Record<EntryLineRole | 'section', { size: number; line: number }> = {
  section: { size: 12, line: 20 },
  date: { size: 12, line: 19 },
  status: { size: 11, line: 18 },
  title: { size: 13, line: 21 },
  source: { size: 11, line: 18 },
};
/** A letter of the Arabic script. */
const ARABIC = /[\u0600-\u06FF]/;
/** The track's distance from the start edge, and the text's. */
const TRACK_X = 12;
const TEXT_X = 28;
const END_MARGIN = 8;
const SECTION_TOP = 8;
const SECTION_GAP = 6;
const ENTRY_GAP = 10;

/**
 * Breaks a text into lines no wider than `width` (by the generous estimate of `textWidth`),
 * between words only: Arabic is never cut inside a word, and a word wider than the line keeps
 * a line of its own. A name isolated for right-to-left text (U+2068 … U+2069) is kept whole on
 * a line when it fits one; a longer one is closed at the line's end and opened again on the
 * next, so each line is whole on its own (U+2067 … U+2069 likewise).
 */
export function wrapText(text: string, width: number, fontSize: number): string[] {
  const units = (text.match(/[^\s\u2067\u2068]*[\u2067\u2068][^\u2069]*\u2069\S*|\S+/g) ?? []).flatMap((unit) =>
    textWidth(unit, fontSize) > width ? unit.split(/\s+/) : [unit],
  );
  const lines: string[] = [];
  let line = '';
  // The isolate open at the end of the line so far (U+2067 or U+2068), if any.
  let isolated = '';
  for (const unit of units) {
    const next = line ? `${line} ${unit}` : unit;
    if (line && textWidth(next, fontSize) > width) {
      lines.push(isolated ? `${line}\u2069` : line);
      line = `${isolated}${unit}`;
    } else line = next;
    const opens = Math.max(unit.lastIndexOf('\u2067'), unit.lastIndexOf('\u2068'));
    if (opens >= 0 || unit.includes('\u2069')) isolated = opens > unit.lastIndexOf('\u2069') ? unit[opens]! : '';
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * "Sources: Alhurra; Reuters", publishers in the reader's language parted by its semicolon (their
 * names hold commas of their own). In Arabic a Latin name is isolated left to right, and an
 * Arabic name holding a Latin word ("LEX18 (سكريبس نيوز…)") right to left (U+2067): a
 * first-strong isolate would take its direction from the Latin word and scramble the Arabic.
 */
export function entrySources(event: MissionEvent, sources: readonly Source[], context: LayoutContext, text: Strings): string {
  const names = [...new Set(sourcesOf(event, sources).map((s) => publisherName(s, context.locale.language)))];
  if (names.length === 0) return text.noSource;
  const named = names.map((name) => (ARABIC.test(name) && /[A-Za-z]/.test(name) ? `\u2067${name}\u2069` : isolate(name, context.locale))).join(listSeparator(context.locale));
  return `${names.length > 1 ? text.sources : text.source}: ${named}`;
}

/** An entry's lines: its date, its status when it did not happen as a fact yet, its title, its sources. */
function entryLines(event: MissionEvent, sources: readonly Source[], width: number, context: LayoutContext, text: Strings): Omit<EntryLine, 'y'>[] {
  const status = text.eventStatus[event.status];
  const parts: [EntryLineRole, string][] = [
    ['date', formatWhen(event, context.locale)],
    ...(status ? [['status', status] as [EntryLineRole, string]] : []),
    ['title', eventLabel(event, context.locale)],
    ['source', entrySources(event, sources, context, text)],
  ];
  return parts.flatMap(([role, value]) => wrapText(value, width, LIST_TEXT[role].size).map((line) => ({ role, text: line })));
}

/**
 * Lays out events (already filtered and in time order) as a list a reader scrolls: a tinted
 * section per period, headed by its name, and in it each event with its date, status, title and
 * sources on lines of their own, every one readable without touching. Each event's marker sits
 * on a track on the start side of the reading direction (the right in Arabic), beside its date.
 */
export function layoutEventList(
  shown: readonly { event: MissionEvent; time: number }[],
  context: LayoutContext,
  text: Strings,
  sources: readonly Source[],
): EventList {
  const rtl = context.locale.dir === 'rtl';
  const width = context.width;
  const trackX = rtl ? width - TRACK_X : TRACK_X;
  const textX = rtl ? width - TEXT_X : TEXT_X;
  const textWidthAvailable = Math.max(40, width - TEXT_X - END_MARGIN);
  const sections: ListSection[] = [];
  const entries: ListEntry[] = [];
  const points: EventPoint[] = [];
  let y = 0;
  for (const { event, time } of shown) {
    let section = sections[sections.length - 1];
    if (section?.period !== event.period) {
      if (section) section.height = round(y - section.top);
      const top = sections.length ? y + SECTION_GAP : y;
      section = { period: event.period, label: text.periods[event.period], top, height: 0, labelY: top + SECTION_TOP + LIST_TEXT.section.size };
      sections.push(section);
      y = top + SECTION_TOP + LIST_TEXT.section.line + 4;
    }
    const top = y;
    const lines = entryLines(event, sources, textWidthAvailable, context, text).map((line) => {
      y += LIST_TEXT[line.role].line;
      return { ...line, y: round(y - 4) };
    });
    entries.push({ id: event.id, period: event.period, key: event.key, status: event.status, lines, top, bottom: y });
    points.push({ key: event.id, x: trackX, y: round(lines[0]!.y - 4), time, event, series: event.period });
    y += ENTRY_GAP;
  }
  const last = sections[sections.length - 1];
  if (last) last.height = round(y - last.top);
  return {
    height: Math.max(1, round(y)),
    trackX,
    trackTop: points[0]?.y ?? 0,
    trackBottom: points[points.length - 1]?.y ?? 0,
    textX,
    anchor: rtl ? 'right' : 'left',
    sections,
    entries,
    points,
  };
}
