import type { ReactiveControllerHost, TemplateResult } from 'lit';
import { EMPTY_TABLE, TABLE_ROWS } from '../render/table.js';

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
 * (or the CSV download, which never needs the table) away.
 */
export class TableController {
  /** Whether the table is on screen. */
  open = false;
  /** How many rows it lists. */
  rows = TABLE_ROWS;
  /** The table as last built, or the empty container. */
  value: TemplateResult = EMPTY_TABLE;

  private build?: (state: TableState) => TemplateResult;
  /** Whether {@link value} is a table of the last inputs. */
  private made = false;

  /** Needs no lifecycle of the host: only its updates, which the button's activation asks for. */
  constructor(private readonly host: ReactiveControllerHost & Element) {}

  /**
   * Always false: the table is built in the update that asks for it, so nothing is left to wait
   * for. Kept, with {@link built}, for the element's `ready`, which waits while a table is pending.
   */
  get pending(): boolean {
    return false;
  }

  /** Resolves at once: see {@link pending}. */
  built(): Promise<void> {
    return Promise.resolve();
  }

  /** New inputs: an open table is built again at once, a closed one dropped until it is asked for. */
  request(build: (state: TableState) => TemplateResult): void {
    this.build = build;
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
    if (!this.build) return;
    this.value = this.build({ open: this.open, rows: this.rows, showAll: this.showAll });
    this.made = true;
  }
}
