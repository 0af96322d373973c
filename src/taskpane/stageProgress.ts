// One determinate bar per stage of a run: a progress event completes every earlier stage.
import type { Progress, Stage } from '../excel/types';

export const STAGES: readonly Stage[] = ['read', 'clean', 'analyse', 'write'];

export type StageProgress = Record<Stage, number>;

export const NO_PROGRESS: Readonly<StageProgress> = Object.freeze({ read: 0, clean: 0, analyse: 0, write: 0 });

/** The bars after `event`: earlier stages full, the event's stage at its fraction (never going back), later ones as they were. */
export function stageProgress(previous: StageProgress, event: Progress): StageProgress {
  const k = STAGES.indexOf(event.stage);
  if (k < 0) return previous;
  const next = { ...previous };
  for (let i = 0; i < k; i++) next[STAGES[i]] = 1;
  const f = Number.isFinite(event.stageFraction) ? Math.max(0, Math.min(1, event.stageFraction)) : 0;
  next[event.stage] = Math.max(previous[event.stage], f);
  return next;
}
