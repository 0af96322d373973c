// Mounts the task pane: picks the language from what the caller passes (the add-in's entry takes it
// from Office through src/excel/officeContext), starts the engine worker and the controller, and
// renders TaskpaneApp. Used by the page entry in Excel and by the playground beside its simulated
// workbook. Reads no Office.js global.
import * as React from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { localeFromOfficeLanguage } from '../i18n';
import { createController } from './controller';
import type { ExcelRun, IoLimits } from '../excel/types';
import { createEngineClient, type EngineClient } from './engineClient';
import { debugHook } from './debugHook';
import { TaskpaneApp, type InitialSources } from './TaskpaneApp';

export interface TaskpaneDeps {
  /** runs a batch against a workbook: `Excel.run` in Excel, `SimWorkbook.run` outside it */
  run: ExcelRun;
  /** Office display language, e.g. "es-ES" (defaults to the browser's). */
  displayLanguage?: string;
  /** ExcelApi requirement-set check (Office.context.requirements.isSetSupported in Excel). */
  isSetSupported?: (name: string, version: string) => boolean;
  /** Office theme (the entry takes it from Office.context.officeTheme); default light. */
  theme?: 'light' | 'dark';
  /** Loads the sample data (the playground passes it: the first-run hint then offers it). */
  onLoadSample?: () => Promise<void>;
  /**
   * Payload and read limits of the Excel I/O. The playground's simulated Excel applies each batch on
   * the page's own thread (real Excel does it in its own process), so it asks for smaller batches.
   */
  ioLimits?: Partial<IoLimits>;
  /** ranges to start with when the workbook has no pane settings (the playground's freshly loaded sample) */
  initialSources?: InitialSources;
}

function PaneRoot({ deps }: { deps: TaskpaneDeps }): React.ReactElement {
  const locale = localeFromOfficeLanguage(deps.displayLanguage ?? globalThis.navigator?.language);
  const [engine] = React.useState<EngineClient>(createEngineClient);
  const { run, ioLimits, displayLanguage, isSetSupported } = deps;
  const controller = React.useMemo(
    () => createController(run, locale, engine, ioLimits, { displayLanguage, isSetSupported }),
    [run, locale, engine, ioLimits, displayLanguage, isSetSupported],
  );
  const hook = React.useMemo(() => debugHook(locale), [locale]);
  React.useEffect(() => () => engine.dispose(), [engine]);
  return (
    <TaskpaneApp
      controller={controller}
      locale={locale}
      theme={deps.theme ?? 'light'}
      onLoadSample={deps.onLoadSample}
      onOutcome={hook.record}
      onProgress={hook.progress}
      initialSources={deps.initialSources}
    />
  );
}

export function renderTaskpane(element: HTMLElement, deps: TaskpaneDeps): Root {
  const root = createRoot(element);
  root.render(<PaneRoot deps={deps} />);
  return root;
}
