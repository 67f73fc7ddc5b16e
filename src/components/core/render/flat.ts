/**
 * The same string, flattened. d3-path writes a line's `d` by appending to a string, one piece a
 * vertex; engines keep such a string as a tree of its pieces (a rope) until something reads it
 * as a whole, and setting it as an attribute copies it without doing so. A chart keeps its
 * layout, so a 30-point line would stay some sixty pieces (3 KB, where the text is 400 bytes) for
 * as long as the chart is on the page. Converting it to a number reads it whole, which makes the
 * engine replace the tree by one flat copy (V8 does this in place); the number is dropped.
 */
export function flat(text: string): string {
  void Number(text);
  return text;
}
