// The one registry of per-client fields the report writes. Each field says when it applies (a part
// of the analysis that ran, a client list with names or a special flag) and where it goes: every
// field is a column of the Clients sheet (in registry order); those with `besideList` are also
// written beside the user's client list, in that order, prefixed "Cartera: ". The Clients table,
// the columns beside the list and the PivotTable over the Clients sheet all come from here.
import { METHOD_NO_PURCHASE } from '../engine/clv';
import type { FullAnalysis } from '../engine/pipeline';
import { ABC_CLASSES, BEHAVIOURS, NO_CODE, RFM_SEGMENTS, STATUSES, TRENDS, type Cell, type ClientsData } from '../engine/types';
import type { MessageKey } from '../i18n';
import { fraction, money, plainInteger, reportContext, type ColumnKey, type ReportContext, type ReportOptions } from './reportContext';
import type { ColumnKind, OutputColumn } from './types';
import { clvMethodLabel } from './valueSheets';

/** What a field is computed from. */
export interface FieldSource {
  a: FullAnalysis;
  ctx: ReportContext;
  /** the client list's data (absent when only sales were given) */
  clients?: ClientsData;
}

export interface ClientFieldSpec {
  key: string;
  kind: ColumnKind;
  /** the header's message key, when not `col.<key>` */
  header?: (s: FieldSource) => MessageKey;
  width?: number;
  /** a plain integer format ("1234": ranks, scores) */
  plain?: boolean;
  /** when it applies (absent: always) */
  when?: (s: FieldSource) => boolean;
  /** also beside the client list, at this place among those columns (absent: the Clients sheet only) */
  besideList?: number;
  /** each client's value; called once per report (labels are looked up here, not once per client) */
  values: (s: FieldSource) => (i: number) => Cell;
}

/** A field that applies to this analysis: its column and each client's value. */
export interface ClientField {
  column: OutputColumn;
  value: (i: number) => Cell;
  besideList?: number;
}

const day = (d: number): Cell => (d >= 0 ? d : '');
const round2 = (v: number): Cell => (Number.isFinite(v) ? Math.round(v * 100) / 100 : '');
const finite = (v: number): Cell => (Number.isFinite(v) ? v : '');
/** labels looked up once per code, not once per client */
const labels = (ctx: ReportContext, keys: readonly MessageKey[]) => keys.map((key) => ctx.text(key));
const label = (names: string[], code: number) => (code === NO_CODE ? '' : names[code]);
const yesNo = (ctx: ReportContext) => [ctx.text('no'), ctx.text('yes')];
const nameOf = ({ clients }: FieldSource) => {
  const key = clients?.roles.name;
  const attr = key ? clients.attributes[key] : undefined;
  return attr?.kind === 'text' ? attr : null;
};
/** clients with no purchase are not valued: empty, not 0 */
const valued = (a: FullAnalysis) => (i: number) => a.clv!.clients.method[i] !== METHOD_NO_PURCHASE;
const clvValue =
  (get: (a: FullAnalysis, i: number) => Cell) =>
  ({ a }: FieldSource) => {
    const ok = valued(a);
    return (i: number) => (ok(i) ? get(a, i) : '');
  };
const hasClv = ({ a }: FieldSource) => a.clv !== null;
const hasVisits = ({ a }: FieldSource) => a.visits !== null;
const hasCrossSell = ({ a }: FieldSource) => a.crossSell !== null;

