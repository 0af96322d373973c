// The per-client classification (SPEC §3–5 fields): the "Clients" sheet's table and the columns
// written beside the user's client list.
import type { PortfolioAnalysis } from '../engine/classify';
import { ABC_CLASSES, BEHAVIOURS, NO_CODE, RFM_SEGMENTS, STATUSES, TRENDS, type Cell, type ClientsData } from '../engine/types';
import type { MessageKey } from '../i18n';
import { fraction, money, plainInteger, reportContext, tableName, type ReportContext, type ReportOptions } from './reportContext';
import { drain, ROWS_PER_STEP } from './steps';
import type { ClientColumns, IconSetSpec, OutputColumn, OutputTable } from './types';

type Field = { column: OutputColumn; value: (i: number) => Cell };

/** Columns shown beside the client list (the id and name are already there). */
const BESIDE_LIST = [
  'abcClass',
  'abcRank',
  'abcValue',
  'rfmSegment',
  'rfmCode',
  'status',
  'behaviour',
  'trend',
  'lastPurchase',
  'purchases',
  'revenue12',
];

function fields(analysis: PortfolioAnalysis, ctx: ReportContext, clients?: ClientsData): Field[] {
  const { facts, abc, rfm, lifecycle, behaviour } = analysis;
  const c = ctx.column;
  // labels looked up once per code, not once per client
  const labels = (keys: readonly MessageKey[]) => keys.map((key) => ctx.text(key));
  const label = (names: string[], code: number) => (code === NO_CODE ? '' : names[code]);
  const yesNo = [ctx.text('no'), ctx.text('yes')];
  const segmentNames = labels(RFM_SEGMENTS.map((id) => `seg.${id}` as const));
  const noSegment = ctx.text('seg.none');
  const statusNames = labels(STATUSES.map((id) => `status.${id}` as const));
  const behaviourNames = labels(BEHAVIOURS.map((id) => `behaviour.${id}` as const));
  const trendNames = labels(TRENDS.map((id) => `trend.${id}` as const));
  const nameKey = clients?.roles.name;
  const nameAttr = nameKey ? clients.attributes[nameKey] : undefined;
  const out: Field[] = [{ column: { ...c('clientId', 'text'), width: 16 }, value: (i) => analysis.ids[i] }];
  if (nameAttr && nameAttr.kind === 'text') {
    out.push({
      column: { ...c('name', 'text'), width: 32 },
      value: (i) => (nameAttr.codes[i] >= 0 ? nameAttr.labels[nameAttr.codes[i]] : ''),
    });
  }
  if (clients) {
    out.push({ column: c('inList', 'text'), value: (i) => yesNo[clients.inList[i] ? 1 : 0] });
  }
  const day = (d: number): Cell => (d >= 0 ? d : '');
  out.push(
    {
      column: c('abcClass', 'text'),
      value: (i) => (abc.classCode[i] === NO_CODE ? '' : ABC_CLASSES[abc.classCode[i]]),
    },
    { column: plainInteger(c('abcRank', 'integer')), value: (i) => (abc.rank[i] > 0 ? abc.rank[i] : '') },
    { column: c('abcValue', 'money'), value: (i) => money(abc.valueCents[i]) },
    { column: c('abcShare', 'percent'), value: (i) => (abc.rank[i] > 0 ? fraction(abc.share[i]) : '') },
    { column: c('abcCumShare', 'percent'), value: (i) => (abc.rank[i] > 0 ? fraction(abc.cumShare[i]) : '') },
    { column: c('firstPurchase', 'date'), value: (i) => day(facts.firstPurchase[i]) },
    { column: c('lastPurchase', 'date'), value: (i) => day(facts.lastPurchase[i]) },
    { column: c('recencyDays', 'integer'), value: (i) => (facts.recencyDays[i] >= 0 ? facts.recencyDays[i] : '') },
    { column: c('purchases', 'integer'), value: (i) => facts.purchases[i] },
    { column: c('revenue12', 'money'), value: (i) => money(facts.revenue12[i]) },
    { column: c('revenueAll', 'money'), value: (i) => money(facts.revenueAll[i]) },
    { column: c('avgTicket', 'money'), value: (i) => (Number.isFinite(facts.avgTicket[i]) ? money(facts.avgTicket[i]) : '') },
    { column: plainInteger(c('r', 'integer')), value: (i) => rfm.r[i] || '' },
    { column: plainInteger(c('f', 'integer')), value: (i) => rfm.f[i] || '' },
    { column: plainInteger(c('m', 'integer')), value: (i) => rfm.m[i] || '' },
    // as text, so that "545" reads as a code (and filters as one), not a number
    { column: c('rfmCode', 'text'), value: (i) => (rfm.code[i] ? String(rfm.code[i]) : '') },
    { column: plainInteger(c('rfmValue', 'integer')), value: (i) => rfm.value[i] || '' },
    {
      column: { ...c('rfmSegment', 'text'), width: 20 },
      value: (i) => (rfm.segment[i] === NO_CODE ? noSegment : segmentNames[rfm.segment[i]]),
    },
    { column: c('status', 'text'), value: (i) => label(statusNames, lifecycle.status[i]) },
  );
  if (clients?.special) {
    const special = lifecycle.special;
    out.push({ column: c('special', 'text'), value: (i) => yesNo[special[i] ? 1 : 0] });
  }
  out.push(
    { column: c('usualGap', 'number'), value: (i) => (Number.isFinite(lifecycle.usualGap[i]) ? lifecycle.usualGap[i] : '') },
    { column: { ...c('behaviour', 'text'), width: 18 }, value: (i) => label(behaviourNames, behaviour.behaviour[i]) },
    { column: c('trend', 'text'), value: (i) => label(trendNames, behaviour.trend[i]) },
  );
  return out;
}

