import { html } from 'lit';
import type { MissionEvent, Source } from '../../../data/types.js';
import type { ChartLayoutBase, ChartPoint } from '../layout/chart-layout.js';
import type { Strings } from '../i18n.js';
import type { LocaleInfo } from '../locale.js';

// What every chart needs of the data table before a reader asks for it: its input, its rows and
// its empty container. The table itself is drawn by ./data-table.ts, which the table controller
// imports when the table is first shown.

/** The data table's rows before the reader asks for all. */
export const TABLE_ROWS = 1000;

/** What the data table shows. */
export interface TableInput {
  /** The rows: every shown observation ({@link tablePoints}), or a timeline's events. */
  points: readonly ChartPoint[];
  /** The events marked on the chart, listed after the figures. */
  events: readonly MissionEvent[];
  sources: readonly Source[];
  caption: string;
  locale: LocaleInfo;
  text: Strings;
  /** Whether it is on screen; a hidden table's links take no focus. */
  open: boolean;
  /** What the points stand for: figures, or a timeline's events. */
  of: 'observations' | 'events';
  /** How many rows to list, and the button that lists them all. */
  rows: number;
  showAll: () => void;
}

/**
 * The points the data table and the CSV list: every shown observation, even where the drawing
 * keeps only what the pixels can show (`layout.reduced`).
 */
export function tablePoints(layout: ChartLayoutBase): ChartPoint[] {
  if (!layout.reduced) return layout.points;
  return layout.reduced.observations.map((observation) => ({ key: observation.id, x: 0, y: 0, time: 0, series: 'table', observation }));
}

/** Where the data table goes until it is first built. */
export const EMPTY_TABLE = html`<div part="table" id="table" class="visually-hidden"></div>`;
