// "Create list" (SPEC §9): the clients of a segment with their contact columns, as one table on a new
// sheet the user keeps. Pure: builds the OutputSheet that controller.createList writes.
import type { FullAnalysis } from '../engine/pipeline';
import { segmentMembers, type SegmentDefinition, type SegmentFields } from '../engine/segments';
import { ABC_CLASSES, NO_CODE, RFM_SEGMENTS, STATUSES, type Cell, type ClientRole, type ClientsData } from '../engine/types';
import { excelNumberFormats, formatDate, isMessageKey, translator, type FormatKind, type Locale } from '../i18n';
import type { OutputColumn, OutputSheet } from '../report/types';
import { LIST_PRINT } from '../report/types';
import { codeValueLabel } from './codeValueLabel';
import './messages';
import { sheetNameFor } from '../engine/sheetNameFor';

/** Client-list roles copied to the list, in this order, when the list has them. */
export const LIST_ROLES: readonly ClientRole[] = ['name', 'contact', 'email', 'phone', 'region', 'salesperson', 'segment'];

/** Column widths (characters) of the contact columns that are usually long. */
const WIDTH: Record<string, number> = { name: 30, contact: 24, email: 30, phone: 16, salesperson: 18, revenue12: 14 };

export interface SegmentListInput {
  analysis: FullAnalysis;
  clients: ClientsData;
  /** 1 = in the segment, per client index */
  mask: Uint8Array;
  name: string;
  locale: Locale;
  currency?: string;
  /** with `fields`: the fields its conditions use become columns of the list (after the contact columns) */
  definition?: SegmentDefinition;
  fields?: SegmentFields;
}

/** Computed fields the list always has (ABC class, status, RFM segment, revenue 12 months). */
const ALWAYS: ReadonlySet<string> = new Set(['abc', 'status', 'rfmSegment', 'revenue']);
/** Computed number fields in currency units. */
const MONEY: ReadonlySet<string> = new Set(['revenue', 'clv']);

/** A sheet name from the segment's name (Excel's rules: `sheetNameFor`), spaces folded, "-" for : \ / ? * [ ]. */
export function listSheetTitle(name: string, fallback: string): string {
  return sheetNameFor(name.replace(/\s+/g, ' '), undefined, fallback, '-');
}

export function segmentListSheet(input: SegmentListInput): OutputSheet {
  const { analysis, clients, mask, locale } = input;
  const tr = translator(locale);
  const formats = excelNumberFormats(locale, input.currency);
  const column = (key: string, header: string, kind: FormatKind): OutputColumn => ({
    key,
    header,
    kind,
    numberFormat: formats[kind],
    width: Math.max(WIDTH[key] ?? 12, Math.min(40, header.length + 4)),
  });
  const members = segmentMembers(mask);
  const columns: OutputColumn[] = [column('clientId', tr('col.clientId'), 'text')];
  const getters: ((i: number) => Cell)[] = [(i) => analysis.ids[i]];
  const seen = new Set<string>();
  for (const role of LIST_ROLES) {
    const header = clients.roles[role];
    if (!header || seen.has(header)) continue;
    const attr = clients.attributes[header];
    if (!attr) continue;
    seen.add(header);
    if (attr.kind === 'text') {
      columns.push(column(role, header, 'text'));
      getters.push((i) => (attr.codes[i] >= 0 ? attr.labels[attr.codes[i]] : null));
    } else {
      columns.push(column(role, header, attr.kind === 'date' ? 'date' : 'number'));
      getters.push((i) => (Number.isNaN(attr.values[i]) ? null : attr.values[i]));
    }
  }
  // The criteria: each field a condition uses, in the order first used, unless already a column.
  const used = [...new Set(input.definition?.groups.flatMap((g) => g.conditions.map((c) => c.field)) ?? [])];
  for (const key of used) {
    const field = input.fields?.byKey.get(key);
    if (!field || ALWAYS.has(key) || (field.source === 'attribute' && seen.has(field.label))) continue;
    if (field.source === 'attribute') seen.add(field.label);
    const fieldKey = `pane.field.${key}`;
    const header = field.source === 'computed' && isMessageKey(fieldKey) ? tr(fieldKey) : field.label;
    const colKey = `criterion:${key}`;
    if (field.kind === 'text') {
      const { codes, labels } = field;
      columns.push(column(colKey, header, 'text'));
      getters.push((i) => (codes[i] >= 0 ? labels[codes[i]] : null));
    } else if (field.kind === 'code') {
      const { codes, labels } = field;
      const shown = labels.map((id) => codeValueLabel(locale, key, id));
      columns.push(column(colKey, header, 'text'));
      getters.push((i) => (codes[i] < shown.length ? shown[codes[i]] : null));
    } else {
      const { values } = field;
      const whole = values.every((v) => Number.isNaN(v) || Number.isInteger(v));
      const kind: FormatKind =
        field.kind === 'date' ? 'date' : MONEY.has(key) ? 'money' : whole ? 'integer' : 'number';
      columns.push(column(colKey, header, kind));
      getters.push((i) => (Number.isNaN(values[i]) ? null : kind === 'money' ? Math.round(values[i] * 100) / 100 : values[i]));
    }
  }
  const { abc, lifecycle, rfm, facts } = analysis;
  columns.push(column('abcClass', tr('col.abcClass'), 'text'));
  getters.push((i) => (abc.classCode[i] === NO_CODE ? null : ABC_CLASSES[abc.classCode[i]]));
  columns.push(column('status', tr('col.status'), 'text'));
  getters.push((i) => tr(`status.${STATUSES[lifecycle.status[i]]}`));
  columns.push(column('rfmSegment', tr('col.rfmSegment'), 'text'));
  getters.push((i) => (rfm.segment[i] === NO_CODE ? null : tr(`seg.${RFM_SEGMENTS[rfm.segment[i]]}`)));
  columns.push(column('revenue12', tr('col.revenue12'), 'money'));
  getters.push((i) => Math.round(facts.revenue12[i]) / 100);

  const rows: Cell[][] = new Array(members.length);
  for (let k = 0; k < members.length; k++) rows[k] = getters.map((get) => get(members[k]));
  const title = listSheetTitle(input.name, tr('pane.segment.defaultName'));
  return {
    key: 'campaignList',
    title,
    heading: input.name.trim() || tr('pane.segment.defaultName'),
    subtitle: tr('pane.segment.listSubtitle', { count: members.length, date: formatDate(locale, analysis.asOf) }),
    blocks: [{ type: 'table', key: 'list', name: 'Cartera_Lista', columns, rows, style: 'TableStyleMedium2' }],
    charts: [],
    freezeHeader: true,
    print: LIST_PRINT,
  };
}
