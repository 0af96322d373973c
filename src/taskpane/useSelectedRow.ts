import * as React from 'react';
import type { PaneController, SelectedRow } from './controller';

/** The row under the workbook's selection, followed while the pane is mounted (the client card). */
export function useSelectedRow(controller: PaneController): SelectedRow | null {
  const [selectedRow, setSelectedRow] = React.useState<SelectedRow | null>(null);
  React.useEffect(() => {
    let live = true;
    let off: (() => void) | null = null;
    controller
      .watchSelection((row) => {
        if (live) setSelectedRow(row);
      })
      .then((unsubscribe) => {
        if (live) off = unsubscribe;
        else unsubscribe();
      })
      .catch(() => undefined);
    return () => {
      live = false;
      off?.();
    };
  }, [controller]);
  return selectedRow;
}
