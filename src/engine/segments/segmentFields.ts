import type { ClientsData } from '../types';
import { ABC_CLASSES, BEHAVIOURS, RFM_SEGMENTS, STATUSES, TRENDS } from '../types';
import { ymdFromDay } from '../dates';
import { fromCents } from '../money';

export type SegmentFieldKind = 'text' | 'number' | 'date' | 'code';

/** What the UI needs to offer a field: no per-client data. */
export interface SegmentFieldInfo {
  key: string;
  /** English default name; the UI localises computed fields by key */
  label: string;
  kind: SegmentFieldKind;
  source: 'attribute' | 'computed';
  /** the values to pick from (text and code fields) */
  labels?: readonly string[];
}

export type SegmentField = SegmentFieldInfo &
  (
    | { kind: 'text'; codes: Int32Array; labels: readonly string[] }
    /** NO_CODE (or any index past labels) = empty */
    | { kind: 'code'; codes: Uint8Array; labels: readonly string[] }
    /** NaN = empty; dates are day serials */
    | { kind: 'number' | 'date'; values: Float64Array }
  );

export interface SegmentFields {
  /** number of clients */
  length: number;
  fields: SegmentField[];
  byKey: Map<string, SegmentField>;
  /** the fields without their data, for the UI */
  info: SegmentFieldInfo[];
}

/** Computed per-client results, all optional: a field is offered only when given. */
export interface SegmentFieldsInput {
  clients: ClientsData;
  /** for age */
  asOf: number;
  abc?: Uint8Array;
  rfmSegment?: Uint8Array;
  /** RFM scores 1–5; anything else (0, NO_CODE, NaN) = no score */
  r?: ArrayLike<number>;
  f?: ArrayLike<number>;
  m?: ArrayLike<number>;
  status?: Uint8Array;
  behaviour?: Uint8Array;
  trend?: Uint8Array;
  /** integer cents (offered in currency units) */
  revenue?: Float64Array;
  /** day serial of the last purchase; NaN or negative = none */
  lastPurchase?: ArrayLike<number>;
  /** currency units */
  clv?: Float64Array;
}

export const COMPUTED_FIELD_KEYS = [
  'abc',
  'rfmSegment',
  'r',
  'f',
  'm',
  'status',
  'behaviour',
  'trend',
  'special',
  'revenue',
  'lastPurchase',
  'clv',
  'age',
] as const;

/** Prefix of an attribute whose header equals a computed field's key. */
export const ATTRIBUTE_PREFIX = 'column:';

/**
 * The fields a segment can filter on: every client-list attribute (keyed by its header) and the
 * computed fields available (ABC, RFM, status, behaviour, revenue, last purchase, CLV, age).
 */
export function segmentFields(input: SegmentFieldsInput): SegmentFields {
  const { clients } = input;
  const n = clients.ids.length;
  const fields: SegmentField[] = [];
  const computed = new Set<string>(COMPUTED_FIELD_KEYS);
  for (const [header, col] of Object.entries(clients.attributes)) {
    const key = computed.has(header) ? ATTRIBUTE_PREFIX + header : header;
    const base = { key, label: header, source: 'attribute' as const };
    if (col.kind === 'text') fields.push({ ...base, kind: 'text', codes: col.codes, labels: col.labels });
    else fields.push({ ...base, kind: col.kind, values: col.values });
  }
  const code = (
    key: string,
    label: string,
    codes: Uint8Array | undefined | null,
    labels: readonly string[],
  ) => {
    if (codes) fields.push({ key, label, source: 'computed', kind: 'code', codes, labels });
  };
  const number = (
    key: string,
    label: string,
    values: Float64Array | null,
    kind: 'number' | 'date' = 'number',
  ) => {
    if (values) fields.push({ key, label, source: 'computed', kind, values });
  };
  code('abc', 'ABC class', input.abc, ABC_CLASSES);
  code('rfmSegment', 'RFM segment', input.rfmSegment, RFM_SEGMENTS);
  number('r', 'R score', score(input.r));
  number('f', 'F score', score(input.f));
  number('m', 'M score', score(input.m));
  code('status', 'Status', input.status, STATUSES);
  code('behaviour', 'Behaviour', input.behaviour, BEHAVIOURS);
  code('trend', 'Trend', input.trend, TRENDS);
  code('special', 'Special', clients.special, ['no', 'yes']);
  number('revenue', 'Revenue', input.revenue ? input.revenue.map(fromCents) : null);
  number('lastPurchase', 'Last purchase', days(input.lastPurchase), 'date');
  number('clv', 'CLV', input.clv ?? null);
  number('age', 'Age', ages(clients, input.asOf));
  if (fields.length && fields.some((f) => ('codes' in f ? f.codes.length : f.values.length) !== n))
    throw new RangeError('segmentFields: every per-client array must have one entry per client.');
  return {
    length: n,
    fields,
    byKey: new Map(fields.map((f) => [f.key, f])),
    info: fields.map(({ key, label, kind, source, labels }) =>
      labels ? { key, label, kind, source, labels } : { key, label, kind, source },
    ),
  };
}

function score(values: ArrayLike<number> | undefined): Float64Array | null {
  if (!values) return null;
  return Float64Array.from(values, (v) => (v >= 1 && v <= 5 ? v : NaN));
}

function days(values: ArrayLike<number> | undefined): Float64Array | null {
  if (!values) return null;
  return Float64Array.from(values, (v) => (v >= 0 ? v : NaN));
}

/**
 * Whole years at asOf: from the birth-date column (a birthday on 29 February is reached on
 * 1 March in other years), else from an age column; null when neither exists.
 */
function ages(clients: ClientsData, asOf: number): Float64Array | null {
  const birth = clients.roles.birthDate ? clients.attributes[clients.roles.birthDate] : undefined;
  if (birth && birth.kind === 'date') {
    const now = ymdFromDay(asOf);
    return birth.values.map((d) => {
      if (Number.isNaN(d) || d > asOf) return NaN;
      const b = ymdFromDay(d);
      return now.year - b.year - (now.month < b.month || (now.month === b.month && now.day < b.day) ? 1 : 0);
    });
  }
  const age = clients.roles.age ? clients.attributes[clients.roles.age] : undefined;
  if (age && age.kind === 'number') return age.values.map((v) => (v >= 0 ? Math.floor(v) : NaN));
  return null;
}
