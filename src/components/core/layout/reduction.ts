/**
 * M4 reduction of a line to what its pixels can show: of each run of consecutive points that
 * fall in the same pixel column, only the first, the lowest, the highest and the last are kept,
 * in their original order. A line drawn through the kept points covers the same pixels as one
 * drawn through them all (its ends in each column and its vertical extent there are unchanged),
 * so 100,000 points draw as at most 4 per column. Points must be in drawing order (time order);
 * columns are `Math.floor(x)`, so it works whichever way time runs.
 */
export function reduceToColumns<T extends { x: number; y: number }>(points: readonly T[]): T[] {
  const kept: T[] = [];
  const n = points.length;
  let start = 0;
  while (start < n) {
    const column = Math.floor(points[start]!.x);
    let end = start + 1;
    let low = start;
    let high = start;
    while (end < n && Math.floor(points[end]!.x) === column) {
      const y = points[end]!.y;
      if (y < points[low]!.y) low = end;
      if (y > points[high]!.y) high = end;
      end++;
    }
    const last = end - 1;
    // The four indices in order, each once: first ≤ min(low, high) ≤ max(low, high) ≤ last.
    kept.push(points[start]!);
    const a = Math.min(low, high);
    const b = Math.max(low, high);
    if (a !== start) kept.push(points[a]!);
    if (b !== a && b !== start) kept.push(points[b]!);
    if (last !== b && last !== start) kept.push(points[last]!);
    start = end;
  }
  return kept;
}
