import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { makeIssue, type DataIssue } from '../../../data/issues.js';
import { loadEvents, loadRegistry, type Loading } from '../../../data/series/load.js';
import type { MissionEvent, Observation, Source } from '../../../data/types.js';
import type { ChartData } from '../chart-spec.js';

/** Data as a chart reads it from `.data` or `src`: what was valid, and what was wrong. */
export interface ChartInput {
  records: Observation[];
  /** Events given with the data, replacing the bundled ones (a timeline's own events). */
  events?: MissionEvent[];
  sources: Source[];
  issues: DataIssue[];
  /** Set when the quick check found a problem: the reading by `validate`, with every issue (this one is empty until then). */
  full?: Promise<ChartInput>;
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
  /** Reads and checks `.data` or a loaded body; rows may cite the `known` sources by id. */
  read(input: unknown, known: readonly Source[]): ChartInput;
  /** How long a request may take, in milliseconds. */
  timeout(): number;
  /** The host's own bundled series, imported when it has neither `.data` nor `src`; without it the host draws only what it is given. */
  series?(): Loading;
  /** Whether the host draws the bundled events over its own `.data` or `src` (they are imported then, unless the input has events). */
  wantsEvents?(): boolean;
}

const EMPTY: ChartData = { observations: [], events: [], sources: [] };

/** What a reader does first to reach a tooltip, an announcement, the data table or the CSV. */
const INTERACTIONS = ['pointerover', 'pointermove', 'pointerdown', 'touchstart', 'focusin', 'keydown', 'click'] as const;
/** Seen before the chart's own handlers (capture), so a click on "Download data" asks for them first. */
const LISTENING: AddEventListenerOptions = { capture: true, passive: true };

/**
 * The data a chart draws: its `.data`, else what its `src` last loaded, else its bundled series.
 * Shaped like `@lit/task` (`status`, `value`, `error`, `abort()`): a `src` is fetched with an
 * AbortController, aborted when the host leaves the page or `src` changes (so a late response is
 * ignored), and fails after the timeout. `.data` is read once per object, not per render, and
 * the last good data stays when a new `src` fails. The host calls {@link run} from `willUpdate`
 * when `data`, `src` or what it draws changed; `value` is replaced by each run and each finished
 * request or import, and stays the same object in between.
 *
 * Nothing bundled is imported statically. With neither `.data` nor `src` the host's own series is
 * imported (the chart shows its loading state meanwhile, as for a `src`); given data gets the
 * bundled events only when the host draws them, and the whole bundled registry only when its rows
 * cite a source by an id they do not define (until it has arrived, the chart shows its loading
 * state rather than a warning that would not hold).
 *
 * A bundled series comes in two parts: what the chart first draws, and
 * the details (each note, each source whole) that only a tooltip, an announcement, the data
 * table or the CSV shows. The details are imported the first time the reader reaches into the
 * chart (a pointer over it, a touch, focus, a key, a click) or {@link requestDetails} is called;
 * the chart then draws the same figures again with them. Meanwhile a tooltip shows each figure
 * with its sources' names.
 */
export class DataController implements ReactiveController {
  /** `pending` while a `src` is fetched; `complete` or `error` once it answered. */
  status: DataStatus = 'initial';
  /** Why the last `src` failed. */
  error?: DataIssue;
  /** What the chart draws: nothing, loading, until the first {@link run}. */
  value: DataValue = { data: EMPTY, issues: [], loading: true, failed: false };

