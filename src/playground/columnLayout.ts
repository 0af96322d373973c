// Column positions for the virtualised grid: prefix sums of widths and a binary search.

export interface ColumnLayout {
  /** starts[c] = x of column c; starts[n] = total width */
  starts: Float64Array;
  count: number;
  total: number;
}

export function columnLayout(widths: ArrayLike<number>): ColumnLayout {
  const starts = new Float64Array(widths.length + 1);
  for (let c = 0; c < widths.length; c++) starts[c + 1] = starts[c] + widths[c];
  return { starts, count: widths.length, total: starts[widths.length] };
}

/** The column under x (clamped to the layout). */
export function columnAt(layout: ColumnLayout, x: number): number {
  let lo = 0;
  let hi = layout.count - 1;
  if (hi < 0) return 0;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (layout.starts[mid] <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
