import * as React from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { FluentProvider, webLightTheme, Title3, Body1 } from '@fluentui/react-components';

/** Runs a batch against a workbook: `Excel.run` in Excel, `SimWorkbook.run` outside it. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface TaskpaneDeps {
  run: ExcelRun;
  /** Office display language, e.g. "es-ES" (defaults to the browser's). */
  displayLanguage?: string;
  /** ExcelApi requirement-set check (Office.context.requirements.isSetSupported in Excel). */
  isSetSupported?: (name: string, version: string) => boolean;
}

// Placeholder pane: replaced by the full workflow (issue 5).
function Pane({ deps }: { deps: TaskpaneDeps }): React.ReactElement {
  const [address, setAddress] = React.useState('');
  React.useEffect(() => {
    void deps.run(async (context) => {
      const range = context.workbook.getSelectedRange();
      range.load('address');
      await context.sync();
      setAddress(range.address);
    });
  }, [deps]);
  return (
    <div style={{ padding: 16 }}>
      <Title3 as="h1">Cartera</Title3>
      <Body1 as="p">{address}</Body1>
    </div>
  );
}

export function renderTaskpane(element: HTMLElement, deps: TaskpaneDeps): Root {
  const root = createRoot(element);
  root.render(
    <FluentProvider theme={webLightTheme}>
      <Pane deps={deps} />
    </FluentProvider>,
  );
  return root;
}
