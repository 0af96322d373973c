import { engineError } from '../engineError';
import type { CarteraError } from '../types';

/**
 * The visit policy: an editable table, stored in the workbook as JSON (JSON.stringify of this
 * object; parseVisitPolicy reads it back). Visits are per year; hours are per visit.
 */
export interface VisitPolicy {
  version: 1;
  /** visits/year by ABC class (SPEC §8: A 12, B 4, C 1; N 0) */
  visitsPerYear: { A: number; B: number; C: number; N: number };
  /** added to the class's visits for clients at risk (+2) */
  atRiskExtra: number;
  /** added to the class's visits for inactive clients (0: SPEC is silent, see README) */
  inactiveExtra: number;
  /** visits in a new client's first quarter (2) */
  newFirstQuarter: number;
  /** visits/year for lost clients, overriding the class (0) */
  lost: number;
  /** visits/year for prospects with a potential (2) and without one (0) */
  prospectWithPotential: number;
  prospect: number;
  /** length of one visit in hours, travel included, by class; `none` = prospects and unclassified */
  visitHours: { A: number; B: number; C: number; N: number; none: number };
  /** hours/year a salesperson can spend visiting (1,400) */
  capacityHours: number;
  /** per-salesperson capacity, by name as in the data (case and accents ignored) */
  capacityBySalesperson: Record<string, number>;
}

export const DEFAULT_VISIT_POLICY: Readonly<VisitPolicy> = Object.freeze({
  version: 1,
  visitsPerYear: Object.freeze({ A: 12, B: 4, C: 1, N: 0 }),
  atRiskExtra: 2,
  inactiveExtra: 0,
  newFirstQuarter: 2,
  lost: 0,
  prospectWithPotential: 2,
  prospect: 0,
  visitHours: Object.freeze({ A: 2, B: 1.5, C: 1, N: 1, none: 1.5 }),
  capacityHours: 1400,
  capacityBySalesperson: Object.freeze({}) as Record<string, number>,
}) as VisitPolicy;

const SCALARS = [
  'atRiskExtra',
  'inactiveExtra',
  'newFirstQuarter',
  'lost',
  'prospectWithPotential',
  'prospect',
  'capacityHours',
] as const;

/**
 * A complete, validated policy from a stored one (object or its JSON text, possibly partial or
 * from an older version): missing entries take the defaults; a value that is not a number ≥ 0 is
 * refused with the entry's name.
 */
export function parseVisitPolicy(stored?: unknown): VisitPolicy {
  let obj: unknown = stored ?? {};
  if (typeof obj === 'string') {
    try {
      obj = JSON.parse(obj);
    } catch {
      throw engineError('visit_policy_json', {}, 'The stored visit policy is not valid JSON.');
    }
  }
  if (typeof obj !== 'object' || obj === null || Array.isArray(obj))
    throw engineError('visit_policy_not_table', {}, 'The visit policy must be a table of values.');
  const src = obj as Record<string, unknown>;
  const d = DEFAULT_VISIT_POLICY;
  const policy: VisitPolicy = {
    version: 1,
    visitsPerYear: { ...d.visitsPerYear },
    atRiskExtra: d.atRiskExtra,
    inactiveExtra: d.inactiveExtra,
    newFirstQuarter: d.newFirstQuarter,
    lost: d.lost,
    prospectWithPotential: d.prospectWithPotential,
    prospect: d.prospect,
    visitHours: { ...d.visitHours },
    capacityHours: d.capacityHours,
    capacityBySalesperson: {},
  };
  for (const key of SCALARS) if (src[key] !== undefined) policy[key] = amount(src[key], key);
  for (const table of ['visitsPerYear', 'visitHours'] as const) {
    const given = src[table];
    if (given === undefined) continue;
    if (typeof given !== 'object' || given === null) throw bad(table, given);
    const target = policy[table] as unknown as Record<string, number>;
    for (const [k, v] of Object.entries(given)) {
      if (!(k in target))
        throw engineError(
          'visit_policy_unknown_entry',
          { entry: `${table}.${k}` },
          `Visit policy: unknown entry ${table}.${k}.`,
        );
      target[k] = amount(v, `${table}.${k}`);
    }
  }
  const caps = src.capacityBySalesperson;
  if (caps !== undefined) {
    if (typeof caps !== 'object' || caps === null) throw bad('capacityBySalesperson', caps);
    for (const [name, v] of Object.entries(caps)) {
      if (!isAmount(v))
        throw engineError(
          'visit_policy_bad_capacity',
          { salesperson: name, value: JSON.stringify(v) ?? String(v) },
          `Visit policy: capacity of ${name} must be a number ≥ 0 (got ${JSON.stringify(v)}).`,
        );
      policy.capacityBySalesperson[name] = amount(v, name);
    }
  }
  return policy;
}

function asNumber(v: unknown): unknown {
  return typeof v === 'string' && v.trim() !== '' ? Number(v.replace(',', '.')) : v;
}

function isAmount(v: unknown): boolean {
  const x = asNumber(v);
  return typeof x === 'number' && Number.isFinite(x) && x >= 0;
}

function amount(v: unknown, name: string): number {
  if (!isAmount(v)) throw bad(name, v);
  return asNumber(v) as number;
}

function bad(name: string, v: unknown): CarteraError {
  return engineError(
    'visit_policy_bad_number',
    { entry: name, value: JSON.stringify(v) ?? String(v) },
    `Visit policy: ${name} must be a number ≥ 0 (got ${JSON.stringify(v)}).`,
  );
}