function* rowsOf(selected: Field[], count: number): Generator<void, Cell[][]> {
  const rows: Cell[][] = new Array(count);
  for (let i = 0; i < count; i++) {
    if (i > 0 && i % ROWS_PER_STEP === 0) yield;
    const row: Cell[] = new Array(selected.length);
    for (let k = 0; k < selected.length; k++) row[k] = selected[k].value(i);
    rows[i] = row;
  }
  return rows;
}

/** One row per client (list clients first, then those seen only in the sales), every classification field. */
export function clientTable(analysis: PortfolioAnalysis, options: ReportOptions): OutputTable {
  return drain(clientTableSteps(analysis, options));
}

/** RFM scores 1–5: one rating icon per score (a score of 3 shows three bars). */
export const SCORE_ICONS: IconSetSpec = { style: 'FiveRating', thresholds: [2, 3, 4, 5] };
/** Excel's default blue data bar. */
export const BAR_COLOUR = '#638EC6';

/** Native formats of the Clients table: data bars on its amounts, rating icons on the R, F, M scores. */
export function clientFormats(keys: string[]): Pick<OutputTable, 'dataBars' | 'iconSets'> {
  return {
    dataBars: ['revenue12', 'clv'].filter((k) => keys.includes(k)).map((column) => ({ column, colour: BAR_COLOUR })),
    iconSets: ['r', 'f', 'm'].filter((k) => keys.includes(k)).map((column) => ({ column, icons: SCORE_ICONS })),
  };
}

/** clientTable, yielding every ROWS_PER_STEP rows. */
export function* clientTableSteps(analysis: PortfolioAnalysis, options: ReportOptions): Generator<void, OutputTable> {
  const ctx = reportContext(options);
  const all = fields(analysis, ctx, options.clients);
  return {
    type: 'table',
    key: 'clients',
    name: tableName('Clients'),
    columns: all.map((f) => f.column),
    rows: yield* rowsOf(all, analysis.clientCount),
    style: 'TableStyleMedium2',
    ...clientFormats(all.map((f) => f.column.key)),
  };
}

/** The classification columns written beside the user's client list, one row per client index. */
export function classificationColumns(analysis: PortfolioAnalysis, options: ReportOptions): ClientColumns {
  return drain(classificationColumnsSteps(analysis, options));
}

/** classificationColumns, yielding every ROWS_PER_STEP rows. */
export function* classificationColumnsSteps(analysis: PortfolioAnalysis, options: ReportOptions): Generator<void, ClientColumns> {
  const ctx = reportContext(options);
  const all = fields(analysis, ctx, options.clients);
  const selected = BESIDE_LIST.map((key) => all.find((f) => f.column.key === key)).filter((f): f is Field => !!f);
  // Prefixed so that they never take the name of a user's column (Excel would rename ours, and a
  // re-run looking for "Estado" could then overwrite the user's "Estado").
  const columns = selected.map((f) => ({ ...f.column, header: `Cartera: ${f.column.header}` }));
  return { columns, rows: yield* rowsOf(selected, analysis.clientCount) };
}
