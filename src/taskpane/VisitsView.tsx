// The Visits tab (SPEC §8, issue #19): pick a salesperson; their agenda for the next weeks (overdue
// visits first, flagged), planned hours against capacity, under- and over-served clients.
import * as React from 'react';
import {
  Badge,
  Body1,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { formatDate, formatNumber, formatPercent, t, translator, type Locale } from '../i18n';
import type { AgendaItem, SalespersonVisits, ServedClient, VisitsModel } from './visitsModel';
import './visitsMessages';

export interface VisitsViewProps {
  locale: Locale;
  /** null: no analysis yet, or it has no visit plan */
  model: VisitsModel | null;
  hasAnalysis: boolean;
}

/** The flag of one agenda line: overdue (danger), due today (warning), or in how many days. */
export function dueBadge(locale: Locale, daysOverdue: number): { text: string; overdue: boolean; colour: 'danger' | 'warning' | 'informative' } {
  if (daysOverdue > 0)
    return { text: t(locale, 'pane.visits.overdue', { days: daysOverdue, count: daysOverdue }), overdue: true, colour: 'danger' };
  if (daysOverdue === 0) return { text: t(locale, 'pane.visits.today'), overdue: false, colour: 'warning' };
  return { text: t(locale, 'pane.visits.inDays', { days: -daysOverdue, count: -daysOverdue }), overdue: false, colour: 'informative' };
}

export function VisitsView({ locale, model, hasAnalysis }: VisitsViewProps): React.ReactElement {
  const tr = translator(locale);
  const [picked, setPicked] = React.useState(0);
  if (!hasAnalysis || !model) {
    return (
      <div className="cartera-step">
        <MessageBar intent="info">
          <MessageBarBody>{tr(hasAnalysis ? 'pane.visits.none' : 'pane.segment.needRun')}</MessageBarBody>
        </MessageBar>
      </div>
    );
  }
  const groups = model.groups;
  const g: SalespersonVisits | undefined = groups[Math.min(picked, groups.length - 1)];
  const label = (x: SalespersonVisits) => (x.blank ? tr('pane.visits.unassigned') : x.member);
  return (
    <section className="cartera-step" aria-labelledby="cartera-visits-title">
      <Subtitle2 as="h2" id="cartera-visits-title">
        {tr('pane.visits.title')}
      </Subtitle2>
      <Field label={tr('pane.visits.salesperson')}>
        <Select value={String(Math.min(picked, groups.length - 1))} onChange={(_, d) => setPicked(Number(d.value))}>
          {groups.map((x, k) => (
            <option key={`${x.member}-${k}`} value={String(k)}>
              {x.overdue > 0 ? `${label(x)} (${formatNumber(locale, x.overdue)} ⚠)` : label(x)}
            </option>
          ))}
        </Select>
      </Field>
      {g ? <SalespersonPanel locale={locale} group={g} model={model} /> : null}
    </section>
  );
}

function SalespersonPanel({ locale, group: g, model }: { locale: Locale; group: SalespersonVisits; model: VisitsModel }) {
  const tr = translator(locale);
  const hours = formatNumber(locale, g.plannedHours);
  const hasCapacity = Number.isFinite(g.capacityHours) && g.capacityHours > 0;
  const share = hasCapacity ? g.plannedHours / g.capacityHours : NaN;
  const flags = model.source === 'log' || model.source === 'column';
  return (
    <>
      <Body1 as="p" data-testid="visits-summary">
        {tr('pane.visits.summary', {
          clients: formatNumber(locale, g.clients),
          due: formatNumber(locale, g.dueInWindow),
          weeks: model.weeks,
          overdue: formatNumber(locale, g.overdue),
        })}
      </Body1>
      <div className="cartera-section">
        <Body1 as="p">
          {hasCapacity
            ? tr('pane.visits.workload', { hours, capacity: formatNumber(locale, g.capacityHours), share: formatPercent(locale, share, 0) })
            : tr('pane.visits.workloadNoCap', { hours })}
        </Body1>
        {hasCapacity ? (
          <div
            className="cartera-meter"
            role="meter"
            aria-label={tr('pane.visits.workload', { hours, capacity: formatNumber(locale, g.capacityHours), share: formatPercent(locale, share, 0) })}
            aria-valuemin={0}
            aria-valuemax={Math.max(g.capacityHours, g.plannedHours)}
            aria-valuenow={Math.round(g.plannedHours)}
          >
            <div
              className={g.overCapacity ? 'cartera-meter-fill cartera-meter-over' : 'cartera-meter-fill'}
              style={{ width: `${Math.min(100, share * 100)}%` }}
            />
          </div>
        ) : null}
        {g.overCapacity ? (
          <Badge appearance="filled" color="danger">
            {tr('pane.visits.overCapacity')}
          </Badge>
        ) : null}
      </div>
      {flags ? (
        <dl className="cartera-facts">
          <div>
            <dt>{tr('pane.visits.underServed')}</dt>
            <dd data-testid="visits-under">{formatNumber(locale, g.underServed)}</dd>
          </div>
          <div>
            <dt>{tr('pane.visits.overServed')}</dt>
            <dd data-testid="visits-over">{formatNumber(locale, g.overServed)}</dd>
          </div>
        </dl>
      ) : (
        <Caption1>{tr('pane.visits.flagsNeedLog')}</Caption1>
      )}
      {flags ? <ServedList locale={locale} id="under" title={tr('pane.visits.underServed')} clients={g.underServedClients} /> : null}
      {flags ? <ServedList locale={locale} id="over" title={tr('pane.visits.overServed')} clients={g.overServedClients} /> : null}
      <Subtitle2 as="h3" id="cartera-agenda-title">
        {tr('pane.visits.agenda', { weeks: model.weeks })}
      </Subtitle2>
      {g.items.length === 0 ? (
        <Body1 as="p">{tr('pane.visits.empty', { weeks: model.weeks })}</Body1>
      ) : (
        <Table size="extra-small" aria-labelledby="cartera-agenda-title" className="cartera-agenda">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{tr('pane.visits.col.client')}</TableHeaderCell>
              <TableHeaderCell style={{ width: 84 }}>{tr('pane.visits.col.due')}</TableHeaderCell>
              <TableHeaderCell style={{ width: 136 }}>{tr('pane.visits.col.state')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {g.items.map((item) => (
              <AgendaRow key={item.index} locale={locale} item={item} />
            ))}
          </TableBody>
        </Table>
      )}
      {g.dueInWindow > g.items.length ? (
        <Caption1>{tr('pane.visits.more', { shown: g.items.length, total: g.dueInWindow })}</Caption1>
      ) : null}
    </>
  );
}

/** The flagged clients behind a count, folded: name (code) · class — visits in 12 months of the plan. */
function ServedList({ locale, id, title, clients }: { locale: Locale; id: string; title: string; clients: ServedClient[] }) {
  if (clients.length === 0) return null;
  return (
    <details className="cartera-details" data-testid={`visits-${id}-list`}>
      <summary>{title}</summary>
      <ul className="cartera-actions">
        {clients.map((c) => (
          <li key={c.index}>
            {c.name ? `${c.name} (${c.id})` : c.id}
            {c.abc ? ` · ${c.abc}` : ''} —{' '}
            {t(locale, 'pane.visits.servedVisits', { visits: formatNumber(locale, c.visits), planned: formatNumber(locale, c.planned, c.planned % 1 ? 2 : 0) })}
          </li>
        ))}
      </ul>
    </details>
  );
}

function AgendaRow({ locale, item }: { locale: Locale; item: AgendaItem }) {
  const badge = dueBadge(locale, item.daysOverdue);
  return (
    <TableRow className={badge.overdue ? 'cartera-overdue' : undefined} data-overdue={badge.overdue ? 'true' : undefined}>
      <TableCell>
        {item.name ? `${item.name} (${item.id})` : item.id}
        {item.abc ? ` · ${item.abc}` : ''}
      </TableCell>
      <TableCell>{formatDate(locale, item.due)}</TableCell>
      <TableCell>
        <Badge appearance={badge.overdue ? 'filled' : 'tint'} color={badge.colour}>
          {badge.text}
        </Badge>
      </TableCell>
    </TableRow>
  );
}
