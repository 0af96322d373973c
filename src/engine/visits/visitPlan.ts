import type { ClientsData } from '../types';
import { ABC_CLASSES, NO_CODE, STATUSES } from '../types';
import { trailingWindowStart } from '../dates';
import { foldText } from '../segments/foldText';
import type { VisitLog } from './readVisitLog';
import { DEFAULT_VISIT_POLICY, type VisitPolicy } from './visitPolicy';

const DAYS_PER_YEAR = 365.25;
const DAYS_PER_QUARTER = DAYS_PER_YEAR / 4;
const [A, , C] = [0, 1, 2];
const S_PROSPECT = STATUSES.indexOf('prospect');
const S_NEW = STATUSES.indexOf('new');
const S_AT_RISK = STATUSES.indexOf('at_risk');
const S_INACTIVE = STATUSES.indexOf('inactive');
const S_LOST = STATUSES.indexOf('lost');

export interface VisitPlanInput {
  clients: ClientsData;
  asOf: number;
  /** per client: ABC_CLASSES index, NO_CODE for prospects */
  abc: Uint8Array;
  /** per client: STATUSES index (NO_CODE when unknown) */
  status: Uint8Array;
  policy?: VisitPolicy;
  /** a visits log (readVisitLog); visits after asOf are ignored */
  visits?: VisitLog | null;
}

export type VisitSource = 'log' | 'column' | 'lastVisitOnly' | 'none';

export interface VisitPlan {
  /** planned visits per year */
  plannedVisits: Float64Array;
  /** planned hours per year (visits × visit length of the client's class) */
  plannedHours: Float64Array;
  /** days between planned visits; NaN when none is planned */
  intervalDays: Float64Array;
  /** last visit on or before asOf; NaN when never visited (or unknown) */
  lastVisit: Float64Array;
  /** day the next visit is due: last visit + interval, asOf when never visited; NaN when none planned */
  nextDue: Float64Array;
  /** 1 = next visit due on or before asOf */
  due: Uint8Array;
  /** visits (distinct days) in the trailing 12 months; NaN when there is no visits log or column */
  visits12: Float64Array;
  /** A or at-risk client visited less than planned (only with a log or visits column) */
  underServed: Uint8Array;
  /** C client visited at least twice the plan, and at least once (only with a log or visits column) */
  overServed: Uint8Array;
  source: VisitSource;
}

/**
 * Planned visits per year and their spacing for one client (rules in README, in this order):
 * prospect → 2 with a potential, else 0; lost → 0 whatever the class; otherwise the class's visits,
 * plus 2 when at risk (plus `inactiveExtra` when inactive); a new client gets its first-quarter
 * visits on top of the class's rhythm for the rest of the year, spaced over the quarter.
 */
export function plannedVisitRate(
  policy: VisitPolicy,
  abc: number,
  status: number,
  hasPotential: boolean,
): { perYear: number; intervalDays: number } {
  let perYear: number;
  let interval = NaN;
  if (status === S_PROSPECT || (status === NO_CODE && abc === NO_CODE)) {
    perYear = hasPotential ? policy.prospectWithPotential : policy.prospect;
  } else if (status === S_LOST) {
    perYear = policy.lost;
  } else {
    const base = abc < ABC_CLASSES.length ? policy.visitsPerYear[ABC_CLASSES[abc]] : 0;
    perYear = base;
    if (status === S_AT_RISK) perYear = base + policy.atRiskExtra;
    else if (status === S_INACTIVE) perYear = base + policy.inactiveExtra;
    else if (status === S_NEW && policy.newFirstQuarter > 0) {
      perYear = Math.max(base, policy.newFirstQuarter + (base * 3) / 4);
      interval = Math.min(DAYS_PER_YEAR / perYear, DAYS_PER_QUARTER / policy.newFirstQuarter);
    }
  }
  if (!(perYear > 0)) return { perYear: 0, intervalDays: NaN };
  if (Number.isNaN(interval)) interval = DAYS_PER_YEAR / perYear;
  return { perYear, intervalDays: Math.max(1, Math.round(interval)) };
}

