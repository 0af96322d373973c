// Campaign segments (SPEC §9): conditions over client attributes and computed fields, AND within a
// group and OR between groups, with a live count and revenue; saved by name in the workbook; "create
// list" writes the matching clients to a new sheet.
import * as React from 'react';
import {
  Body1Strong,
  Button,
  Caption1,
  Checkbox,
  Divider,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Select,
  Subtitle2,
} from '@fluentui/react-components';
import {
  COMPARISON_OPS,
  ordinalOrder,
  segmentMatches,
  segmentSummary,
  type SegmentDefinition,
  type SegmentFieldInfo,
  type SegmentFieldKind,
  type SegmentFields,
  type SegmentOp,
} from '../engine/segments';
import { CarteraError } from '../engine/types';
import { errorText } from '../i18n/errorText';
import type { ListWriteMode, ListWriteResult } from '../excel/writeListSheet';
import { formatMoney, formatPercent, isMessageKey, t, translator, type Locale } from '../i18n';
import { codeValueLabel } from './codeValueLabel';
import {
  conditionState,
  definitionOf,
  draftOf,
  emptyCondition,
  emptyDraft,
  isLevels,
  newId,
  opsFor,
  type DraftCondition,
  type SegmentDraft,
} from './segmentDraft';

export interface SegmentBuilderProps {
  locale: Locale;
  fields: SegmentFields | null;
  /** per client, cents (the revenue shown with the count) */
  revenueCents: Float64Array | null;
  currency?: string;
  saved: SegmentDefinition[];
  busy: boolean;
  onSave: (definition: SegmentDefinition) => void;
  /**
   * mode ask first: when the answer is `exists` the builder asks replace-or-new and calls again
   * with the choice
   */
  onCreateList: (
    definition: SegmentDefinition,
    mask: Uint8Array,
    mode: ListWriteMode,
  ) => Promise<ListWriteResult | undefined> | void;
}

/** A list asked for whose segment already has a list sheet: waiting for replace-or-new. */
interface ListConflict {
  definition: SegmentDefinition;
  mask: Uint8Array;
  sheet: string;
}

/** Above this many distinct values a text field takes typed text instead of a list to pick from. */
const PICK_LIMIT = 40;
/** Up to this many values, "is one of" shows checkboxes; beyond, values typed separated by ";". */
const CHECKBOX_LIMIT = 12;

const COMPARISONS: ReadonlySet<SegmentOp> = new Set(COMPARISON_OPS);
const isComparison = (op: SegmentOp): op is (typeof COMPARISON_OPS)[number] => COMPARISONS.has(op);

/** An operator's name: comparisons of dates read "after / from / before / until". */
export function opLabel(locale: Locale, op: SegmentOp, kind?: SegmentFieldKind): string {
  return t(locale, kind === 'date' && isComparison(op) ? `pane.segment.opDate.${op}` : `pane.segment.op.${op}`);
}

/** The user-facing name of a field. */
export function fieldLabel(locale: Locale, field: SegmentFieldInfo): string {
  const key = `pane.field.${field.key}`;
  return field.source === 'computed' && isMessageKey(key) ? t(locale, key) : field.label;
}

/** The values to pick from: [stored value, shown text]. */
export function fieldChoices(locale: Locale, field: SegmentFieldInfo): [string, string][] {
  const labels = field.labels ?? [];
  if (field.kind === 'code') return labels.map((id) => [id, codeValueLabel(locale, field.key, id)]);
  const unique = [...new Set(labels.map((l) => l.trim()).filter((l) => l !== ''))];
  // Levels in their natural order (Bajo, Medio, Medio-alto, Alto), anything else alphabetically.
  const ordered = ordinalOrder(unique) ?? unique.sort((a, b) => a.localeCompare(b, locale));
  return ordered.map((l) => [l, l]);
}

interface ConditionProps {
  locale: Locale;
  fields: SegmentFields;
  condition: DraftCondition;
  label: string;
  onChange: (c: DraftCondition) => void;
  onRemove: () => void;
}

