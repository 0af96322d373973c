// The visit policy (SPEC §8) as an editable table: visits per year by ABC class and status
// adjustments, visit length by class, salesperson capacity. Stored with the pane's settings in the
// workbook and used by the next run.
import * as React from 'react';
import { Field, Input, Subtitle2 } from '@fluentui/react-components';
import type { VisitPolicy } from '../engine/visits';
import { t, type Locale, type MessageKey } from '../i18n';

export interface VisitPolicyEditorProps {
  locale: Locale;
  policy: VisitPolicy;
  onChange: (policy: VisitPolicy) => void;
}

type Entry = { key: MessageKey; get: (p: VisitPolicy) => number; set: (p: VisitPolicy, v: number) => VisitPolicy };

const cls = (k: 'A' | 'B' | 'C'): Entry[] => [
  {
    key: `pane.policy.visits${k}`,
    get: (p) => p.visitsPerYear[k],
    set: (p, v) => ({ ...p, visitsPerYear: { ...p.visitsPerYear, [k]: v } }),
  },
  {
    key: `pane.policy.hours${k}`,
    get: (p) => p.visitHours[k],
    set: (p, v) => ({ ...p, visitHours: { ...p.visitHours, [k]: v } }),
  },
];

const ENTRIES: Entry[] = [
  ...cls('A'),
  ...cls('B'),
  ...cls('C'),
  { key: 'pane.policy.atRisk', get: (p) => p.atRiskExtra, set: (p, v) => ({ ...p, atRiskExtra: v }) },
  { key: 'pane.policy.newFirstQuarter', get: (p) => p.newFirstQuarter, set: (p, v) => ({ ...p, newFirstQuarter: v }) },
  { key: 'pane.policy.prospect', get: (p) => p.prospectWithPotential, set: (p, v) => ({ ...p, prospectWithPotential: v }) },
  { key: 'pane.policy.lost', get: (p) => p.lost, set: (p, v) => ({ ...p, lost: v }) },
  { key: 'pane.policy.capacity', get: (p) => p.capacityHours, set: (p, v) => ({ ...p, capacityHours: v }) },
];

export function VisitPolicyEditor({ locale, policy, onChange }: VisitPolicyEditorProps): React.ReactElement {
  // What the user typed, per field, so that a half-typed number is not lost.
  const [draft, setDraft] = React.useState<Record<string, string>>({});
  return (
    <section className="cartera-section" aria-labelledby="cartera-opt-policy">
      <Subtitle2 as="h2" id="cartera-opt-policy">
        {t(locale, 'pane.policy.title')}
      </Subtitle2>
      {ENTRIES.map((e) => {
        const text = draft[e.key] ?? String(e.get(policy));
        const value = text.trim() === '' ? NaN : Number(text.replace(',', '.'));
        const bad = !(Number.isFinite(value) && value >= 0);
        return (
          <Field
            key={e.key}
            label={t(locale, e.key)}
            validationState={bad ? 'error' : 'none'}
            validationMessage={bad ? t(locale, 'pane.policy.bad') : undefined}
          >
            <Input
              inputMode="decimal"
              value={text}
              onChange={(_, d) => {
                setDraft((prev) => ({ ...prev, [e.key]: d.value }));
                const v = Number(d.value.replace(',', '.'));
                if (d.value.trim() !== '' && Number.isFinite(v) && v >= 0) onChange(e.set(policy, v));
              }}
            />
          </Field>
        );
      })}
    </section>
  );
}
