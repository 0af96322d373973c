// The client card's history comes from the engine (the sales stay in the worker): one call per client shown.
import * as React from 'react';
import type { ClientHistory } from '../engine/visits/clientHistory';
import type { PaneController, RunOutcome } from './controller';

/** The shown client's history: undefined while it loads, null when there is none (or no engine for it). */
export function useClientHistory(
  controller: PaneController,
  outcome: RunOutcome | null,
  cardIndex: number,
): ClientHistory | null | undefined {
  const [history, setHistory] = React.useState<{ run: RunOutcome; index: number; value: ClientHistory | null } | null>(null);
  React.useEffect(() => {
    if (cardIndex < 0 || !controller.clientHistory || !outcome) return;
    let live = true;
    controller.clientHistory(cardIndex).then(
      (value) => live && setHistory({ run: outcome, index: cardIndex, value }),
      () => live && setHistory({ run: outcome, index: cardIndex, value: null }),
    );
    return () => {
      live = false;
    };
  }, [controller, outcome, cardIndex]);
  if (!controller.clientHistory) return null;
  return history && history.run === outcome && history.index === cardIndex ? history.value : undefined;
}
