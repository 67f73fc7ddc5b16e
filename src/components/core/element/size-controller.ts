import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * Tracks the width of an element inside the host's shadow root. Only width is reported: the
 * chart's height is a function of its width, so reacting to height would feed the chart's own
 * growth back into it. A new width is drawn in the same frame: the ResizeObserver callback asks
 * for the update, which runs in the microtasks right after it, before the frame is painted, so a
 * resized page never shows the old drawing at the new width for a frame. Rendering there would
 * raise "ResizeObserver loop" errors (the plot's height follows its width, and the redraw may
 * make a page scrollbar come or go), so the target is unobserved before the update and observed
 * again in the next animation frame; its first callback then reports the width as it is, and a
 * width changed meanwhile is drawn then.
 */
export class SizeController implements ReactiveController {
  private width = 0;
  /** Whether the width has been read once. */
  private known = false;
  private observer?: ResizeObserver;
  private frame = 0;
  /** Whether the target is unobserved until the next frame. */
  private paused = false;

  /**
   * @param target The element whose width is the drawing's.
   * @param inset Before the target is rendered: how much narrower than the host's content box
   *   it will be, read from the host's computed style, or `undefined` when that cannot be told
   *   (the target is then rendered empty and measured, {@link measureWithOthers}).
   */
  constructor(
    private readonly host: ReactiveElement,
    private readonly target: () => Element | null | undefined,
    private readonly inset?: (style: CSSStyleDeclaration) => number | undefined,
  ) {
    host.addController(this);
  }

  /**
   * Whether the width is known. On a host that has not rendered yet, asking reads the width of
   * every chart connected since the last read from their hosts, in one layout for all: a chart
   * is then drawn at its width in its first update, with no empty box rendered and measured first.
   */
  get measured(): boolean {
    if (batch.has(this)) measureBatch();
    return this.known;
  }

  /** The observed width in CSS pixels; 0 until measured, and while hidden. */
  get value(): number {
    if (batch.has(this)) measureBatch();
    return this.width;
  }

  set value(width: number) {
    batch.delete(this);
    this.width = width;
    this.known = true;
  }

  hostConnected(): void {
    if (typeof ResizeObserver === 'undefined') return;
    this.observer = new ResizeObserver((entries) => {
      const width = Math.floor(entries[entries.length - 1]!.contentRect.width);
      if (width === this.value) return;
      this.value = width;
      this.pause();
      this.host.requestUpdate();
    });
    this.observe();
    if (!this.known) this.measureWithOthers();
  }

  /**
   * Reads the target's width now, forcing a layout: the first render uses it, so a chart is drawn
   * at its real width in the task that connected it rather than a frame later. The content-box
   * width from computed style is what the ResizeObserver reports, so its first callback finds no
   * change and does not render again.
   */
  measure(): void {
    const element = this.target();
    if (!element) {
      this.measureHost();
      return;
    }
    const width = Number.parseFloat(getComputedStyle(element).width);
    this.value = Number.isFinite(width) ? Math.floor(width) : 0;
  }

  /**
   * The target's width before it exists: the host's content box less the {@link inset}. A host
   * that is not displayed has no width (0, as a hidden target would report).
   */
  private measureHost(): void {
    if (!this.inset || !this.host.isConnected) return;
    const style = getComputedStyle(this.host);
    const inset = this.inset(style);
    if (inset === undefined) return;
    // Not displayed: no width (its computed width is then as specified, `100%`).
    if (style.display === 'none') {
      this.value = 0;
      return;
    }
    // Displayed without a used width (an inline host, or under an ancestor that is not
    // displayed): the target is rendered and measured instead.
    if (!style.width.endsWith('px')) return;
    const width = Number.parseFloat(style.width);
    const px = (name: string) => Number.parseFloat(style.getPropertyValue(name)) || 0;
    const edges = style.boxSizing === 'border-box' ? px('padding-left') + px('padding-right') + px('border-left-width') + px('border-right-width') : 0;
    this.value = Math.max(0, Math.floor(width - edges - inset));
  }

  /**
   * {@link measure}, together with every chart that joins before the width is first read: one
   * forced layout for all of them. Each measure forces the page's layout, and a chart's render
   * makes it stale again, so fifty charts connected in one task, each measured in its own first
   * update, would lay the page out fifty times (a quarter of their time). The batch is read in a
   * microtask after the first joins, or when any of them reads {@link value}, whichever is first,
   * so each chart still draws in the task that connected it.
   */
  measureWithOthers(): void {
    if (batch.size === 0) queueMicrotask(measureBatch);
    batch.add(this);
  }

  hostUpdated(): void {
    this.observe();
  }

  hostDisconnected(): void {
    batch.delete(this);
    cancelAnimationFrame(this.frame);
    this.paused = false;
    this.observer?.disconnect();
    this.observer = undefined;
    this.observed = undefined;
  }

  private observed?: Element;

  private observe(): void {
    const element = this.target();
    if (!this.observer || !element || this.paused || element === this.observed) return;
    if (this.observed) this.observer.unobserve(this.observed);
    this.observer.observe(element);
    this.observed = element;
  }

  /** Stops observing until the next animation frame, while the host renders the new width. */
  private pause(): void {
    if (this.observed) this.observer?.unobserve(this.observed);
    this.observed = undefined;
    this.paused = true;
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => {
      this.paused = false;
      this.observe();
    });
  }
}

/** The controllers waiting for their first width, measured together by {@link measureBatch}. */
const batch = new Set<SizeController>();

/** Measures every controller of the batch: the first read lays the page out, the others read it as it is. */
function measureBatch(): void {
  const waiting = [...batch];
  batch.clear();
  for (const controller of waiting) controller.measure();
}
