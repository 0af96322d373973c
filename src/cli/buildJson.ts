import { ABC_CLASSES, NO_CODE, RFM_SEGMENTS, STATUSES, type QualityIssue, type RejectedRow } from '../engine/types';
import { ACTION_LISTS, type ActionList, type MigrationMatrix } from '../engine/changes';
import type { MetricRow } from '../engine/metrics';
import { clvAssumptions, type ClvAssumptions } from '../report/clvAssumptions';
import { isoDate } from '../engine/dates';
import type { ModelBacktest } from '../engine/clv';
import type { CliAnalysis } from './analyze';

/** The --json document (SPEC §10). Numbers that do not exist (no purchase, no model) are null. */
export interface CarteraJson {
  asOf: string;
  quality: {
    rowsRead: number;
    rowsUsed: number;
    rowsRejected: number;
    rowsAfterAsOf: number;
    blankRows: number;
    rejected: RejectedRow[];
    issues: QualityIssue[];
  };
  clients: Array<{
    id: string;
    inList: boolean;
    abc: string | null;
    revenue12: number;
    purchases: number;
    recencyDays: number | null;
    r: number | null;
    f: number | null;
    m: number | null;
    rfmSegment: string | null;
    status: string;
    pAlive: number | null;
    expectedPurchases: number | null;
    clv: number | null;
    /** SPEC §11: class and status at the comparison date (null = no sale then; also null when changes did not run) */
    abcBefore: string | null;
    statusBefore: string | null;
  }>;
  /** SPEC §11: the comparison date, the migration matrices (non-empty cells; revenue12 = 12-month
   * revenue now) and the client ids of each action list; null when the changes part did not run */
  compareDate: string | null;
  migration: { abc: MigrationCell[]; status: MigrationCell[] } | null;
  actionLists: Record<ActionList, string[]> | null;
  metrics: MetricRow[];
  model: {
    bgnbd: { r: number; alpha: number; a: number; b: number; logLikelihood: number | null } | null;
    gammaGamma: { p: number; q: number; gamma: number } | null;
    timeUnit: string;
    status: string;
    /** what the CLV figures assume (SPEC §7): horizon, discount, margin (assumed when marginSource is
     * "default"), clients on the retention model and why; null when lifetime value did not run */
    assumptions: ClvAssumptions | null;
  };
  /** the purchase model's back-test (SPEC §7); null when the CLV part did not run */
  validation: {
    status: string;
    timeUnit: string;
    holdout: number;
    calibrationEnd: string;
    holdoutEnd: string;
    clients: number;
    predictedTotal: number | null;
    actualTotal: number | null;
    mae: number | null;
    byFrequency: { x: number; clients: number; predicted: number; actual: number }[];
  } | null;
  /** parts of the analysis that could not run (metrics, clv, visits, crossSell), with the reason */
  warnings: { part: string; code: string; message: string }[];
}

export interface MigrationCell {
  from: string | null;
  to: string | null;
  clients: number;
  revenue12: number;
}

const num = (v: number): number | null => (Number.isFinite(v) ? v : null);
const score = (v: number): number | null => (v > 0 ? v : null);

