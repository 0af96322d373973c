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

/** What a ribbon command's function file (src/commands, commands.html) takes from Office. */
export interface CommandHost extends OfficeContext {
  /**
   * Binds the manifest's `FunctionName` to `handler`; Office is told the command finished
   * (`event.completed()`) when the handler settles, so the button is released even after a failure.
   */
  associate(name: string, handler: () => Promise<void>): void;
  /**
   * Shows `text` to the user: a small dialog of `pageUrl` (the add-in's notice.html, which shows its
   * `#text` and a close button); resolves when it is closed, or at once when no dialog can open.
   */
  notify(text: string, pageUrl: string): Promise<void>;
}

/** The command host, null outside Excel. */
export async function commandHost(): Promise<CommandHost | null> {
  const office = await officeContext();
  if (!office) return null;
  return {
    ...office,
    associate(name, handler) {
      const action = (event?: { completed?: () => void }) => {
        void handler()
          .catch((error: unknown) => console.error(error))
          .finally(() => event?.completed?.());
      };
      // Office.actions.associate where the runtime has it; older function files look up a global.
      if (typeof Office.actions?.associate === 'function') Office.actions.associate(name, action);
      (globalThis as Record<string, unknown>)[name] = action;
    },
    notify(text, pageUrl) {
      return new Promise((resolve) => {
        const url = `${pageUrl}#${encodeURIComponent(text)}`;
        try {
          Office.context.ui.displayDialogAsync(url, { height: 25, width: 30, displayInIframe: true }, (result) => {
            if (result.status !== Office.AsyncResultStatus.Succeeded) {
              console.warn(text);
              resolve();
              return;
            }
            const dialog = result.value;
            dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
              dialog.close();
              resolve();
            });
            // closed with its own ✕ (or failed to load)
            dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
          });
        } catch {
          console.warn(text);
          resolve();
        }
      });
    },
  };
}

/** In the notice dialog (CommandHost.notify's page): asks the command's page to close it. */
export async function closeNoticeDialog(): Promise<void> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return;
  await Office.onReady();
  Office.context.ui.messageParent('close');
}
