import { engineError } from '../engineError';
import { dayFromIso } from '../dates';
import { foldText } from './foldText';
import { ordinalRanks } from './ordinalRanks';
import type { SegmentCondition, SegmentDefinition, SegmentValue } from './segmentDefinition';
import type { SegmentField, SegmentFields } from './segmentFields';

/**
 * The clients in a segment: 1 where some group (OR) has all its conditions (AND) true. Groups
 * without conditions are ignored; a definition with no condition at all matches every client.
 * Text is compared without regard to case, accents or spacing; blank values fail every condition
 * except isEmpty (and any negated one).
 */
export function segmentMatches(definition: SegmentDefinition, fields: SegmentFields): Uint8Array {
  const n = fields.length;
  const out = new Uint8Array(n);
  const groups = definition.groups.filter((g) => g.conditions.length > 0);
  if (groups.length === 0) return out.fill(1);
  const mask = new Uint8Array(n);
  groups.forEach((group, gi) => {
    mask.fill(1);
    group.conditions.forEach((c, ci) => {
      const field = fields.byKey.get(c.field);
      if (!field)
        throw engineError(
          'segment_unknown_field',
          { group: gi + 1, condition: ci + 1, field: c.field },
          `Segment (group ${gi + 1}, condition ${ci + 1}): there is no field "${c.field}" in this analysis.`,
        );
      apply(mask, field, c, { group: gi + 1, condition: ci + 1 });
    });
    for (let i = 0; i < n; i++) out[i] |= mask[i];
  });
  return out;
}

/** mask[i] &= condition(client i). */
function apply(mask: Uint8Array, field: SegmentField, c: SegmentCondition, at: At): void {
  const n = mask.length;
  const flip = c.not ? 1 : 0;
  if (field.kind === 'text' || field.kind === 'code') {
    // Decide once per label; slot 0 is the blank value.
    const labels = field.labels;
    const table = new Uint8Array(labels.length + 1);
    if (isComparison(c.op)) levelTable(table, c, field, at);
    else {
      const test = labelTest(c, field, at);
      for (let k = 0; k < labels.length; k++) table[k + 1] = test(foldText(labels[k]));
    }
    for (let k = 1; k <= labels.length; k++) table[k] ^= flip;
    table[0] = (c.op === 'isEmpty' ? 1 : 0) ^ flip;
    if (field.kind === 'text') {
      const codes = field.codes;
      for (let i = 0; i < n; i++) mask[i] &= table[codes[i] + 1];
    } else {
      const codes = field.codes;
      const top = labels.length;
      for (let i = 0; i < n; i++) {
        const k = codes[i];
        mask[i] &= table[k < top ? k + 1 : 0];
      }
    }
    return;
  }
  const values = field.values;
  const num = (v: SegmentValue | null | undefined): number => toNumber(v, field.kind, field.key, at);
  switch (c.op) {
    case 'isEmpty':
    case 'notEmpty': {
      const empty = c.op === 'isEmpty' ? 1 : 0;
      for (let i = 0; i < n; i++) mask[i] &= (Number.isNaN(values[i]) ? empty : 1 - empty) ^ flip;
      return;
    }
    case 'equals': {
      const x = num(c.value);
      for (let i = 0; i < n; i++) mask[i] &= (values[i] === x ? 1 : 0) ^ flip;
      return;
    }
    case 'in': {
      const set = new Set((c.values ?? []).map(num));
      for (let i = 0; i < n; i++) mask[i] &= (set.has(values[i]) && !Number.isNaN(values[i]) ? 1 : 0) ^ flip;
      return;
    }
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte': {
      // One comparison as the closed or open end of a range; NaN (blank) fails every one.
      const x = num(c.value);
      const above = c.op === 'gt' || c.op === 'gte';
      const strict = c.op === 'gt' || c.op === 'lt' ? 1 : 0;
      for (let i = 0; i < n; i++) {
        const v = values[i];
        const inside = above ? v > x || (!strict && v === x) : v < x || (!strict && v === x);
        mask[i] &= (inside ? 1 : 0) ^ flip;
      }
      return;
    }
    case 'between': {
      const [a, b] = c.values ?? [];
      const lo = a === null || a === undefined || a === '' ? -Infinity : num(a);
      const hi = b === null || b === undefined || b === '' ? Infinity : num(b);
      for (let i = 0; i < n; i++) {
        const v = values[i];
        mask[i] &= (v >= lo && v <= hi ? 1 : 0) ^ flip;
      }
      return;
    }
    case 'contains':
      throw engineError(
        'segment_contains_text',
        { ...at, field: field.key },
        `Segment (${where(at)}): "contains" applies to text, not to the ${field.kind} field "${field.label}".`,
      );
  }
}

