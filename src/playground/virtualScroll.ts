// Browsers cap an element's size (Chrome ~33.5 M px, Firefox ~17.9 M px) and 1,048,576 rows of
// 20 px are 21 M px, so the scrollable spacer is capped and the scroll position is scaled back to
// the real content offset.

/** Largest spacer the grid creates, in px. */
export const MAX_SCROLL_PX = 10_000_000;

/**
 * The content offset shown at scroll position `scroll`, for content of `realSize` px shown through a
 * `viewport` px window in a spacer of `cappedSize` px (cappedSize = min(realSize, MAX_SCROLL_PX)).
 */
export function virtualScroll(scroll: number, viewport: number, realSize: number, cappedSize: number): number {
  const realRange = Math.max(0, realSize - viewport);
  const cappedRange = Math.max(0, cappedSize - viewport);
  const clamped = Math.min(Math.max(0, scroll), cappedRange);
  if (realSize <= cappedSize || cappedRange === 0) return Math.min(clamped, realRange);
  return (clamped / cappedRange) * realRange;
}
