import type { ReactiveControllerHost, TemplateResult } from 'lit';
import { EMPTY_TABLE, TABLE_ROWS, type TableInput } from '../render/table.js';

/** What the chart gives the table: its rows, events, sources, caption and language. */
export type TableData = Omit<TableInput, keyof TableState>;

/** The table's drawing, ./data-table.ts: imported when a table is first shown, once per page. */
let drawing: typeof import('../render/data-table.js') | undefined;
let importing: Promise<void> | undefined;

function importDrawing(): Promise<void> {
  importing ??= import('../render/data-table.js').then(
    (module) => void (drawing = module),
    // Not fetched (the page went offline): the button stays, and the next press tries again.
    () => void (importing = undefined),
  );
  return importing;
}

/** The reader's choices the data table is built with. */
export interface TableState {
  open: boolean;
  /** How many rows it lists. */
  rows: number;
  showAll: () => void;
}

/**
 * The data table, built when the reader asks for it ("Show data table", Highcharts' model).
 * Until then the chart carries an empty container: the summary and the button are in the
 * accessibility tree, and a page of six charts does not carry six hidden tables of a thousand
 * rows. Once built, the table stays — hidden again by the button, still in the accessibility
 * tree — through keystrokes, tooltips and resizes, until the inputs change: then an open table is
 * built again at once, and a closed one is dropped until it is asked for again. Beyond a thousand
 * rows a table helps no reader and costs a phone seconds and megabytes; the rest are one button
 * (or the CSV download, which never needs the table) away. The table's drawing is a module of
 * its own, imported on the first press: until it has arrived the container stays empty, and
 * `pending` and the host's `updateComplete` wait for it.
 */
export class TableController {
  /** Whether the table is on screen. */
  open = false;
  /** How many rows it lists. */
  rows = TABLE_ROWS;
  /** The table as last built, or the empty container. */
  value: TemplateResult = EMPTY_TABLE;

  private data?: () => TableData;
  /** Whether {@link value} is a table of the last inputs. */
  private made = false;

  /**
   * Needs no lifecycle of the host: only its updates, which the button's activation asks for.
   * `awaitBeforeComplete` (ImcElement's) makes the host's `updateComplete` wait for the drawing's import.
   */
  constructor(private readonly host: ReactiveControllerHost & Element & { awaitBeforeComplete?(work: Promise<unknown>): void }) {}

  /** Whether a table was asked for and waits for its drawing's module. */
  get pending(): boolean {
    return this.waiting !== undefined;
  }

  private waiting?: Promise<void>;

  /** Resolves once the table asked for is built (at once when none waits). */
  built(): Promise<void> {
    return this.waiting ?? Promise.resolve();
  }

  /** New inputs: an open table is built again at once, a closed one dropped until it is asked for. */
  request(data: () => TableData): void {
    this.data = data;
    if (this.open) this.buildNow();
    else {
      this.made = false;
      this.value = EMPTY_TABLE;
    }
  }

  /** The "Show data table" button: builds the table on first use, then shows or hides it. */
  readonly toggle = (): void => {
    this.open = !this.open;
    // Hiding a built table keeps it (its links leave the tab order); showing one builds it.
    if (this.open || this.made) this.buildNow();
    this.host.requestUpdate();
  };

  readonly showAll = (): void => {
    this.rows = Number.POSITIVE_INFINITY;
    if (this.made) this.buildNow();
    this.host.requestUpdate();
  };

  private buildNow(): void {
    if (!this.data) return;
    if (!drawing) {
      this.waitForDrawing();
      return;
    }
    this.value = drawing.renderTable({ ...this.data(), open: this.open, rows: this.rows, showAll: this.showAll });
    this.made = true;
  }

  private waitForDrawing(): void {
    if (this.waiting) return;
    const waiting = importDrawing().then(() => {
      this.waiting = undefined;
      if (drawing && this.open) {
        this.buildNow();
        this.host.requestUpdate();
      }
    });
    this.waiting = waiting;
    this.host.awaitBeforeComplete?.(waiting);
  }
}