function labelTest(c: SegmentCondition, field: SegmentField, at: At): (folded: string) => 0 | 1 {
  switch (c.op) {
    case 'isEmpty':
      return () => 0;
    case 'notEmpty':
      return () => 1;
    case 'equals': {
      const x = foldText(String(c.value ?? ''));
      return (s) => (s === x ? 1 : 0);
    }
    case 'in': {
      const set = new Set((c.values ?? []).map((v) => foldText(String(v ?? ''))));
      return (s) => (set.has(s) ? 1 : 0);
    }
    case 'contains': {
      const x = foldText(String(c.value ?? ''));
      return (s) => (s.includes(x) ? 1 : 0);
    }
    case 'between':
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
      throw engineError(
        'segment_not_text_op',
        { ...at, op: c.op, field: field.key },
        `Segment (${where(at)}): "${c.op}" applies to numbers and dates, not to the field "${field.label}".`,
      );
  }
}

const isComparison = (op: SegmentCondition['op']): boolean =>
  op === 'gt' || op === 'gte' || op === 'lt' || op === 'lte';

/**
 * > ≥ < ≤ on a text field of ordinal levels (Bajo < Medio < Medio-alto < Alto, `ordinalRanks`):
 * table[k + 1] = 1 when label k is on the asked side of the value. Any other text field is refused.
 */
function levelTable(table: Uint8Array, c: SegmentCondition, field: SegmentField, at: At): void {
  const labels = field.labels ?? [];
  const filled = labels.flatMap((l, k) => (String(l).trim() === '' ? [] : [k]));
  const ranks =
    field.kind === 'text' ? ordinalRanks([...filled.map((k) => labels[k]), String(c.value ?? '')]) : null;
  if (!ranks)
    throw engineError(
      'segment_not_ordered',
      { ...at, op: c.op, field: field.key, value: String(c.value ?? '') },
      `Segment (${where(at)}): "${c.op}" applies to numbers, dates and ordered levels (such as low < medium < high), not to the field "${field.label}" with the value ${JSON.stringify(c.value)}.`,
    );
  const x = ranks[filled.length];
  filled.forEach((k, j) => {
    const r = ranks[j];
    const inside = c.op === 'gt' ? r > x : c.op === 'gte' ? r >= x : c.op === 'lt' ? r < x : r <= x;
    table[k + 1] = inside ? 1 : 0;
  });
}

/** A condition's value for a number or date field: numbers as typed ("1.234,5" and "1,234.5" too), dates as ISO text or serials. */
function toNumber(v: SegmentValue | null | undefined, kind: 'number' | 'date', key: string, at: At): number {
  let x = NaN;
  if (typeof v === 'number') x = v;
  else if (typeof v === 'string') {
    const t = v.trim();
    if (kind === 'date') x = /^\d{4}-\d{2}-\d{2}$/.test(t) ? dayFromIso(t) : NaN;
    if (Number.isNaN(x)) x = parseNumber(t);
  }
  if (!Number.isFinite(x))
    throw engineError(
      kind === 'date' ? 'segment_not_date' : 'segment_not_number',
      { ...at, field: key, value: typeof v === 'string' ? v : (JSON.stringify(v) ?? '') },
      `Segment (${where(at)}): ${JSON.stringify(v)} is not a ${kind === 'date' ? 'date (YYYY-MM-DD)' : 'number'} for the field "${key}".`,
    );
  return x;
}

function parseNumber(t: string): number {
  if (!/^[-+]?[\d.,\s]+$/.test(t) || !/\d/.test(t)) return NaN;
  let s = t.replace(/\s/g, '');
  const comma = s.lastIndexOf(','),
    dot = s.lastIndexOf('.');
  // The later separator is the decimal one when both appear; a lone comma is decimal (es/pt).
  if (comma >= 0 && dot >= 0) s = comma > dot ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '');
  else if (comma >= 0) s = s.match(/,/g)!.length > 1 ? s.replace(/,/g, '') : s.replace(',', '.');
  else if ((s.match(/\./g) ?? []).length > 1) s = s.replace(/\./g, '');
  return Number(s);
}

/** Where a condition is: 1-based group and condition. */
interface At {
  group: number;
  condition: number;
}

const where = (at: At): string => `group ${at.group}, condition ${at.condition}`;
