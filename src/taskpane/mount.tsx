// Mounts the task pane: picks the language and theme from Office (the entry passes them), starts the
// engine worker and the controller, and renders TaskpaneApp. Used by the page entry in Excel and by
// the playground beside its simulated workbook.
import * as React from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { localeFromOfficeLanguage } from '../i18n';
import { createController } from './controller';
import type { IoLimits } from '../excel/types';
import { createEngineClient, type EngineClient } from './engineClient';
import { debugHook } from './debugHook';
import { TaskpaneApp, type InitialSources } from './TaskpaneApp';

/** Runs a batch against a workbook: `Excel.run` in Excel, `SimWorkbook.run` outside it. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface TaskpaneDeps {
  run: ExcelRun;
  /** Office display language, e.g. "es-ES" (defaults to the browser's). */
  displayLanguage?: string;
  /** ExcelApi requirement-set check (Office.context.requirements.isSetSupported in Excel). */
  isSetSupported?: (name: string, version: string) => boolean;
  /** Office theme; default: from Office.context.officeTheme when there is one, else light. */
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

/** Dark when Office's body background is dark (Office.context.officeTheme), else light. */
export function officeTheme(): 'light' | 'dark' {
  const office = (globalThis as { Office?: { context?: { officeTheme?: { bodyBackgroundColor?: string } } } }).Office;
  const colour = office?.context?.officeTheme?.bodyBackgroundColor;
  const m = typeof colour === 'string' ? /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour.trim()) : null;
  if (!m) return 'light';
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h, 16));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128 ? 'dark' : 'light';
}

function PaneRoot({ deps }: { deps: TaskpaneDeps }): React.ReactElement {
  const locale = localeFromOfficeLanguage(deps.displayLanguage ?? globalThis.navigator?.language);
  const [engine] = React.useState<EngineClient>(createEngineClient);
  const controller = React.useMemo(() => createController(deps.run, locale, engine, deps.ioLimits), [deps.run, locale, engine, deps.ioLimits]);
  const hook = React.useMemo(() => debugHook(locale), [locale]);
  React.useEffect(() => () => engine.dispose(), [engine]);
  return (
    <TaskpaneApp
      controller={controller}
      locale={locale}
      theme={deps.theme ?? officeTheme()}
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
