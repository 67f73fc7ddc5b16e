import { expect, waitFor } from 'storybook/test';

/**
 * How long a story waits for a condition. Four story projects share two cores with the browser
 * tests, so a fetch, an idle callback or a redraw can take seconds; each wait still ends as soon
 * as its condition holds.
 */
export const PATIENCE = { timeout: 10_000 };

/** What a story waits on: a chart's shadow root and its `ready` promise. */
interface Drawable {
  shadowRoot: ShadowRoot | null;
  ready: Promise<void>;
}

/**
 * Resolves once the chart has drawn and everything built after the drawing (the data table)
 * is there: the state a reader sees, whatever the machine's load.
 */
export async function settled(chart: Drawable): Promise<ShadowRoot> {
  await waitFor(() => expect(chart.shadowRoot?.querySelector('svg[part="svg"]')).toBeTruthy(), PATIENCE);
  await chart.ready;
  return chart.shadowRoot!;
}

/** The first non-empty result of `find`, retried until it has one: an element that appears later. */
export function present<T>(find: () => T | null | undefined): Promise<T> {
  return waitFor(() => {
    const found = find();
    expect(found).toBeTruthy();
    return found!;
  }, PATIENCE);
}

/** Retries `check` (an `expect`) until it passes, with {@link PATIENCE}. */
export function eventually(check: () => unknown): Promise<unknown> {
  return waitFor(check, PATIENCE);
}
