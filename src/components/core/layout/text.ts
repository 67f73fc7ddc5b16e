/** Below this width the chart switches to compact numbers and fewer labels. */
export const NARROW_WIDTH = 480;
const FONT_SIZE = 12;

/**
 * A text's width estimated from its length. Layout runs without a DOM (in Node and for the
 * static SVG), so text cannot be measured; the factor is the average advance of digits and
 * Latin or Arabic letters in common sans-serif faces, slightly generous so labels do not touch.
 */
export function textWidth(text: string, fontSize = FONT_SIZE): number {
  return Math.ceil(text.length * fontSize * 0.6);
}

/**
 * Places labels in rows, greedily: each span `[left, right]` in the first row where it comes no
 * closer than 6 px to another. `taken` holds each row's spans and is filled in; returns the row,
 * or -1 when the label fits in none.
 */
export function firstFreeRow(taken: [number, number][][], span: [number, number]): number {
  const row = taken.findIndex((spans) => spans.every(([a, b]) => span[1] + 6 < a || span[0] > b + 6));
  if (row >= 0) taken[row]!.push(span);
  return row;
}
