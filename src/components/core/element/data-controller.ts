import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { dataset } from '../../../data/dataset.js';
import { makeIssue, type DataIssue } from '../../../data/issues.js';
import type { MissionEvent, Observation, Source } from '../../../data/types.js';
import type { ChartData } from '../chart-spec.js';

/** Data as a chart reads it from `.data` or `src`: what was valid, and what was wrong. */
export interface ChartInput {
  records: Observation[];
  /** Events given with the data, replacing the bundled ones (a timeline's own events). */
  events?: MissionEvent[];
  sources: Source[];
  issues: DataIssue[];
}

/** Where a {@link DataController} stands, as `@lit/task` names it. */
export type DataStatus = 'initial' | 'pending' | 'complete' | 'error';

/** What a chart draws, and what was wrong with it. */
export interface DataValue {
  data: ChartData;
  /** The problems of the rows in force and of the last request. */
  issues: DataIssue[];
  /** Whether a `src` is being fetched. */
  loading: boolean;
  /** Whether the last `src` failed (its issue is in `issues`). */
  failed: boolean;
}

/** How a {@link DataController} reads its host's input. */
export interface DataControllerOptions {
  /** The host's `.data` and `src`. */
  args(): { data: unknown; src: string | undefined };
  /** What the reading depends on besides the input (a chart's own options); a new value reads the input again. */
  readWith?(): unknown;
  /** Reads and checks `.data` or a loaded body. */
  read(input: unknown): ChartInput;
  /** How long a request may take, in milliseconds. */
  timeout(): number;
}

/**
 * The data a chart draws: its `.data`, else what its `src` last loaded, else the bundled series.
 * Shaped like `@lit/task` (`status`, `value`, `error`, `abort()`): a `src` is fetched with an
 * AbortController, aborted when the host leaves the page or `src` changes (so a late response is
 * ignored), and fails after the timeout. `.data` is read once per object, not per render, and
 * the last good data stays when a new `src` fails. The host calls {@link run} from `willUpdate`
 * when `data` or `src` changed; `value` is replaced by each run and each finished request, and
 * stays the same object in between.
 */
export class DataController implements ReactiveController {
  /** `pending` while a `src` is fetched; `complete` or `error` once it answered. */
  status: DataStatus = 'initial';
  /** Why the last `src` failed. */
  error?: DataIssue;
  /** What the chart draws; the bundled series until told otherwise. */
  value: DataValue = { data: { ...dataset }, issues: [], loading: false, failed: false };

  private given?: { input: unknown; result: ChartInput };
  private loaded?: ChartInput;
  /** The last `src` body read, kept so that new reading options read it again without a fetch. */
  private body?: unknown;
  private readKey?: unknown;
  private loadedFrom?: string;
  private controller?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly options: DataControllerOptions,
  ) {
    host.addController(this);
  }

  /** Reads the host's input again: checks a new `.data`, and fetches a new `src`. */
  run(): void {
    const { data, src } = this.options.args();
    const key = this.options.readWith?.();
    const reread = key !== this.readKey;
    this.readKey = key;
    if (data == null) this.given = undefined;
    else if (reread || this.given?.input !== data) this.given = { input: data, result: this.options.read(data) };
    if (reread && this.body !== undefined && this.loadedFrom === src) this.accept(this.body);
    // Nothing is fetched while the host is off the page (or rendered on a server); it loads on connecting.
    if (this.loadedFrom !== src && this.host.isConnected) void this.load(src);
    this.publish();
  }

  /** Stops the request under way, if any. */
  abort(): void {
    this.controller?.abort();
    this.controller = undefined;
    if (this.status === 'pending') this.status = 'initial';
    this.loadedFrom = undefined;
  }

  hostConnected(): void {
    const { src } = this.options.args();
    if (src && this.loadedFrom !== src) {
      void this.load(src);
      this.publish();
      this.host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    if (this.status === 'pending') this.abort();
  }

  private async load(src: string | undefined): Promise<void> {
    this.controller?.abort();
    this.loadedFrom = src;
    this.error = undefined;
    if (!src) {
      this.controller = undefined;
      this.loaded = undefined;
      this.status = 'initial';
      return;
    }
    const controller = new AbortController();
    this.controller = controller;
    this.status = 'pending';
    try {
      const body = await fetchBody(src, controller.signal, this.options.timeout());
      if (controller !== this.controller) return;
      this.accept(body);
    } catch (error) {
      if (controller !== this.controller || controller.signal.aborted) return;
      this.error = error as DataIssue;
    }
    this.status = this.error ? 'error' : 'complete';
    this.publish();
    this.host.requestUpdate();
  }

  /** Reads a loaded body. One that is not a list of records (`{}`, `5`) is a failed load: the last good data stays. */
  private accept(body: unknown): void {
    const result = this.options.read(body);
    const unusable = result.issues.find((issue) => issue.code === 'not-a-list');
    if (unusable) {
      this.error = unusable;
      return;
    }
    this.loaded = result;
    this.body = body;
  }

  private publish(): void {
    const { src } = this.options.args();
    const given = this.given?.result ?? (src ? this.loaded : undefined);
    const data: ChartData =
      !given && !src
        ? { ...dataset }
        : { observations: given?.records ?? [], events: given?.events ?? dataset.events, sources: [...(given?.sources ?? []), ...dataset.sources] };
    const issues = [...(given?.issues ?? []), ...(this.error ? [this.error] : [])];
    this.value = { data, issues, loading: this.status === 'pending', failed: this.error !== undefined };
  }
}

/**
 * Fetches and parses a `src` with the loader (fetch, JSON and CSV reading), a module of its own
 * fetched the first time a chart has a `src`: a chart of the bundled data never downloads it.
 * Fails with the issue to show.
 */
async function fetchBody(src: string, signal: AbortSignal, timeout: number): Promise<unknown> {
  let loader: typeof import('./source-loader.js') | undefined;
  try {
    loader = await import('./source-loader.js');
    return await loader.loadSource(src, document.baseURI, signal, timeout);
  } catch (error) {
    if (signal.aborted) throw error;
    const { code, status } = loader && error instanceof loader.LoadError ? error : { code: 'load-failed' as const, status: '' };
    throw makeIssue(-1, 'src', code, { status });
  }
}
