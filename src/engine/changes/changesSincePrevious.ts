import { ABC_CLASSES, NO_CODE, STATUSES } from '../types';
import { actionLists, type ActionList } from './actionLists';
import { migrationMatrix, type MigrationMatrix } from './migrationMatrix';

/** A previous run as the run history keeps it (SPEC §11): per client of that run, its class and status. */
export interface PreviousRun {
  /** that run's as-of date (ISO) */
  asOf: string;
  ids: string[];
  /** ABC_CLASSES index; NO_CODE = no class (a prospect) or not in that run */
  abc: Uint8Array;
  /** STATUSES index; NO_CODE = not in that run */
  status: Uint8Array;
}

/** Now: the analysis' per-client codes. */
export interface CurrentRun {
  ids: string[];
  abc: Uint8Array;
  status: Uint8Array;
  /** 12-month revenue now, cents */
  revenueCents: Float64Array;
}

export interface ChangesSincePrevious {
  previousAsOf: string;
  /** per client now, its class / status in the previous run; NO_CODE = none then (or not in it) */
  abcBefore: Uint8Array;
  statusBefore: Uint8Array;
  abc: MigrationMatrix;
  status: MigrationMatrix;
  /** the manager's lists against the previous run (newly at risk, …), largest revenue first */
  lists: Record<ActionList, Int32Array>;
  /** clients whose class or status differs from the previous run (new clients included), largest revenue first */
  changed: Int32Array;
  classChanged: number;
  statusChanged: number;
  /** clients now that were not in the previous run */
  newClients: number;
}

/**
 * SPEC §11 "changes since the previous run": the previous run's stored classes and statuses (not
 * recomputed: what that run said) matched to today's clients by id, with the same matrices and lists
 * as against the comparison date.
 */
export function changesSincePrevious(now: CurrentRun, previous: PreviousRun): ChangesSincePrevious {
  const where = new Map<string, number>();
  previous.ids.forEach((id, p) => where.set(id, p));
  const n = now.ids.length;
  const abcBefore = new Uint8Array(n).fill(NO_CODE);
  const statusBefore = new Uint8Array(n).fill(NO_CODE);
  let classChanged = 0;
  let statusChanged = 0;
  let newClients = 0;
  const changed: number[] = [];
  for (let i = 0; i < n; i++) {
    const p = where.get(now.ids[i]);
    if (p !== undefined && previous.status[p] !== NO_CODE) {
      abcBefore[i] = previous.abc[p];
      statusBefore[i] = previous.status[p];
    } else newClients++;
    const classMoved = abcBefore[i] !== now.abc[i];
    const statusMoved = statusBefore[i] !== now.status[i];
    if (classMoved) classChanged++;
    if (statusMoved) statusChanged++;
    if (classMoved || statusMoved) changed.push(i);
  }
  const revenue = now.revenueCents;
  const ids = now.ids;
  changed.sort((x, y) => revenue[y] - revenue[x] || (ids[x] < ids[y] ? -1 : ids[x] > ids[y] ? 1 : 0));
  return {
    previousAsOf: previous.asOf,
    abcBefore,
    statusBefore,
    abc: migrationMatrix(abcBefore, now.abc, revenue, ABC_CLASSES.length),
    status: migrationMatrix(statusBefore, now.status, revenue, STATUSES.length),
    lists: actionLists({
      ids,
      abcBefore,
      abcNow: now.abc,
      statusBefore,
      statusNow: now.status,
      revenueCents: revenue,
    }),
    changed: Int32Array.from(changed),
    classChanged,
    statusChanged,
    newClients,
  };
}
