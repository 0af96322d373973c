// Step 5: the KPIs, the Pareto sentence and chart, RFM segments and statuses with counts and revenue,
// and a button to each sheet written.
import * as React from 'react';
import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { formatDate, formatMoney, formatNumber, formatPercent, translator, type Locale } from '../i18n';
import { clvAssumptionLines } from '../report/clvAssumptions';
import type { GroupRow, ResultsModel } from './resultsModel';
import './validationMessages';
import { codeValueLabel } from './codeValueLabel';

const ParetoChart = React.lazy(() => import(/* webpackChunkName: "charts" */ './ParetoChart'));

export interface ResultsViewProps {
  locale: Locale;
  model: ResultsModel | null;
  currency?: string;
  sheets: { key: string; name: string }[];
  notes?: string[];
  onGoTo: (sheet: string) => void;
}

class ChartBoundary extends React.Component<{ fallback: React.ReactNode; children: React.ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }
  override render(): React.ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

function GroupTable(props: {
  id: string;
  title: string;
  /** the money column's header, naming its window */
  valueHeader: string;
  rows: GroupRow[];
  label: (id: string) => string;
  locale: Locale;
  currency?: string;
}) {
  const { locale } = props;
  const tr = translator(locale);
  return (
    <section className="cartera-section" aria-labelledby={props.id}>
      <Subtitle2 as="h2" id={props.id}>
        {props.title}
      </Subtitle2>
      <Table size="extra-small" aria-labelledby={props.id}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{props.title}</TableHeaderCell>
            <TableHeaderCell className="cartera-num">{tr('pane.results.count')}</TableHeaderCell>
            <TableHeaderCell className="cartera-num">{props.valueHeader}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {props.rows.map((r) => (
            <TableRow key={r.id}>
              <TableCell>{props.label(r.id)}</TableCell>
              <TableCell className="cartera-num">{formatNumber(locale, r.clients)}</TableCell>
              <TableCell className="cartera-num">{formatMoney(locale, r.value, props.currency)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}

export function ResultsView({ locale, model, currency, sheets, notes, onGoTo }: ResultsViewProps): React.ReactElement {
  const tr = translator(locale);
  if (!model) {
    return (
      <div className="cartera-step">
        <MessageBar intent="info">
          <MessageBarBody>{tr('pane.results.empty')}</MessageBarBody>
        </MessageBar>
      </div>
    );
  }
  const k = model.kpis;
  const kpis: { key: string; label: string; value: string; notes?: string[] }[] = [
    { key: 'pane.kpi.clients', label: tr('pane.kpi.clients'), value: formatNumber(locale, k.clients) },
    { key: 'pane.kpi.revenue', label: tr('pane.kpi.revenue'), value: formatMoney(locale, k.revenue12, currency) },
    { key: 'pane.kpi.active', label: tr('pane.kpi.active'), value: formatNumber(locale, k.active) },
    { key: 'pane.kpi.atRisk', label: tr('pane.kpi.atRisk'), value: formatNumber(locale, k.atRisk) },
    { key: 'pane.kpi.shareA', label: tr('pane.kpi.shareA'), value: formatPercent(locale, k.shareA) },
  ];
  // A rate of the latest complete period, which it names (never the unfinished current one).
  if (k.nrr !== null)
    kpis.push({ key: 'pane.kpi.nrr', label: tr('pane.kpi.nrrIn', { period: k.nrrPeriod ?? '' }), value: formatPercent(locale, k.nrr) });
  if (k.portfolioValue !== null)
    kpis.push({
      key: 'pane.kpi.value',
      label: tr('pane.kpi.value'),
      value: formatMoney(locale, k.portfolioValue, currency),
      notes: model.clvAssumptions ? clvAssumptionLines(locale, model.clvAssumptions) : [],
    });
  const pareto = k.pareto
    ? tr('pane.pareto', { clientShare: formatPercent(locale, k.pareto.clientShare), valueShare: formatPercent(locale, k.pareto.valueShare) })
    : tr('pane.pareto.none');
  const chartTable = (
    <Table size="extra-small" aria-label={tr('pane.pareto.chart')}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{tr('pane.pareto.decile')}</TableHeaderCell>
          <TableHeaderCell className="cartera-num">{tr('pane.pareto.share')}</TableHeaderCell>
          <TableHeaderCell className="cartera-num">{tr('pane.pareto.cumulative')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {model.pareto.map((p) => (
          <TableRow key={p.decile}>
            <TableCell>{p.decile * 10} %</TableCell>
            <TableCell className="cartera-num">{formatNumber(locale, p.share, 1)}</TableCell>
            <TableCell className="cartera-num">{formatNumber(locale, p.cumulative, 1)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
  return (
    <div className="cartera-step">
      <Caption1 as="p">{tr('pane.results.asOf', { date: formatDate(locale, model.asOf) })}</Caption1>
      {model.periods?.partial && model.periods.latest !== model.periods.partial ? (
        <Caption1 as="p">{tr('pane.results.partial', { period: model.periods.partial, latest: model.periods.latest ?? '' })}</Caption1>
      ) : null}
      <dl className="cartera-kpis" aria-label={tr('pane.results.kpis')}>
        {kpis.map((item) => (
          <div key={item.key} className="cartera-kpi">
            <dt>{item.label}</dt>
            <dd>
              {item.value}
              {item.notes?.length ? (
                <ul className="cartera-kpi-notes" aria-label={tr('pane.kpi.assumptions')}>
                  {item.notes.map((line) => (
                    <li key={line}>
                      <Caption1>{line}</Caption1>
                    </li>
                  ))}
                </ul>
              ) : null}
            </dd>
          </div>
        ))}
      </dl>
      <Body1 as="p" className="cartera-pareto">
        {pareto}
      </Body1>
      {model.validation ? (
        <Body1 as="p" className="cartera-validation">
          {tr('pane.validation', {
            holdout: formatNumber(locale, model.validation.holdout, Number.isInteger(model.validation.holdout) ? 0 : 1),
            unit: tr(`pane.validation.unit.${model.validation.timeUnit}`),
            predicted: formatNumber(locale, model.validation.predicted),
            actual: formatNumber(locale, model.validation.actual),
            difference: model.validation.actual > 0 ? formatPercent(locale, model.validation.predicted / model.validation.actual - 1) : '–',
            mae: formatNumber(locale, model.validation.mae, 2),
          })}
        </Body1>
      ) : null}
      {model.pareto.length ? (
        <section className="cartera-section cartera-chart" aria-labelledby="cartera-pareto-title">
          <Subtitle2 as="h2" id="cartera-pareto-title">
            {tr('pane.pareto.chart')}
          </Subtitle2>
          <ChartBoundary fallback={chartTable}>
            <React.Suspense fallback={<Spinner size="tiny" label={tr('pane.loading')} />}>
              <div aria-hidden="true">
                <ParetoChart locale={locale} points={model.pareto} />
              </div>
            </React.Suspense>
          </ChartBoundary>
          <details className="cartera-details">
            <summary>{tr('pane.pareto.table')}</summary>
            {chartTable}
          </details>
        </section>
      ) : null}
      <GroupTable
        id="cartera-res-status"
        title={tr('pane.results.statuses')}
        valueHeader={tr(model.valueLabel)}
        rows={model.statuses}
        label={(id) => codeValueLabel(locale, 'status', id)}
        locale={locale}
        currency={currency}
      />
      {model.changes ? (
        <section className="cartera-section" aria-labelledby="cartera-res-changes">
          <Subtitle2 as="h2" id="cartera-res-changes">
            {tr('pane.changes.title', { date: formatDate(locale, model.changes.compareDate) })}
          </Subtitle2>
          <dl className="cartera-kpis">
            {model.changes.counts.map((c) => (
              <div key={c.list} className="cartera-kpi">
                <dt>{tr(`changes.list.${c.list}`)}</dt>
                <dd>{formatNumber(locale, c.clients)}</dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}
      <GroupTable
        id="cartera-res-seg"
        title={tr('pane.results.segments')}
        valueHeader={tr(model.valueLabel)}
        rows={model.segments}
        label={(id) => codeValueLabel(locale, 'rfmSegment', id)}
        locale={locale}
        currency={currency}
      />
      {notes?.length ? (
        <MessageBar intent="info">
          <MessageBarBody>{notes.join(' ')}</MessageBarBody>
        </MessageBar>
      ) : null}
      <section className="cartera-section" aria-labelledby="cartera-res-sheets">
        <Subtitle2 as="h2" id="cartera-res-sheets">
          {tr('pane.results.sheets')}
        </Subtitle2>
        <div className="cartera-column">
          {sheets.map((s) => (
            <Button key={s.key} onClick={() => onGoTo(s.name)} aria-label={tr('pane.results.gotoSheet', { sheet: s.name })}>
              {s.name}
            </Button>
          ))}
        </div>
      </section>
    </div>
  );
}