/** The whole document; `withClients` false leaves `clients` empty (jsonText streams them). */
export function buildJson(result: CliAnalysis, inList: Uint8Array, withClients = true): CarteraJson {
  const { analysis, metrics, clv } = result;
  const { quality, changes } = analysis;
  const clients = withClients ? jsonClients(result, inList, 0, analysis.clientCount) : [];
  const bg = clv?.bgnbd.params;
  const gg = clv?.gammaGamma.params;
  return {
    asOf: analysis.asOfIso,
    quality: {
      rowsRead: quality.rowsRead,
      rowsUsed: quality.rowsUsed,
      rowsRejected: quality.rowsRejected,
      rowsAfterAsOf: quality.rowsAfterAsOf,
      blankRows: quality.blankRows,
      rejected: quality.rejected,
      issues: quality.issues,
    },
    clients,
    metrics: metrics ? metrics.rows : [],
    compareDate: changes ? changes.compareIso : null,
    migration: changes
      ? { abc: migrationCells(changes.abc, ABC_CLASSES), status: migrationCells(changes.status, STATUSES) }
      : null,
    actionLists: changes
      ? (Object.fromEntries(
          ACTION_LISTS.map((list) => [list, Array.from(changes.lists[list], (i) => analysis.ids[i])]),
        ) as Record<ActionList, string[]>)
      : null,
    model: {
      bgnbd: bg && clv ? { r: bg.r, alpha: bg.alpha, a: bg.a, b: bg.b, logLikelihood: clv.bgnbd.logLikelihood } : null,
      gammaGamma: gg ? { p: gg.p, q: gg.q, gamma: gg.gamma } : null,
      timeUnit: clv ? clv.settings.timeUnit : analysis.options.timeUnit,
      status: clv ? clv.status : 'not_run',
      assumptions: clv ? clvAssumptions(clv) : null,
    },
    validation: clv ? validationJson(clv.validation) : null,
    warnings: analysis.warnings.map((w) => ({ part: w.part, code: w.code, message: w.message })),
  };
}

/** The non-empty cells of a migration matrix, from × to in code order, null (no sale / no class) last. */
function migrationCells(m: MigrationMatrix, labels: readonly string[]): MigrationCell[] {
  const side = m.size + 1;
  const label = (k: number) => (k === m.size ? null : labels[k]);
  const out: MigrationCell[] = [];
  for (let f = 0; f < side; f++)
    for (let t = 0; t < side; t++) {
      const k = f * side + t;
      if (m.clients[k] > 0) out.push({ from: label(f), to: label(t), clients: m.clients[k], revenue12: m.revenueCents[k] / 100 });
    }
  return out;
}

/** Clients `from` (inclusive) to `to` (exclusive) as the document lists them. */
export function jsonClients(
  { analysis, clv }: CliAnalysis,
  inList: Uint8Array,
  from: number,
  to: number,
): CarteraJson['clients'] {
  const { facts, abc, rfm, lifecycle, changes } = analysis;
  const code = (labels: readonly string[], k: number) => (k === NO_CODE ? null : labels[k]);
  const clients: CarteraJson['clients'] = new Array(to - from);
  for (let c = from; c < to; c++) {
    const purchases = facts.purchases[c];
    clients[c - from] = {
      id: analysis.ids[c],
      inList: inList[c] === 1,
      abc: abc.classCode[c] === NO_CODE ? null : ABC_CLASSES[abc.classCode[c]],
      revenue12: abc.valueCents[c] / 100,
      purchases,
      recencyDays: facts.recencyDays[c] < 0 ? null : facts.recencyDays[c],
      r: score(rfm.r[c]),
      f: score(rfm.f[c]),
      m: score(rfm.m[c]),
      rfmSegment: rfm.segment[c] === NO_CODE ? null : RFM_SEGMENTS[rfm.segment[c]],
      status: STATUSES[lifecycle.status[c]],
      pAlive: clv ? num(clv.clients.pAlive[c]) : null,
      expectedPurchases: clv ? num(clv.clients.expectedPurchases[c]) : null,
      clv: clv ? num(clv.clients.clv[c]) : null,
      abcBefore: changes ? code(ABC_CLASSES, changes.abcBefore[c]) : null,
      statusBefore: changes ? code(STATUSES, changes.statusBefore[c]) : null,
    };
  }
  return clients;
}

function validationJson(v: ModelBacktest): CarteraJson['validation'] {
  const ok = v.status === 'ok';
  return {
    status: v.status,
    timeUnit: v.timeUnit,
    holdout: v.holdout,
    calibrationEnd: isoDate(v.calibrationEnd),
    holdoutEnd: isoDate(v.holdoutEnd),
    clients: v.clients,
    predictedTotal: ok ? v.predictedTotal : null,
    actualTotal: ok ? v.actualTotal : null,
    mae: ok ? v.mae : null,
    byFrequency: v.byFrequency.map(({ x, clients, predicted, actual }) => ({ x, clients, predicted, actual })),
  };
}
