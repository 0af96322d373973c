// window.__cartera: what the last run computed, for the end-to-end tests (they compare the sheets the
// pane wrote with the engine's own results). Read-only references; no effect on the pane.
import type { Locale } from '../i18n';
import type { RunOutcome } from './controller';

export interface CarteraDebugHook {
  locale: Locale;
  /** number of finished runs */
  runs: number;
  outcome: RunOutcome | null;
}

export function debugHook(locale: Locale): { record: (outcome: RunOutcome) => void } {
  const g = globalThis as { __cartera?: CarteraDebugHook };
  const hook: CarteraDebugHook = { locale, runs: 0, outcome: null };
  g.__cartera = hook;
  return {
    record(outcome) {
      hook.runs++;
      hook.outcome = outcome;
    },
  };
}
