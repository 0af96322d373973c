// The add-in's one contact with the Office.js globals: the page entry (src/taskpane/index.tsx) calls
// this once; everything else gets `run`, the display language and the requirement-set check as
// parameters (lint: no-restricted-globals outside src/excel, and no `Office` outside this file).
import type { IsSetSupported } from './apiSupport';
import type { ExcelRun } from './types';

/** What the pane takes from Office when it runs inside Excel. */
export interface OfficeContext {
  run: ExcelRun;
  /** Office's display language, e.g. "es-ES" */
  displayLanguage?: string;
  isSetSupported: IsSetSupported;
  /** from Office's body background colour */
  theme: 'light' | 'dark';
}

/** Waits for Office.js; null outside Excel (a plain browser, Office.js missing, another Office app). */
export async function officeContext(): Promise<OfficeContext | null> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return null;
  const info = await Office.onReady();
  if (info.host !== Office.HostType.Excel) return null;
  const requirements = Office.context.requirements;
  return {
    run: (batch) => Excel.run(batch),
    displayLanguage: Office.context.displayLanguage || undefined,
    isSetSupported: (name, version) => requirements.isSetSupported(name, version),
    theme: themeOf(Office.context.officeTheme?.bodyBackgroundColor),
  };
}

/** Dark when the colour ("#1f1f1f") is dark, else light. */
function themeOf(colour: unknown): 'light' | 'dark' {
  const m =
    typeof colour === 'string' ? /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour.trim()) : null;
  if (!m) return 'light';
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h, 16));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128 ? 'dark' : 'light';
}
