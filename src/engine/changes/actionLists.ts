import { ABC_CLASSES, STATUSES } from '../types';

/** The lists a manager acts on (SPEC §11), in this order. */
export const ACTION_LISTS = [
  'newlyAtRisk',
  'newlyInactiveOrLost',
  'droppedOutOfA',
  'newlyA',
  'reactivated',
] as const;
export type ActionList = (typeof ACTION_LISTS)[number];

const A = ABC_CLASSES.indexOf('A');
const ACTIVE = STATUSES.indexOf('active');
const AT_RISK = STATUSES.indexOf('at_risk');
const INACTIVE = STATUSES.indexOf('inactive');
const LOST = STATUSES.indexOf('lost');

export interface ActionListInput {
  ids: string[];
  abcBefore: Uint8Array;
  abcNow: Uint8Array;
  statusBefore: Uint8Array;
  statusNow: Uint8Array;
  /** 12-month revenue now, cents (the lists are sorted by it, largest first, ties by id) */
  revenueCents: Float64Array;
}

const gone = (s: number) => s === INACTIVE || s === LOST;

/**
 * Client indexes of each list: newly at risk (at risk now, not then), newly inactive or lost (now,
 * neither then), dropped out of A (A then, not now), newly A (A now, not then), reactivated (inactive
 * or lost then, active now). "Then" includes null: a client with no sale then that is at risk now is
 * newly at risk.
 */
export function actionLists(input: ActionListInput): Record<ActionList, Int32Array> {
  const { ids, abcBefore, abcNow, statusBefore, statusNow, revenueCents } = input;
  const tests: Record<ActionList, (i: number) => boolean> = {
    newlyAtRisk: (i) => statusNow[i] === AT_RISK && statusBefore[i] !== AT_RISK,
    newlyInactiveOrLost: (i) => gone(statusNow[i]) && !gone(statusBefore[i]),
    droppedOutOfA: (i) => abcBefore[i] === A && abcNow[i] !== A,
    newlyA: (i) => abcNow[i] === A && abcBefore[i] !== A,
    reactivated: (i) => gone(statusBefore[i]) && statusNow[i] === ACTIVE,
  };
  const byRevenue = (x: number, y: number) =>
    revenueCents[y] - revenueCents[x] || (ids[x] < ids[y] ? -1 : ids[x] > ids[y] ? 1 : 0);
  const out = {} as Record<ActionList, Int32Array>;
  for (const list of ACTION_LISTS) {
    const members: number[] = [];
    for (let i = 0; i < ids.length; i++) if (tests[list](i)) members.push(i);
    out[list] = Int32Array.from(members.sort(byRevenue));
  }
  return out;
}