/** Per client: planned visits and hours, next visit due, visits done, under/over-served flags. */
export function visitPlan(input: VisitPlanInput): VisitPlan {
  const { clients, asOf, abc, status } = input;
  const policy = input.policy ?? DEFAULT_VISIT_POLICY;
  const n = clients.ids.length;
  if (abc.length !== n || status.length !== n)
    throw new RangeError(
      `visitPlan: abc (${abc.length}) and status (${status.length}) must have one entry per client (${n}).`,
    );
  const potential = potentialFlags(clients);

  // Last visit: the later of the client list's "last visit" and the log's last visit up to asOf.
  const lastVisit = new Float64Array(n).fill(NaN);
  const listLast = dateAttribute(clients, clients.roles.lastVisit);
  if (listLast) for (let i = 0; i < n; i++) if (listLast[i] <= asOf) lastVisit[i] = listLast[i];

  const visits12 = new Float64Array(n).fill(NaN);
  let source: VisitSource = listLast ? 'lastVisitOnly' : 'none';
  const log = input.visits;
  if (log) {
    source = 'log';
    visits12.fill(0);
    const from = trailingWindowStart(asOf, 12);
    // Distinct visit days per client: two rows of one client on one day are one visit.
    const keys: number[] = [];
    for (let k = 0; k < log.length; k++) {
      const c = log.client[k],
        d = log.day[k];
      if (d > asOf) continue;
      if (!(lastVisit[c] >= d)) lastVisit[c] = d;
      if (d >= from) keys.push(c * 131_072 + d);
    }
    const sorted = Float64Array.from(keys).sort();
    for (let k = 0; k < sorted.length; k++)
      if (k === 0 || sorted[k] !== sorted[k - 1]) visits12[Math.floor(sorted[k] / 131_072)]++;
  } else {
    const col = clients.roles.visits ? clients.attributes[clients.roles.visits] : undefined;
    if (col && col.kind === 'number') {
      source = 'column';
      for (let i = 0; i < n; i++) visits12[i] = col.values[i] >= 0 ? col.values[i] : NaN;
    }
  }
  const flags = source === 'log' || source === 'column';

  const plannedVisits = new Float64Array(n);
  const plannedHours = new Float64Array(n);
  const intervalDays = new Float64Array(n);
  const nextDue = new Float64Array(n);
  const due = new Uint8Array(n);
  const underServed = new Uint8Array(n);
  const overServed = new Uint8Array(n);
  const hours = [policy.visitHours.A, policy.visitHours.B, policy.visitHours.C, policy.visitHours.N];
  // Rates depend only on (class, status, potential): compute the few combinations once.
  const rateCache = new Map<number, { perYear: number; intervalDays: number }>();
  for (let i = 0; i < n; i++) {
    const key = abc[i] * 1024 + status[i] * 2 + potential[i];
    let rate = rateCache.get(key);
    if (!rate) rateCache.set(key, (rate = plannedVisitRate(policy, abc[i], status[i], potential[i] === 1)));
    const plan = rate.perYear;
    plannedVisits[i] = plan;
    plannedHours[i] = plan * (abc[i] < 4 ? hours[abc[i]] : policy.visitHours.none);
    intervalDays[i] = rate.intervalDays;
    if (plan > 0) {
      const last = lastVisit[i];
      nextDue[i] = Number.isNaN(last) ? asOf : last + rate.intervalDays;
      due[i] = nextDue[i] <= asOf ? 1 : 0;
    } else nextDue[i] = NaN;
    if (flags && !Number.isNaN(visits12[i])) {
      const v = visits12[i];
      // New clients are judged by their due date, not by a year they have not had.
      if ((abc[i] === A || status[i] === S_AT_RISK) && status[i] !== S_NEW && v < plan) underServed[i] = 1;
      if (abc[i] === C && v > 0 && v >= 2 * plan) overServed[i] = 1;
    }
  }
  return {
    plannedVisits,
    plannedHours,
    intervalDays,
    lastVisit,
    nextDue,
    due,
    visits12,
    underServed,
    overServed,
    source,
  };
}

const NO_POTENTIAL = new Set([
  '0',
  'no',
  'nao',
  'none',
  'ninguno',
  'ninguna',
  'nenhum',
  'nenhuma',
  'nada',
  '-',
  'n/a',
]);

/** 1 = the client list gives the client a potential: a number > 0, or a text other than "no"/"0"/"-". */
function potentialFlags(clients: ClientsData): Uint8Array {
  const n = clients.ids.length;
  const out = new Uint8Array(n);
  const col = clients.roles.potential ? clients.attributes[clients.roles.potential] : undefined;
  if (!col) return out;
  if (col.kind === 'text') {
    const ok = col.labels.map((l) => {
      const f = foldText(l);
      return f !== '' && !NO_POTENTIAL.has(f) ? 1 : 0;
    });
    for (let i = 0; i < n; i++) out[i] = col.codes[i] >= 0 ? ok[col.codes[i]] : 0;
  } else if (col.kind === 'number') {
    for (let i = 0; i < n; i++) out[i] = col.values[i] > 0 ? 1 : 0;
  }
  return out;
}

function dateAttribute(clients: ClientsData, key: string | undefined): Float64Array | null {
  const col = key ? clients.attributes[key] : undefined;
  return col && col.kind === 'date' ? col.values : null;
}
