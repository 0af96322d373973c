import type { Categorical } from '../types';
import { compareNames } from './compareNames';
import type { VisitPlan } from './visitPlan';

export interface VisitAgendaInput {
  /** each client's salesperson (clientOwners); -1 = unassigned */
  owner: Categorical;
  plan: VisitPlan;
  asOf: number;
  /** the window after the as-of date, in weeks (4) */
  weeks?: number;
}

/** One salesperson's visits due from the as-of date through the window, overdue ones first. */
export interface VisitAgendaGroup {
  /** the salesperson as in the data; '' for the unassigned group */
  member: string;
  /** the clients without a salesperson */
  blank: boolean;
  /** all clients of this salesperson (with or without a visit in the window) */
  clients: number;
  /** client indexes of the visits in the agenda: by due day, earliest (most overdue) first */
  client: Int32Array;
  /** day serial each visit is due */
  due: Float64Array;
  /** days past due at the as-of date (> 0 = overdue; 0 = due that day; < 0 = days to go) */
  daysOverdue: Int32Array;
  /** visits due before the as-of date */
  overdue: number;
}

/**
 * Per salesperson, the visits due up to `weeks` weeks after the as-of date, overdue ones (due before
 * the as-of date, however long ago) first: the agenda is sorted by due day, so the most overdue lead,
 * ties in client-list order. Groups in name order (case/accents ignored), the unassigned last; a
 * salesperson whose clients have nothing due still has a (empty) group.
 */
export function visitAgenda(input: VisitAgendaInput): VisitAgendaGroup[] {
  const { owner, plan, asOf } = input;
  const until = asOf + 7 * (input.weeks ?? 4);
  const m = owner.labels.length;
  const n = owner.codes.length;
  const clients = new Int32Array(m + 1);
  const members: number[][] = Array.from({ length: m + 1 }, () => []);
  for (let i = 0; i < n; i++) {
    const g = owner.codes[i] >= 0 ? owner.codes[i] : m;
    clients[g]++;
    if (plan.nextDue[i] <= until) members[g].push(i);
  }
  const groups: VisitAgendaGroup[] = [];
  for (let g = 0; g <= m; g++) {
    if (clients[g] === 0) continue;
    const list = members[g].sort((a, b) => plan.nextDue[a] - plan.nextDue[b] || a - b);
    const client = Int32Array.from(list);
    const due = Float64Array.from(list, (i) => plan.nextDue[i]);
    const daysOverdue = Int32Array.from(list, (i) => asOf - plan.nextDue[i]);
    let overdue = 0;
    for (let k = 0; k < daysOverdue.length; k++) if (daysOverdue[k] > 0) overdue++;
    groups.push({ member: g < m ? owner.labels[g] : '', blank: g === m, clients: clients[g], client, due, daysOverdue, overdue });
  }
  const named = groups.filter((x) => !x.blank).sort((a, b) => compareNames(a.member, b.member));
  const blank = groups.filter((x) => x.blank);
  return [...named, ...blank];
}
