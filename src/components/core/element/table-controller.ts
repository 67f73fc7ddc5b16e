import { isServer, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { EMPTY_TABLE, TABLE_ROWS } from '../render/table.js';

/** The reader's choices the data table is built with. */
export interface TableState {
  open: boolean;
  /** How many rows it lists. */
  rows: number;
  showAll: () => void;
}

/**
 * The data table, built just after the drawing. When it is open (or on a server) it is built at
 * once; otherwise in idle time, keeping the previous table until then (it is in the
 * accessibility tree, not on screen), so that a chart with thousands of rows appears without
 * waiting for them. Beyond a thousand rows a table helps no reader and costs a phone seconds and
 * megabytes; the rest are one button (or the CSV download) away.
 */
export class TableController implements ReactiveController {
  /** Whether the table is on screen. */
  open = false;
  /** How many rows it lists. */
  rows = TABLE_ROWS;
  /** The table as last built. */
  value: TemplateResult = EMPTY_TABLE;

  private build?: (state: TableState) => TemplateResult;
  private cancel?: () => void;
  /** Whether the table shown is older than the last request. */
  private stale = false;
  private waiters: (() => void)[] = [];

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  /** Whether the table still shows other data or options than the chart. */
  get pending(): boolean {
    return this.host.isConnected && this.cancel !== undefined;
  }

  /** Resolves once the table shows what the chart does. */
  built(): Promise<void> {
    return this.pending ? new Promise((resolve) => this.waiters.push(resolve)) : Promise.resolve();
  }

  /** Asks for the table of new inputs. */
  request(build: (state: TableState) => TemplateResult): void {
    this.build = build;
    this.stale = true;
    if (this.open || isServer) this.buildNow();
    else this.cancel ??= idle(() => {
      this.buildNow();
      this.host.requestUpdate();
    });
  }

  readonly toggle = (): void => {
    this.open = !this.open;
    this.rebuild();
  };

  readonly showAll = (): void => {
    this.rows = Number.POSITIVE_INFINITY;
    this.rebuild();
  };

  hostUpdated(): void {
    if (this.pending) return;
    for (const resolve of this.waiters.splice(0)) resolve();
  }

  hostConnected(): void {
    if (this.stale && this.build) this.request(this.build);
  }

  hostDisconnected(): void {
    this.cancel?.();
    this.cancel = undefined;
  }

  private rebuild(): void {
    if (this.build) this.request(this.build);
    this.host.requestUpdate();
  }

  private buildNow(): void {
    this.cancel?.();
    this.cancel = undefined;
    this.stale = false;
    this.value = this.build!({ open: this.open, rows: this.rows, showAll: this.showAll });
  }
}

/** Runs `task` when the page is idle (within a second), or after the current task where idle callbacks are missing; returns a cancel function. */
function idle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: 1000 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(task, 0);
  return () => clearTimeout(handle);
}
