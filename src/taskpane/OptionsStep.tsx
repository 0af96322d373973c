// Step 3: the run's options with their defaults and a short explanation of each.
import * as React from 'react';
import { Button, Caption1, Checkbox, Field, Input, Select, Subtitle2 } from '@fluentui/react-components';
import { formatPercent, t, translator, type Locale } from '../i18n';
import { ABC_DEFAULTS, optionProblems, type Outputs, type PaneOptions } from './paneOptions';
import type { VisitPolicy } from '../engine/visits';
import { VisitPolicyEditor } from './VisitPolicyEditor';

export interface OptionsStepProps {
  locale: Locale;
  options: PaneOptions;
  /** a margin or cost column is mapped (ABC by margin possible) */
  hasMargin: boolean;
  /** a client list is chosen (columns beside it possible) */
  hasClientList: boolean;
  onChange: (options: PaneOptions) => void;
  /** the visit policy table (SPEC §8), when the pane offers it */
  visitPolicy?: VisitPolicy;
  onPolicyChange?: (policy: VisitPolicy) => void;
  onNext: () => void;
}

export function OptionsStep({
  locale,
  options: o,
  hasMargin,
  hasClientList,
  onChange,
  visitPolicy,
  onPolicyChange,
  onNext,
}: OptionsStepProps): React.ReactElement {
  const tr = translator(locale);
  const problems = optionProblems(o);
  const set = <K extends keyof PaneOptions>(key: K, value: PaneOptions[K]) => onChange({ ...o, [key]: value });
  const num = (text: string) => (text.trim() === '' ? NaN : Number(text.replace(',', '.')));
  const state = (key: keyof PaneOptions) =>
    problems[key] ? { validationState: 'error' as const, validationMessage: tr(problems[key]!) } : {};
  const output = (key: keyof Outputs, label: string, disabled = false) => (
    <Checkbox
      label={label}
      checked={o.outputs[key] && !disabled}
      disabled={disabled}
      onChange={(_, d) => set('outputs', { ...o.outputs, [key]: d.checked === true })}
    />
  );
  return (
    <div className="cartera-step">
      <section className="cartera-section">
        <Field label={tr('pane.options.asOf')} hint={tr('pane.options.asOfHint')} {...state('asOf')}>
          <Input type="date" value={o.asOf} onChange={(_, d) => set('asOf', d.value)} />
        </Field>
      </section>
      <section className="cartera-section" aria-labelledby="cartera-opt-abc">
        <Subtitle2 as="h2" id="cartera-opt-abc">
          {tr('pane.options.abc')}
        </Subtitle2>
        <Field label={tr('pane.options.abcBasis')} hint={hasMargin ? undefined : tr('pane.options.marginHint')}>
          <Select value={o.abcBasis} onChange={(_, d) => set('abcBasis', d.value as PaneOptions['abcBasis'])}>
            <option value="revenue">{tr('pane.options.basis.revenue')}</option>
            <option value="margin" disabled={!hasMargin}>
              {tr('pane.options.basis.margin')}
            </option>
          </Select>
        </Field>
        <Field label={tr('pane.options.abcWindow')}>
          <Select value={o.abcWindow} onChange={(_, d) => set('abcWindow', d.value as PaneOptions['abcWindow'])}>
            <option value="trailing12">{tr('pane.options.window.trailing12')}</option>
            <option value="all">{tr('pane.options.window.all')}</option>
          </Select>
        </Field>
        <Field label={tr('pane.options.abcMode')}>
          <Select
            value={o.abcMode}
            onChange={(_, d) => {
              const mode = d.value as PaneOptions['abcMode'];
              onChange({ ...o, abcMode: mode, abcA: ABC_DEFAULTS[mode].a, abcB: ABC_DEFAULTS[mode].b });
            }}
          >
            <option value="value">{tr('pane.options.mode.value')}</option>
            <option value="count">{tr('pane.options.mode.count')}</option>
          </Select>
        </Field>
        <div className="cartera-row">
          <Field label={tr('pane.options.abcA')} className="cartera-grow" {...state('abcA')}>
            <Input type="number" min={1} max={100} value={Number.isNaN(o.abcA) ? '' : String(o.abcA)} onChange={(_, d) => set('abcA', num(d.value))} />
          </Field>
          <Field label={tr('pane.options.abcB')} className="cartera-grow" {...state('abcB')}>
            <Input type="number" min={1} max={100} value={Number.isNaN(o.abcB) ? '' : String(o.abcB)} onChange={(_, d) => set('abcB', num(d.value))} />
          </Field>
        </div>
        <Caption1 as="p">
          {t(locale, `pane.options.abcHint.${o.abcMode}`, {
            a: formatPercent(locale, (Number.isFinite(o.abcA) ? o.abcA : 0) / 100, 0),
            b: formatPercent(locale, (Number.isFinite(o.abcB) ? o.abcB : 0) / 100, 0),
          })}
        </Caption1>
      </section>
      <section className="cartera-section" aria-labelledby="cartera-opt-life">
        <Subtitle2 as="h2" id="cartera-opt-life">
          {tr('pane.options.lifecycle')}
        </Subtitle2>
        <Field label={tr('pane.options.newDays')} {...state('newDays')}>
          <Input type="number" min={1} value={Number.isNaN(o.newDays) ? '' : String(o.newDays)} onChange={(_, d) => set('newDays', num(d.value))} />
        </Field>
        <Field label={tr('pane.options.lostDays')} {...state('lostDays')}>
          <Input type="number" min={1} value={Number.isNaN(o.lostDays) ? '' : String(o.lostDays)} onChange={(_, d) => set('lostDays', num(d.value))} />
        </Field>
        <Caption1 as="p">{tr('pane.options.lifecycleHint')}</Caption1>
      </section>
      <section className="cartera-section">
        <Field label={tr('pane.options.period')} hint={tr('pane.options.periodHint')}>
          <Select value={o.period} onChange={(_, d) => set('period', d.value as PaneOptions['period'])}>
            {(['month', 'quarter', 'half', 'year'] as const).map((p) => (
              <option key={p} value={p}>
                {tr(`pane.options.period.${p}`)}
              </option>
            ))}
          </Select>
        </Field>
      </section>
      <section className="cartera-section" aria-labelledby="cartera-opt-clv">
        <Subtitle2 as="h2" id="cartera-opt-clv">
          {tr('pane.options.clv')}
        </Subtitle2>
        <div className="cartera-row">
          <Field label={tr('pane.options.horizon')} className="cartera-grow" {...state('horizonMonths')}>
            <Input
              type="number"
              min={1}
              max={600}
              value={Number.isNaN(o.horizonMonths) ? '' : String(o.horizonMonths)}
              onChange={(_, d) => set('horizonMonths', num(d.value))}
            />
          </Field>
          <Field label={tr('pane.options.discount')} className="cartera-grow" {...state('discountRate')}>
            <Input
              type="number"
              min={0}
              max={100}
              step={0.5}
              value={Number.isNaN(o.discountRate) ? '' : String(o.discountRate)}
              onChange={(_, d) => set('discountRate', num(d.value))}
            />
          </Field>
        </div>
        <Field
          label={tr('pane.options.assumedMargin')}
          hint={tr(hasMargin ? 'pane.options.assumedMarginData' : 'pane.options.assumedMarginHint')}
          {...state('assumedMargin')}
        >
          <Input
            type="number"
            min={0}
            max={100}
            disabled={hasMargin}
            value={Number.isNaN(o.assumedMargin) ? '' : String(o.assumedMargin)}
            onChange={(_, d) => set('assumedMargin', num(d.value))}
          />
        </Field>
      </section>
      {visitPolicy && onPolicyChange ? (
        <VisitPolicyEditor locale={locale} policy={visitPolicy} onChange={onPolicyChange} />
      ) : null}
      <section className="cartera-section" aria-labelledby="cartera-opt-out">
        <Subtitle2 as="h2" id="cartera-opt-out">
          {tr('pane.options.outputs')}
        </Subtitle2>
        <div role="group" aria-labelledby="cartera-opt-out" className="cartera-column">
          {output('columns', tr('pane.options.out.columns'), !hasClientList)}
          {output('sheets', tr('pane.options.out.sheets'))}
          {output('charts', tr('pane.options.out.charts'))}
        </div>
        <Caption1 as="p">{tr('pane.options.out.always')}</Caption1>
      </section>
      <div className="cartera-row">
        <Button appearance="primary" onClick={onNext} disabled={Object.keys(problems).length > 0}>
          {tr('pane.options.next')}
        </Button>
      </div>
    </div>
  );
}
