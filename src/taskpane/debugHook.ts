// window.__cartera: what the last run computed, for the end-to-end tests (they compare the sheets the
// pane wrote with the engine's own results). Read-only references; no effect on the pane.
import type { Locale } from '../i18n';
import type { Progress, RunOutcome } from './controller';

export interface CarteraDebugHook {
  locale: Locale;
  /** number of finished runs */
  runs: number;
  outcome: RunOutcome | null;
  /** progress events of the runs, with performance.now() (to place main-thread long tasks in a stage) */
  progress: { t: number; stage: string; stageFraction: number }[];
}

export function debugHook(locale: Locale): { record: (outcome: RunOutcome) => void; progress: (p: Progress) => void } {
  const g = globalThis as { __cartera?: CarteraDebugHook };
  const hook: CarteraDebugHook = { locale, runs: 0, outcome: null, progress: [] };
  g.__cartera = hook;
  return {
    record(outcome) {
      hook.runs++;
      hook.outcome = outcome;
    },
    progress(p) {
      if (hook.progress.length < 100_000) hook.progress.push({ t: performance.now(), stage: p.stage, stageFraction: p.stageFraction });
    },
  };
}
