// What the Visits tab shows (SPEC §8, issue #19): per salesperson, the visits due in the next four
// weeks (overdue first), planned hours against capacity, under- and over-served clients. Pure.
import type { FullAnalysis } from '../engine/pipeline';
import { ABC_CLASSES, NO_CODE, STATUSES, type ClientsData } from '../engine/types';
import { visitAgenda, type VisitSource } from '../engine/visits';

/** The agenda shows at most this many visits per salesperson (the sheet has them all). */
export const MAX_AGENDA_ROWS = 200;

export interface AgendaItem {
  index: number;
  id: string;
  name: string | null;
  abc: string | null;
  status: string | null;
  due: number;
  /** > 0 overdue by that many days; 0 due on the as-of date; < 0 due in that many days */
  daysOverdue: number;
}

export interface SalespersonVisits {
  member: string;
  /** the clients without a salesperson */
  blank: boolean;
  clients: number;
  plannedVisits: number;
  plannedHours: number;
  /** NaN for the unassigned group */
  capacityHours: number;
  utilisation: number;
  overCapacity: boolean;
  underServed: number;
  overServed: number;
  overdue: number;
  /** visits in the agenda (overdue included), of which `items` shows the first MAX_AGENDA_ROWS */
  dueInWindow: number;
  items: AgendaItem[];
  /** the flagged clients themselves (first MAX_AGENDA_ROWS, client-list order), with their visits vs plan */
  underServedClients: ServedClient[];
  overServedClients: ServedClient[];
}

export interface ServedClient {
  index: number;
  id: string;
  name: string | null;
  abc: string | null;
  /** visits in the last 12 months */
  visits: number;
  /** planned visits a year */
  planned: number;
}

export interface VisitsModel {
  asOf: number;
  weeks: number;
  /** where the visits done come from; under/over-served need a log or a visits column */
  source: VisitSource;
  groups: SalespersonVisits[];
}

export function visitsModel(analysis: FullAnalysis, clients: ClientsData | null, weeks = 4): VisitsModel | null {
  const v = analysis.visits;
  if (!v) return null;
  const nameKey = clients?.roles.name;
  const nameAttr = nameKey ? clients?.attributes[nameKey] : undefined;
  const nameOf = (i: number) =>
    nameAttr && nameAttr.kind === 'text' && nameAttr.codes[i] >= 0 ? nameAttr.labels[nameAttr.codes[i]] : null;
  const abc = analysis.abc.classCode;
  const status = analysis.lifecycle.status;
  const agenda = visitAgenda({ owner: v.owner, plan: v.plan, asOf: analysis.asOf, weeks });
  // Under/over-served clients by group (same grouping as the agenda: owner code, -1 = unassigned).
  const under = new Map<number, ServedClient[]>();
  const over = new Map<number, ServedClient[]>();
  const plan = v.plan;
  for (let i = 0; i < analysis.clientCount; i++) {
    if (!plan.underServed[i] && !plan.overServed[i]) continue;
    const into = plan.underServed[i] ? under : over;
    const g = v.owner.codes[i];
    const list = into.get(g) ?? (into.set(g, []), into.get(g)!);
    if (list.length < MAX_AGENDA_ROWS)
      list.push({
        index: i,
        id: analysis.ids[i],
        name: nameOf(i),
        abc: abc[i] === NO_CODE ? null : ABC_CLASSES[abc[i]],
        visits: plan.visits12[i],
        planned: Math.round(plan.plannedVisits[i] * 100) / 100,
      });
  }
  const groupCode = (member: string, blank: boolean) => (blank ? -1 : v.owner.labels.indexOf(member));
  const groups = agenda.map((g): SalespersonVisits => {
    const row = v.bySalesperson.find((r) => r.blank === g.blank && (g.blank || r.member === g.member));
    const shown = Math.min(g.client.length, MAX_AGENDA_ROWS);
    const items: AgendaItem[] = [];
    for (let k = 0; k < shown; k++) {
      const i = g.client[k];
      items.push({
        index: i,
        id: analysis.ids[i],
        name: nameOf(i),
        abc: abc[i] === NO_CODE ? null : ABC_CLASSES[abc[i]],
        status: status[i] === NO_CODE ? null : STATUSES[status[i]],
        due: g.due[k],
        daysOverdue: g.daysOverdue[k],
      });
    }
    return {
      member: g.member,
      blank: g.blank,
      clients: g.clients,
      plannedVisits: row?.plannedVisits ?? 0,
      plannedHours: row?.plannedHours ?? 0,
      capacityHours: row?.capacityHours ?? NaN,
      utilisation: row?.utilisation ?? NaN,
      overCapacity: row?.overCapacity ?? false,
      underServed: row?.underServed ?? 0,
      overServed: row?.overServed ?? 0,
      overdue: g.overdue,
      dueInWindow: g.client.length,
      items,
      underServedClients: under.get(groupCode(g.member, g.blank)) ?? [],
      overServedClients: over.get(groupCode(g.member, g.blank)) ?? [],
    };
  });
  return { asOf: analysis.asOf, weeks, source: v.plan.source, groups };
}
