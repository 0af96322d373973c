// Issue #18: the first screen's row counts follow the user's edits of the sources' sheets
// (`worksheets.onChanged` through the controller, where the host has it).
import * as React from 'react';
import type { PaneController } from './controller';
import type { PaneAction } from './paneReducer';
import type { SourceState } from './paneState';

export function useSourceWatch(
  controller: PaneController,
  sales: SourceState<string> | null,
  clients: SourceState<string> | null,
  dispatch: React.Dispatch<PaneAction>,
): void {
  const salesSource = sales ? sales.source : null;
  const watched = sales ? [sales.info.sheet, ...(clients ? [clients.info.sheet] : [])].join('\n') : '';
  const salesHeaders = sales ? sales.info.headers.join('\t') : '';
  React.useEffect(() => {
    if (!watched || !salesSource || !controller.watchSheets) return;
    let live = true;
    let off: (() => void) | null = null;
    const reopen = () => {
      controller.open(salesSource).then((info) => {
        if (!live) return;
        // new headers: the mapping is asked for again before a run
        if (info.headers.join('\t') !== salesHeaders) dispatch({ type: 'confirmColumns', value: true });
        dispatch({ type: 'sourceInfo', which: 'sales', source: salesSource, info });
      }, () => undefined);
    };
    controller.watchSheets(watched.split('\n'), reopen).then(
      (unsubscribe) => (live ? (off = unsubscribe) : unsubscribe()),
      () => undefined,
    );
    return () => {
      live = false;
      off?.();
    };
  }, [controller, watched, salesSource, salesHeaders, dispatch]);
}