function ConditionEditor({ locale, fields, condition: c, label, onChange, onRemove }: ConditionProps): React.ReactElement {
  const tr = translator(locale);
  const field = fields.byKey.get(c.field);
  const ops = field ? opsFor(field.kind, isLevels(field)) : (['equals'] as SegmentOp[]);
  const state = conditionState(c, field);
  const invalid = state.kind === 'invalid' ? { validationState: 'error' as const, validationMessage: tr(state.messageKey) } : {};
  const choices = field && (field.kind === 'code' || field.kind === 'text') ? fieldChoices(locale, field) : [];
  const pickable = choices.length > 0 && choices.length <= PICK_LIMIT;
  const inputType = field?.kind === 'date' ? 'date' : 'text';
  const listId = `cartera-dl-${c.id}`;

  let value: React.ReactNode = null;
  if (field && (c.op === 'equals' || c.op === 'contains' || COMPARISONS.has(c.op))) {
    value =
      (c.op === 'equals' || (field.kind === 'text' && COMPARISONS.has(c.op))) && pickable ? (
        <Field label={tr('pane.segment.value')} className="cartera-grow">
          <Select value={c.value} onChange={(_, d) => onChange({ ...c, value: d.value })}>
            <option value="">{tr('pane.segment.pick')}</option>
            {choices.map(([v, text]) => (
              <option key={v} value={v}>
                {text}
              </option>
            ))}
          </Select>
        </Field>
      ) : (
        <Field label={tr('pane.segment.value')} className="cartera-grow" {...invalid}>
          <Input
            type={inputType}
            value={c.value}
            list={choices.length && c.op !== 'contains' ? listId : undefined}
            inputMode={field.kind === 'number' ? 'decimal' : undefined}
            onChange={(_, d) => onChange({ ...c, value: d.value })}
          />
        </Field>
      );
  } else if (field && c.op === 'in') {
    value =
      choices.length > 0 && choices.length <= CHECKBOX_LIMIT ? (
        <fieldset className="cartera-fieldset">
          <legend>{tr('pane.segment.value')}</legend>
          {choices.map(([v, text]) => (
            <Checkbox
              key={v}
              label={text}
              checked={c.values.includes(v)}
              onChange={(_, d) =>
                onChange({ ...c, values: d.checked === true ? [...c.values, v] : c.values.filter((x) => x !== v) })
              }
            />
          ))}
        </fieldset>
      ) : (
        <Field label={tr('pane.segment.value')} hint={tr('pane.segment.inHint')} className="cartera-grow">
          <Input
            value={c.values.join('; ')}
            onChange={(_, d) =>
              onChange({
                ...c,
                values: d.value
                  .split(';')
                  .map((s) => s.trim())
                  .filter((s) => s !== ''),
              })
            }
          />
        </Field>
      );
  } else if (field && c.op === 'between') {
    value = (
      <div className="cartera-row">
        <Field label={tr('pane.segment.from')} className="cartera-grow" {...invalid}>
          <Input type={inputType} value={c.from} onChange={(_, d) => onChange({ ...c, from: d.value })} />
        </Field>
        <Field label={tr('pane.segment.until')} className="cartera-grow">
          <Input type={inputType} value={c.to} onChange={(_, d) => onChange({ ...c, to: d.value })} />
        </Field>
      </div>
    );
  }

  return (
    <div className="cartera-condition" role="group" aria-label={label}>
      <div className="cartera-row">
        <Field label={tr('pane.segment.field')} className="cartera-grow">
          <Select
            value={c.field}
            onChange={(_, d) => {
              const f = fields.byKey.get(d.value);
              onChange({ ...emptyCondition(d.value, f ? opsFor(f.kind)[0] : 'equals'), id: c.id });
            }}
          >
            <option value="">{tr('pane.segment.pickField')}</option>
            {fields.info.map((f) => (
              <option key={f.key} value={f.key}>
                {fieldLabel(locale, f)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={tr('pane.segment.op')} className="cartera-grow">
          <Select
            value={c.op}
            disabled={!field}
            onChange={(_, d) => onChange({ ...c, op: d.value as SegmentOp, values: [], from: '', to: '' })}
          >
            {ops.map((op) => (
              <option key={op} value={op}>
                {opLabel(locale, op, field?.kind)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {value}
      {choices.length && !pickable ? (
        <datalist id={listId}>
          {choices.slice(0, 500).map(([v]) => (
            <option key={v} value={v} />
          ))}
        </datalist>
      ) : null}
      <Button appearance="subtle" size="small" onClick={onRemove} aria-label={tr('pane.segment.removeCondition', { label })}>
        {tr('pane.segment.remove')}
      </Button>
    </div>
  );
}

/** A segment's error in the user's words, its field named as the field list names it. */
export function segmentError(locale: Locale, error: CarteraError, fields: SegmentFields): string {
  const key = error.where?.field;
  const field = typeof key === 'string' ? fields.byKey.get(key) : undefined;
  const where = field ? { ...error.where, field: fieldLabel(locale, field) } : error.where;
  return errorText(locale, error.code, where, error.message);
}

export function SegmentBuilder(props: SegmentBuilderProps): React.ReactElement {
  const { locale, fields, revenueCents } = props;
  const tr = translator(locale);
  const [draft, setDraft] = React.useState<SegmentDraft>(emptyDraft);
  const [conflict, setConflict] = React.useState<ListConflict | null>(null);
  const definition = React.useMemo(
    () => (fields ? definitionOf(draft, fields.byKey) : null),
    [draft, fields],
  );
  const key = JSON.stringify(definition);
  // A question about a list of another definition is stale once the conditions change.
  React.useEffect(() => setConflict(null), [key]);
  const evaluated = React.useMemo(() => {
    if (!fields || !definition) return null;
    try {
      const mask = segmentMatches(definition, fields);
      return { mask, summary: segmentSummary(mask, revenueCents), error: null };
    } catch (error) {
      return { mask: null, summary: null, error: error instanceof CarteraError ? segmentError(locale, error, fields) : String(error) };
    }
    // `key` stands for the definition's content: typing an incomplete value does not re-evaluate.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, fields, revenueCents]);

  if (!fields) {
    return (
      <div className="cartera-step">
        <MessageBar intent="info">
          <MessageBarBody>{tr('pane.segment.needRun')}</MessageBarBody>
        </MessageBar>
      </div>
    );
  }

  const updateCondition = (gi: number, ci: number, c: DraftCondition) =>
    setDraft((d) => ({
      ...d,
      groups: d.groups.map((g, k) => (k === gi ? { ...g, conditions: g.conditions.map((x, j) => (j === ci ? c : x)) } : g)),
    }));
  const removeCondition = (gi: number, ci: number) =>
    setDraft((d) => {
      const groups = d.groups
        .map((g, k) => (k === gi ? { ...g, conditions: g.conditions.filter((_, j) => j !== ci) } : g))
        .filter((g) => g.conditions.length > 0);
      return { ...d, groups: groups.length ? groups : emptyDraft().groups };
    });
  const addCondition = (gi: number) =>
    setDraft((d) => ({
      ...d,
      groups: d.groups.map((g, k) => (k === gi ? { ...g, conditions: [...g.conditions, emptyCondition()] } : g)),
    }));
  const addGroup = () => setDraft((d) => ({ ...d, groups: [...d.groups, { id: newId(), conditions: [emptyCondition()] }] }));

  const createList = async (def: SegmentDefinition, mask: Uint8Array, mode: ListWriteMode) => {
    setConflict(null);
    const result = await props.onCreateList(def, mask, mode);
    if (result?.status === 'exists') setConflict({ definition: def, mask, sheet: result.sheet });
  };

  const s = evaluated?.summary;
  const count = s
    ? tr('pane.segment.count', {
        count: s.clients,
        share: Number.isFinite(s.clientShare) ? formatPercent(locale, s.clientShare) : '—',
        revenue: Number.isFinite(s.revenue) ? formatMoney(locale, s.revenue / 100, props.currency) : '—',
      })
    : '';
  const savedNames = props.saved.map((d) => d.name ?? '').filter((n) => n !== '');

  return (
    <div className="cartera-step">
      <Subtitle2 as="h2">{tr('pane.segment.title')}</Subtitle2>
      {savedNames.length ? (
        <Field label={tr('pane.segment.saved')}>
          <Select
            value=""
            onChange={(_, d) => {
              const def = props.saved.find((x) => x.name === d.value);
              if (def) setDraft(draftOf(def));
            }}
          >
            <option value="">{tr('pane.segment.open')}</option>
            {savedNames.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
      <Field label={tr('pane.segment.name')}>
        <Input value={draft.name} onChange={(_, d) => setDraft((x) => ({ ...x, name: d.value }))} />
      </Field>
      {draft.groups.map((g, gi) => (
        <React.Fragment key={g.id}>
          {gi > 0 ? (
            <Divider className="cartera-or">
              <Body1Strong>{tr('pane.segment.or')}</Body1Strong>
            </Divider>
          ) : null}
          <section className="cartera-group" aria-label={tr('pane.segment.group', { n: gi + 1 })}>
            <Caption1 as="h3">{tr('pane.segment.group', { n: gi + 1 })}</Caption1>
            {g.conditions.map((c, ci) => (
              <ConditionEditor
                key={c.id}
                locale={locale}
                fields={fields}
                condition={c}
                label={tr('pane.segment.conditionLabel', { n: ci + 1, group: gi + 1 })}
                onChange={(next) => updateCondition(gi, ci, next)}
                onRemove={() => removeCondition(gi, ci)}
              />
            ))}
            <Button size="small" onClick={() => addCondition(gi)}>
              {tr('pane.segment.addCondition')}
            </Button>
          </section>
        </React.Fragment>
      ))}
      <div className="cartera-row">
        <Button onClick={addGroup}>{tr('pane.segment.addGroup')}</Button>
        <Button appearance="subtle" onClick={() => setDraft(emptyDraft())}>
          {tr('pane.segment.clear')}
        </Button>
      </div>
      <div className="cartera-count" role="status" aria-live="polite">
        {evaluated?.error ? (
          <MessageBar intent="error">
            <MessageBarBody>{evaluated.error}</MessageBarBody>
          </MessageBar>
        ) : (
          <Body1Strong>{count}</Body1Strong>
        )}
      </div>
      <div className="cartera-row">
        <Button
          onClick={() => definition && props.onSave({ ...definition, name: draft.name.trim() })}
          disabled={!definition || draft.name.trim() === '' || props.busy}
        >
          {tr('pane.segment.save')}
        </Button>
        <Button
          appearance="primary"
          onClick={() => definition && evaluated?.mask && void createList(definition, evaluated.mask, 'ask')}
          disabled={!evaluated?.mask || !s || s.clients === 0 || props.busy}
        >
          {tr('pane.segment.createList')}
        </Button>
      </div>
      {conflict ? (
        <MessageBar intent="warning" layout="multiline" className="cartera-bar">
          <MessageBarBody>{tr('pane.segment.listExists', { sheet: conflict.sheet })}</MessageBarBody>
          <MessageBarActions>
            <Button
              appearance="primary"
              disabled={props.busy}
              onClick={() => void createList(conflict.definition, conflict.mask, 'replace')}
            >
              {tr('pane.segment.listReplace')}
            </Button>
            <Button disabled={props.busy} onClick={() => void createList(conflict.definition, conflict.mask, 'new')}>
              {tr('pane.segment.listNew')}
            </Button>
            <Button appearance="subtle" onClick={() => setConflict(null)}>
              {tr('pane.segment.listCancel')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {draft.name.trim() === '' ? <Caption1 as="p">{tr('pane.segment.nameHint')}</Caption1> : null}
    </div>
  );
}
