// A new step starts at its top: every scrolled ancestor of the pane (its own scroller in the
// playground, the page in Excel) scrolls back just enough to show the pane's top, no further (on a
// narrow page the pane sits under the grid, and the page must not jump above it).

/** The parts of an element this needs (structural, so it is testable without layout). */
export interface Scrollable {
  parentElement: Scrollable | null;
  scrollTop: number;
  /** the top border's width: a scroller's content shows from under it */
  clientTop?: number;
  getBoundingClientRect(): { top: number };
}

/** `root`: the document's scrolling element (its visible top is the viewport's). */
export function scrollToTop(element: Scrollable, root: Scrollable | null = null): void {
  for (let el = element.parentElement; el; el = el.parentElement) {
    if (el.scrollTop <= 0) continue;
    const top = element.getBoundingClientRect().top;
    // The document's scroller shows from the viewport's top; any other from its own box's top.
    const visibleTop = el === root ? 0 : el.getBoundingClientRect().top + (el.clientTop ?? 0);
    const hidden = visibleTop - top;
    if (hidden > 0) el.scrollTop = Math.max(0, el.scrollTop - hidden);
  }
}
