import * as React from 'react';
import { scrollToTop } from './scrollToTop';

/** A new step starts at its top, not where the previous one was scrolled to: the ref goes on the pane's main. */
export function useStepScroll<T>(tab: T): React.RefObject<HTMLElement | null> {
  const mainRef = React.useRef<HTMLElement>(null);
  const shownTab = React.useRef<T>(tab);
  React.useEffect(() => {
    if (shownTab.current === tab) return;
    shownTab.current = tab;
    const main = mainRef.current;
    if (main) scrollToTop(main, main.ownerDocument.scrollingElement ?? main.ownerDocument.documentElement);
  }, [tab]);
  return mainRef;
}
