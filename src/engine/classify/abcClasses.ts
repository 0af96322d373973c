import { engineError } from '../engineError';
import { ABC_CLASSES, NO_CODE } from '../types';
import { basisPoints, exactCompare } from './exactCompare';

export const ABC_A = 0, ABC_B = 1, ABC_C = 2, ABC_N = 3;

export interface AbcOptions {
  /** 'value': cumulative share of value; 'count': share of ranked clients (SPEC: 20 / 30 / 50 %) */
  mode: 'value' | 'count';
  /** cumulative thresholds as fractions: A up to a, B up to b (value: 0.8 / 0.95, count: 0.2 / 0.5) */
  a: number;
  b: number;
  /** 1 = the client takes part; 0 = no class (NO_CODE), e.g. prospects. Absent = everyone. */
  mask?: Uint8Array | null;
}

export interface AbcClassSummary {
  /** index in ABC_CLASSES */
  code: number;
  label: (typeof ABC_CLASSES)[number];
  clients: number;
  valueCents: number;
  /** share of the ranked value (0 for N) */
  valueShare: number;
  /** share of the classified clients (A+B+C+N) */
  clientShare: number;
}

/** Data for "the top X % of clients bring Y % of revenue" (class A against the ranked clients). */
export interface ParetoFacts {
  topClients: number;
  rankedClients: number;
  /** topClients / rankedClients (0 when nobody is ranked) */
  clientShare: number;
  topValueCents: number;
  totalValueCents: number;
  /** topValueCents / totalValueCents (0 when nobody is ranked) */
  valueShare: number;
}

export interface AbcResult {
  /** 1-based rank among clients with value > 0; 0 = not ranked */
  rank: Int32Array;
  /** value / total ranked value; 0 when not ranked */
  share: Float64Array;
  /** cumulative share after adding the client; 0 when not ranked */
  cumShare: Float64Array;
  /** index into ABC_CLASSES, NO_CODE outside the mask */
  classCode: Uint8Array;
  /** ranked client indexes, best first */
  order: Int32Array;
  totalCents: number;
  summary: AbcClassSummary[];
  pareto: ParetoFacts;
  thresholds: {
    mode: 'value' | 'count';
    aBasisPoints: number;
    bBasisPoints: number;
    /** smallest value in class A / B (cents), NaN when the class is empty */
    minValueA: number;
    minValueB: number;
  };
}

/**
 * ABC (Pareto) classes over integer cents. Clients with value > 0 are ranked by value descending,
 * ties by client id in text order; a client is A while the cumulative share *before* it is below
 * the A threshold (so the client that crosses it is A), likewise B; the rest C; value ≤ 0 → N.
 */
export function abcClasses(valueCents: Float64Array, ids: string[], options: AbcOptions): AbcResult {
  const n = valueCents.length;
  const { mode, mask } = options;
  if (!(options.a > 0 && options.a <= options.b && options.b <= 1)) {
    throw engineError(
      'abc_thresholds',
      { aShare: options.a, bShare: options.b },
      `ABC thresholds must satisfy 0 < A ≤ B ≤ 100 % (got A ${options.a * 100} %, B ${options.b * 100} %).`,
    );
  }
  const aBp = basisPoints(options.a), bBp = basisPoints(options.b);

  const classCode = new Uint8Array(n).fill(NO_CODE);
  const rank = new Int32Array(n);
  const share = new Float64Array(n);
  const cumShare = new Float64Array(n);

  let ranked = 0;
  for (let i = 0; i < n; i++) {
    if (mask && mask[i] === 0) continue;
    if (valueCents[i] > 0) ranked++;
    else classCode[i] = ABC_N;
  }
  const members = new Int32Array(ranked);
  let total = 0;
  for (let i = 0, k = 0; i < n; i++) {
    if ((!mask || mask[i] === 1) && valueCents[i] > 0) {
      members[k++] = i;
      total += valueCents[i];
    }
  }
  const order = rankOrder(valueCents, ids, members);

  let cum = 0;
  let minValueA = NaN, minValueB = NaN;
  for (let k = 0; k < ranked; k++) {
    const i = order[k];
    const v = valueCents[i];
    // Cumulative share before this client, compared as integers: before × 10000 < threshold × total.
    const before = mode === 'value' ? cum : k;
    const whole = mode === 'value' ? total : ranked;
    let cls: number;
    if (exactCompare(before, 10_000, aBp, whole) < 0) {
      cls = ABC_A;
      minValueA = v;
    } else if (exactCompare(before, 10_000, bBp, whole) < 0) {
      cls = ABC_B;
      minValueB = v;
    } else cls = ABC_C;
    cum += v;
    classCode[i] = cls;
    rank[i] = k + 1;
    share[i] = v / total;
    cumShare[i] = cum / total;
  }

  let classified = 0;
  const counts = [0, 0, 0, 0], values = [0, 0, 0, 0];
  for (let i = 0; i < n; i++) {
    const c = classCode[i];
    if (c === NO_CODE) continue;
    classified++;
    counts[c]++;
    values[c] += valueCents[i];
  }
  const summary = ABC_CLASSES.map((label, code) => ({
    code,
    label,
    clients: counts[code],
    valueCents: values[code],
    valueShare: code !== ABC_N && total > 0 ? values[code] / total : 0,
    clientShare: classified > 0 ? counts[code] / classified : 0,
  }));
  return {
    rank,
    share,
    cumShare,
    classCode,
    order,
    totalCents: total,
    summary,
    pareto: {
      topClients: counts[ABC_A],
      rankedClients: ranked,
      clientShare: ranked > 0 ? counts[ABC_A] / ranked : 0,
      topValueCents: values[ABC_A],
      totalValueCents: total,
      valueShare: total > 0 ? values[ABC_A] / total : 0,
    },
    thresholds: { mode, aBasisPoints: aBp, bBasisPoints: bBp, minValueA, minValueB },
  };
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Members ordered by value descending, ties by id in text order. Packs (max − value, position)
 * into one double and sorts natively when it fits in 53 bits; otherwise a comparator sort.
 */
export function rankOrder(values: Float64Array, ids: string[], members: Int32Array): Int32Array {
  const m = members.length;
  const order = new Int32Array(m);
  if (m === 0) return order;
  let max = 0, integers = true;
  for (let k = 0; k < m; k++) {
    const v = values[members[k]];
    if (v > max) max = v;
    if (!Number.isInteger(v)) integers = false;
  }
  const bits = Math.max(1, Math.ceil(Math.log2(m + 1)));
  const scale = 2 ** bits;
  if (integers && (max + 1) * scale < Number.MAX_SAFE_INTEGER) {
    const keys = new Float64Array(m);
    for (let k = 0; k < m; k++) keys[k] = (max - values[members[k]]) * scale + k;
    keys.sort();
    for (let k = 0; k < m; k++) order[k] = members[keys[k] % scale];
  } else {
    order.set(members);
    order.sort((x, y) => values[y] - values[x] || compareText(ids[x], ids[y]));
    return order;
  }
  // Equal values: by id.
  for (let lo = 0; lo < m; ) {
    let hi = lo + 1;
    while (hi < m && values[order[hi]] === values[order[lo]]) hi++;
    if (hi - lo > 1) order.subarray(lo, hi).sort((x, y) => compareText(ids[x], ids[y]));
    lo = hi;
  }
  return order;
}
