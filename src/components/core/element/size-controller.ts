import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * Tracks the width of an element inside the host's shadow root. Only width is reported: the
 * chart's height is a function of its width, so reacting to height would feed the chart's own
 * growth back into it. Updates wait for the next animation frame so that the render never runs
 * inside the ResizeObserver callback, which is what raises "ResizeObserver loop" errors.
 */
export class SizeController implements ReactiveController {
  /** The observed width in CSS pixels; 0 until measured, and while hidden. */
  value = 0;
  private observer?: ResizeObserver;
  private frame = 0;

  constructor(
    private readonly host: ReactiveElement,
    private readonly target: () => Element | null | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof ResizeObserver === 'undefined') return;
    this.observer = new ResizeObserver((entries) => {
      const width = Math.floor(entries[entries.length - 1]!.contentRect.width);
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => {
        if (width === this.value) return;
        this.value = width;
        this.host.requestUpdate();
      });
    });
    this.observe();
  }

  /**
   * Reads the target's width now, forcing a layout: the first render uses it, so a chart is drawn
   * at its real width in the task that connected it rather than a frame later. The content-box
   * width from computed style is what the ResizeObserver reports, so its first callback finds no
   * change and does not render again.
   */
  measure(): void {
    const element = this.target();
    if (!element) return;
    const width = Number.parseFloat(getComputedStyle(element).width);
    this.value = Number.isFinite(width) ? Math.floor(width) : 0;
  }

  hostUpdated(): void {
    this.observe();
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
    this.observer?.disconnect();
    this.observer = undefined;
    this.observed = undefined;
  }

  private observed?: Element;

  private observe(): void {
    const element = this.target();
    if (!this.observer || !element || element === this.observed) return;
    if (this.observed) this.observer.unobserve(this.observed);
    this.observer.observe(element);
    this.observed = element;
  }
}
