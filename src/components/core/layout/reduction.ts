/**
 * M4 reduction of a line to what its pixels can show: of each run of consecutive points that
 * fall in the same pixel column, only the first, the lowest, the highest and the last are kept,
 * in their original order. A line drawn through the kept points covers the same pixels as one
 * drawn through them all (its ends in each column and its vertical extent there are unchanged),
 * so 100,000 points draw as at most 4 per column. Points must be in drawing order (time order);
 * columns are `Math.floor(x)`, so it works whichever way time runs.
 */
export function reduceToColumns<T extends { x: number; y: number }>(points: readonly T[]): T[] {
  const x = new Float64Array(points.length);
  const y = new Float64Array(points.length);
  for (let i = 0; i < points.length; i++) {
    x[i] = points[i]!.x;
    y[i] = points[i]!.y;
  }
  return reducedIndices(x, y, 0, points.length).map((i) => points[i]!);
}

/**
 * {@link reduceToColumns} on coordinates held in arrays, for the points `from` (inclusive) to `to`
 * (exclusive): the indices kept, in order. A layout reduces its line this way before it makes an
 * object for any point, and makes objects only for the points kept.
 */
export function reducedIndices(x: ArrayLike<number>, y: ArrayLike<number>, from: number, to: number): number[] {
  const kept: number[] = [];
  let start = from;
  while (start < to) {
    const column = Math.floor(x[start]!);
    let end = start + 1;
    let low = start;
    let high = start;
    let lowY = y[start]!;
    let highY = lowY;
    while (end < to && Math.floor(x[end]!) === column) {
      const v = y[end]!;
      if (v < lowY) {
        low = end;
        lowY = v;
      }
      if (v > highY) {
        high = end;
        highY = v;
      }
      end++;
    }
    const last = end - 1;
    // The four indices in order, each once: first ≤ min(low, high) ≤ max(low, high) ≤ last.
    kept.push(start);
    const a = Math.min(low, high);
    const b = Math.max(low, high);
    if (a !== start) kept.push(a);
    if (b !== a && b !== start) kept.push(b);
    if (last !== b && last !== start) kept.push(last);
    start = end;
  }
  return kept;
}