  private given?: { input: unknown; known: readonly Source[]; result: ChartInput };
  private loaded?: ChartInput;
  private loadedKnown?: readonly Source[];
  /** The last `src` body read, kept so that new reading options read it again without a fetch. */
  private body?: unknown;
  private readKey?: unknown;
  private loadedFrom?: string;
  private controller?: AbortController;
  /** The bundled modules this host has asked for. */
  private series?: Loading;
  private events?: Loading;
  private registry?: Loading;
  /** The series with its details, once asked for. */
  private seriesDetails?: Loading;
  /** Whether the reader has reached into the chart: its details are wanted from then on. */
  private detailsWanted = false;
  /** Why a bundled module could not be imported. */
  private importError?: DataIssue;
  private waiting = new Set<Promise<unknown>>();
  /** Readings left to `validate` and not in yet: the chart shows its loading state. */
  private checking = 0;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly options: DataControllerOptions,
  ) {
    host.addController(this);
  }

  /** Resolves once the bundled modules asked for so far have arrived (or failed); `undefined` when none is awaited. */
  get imported(): Promise<void> | undefined {
    return this.waiting.size ? Promise.all(this.waiting).then(() => undefined) : undefined;
  }

  /**
   * Imports the details of the bundled series in force (or of one imported later):
   * done by the first interaction with the chart, or by a caller that needs them now. Resolves
   * once they have arrived (or failed) and the chart has been asked to update; the host's
   * `ready` waits for them too.
   */
  requestDetails(): Promise<void> {
    if (!this.detailsWanted) {
      this.detailsWanted = true;
      this.stopListening();
      const had = this.seriesDetails;
      this.importNeeded();
      // Details another chart has imported already are drawn at once.
      if (this.seriesDetails !== had && this.seriesDetails?.value) {
        this.publish();
        this.host.requestUpdate();
      }
    }
    return this.imported ?? Promise.resolve();
  }

  /** Reads the host's input again: checks a new `.data`, fetches a new `src`, imports what the input needs. */
  run(): void {
    const { data, src } = this.options.args();
    const key = this.options.readWith?.();
    const reread = key !== this.readKey;
    this.readKey = key;
    const known = this.known();
    if (data == null) this.given = undefined;
    else if (reread || this.given?.input !== data || this.given.known !== known) {
      const given = { input: data, known, result: this.options.read(data, known) };
      this.given = given;
      this.checked(given.result, (result) => (given.result = result));
    }
    if ((reread || this.loadedKnown !== known) && this.body !== undefined && this.loadedFrom === src) this.accept(this.body);
    // Nothing is fetched while the host is off the page (or rendered on a server); it loads on connecting.
    if (this.loadedFrom !== src && this.host.isConnected) void this.load(src);
    this.importNeeded();
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
    if (!this.detailsWanted) this.listen();
    const { src } = this.options.args();
    if (src && this.loadedFrom !== src) {
      void this.load(src);
      this.publish();
      this.host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    if (this.status === 'pending') this.abort();
    this.stopListening();
  }

  private readonly onInteraction = (): void => void this.requestDetails();

  /** The host, and its shadow root, where events that do not leave it (`composed: false`) pass. */
  private targets(): EventTarget[] {
    const root = (this.host as Element & { renderRoot?: unknown }).renderRoot;
    return root instanceof EventTarget && root !== this.host ? [this.host, root] : [this.host];
  }

  private listen(): void {
    for (const type of INTERACTIONS) for (const target of this.targets()) target.addEventListener(type, this.onInteraction, LISTENING);
  }

  private stopListening(): void {
    for (const type of INTERACTIONS) for (const target of this.targets()) target.removeEventListener(type, this.onInteraction, LISTENING);
  }

  /** The sources rows may cite without giving them: the bundled registry, once imported. */
  private known(): readonly Source[] {
    return this.registry?.value?.sources ?? EMPTY.sources;
  }

  /** The input in force: `.data`, else the last good `src`. */
  private input(): ChartInput | undefined {
    return this.given?.result ?? (this.options.args().src ? this.loaded : undefined);
  }

  /** Imports what the input in force needs and has not got. */
  private importNeeded(): void {
    const { data, src } = this.options.args();
    if (data == null && !src) {
      if (this.options.series) this.series ??= this.wait(this.options.series());
      if (this.detailsWanted && this.series?.details) this.seriesDetails ??= this.wait(this.series.details());
      return;
    }
    const input = this.input();
    if (!input) return;
    if (!this.registry && input.issues.some((issue) => issue.code === 'unknown-source')) this.registry = this.wait(loadRegistry());
    if (!input.events && this.options.wantsEvents?.()) this.events ??= this.wait(loadEvents());
  }

  /** Calls `take` with a reading that `validate` finishes (awaited as an import, in {@link imported}), then publishes it. */
  private checked(result: ChartInput, take: (result: ChartInput) => void): void {
    if (!result.full) return;
    this.checking++;
    const done = result.full.then(take, () => {
      this.importError = makeIssue(-1, '*', 'load-failed', { status: '' });
    });
    this.waiting.add(done);
    void done.then(() => {
      this.waiting.delete(done);
      this.checking--;
      this.importNeeded();
      this.publish();
      this.host.requestUpdate();
    });
  }

  /** Follows a bundled module; when it arrives the input is read again and the host updates. */
  private wait(loading: Loading): Loading {
    if (loading.value) return loading;
    const done = loading.promise.then(
      () => undefined,
      () => {
        this.importError = makeIssue(-1, '*', 'load-failed', { status: '' });
      },
    );
    this.waiting.add(done);
    void done.then(() => {
      this.waiting.delete(done);
      if (loading.value) this.importError = undefined;
      else {
        // A failed import is asked for again by the next run.
        if (this.series === loading) this.series = undefined;
        if (this.events === loading) this.events = undefined;
        if (this.registry === loading) this.registry = undefined;
        // Failed details are asked for again by the next interaction, not at once.
        if (this.seriesDetails === loading) {
          this.seriesDetails = undefined;
          this.detailsWanted = false;
          if (this.host.isConnected) this.listen();
        }
      }
      this.run();
      this.host.requestUpdate();
    });
    return loading;
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
    this.importNeeded();
    this.publish();
    this.host.requestUpdate();
  }

  /** Reads a loaded body. One that is not a list of records (`{}`, `5`) is a failed load: the last good data stays. */
  private accept(body: unknown): void {
    const known = this.known();
    const result = this.options.read(body, known);
    this.loadedKnown = known;
    const from = this.loadedFrom;
    const take = (read: ChartInput, late: boolean) => {
      if (late && from !== this.loadedFrom) return;
      const unusable = read.issues.find((issue) => issue.code === 'not-a-list');
      if (unusable) {
        this.error = unusable;
        if (late) this.status = 'error';
        return;
      }
      this.loaded = read;
      this.body = body;
    };
    if (result.full) this.checked(result, (read) => take(read, true));
    else take(result, false);
  }

  private publish(): void {
    const { data: given, src } = this.options.args();
    const input = this.input();
    const failure = this.error ?? this.importError;
    const issues = [...(input?.issues ?? []), ...(failure ? [failure] : [])];
    if (given == null && !src) {
      // The details, once they have arrived, replace the first paint: the same figures, with their notes and whole sources.
      const series = this.seriesDetails?.value ?? this.series?.value;
      const loading = this.series !== undefined && !series;
      this.value = { data: series ? { ...series } : EMPTY, issues: failure ? [failure] : [], loading, failed: failure !== undefined };
      return;
    }
    // The events' labels alone: over given data no figure cites the events' sources, and no point is an event.
    const context = this.registry?.value ?? this.events?.value;
    const data: ChartData = {
      observations: input?.records ?? [],
      events: input?.events ?? (this.options.wantsEvents?.() ? (context?.events ?? []) : []),
      sources: [...(input?.sources ?? []), ...(context?.sources ?? [])],
    };
    // Until the registry has arrived, its sources' rows would be shown as citing nothing.
    const lookingUp = this.registry !== undefined && !this.registry.value;
    this.value = { data, issues: lookingUp ? [] : issues, loading: this.status === 'pending' || lookingUp || this.checking > 0, failed: this.error !== undefined };
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
