import { engineError } from '../engineError';

export const SEGMENT_OPS = [
  'equals',
  'in',
  'between',
  'gt',
  'gte',
  'lt',
  'lte',
  'contains',
  'isEmpty',
  'notEmpty',
] as const;
/** The comparisons of number and date fields: > ≥ < ≤ one `value`. */
export const COMPARISON_OPS = ['gt', 'gte', 'lt', 'lte'] as const;
export type SegmentOp = (typeof SEGMENT_OPS)[number];

/** A value as typed by the user: text, a number, or a date as "YYYY-MM-DD" (or a day serial). */
export type SegmentValue = string | number;

export interface SegmentCondition {
  /** a SegmentFields key: an attribute's header or a computed field ("abc", "age"...) */
  field: string;
  op: SegmentOp;
  /** equals, contains, and the comparisons gt (>), gte (≥), lt (<), lte (≤) */
  value?: SegmentValue;
  /** in: the accepted values; between: [min, max], null = open end, both ends included */
  values?: (SegmentValue | null)[];
  /** negate the condition (then a blank value matches) */
  not?: boolean;
}

/** Conditions AND-ed. */
export interface SegmentGroup {
  conditions: SegmentCondition[];
}

/** Groups OR-ed; stored in the workbook as JSON. */
export interface SegmentDefinition {
  version: 1;
  name?: string;
  groups: SegmentGroup[];
}

/**
 * A segment definition from its stored form (object or JSON text), checked for shape: every
 * condition names a field, a known operator and the values that operator needs. Whether the field
 * exists is checked against the data by segmentMatches.
 */
export function parseSegmentDefinition(stored: unknown): SegmentDefinition {
  let obj = stored;
  if (typeof obj === 'string') {
    try {
      obj = JSON.parse(obj);
    } catch {
      throw engineError('segment_json', {}, 'Segment: the stored segment is not valid JSON.');
    }
  }
  if (!isObject(obj) || !Array.isArray(obj.groups))
    throw engineError('segment_no_groups', {}, 'Segment: a segment needs a list of groups.');
  const groups: SegmentGroup[] = obj.groups.map((g: unknown, gi: number) => {
    if (!isObject(g) || !Array.isArray(g.conditions))
      throw engineError(
        'segment_group_no_conditions',
        { group: gi + 1 },
        `Segment: group ${gi + 1} needs a list of conditions.`,
      );
    return {
      conditions: g.conditions.map((c: unknown, ci: number) =>
        condition(c, { group: gi + 1, condition: ci + 1 }),
      ),
    };
  });
  const def: SegmentDefinition = { version: 1, groups };
  if (typeof obj.name === 'string') def.name = obj.name;
  return def;
}

function condition(c: unknown, at: { group: number; condition: number }): SegmentCondition {
  const where = `group ${at.group}, condition ${at.condition}`;
  if (!isObject(c)) throw engineError('segment_not_condition', at, `Segment: ${where} is not a condition.`);
  const { field, op } = c;
  if (typeof field !== 'string' || field === '')
    throw engineError('segment_no_field', at, `Segment: ${where} has no field.`);
  if (typeof op !== 'string' || !(SEGMENT_OPS as readonly string[]).includes(op))
    throw engineError(
      'segment_unknown_operator',
      { ...at, op: String(op) },
      `Segment: ${where} has an unknown operator ${JSON.stringify(op)}.`,
    );
  const out: SegmentCondition = { field, op: op as SegmentOp };
  if (c.not === true) out.not = true;
  const isValue = (v: unknown): v is SegmentValue =>
    typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v));
  if (op === 'equals' || op === 'contains' || (COMPARISON_OPS as readonly string[]).includes(op)) {
    if (!isValue(c.value))
      throw engineError('segment_needs_value', { ...at, op }, `Segment: ${where} (${op}) needs a value.`);
    out.value = c.value;
  } else if (op === 'in') {
    if (!Array.isArray(c.values) || !c.values.every(isValue))
      throw engineError('segment_needs_values', at, `Segment: ${where} (in) needs a list of values.`);
    out.values = [...c.values];
  } else if (op === 'between') {
    const v = c.values;
    if (
      !Array.isArray(v) ||
      v.length !== 2 ||
      !v.every((x) => x === null || isValue(x)) ||
      (v[0] === null && v[1] === null)
    )
      throw engineError(
        'segment_needs_range',
        at,
        `Segment: ${where} (between) needs [from, to], one of them may be empty.`,
      );
    out.values = [v[0], v[1]];
  }
  return out;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