export const CLIENT_FIELDS: readonly ClientFieldSpec[] = [
  { key: 'clientId', kind: 'text', width: 16, values: ({ a }) => (i) => a.ids[i] },
  {
    key: 'name',
    kind: 'text',
    width: 32,
    when: (s) => nameOf(s) !== null,
    values: (s) => {
      const name = nameOf(s)!;
      return (i) => (name.codes[i] >= 0 ? name.labels[name.codes[i]] : '');
    },
  },
  {
    key: 'inList',
    kind: 'text',
    when: ({ clients }) => !!clients,
    values: ({ ctx, clients }) => {
      const yn = yesNo(ctx);
      return (i) => yn[clients!.inList[i] ? 1 : 0];
    },
  },
  {
    key: 'abcClass',
    kind: 'text',
    besideList: 0,
    values: ({ a }) => (i) => (a.abc.classCode[i] === NO_CODE ? '' : ABC_CLASSES[a.abc.classCode[i]]),
  },
  { key: 'abcRank', kind: 'integer', plain: true, besideList: 1, values: ({ a }) => (i) => (a.abc.rank[i] > 0 ? a.abc.rank[i] : '') },
  { key: 'abcValue', kind: 'money', besideList: 2, values: ({ a }) => (i) => money(a.abc.valueCents[i]) },
  { key: 'abcShare', kind: 'percent', values: ({ a }) => (i) => (a.abc.rank[i] > 0 ? fraction(a.abc.share[i]) : '') },
  { key: 'abcCumShare', kind: 'percent', values: ({ a }) => (i) => (a.abc.rank[i] > 0 ? fraction(a.abc.cumShare[i]) : '') },
  { key: 'firstPurchase', kind: 'date', values: ({ a }) => (i) => day(a.facts.firstPurchase[i]) },
  { key: 'lastPurchase', kind: 'date', besideList: 8, values: ({ a }) => (i) => day(a.facts.lastPurchase[i]) },
  {
    key: 'recencyDays',
    kind: 'integer',
    values: ({ a }) => (i) => (a.facts.recencyDays[i] >= 0 ? a.facts.recencyDays[i] : ''),
  },
  { key: 'purchases', kind: 'integer', besideList: 9, values: ({ a }) => (i) => a.facts.purchases[i] },
  { key: 'revenue12', kind: 'money', besideList: 10, values: ({ a }) => (i) => money(a.facts.revenue12[i]) },
  { key: 'revenueAll', kind: 'money', values: ({ a }) => (i) => money(a.facts.revenueAll[i]) },
  {
    key: 'avgTicket',
    kind: 'money',
    values: ({ a }) => (i) => (Number.isFinite(a.facts.avgTicket[i]) ? money(a.facts.avgTicket[i]) : ''),
  },
  { key: 'r', kind: 'integer', plain: true, values: ({ a }) => (i) => a.rfm.r[i] || '' },
  { key: 'f', kind: 'integer', plain: true, values: ({ a }) => (i) => a.rfm.f[i] || '' },
  { key: 'm', kind: 'integer', plain: true, values: ({ a }) => (i) => a.rfm.m[i] || '' },
  // as text, so that "545" reads as a code (and filters as one), not a number
  { key: 'rfmCode', kind: 'text', besideList: 4, values: ({ a }) => (i) => (a.rfm.code[i] ? String(a.rfm.code[i]) : '') },
  { key: 'rfmValue', kind: 'integer', plain: true, values: ({ a }) => (i) => a.rfm.value[i] || '' },
  {
    key: 'rfmSegment',
    kind: 'text',
    width: 20,
    besideList: 3,
    values: ({ a, ctx }) => {
      const names = labels(ctx, RFM_SEGMENTS.map((id) => `seg.${id}` as const));
      const none = ctx.text('seg.none');
      return (i) => (a.rfm.segment[i] === NO_CODE ? none : names[a.rfm.segment[i]]);
    },
  },
  {
    key: 'status',
    kind: 'text',
    besideList: 5,
    values: ({ a, ctx }) => {
      const names = labels(ctx, STATUSES.map((id) => `status.${id}` as const));
      return (i) => label(names, a.lifecycle.status[i]);
    },
  },
  {
    key: 'special',
    kind: 'text',
    when: ({ clients }) => !!clients?.special,
    values: ({ a, ctx }) => {
      const yn = yesNo(ctx);
      return (i) => yn[a.lifecycle.special[i] ? 1 : 0];
    },
  },
  {
    key: 'usualGap',
    kind: 'number',
    values: ({ a }) => (i) => (Number.isFinite(a.lifecycle.usualGap[i]) ? a.lifecycle.usualGap[i] : ''),
  },
  {
    key: 'behaviour',
    kind: 'text',
    width: 18,
    besideList: 6,
    values: ({ a, ctx }) => {
      const names = labels(ctx, BEHAVIOURS.map((id) => `behaviour.${id}` as const));
      return (i) => label(names, a.behaviour.behaviour[i]);
    },
  },
  {
    key: 'trend',
    kind: 'text',
    besideList: 7,
    values: ({ a, ctx }) => {
      const names = labels(ctx, TRENDS.map((id) => `trend.${id}` as const));
      return (i) => label(names, a.behaviour.trend[i]);
    },
  },
  // the later parts of the pipeline, when they ran
  {
    key: 'salesperson',
    kind: 'text',
    width: 20,
    when: hasVisits,
    values: ({ a }) => {
      const owner = a.visits!.owner;
      return (i) => (owner.codes[i] >= 0 ? owner.labels[owner.codes[i]] : '');
    },
  },
  { key: 'pAlive', kind: 'percent', when: hasClv, besideList: 12, values: clvValue((a, i) => fraction(a.clv!.clients.pAlive[i])) },
  {
    key: 'expectedPurchases',
    kind: 'number',
    when: hasClv,
    values: clvValue((a, i) => round2(a.clv!.clients.expectedPurchases[i])),
  },
  { key: 'expectedValue', kind: 'money', when: hasClv, values: clvValue((a, i) => round2(a.clv!.clients.expectedValue[i])) },
  { key: 'clv', kind: 'money', when: hasClv, besideList: 11, values: clvValue((a, i) => round2(a.clv!.clients.clv[i])) },
  // the margin each CLV uses, beside it; "assumed" when there is no margin or cost column (SPEC §7)
  {
    key: 'clvMargin',
    kind: 'percent',
    when: hasClv,
    header: ({ a }) => (a.clv!.margin.source === 'default' ? 'col.clvMarginAssumed' : 'col.clvMargin'),
    values: clvValue((a, i) => fraction(a.clv!.clients.marginRate[i])),
  },
  {
    key: 'clvMethod',
    kind: 'text',
    width: 28,
    when: hasClv,
    values: (s) => clvValue((a, i) => clvMethodLabel(s.ctx, a.clv!.clients.method[i]))(s),
  },
  {
    key: 'plannedVisits',
    kind: 'number',
    when: hasVisits,
    header: () => 'col.plannedVisitsYear',
    values: ({ a }) => (i) => round2(a.visits!.plan.plannedVisits[i]),
  },
  { key: 'lastVisit', kind: 'date', when: hasVisits, values: ({ a }) => (i) => finite(a.visits!.plan.lastVisit[i]) },
  {
    key: 'nextVisit',
    kind: 'date',
    when: hasVisits,
    besideList: 13,
    values: ({ a }) => (i) => finite(a.visits!.plan.nextDue[i]),
  },
  {
    key: 'crossSellCount',
    kind: 'integer',
    when: hasCrossSell,
    values: ({ a }) => {
      const { gapCount, clientSegment } = a.crossSell!;
      return (i) => (clientSegment[i] >= 0 ? gapCount[i] : '');
    },
  },
  {
    key: 'crossSellValue',
    kind: 'money',
    when: hasCrossSell,
    values: ({ a }) => {
      const { gapValue, clientSegment } = a.crossSell!;
      return (i) => (clientSegment[i] >= 0 ? money(gapValue[i]) : '');
    },
  },
];

/** The registry's fields that apply to this analysis, in Clients-sheet order. */
export function clientFields(
  analysis: FullAnalysis,
  options: ReportOptions,
  registry: readonly ClientFieldSpec[] = CLIENT_FIELDS,
): ClientField[] {
  const s: FieldSource = { a: analysis, ctx: reportContext(options), clients: options.clients };
  const out: ClientField[] = [];
  for (const spec of registry) {
    if (spec.when && !spec.when(s)) continue;
    let column = spec.header ? s.ctx.column(spec.key, spec.kind, spec.header(s)) : s.ctx.column(spec.key as ColumnKey, spec.kind);
    if (spec.width !== undefined) column = { ...column, width: spec.width };
    if (spec.plain) column = plainInteger(column);
    out.push({ column, value: spec.values(s), besideList: spec.besideList });
  }
  return out;
}
