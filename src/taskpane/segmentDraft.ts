// The segment builder's editable state and its translation to a SegmentDefinition (SPEC §9). A
// condition still being typed (no field, no value) is left out of the definition, so the live count
// follows what is complete; a value that cannot be read is reported by key.
import {
  type SegmentCondition,
  type SegmentDefinition,
  type SegmentFieldInfo,
  type SegmentFieldKind,
  type SegmentOp,
} from '../engine/segments';
import { dayFromIso } from '../engine/dates';
import type { MessageKey } from '../i18n';
import { ordinalRanks } from '../engine/segments';

export interface DraftCondition {
  id: number;
  field: string;
  op: SegmentOp;
  /** equals, contains, gt, gte, lt, lte */
  value: string;
  /** in */
  values: string[];
  /** between */
  from: string;
  to: string;
}

export interface DraftGroup {
  id: number;
  conditions: DraftCondition[];
}

export interface SegmentDraft {
  name: string;
  groups: DraftGroup[];
}

let nextId = 1;
export const newId = (): number => nextId++;

export function emptyCondition(field = '', op: SegmentOp = 'equals'): DraftCondition {
  return { id: newId(), field, op, value: '', values: [], from: '', to: '' };
}

export function emptyDraft(): SegmentDraft {
  return { name: '', groups: [{ id: newId(), conditions: [emptyCondition()] }] };
}

/** The operators offered for a kind of field; text of ordered levels (Bajo < Medio < Alto) gets > ≥ < ≤ too. */
export function opsFor(kind: SegmentFieldKind, ordinal = false): SegmentOp[] {
  if (kind === 'text' && ordinal) return ['equals', 'in', 'gt', 'gte', 'lt', 'lte', 'contains', 'isEmpty', 'notEmpty'];
  return kind === 'text' || kind === 'code'
    ? ['equals', 'in', 'contains', 'isEmpty', 'notEmpty']
    : ['equals', 'gt', 'gte', 'lt', 'lte', 'between', 'isEmpty', 'notEmpty'];
}

/** Whether a field's values are ordered levels (its operators include > ≥ < ≤). */
export function isLevels(field: SegmentFieldInfo): boolean {
  if (field.kind !== 'text' || !field.labels) return false;
  return ordinalRanks([...new Set(field.labels.map((l) => l.trim()).filter((l) => l !== ''))]) !== null;
}

export type ConditionState =
  | { kind: 'complete'; condition: SegmentCondition }
  | { kind: 'incomplete' }
  | { kind: 'invalid'; messageKey: MessageKey };

const NUMBER = /^[-+]?(\d[\d.,\s]*)$/;

function valueState(text: string, kind: SegmentFieldKind): 'empty' | 'ok' | 'bad' {
  const s = text.trim();
  if (s === '') return 'empty';
  if (kind === 'number') return NUMBER.test(s) ? 'ok' : 'bad';
  if (kind === 'date') return Number.isFinite(dayFromIso(s)) ? 'ok' : 'bad';
  return 'ok';
}

/** Whether the condition is complete (and then the engine's form), still being typed, or unreadable. */
export function conditionState(c: DraftCondition, field: SegmentFieldInfo | undefined): ConditionState {
  if (!field) return { kind: 'incomplete' };
  const base = { field: field.key, op: c.op };
  const bad: ConditionState = {
    kind: 'invalid',
    messageKey: field.kind === 'date' ? 'pane.segment.bad.date' : 'pane.segment.bad.number',
  };
  switch (c.op) {
    case 'isEmpty':
    case 'notEmpty':
      return { kind: 'complete', condition: base };
    case 'equals':
    case 'contains':
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte': {
      const textual = field.kind === 'text' || field.kind === 'code';
      if (c.op === 'contains' ? !textual : c.op !== 'equals' && textual && !isLevels(field))
        return { kind: 'incomplete' };
      const v = valueState(c.value, field.kind);
      if (v === 'empty') return { kind: 'incomplete' };
      if (v === 'bad') return bad;
      return { kind: 'complete', condition: { ...base, value: c.value.trim() } };
    }
    case 'in':
      if (c.values.length === 0) return { kind: 'incomplete' };
      return { kind: 'complete', condition: { ...base, values: [...c.values] } };
    case 'between': {
      const a = valueState(c.from, field.kind);
      const b = valueState(c.to, field.kind);
      if (a === 'bad' || b === 'bad') return bad;
      if (a === 'empty' && b === 'empty') return { kind: 'incomplete' };
      return {
        kind: 'complete',
        condition: { ...base, values: [a === 'empty' ? null : c.from.trim(), b === 'empty' ? null : c.to.trim()] },
      };
    }
  }
}

/** The definition of the complete conditions (groups with none are left out). */
export function definitionOf(draft: SegmentDraft, fields: ReadonlyMap<string, SegmentFieldInfo>): SegmentDefinition {
  const groups = draft.groups
    .map((g) => ({
      conditions: g.conditions
        .map((c) => conditionState(c, fields.get(c.field)))
        .flatMap((s) => (s.kind === 'complete' ? [s.condition] : [])),
    }))
    .filter((g) => g.conditions.length > 0);
  const def: SegmentDefinition = { version: 1, groups };
  if (draft.name.trim()) def.name = draft.name.trim();
  return def;
}

/** A saved definition back into the builder. */
export function draftOf(def: SegmentDefinition): SegmentDraft {
  const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));
  return {
    name: def.name ?? '',
    groups: def.groups.map((g) => ({
      id: newId(),
      conditions: g.conditions.map((c) => ({
        id: newId(),
        field: c.field,
        op: c.op,
        value: text(c.value),
        values: c.op === 'in' ? (c.values ?? []).map(text) : [],
        from: c.op === 'between' ? text(c.values?.[0]) : '',
        to: c.op === 'between' ? text(c.values?.[1]) : '',
      })),
    })),
  };
}
