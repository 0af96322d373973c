// The client under the user's selection: class, RFM, status and why, contact details, trend, rhythm,
// next visit (flagged when overdue), value, suggested actions, and its history (purchases by month,
// last invoices, top products) from the engine that holds the sales.
import * as React from 'react';
import {
  Badge,
  Body1,
  Caption1,
  MessageBar,
  MessageBarBody,
  Subtitle1,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import type { ClientHistory } from '../engine/visits/clientHistory';
import {
  formatDate,
  formatMoney,
  formatNumber,
  formatPercent,
  localeTag,
  t,
  translator,
  type Locale,
  type MessageKey,
} from '../i18n';
import type { ClientCardModel } from './resultsModel';
import './visitsMessages';

export interface ClientCardProps {
  locale: Locale;
  /** null: no client under the selection (or no analysis yet) */
  model: ClientCardModel | null;
  hasAnalysis: boolean;
  currency?: string;
  /** the client's months, invoices and products; undefined while loading, null when unavailable */
  history?: ClientHistory | null;
}

const STATUS_COLOUR: Record<string, 'success' | 'warning' | 'danger' | 'informative' | 'subtle' | 'brand'> = {
  prospect: 'subtle',
  new: 'brand',
  active: 'success',
  at_risk: 'warning',
  inactive: 'danger',
  lost: 'danger',
};

export function ClientCard({ locale, model, hasAnalysis, currency, history }: ClientCardProps): React.ReactElement {
  const tr = translator(locale);
  if (!hasAnalysis || !model) {
    return (
      <div className="cartera-step">
        <MessageBar intent="info">
          <MessageBarBody>{tr(hasAnalysis ? 'pane.client.hint' : 'pane.segment.needRun')}</MessageBarBody>
        </MessageBar>
      </div>
    );
  }
  const m = model;
  const items: { key: MessageKey; value: string; params?: Record<string, string> }[] = [
    { key: 'pane.client.class', value: m.abc ? (m.abc === 'N' ? tr('abc.N') : m.abc) : '—' },
    { key: 'pane.client.rfm', value: m.rfmCode && m.rfmSegment ? `${m.rfmCode} · ${tr(`seg.${m.rfmSegment}`)}` : tr('seg.none') },
    { key: 'pane.client.trend', value: m.trend ? tr(`trend.${m.trend}`) : '—' },
    { key: 'pane.client.revenue12', value: formatMoney(locale, m.revenue12, currency) },
    { key: 'pane.client.purchases', value: formatNumber(locale, m.purchases) },
    { key: 'pane.client.lastPurchase', value: m.lastPurchase !== null ? formatDate(locale, m.lastPurchase) : '—' },
    { key: 'pane.client.rhythm', value: m.usualGap !== null ? tr('pane.client.rhythmDays', { days: formatNumber(locale, m.usualGap) }) : '—' },
  ];
  if (m.salesperson !== null) items.splice(0, 0, { key: 'pane.client.salesperson', value: m.salesperson });
  // The margin the CLV assumes is said beside it (SPEC §7): e.g. "margin assumed 100 %".
  if (m.clv !== null)
    items.push(
      m.clvMargin
        ? {
            key: m.clvMargin.assumed ? 'pane.client.clvAssumed' : 'pane.client.clvMargin',
            value: formatMoney(locale, m.clv, currency),
            params: { rate: formatPercent(locale, m.clvMargin.rate, 0) },
          }
        : { key: 'pane.client.clv', value: formatMoney(locale, m.clv, currency) },
    );
  if (m.pAlive !== null) items.push({ key: 'pane.client.pAlive', value: formatPercent(locale, m.pAlive, 0) });
  const why = tr(m.status === 'prospect' ? 'pane.why.prospect' : m.why.key, m.why.params);
  return (
    <article className="cartera-step" aria-labelledby="cartera-card-title">
      <header className="cartera-card-head">
        <Subtitle1 as="h2" id="cartera-card-title">
          {m.name ?? m.id}
        </Subtitle1>
        {m.name ? <Caption1>{tr('pane.client.id', { id: m.id })}</Caption1> : null}
        <div className="cartera-row">
          <Badge appearance="filled" color={STATUS_COLOUR[m.status] ?? 'informative'}>
            {tr(`status.${m.status}`)}
          </Badge>
          {m.abc ? (
            <Badge appearance="outline" color="brand">
              {tr('pane.client.classBadge', { abc: m.abc })}
            </Badge>
          ) : null}
          {m.special ? (
            <Badge appearance="tint" color="important">
              {tr('pane.client.special')}
            </Badge>
          ) : null}
        </div>
      </header>
      <section className="cartera-section" aria-labelledby="cartera-card-why">
        <Subtitle2 as="h3" id="cartera-card-why">
          {tr('pane.client.why')}
        </Subtitle2>
        <Body1 as="p">{why}</Body1>
      </section>
      <section className="cartera-section" aria-labelledby="cartera-card-contact">
        <Subtitle2 as="h3" id="cartera-card-contact">
          {tr('pane.client.contactTitle')}
        </Subtitle2>
        {m.contacts.length ? (
          <dl className="cartera-facts" data-testid="card-contacts">
            {m.contacts.map((c) => (
              <div key={c.role}>
                <dt>{tr(`pane.role.${c.role}`)}</dt>
                <dd>{c.role === 'email' ? <a href={`mailto:${c.value}`}>{c.value}</a> : c.value}</dd>
              </div>
            ))}
          </dl>
        ) : (
          <Caption1>{tr('pane.client.noContact')}</Caption1>
        )}
      </section>
      <dl className="cartera-facts">
        {items.map((item) => (
          <div key={item.key}>
            <dt>{t(locale, item.key, item.params)}</dt>
            <dd>{item.value}</dd>
          </div>
        ))}
        {m.nextVisit !== null ? (
          <div>
            <dt>{tr('pane.client.nextVisit')}</dt>
            <dd data-testid="card-next-visit">
              {formatDate(locale, m.nextVisit)} <VisitFlag locale={locale} daysOverdue={m.visitDaysOverdue ?? -1} />
            </dd>
          </div>
        ) : null}
      </dl>
      <HistoryView locale={locale} history={history} currency={currency} />
      <section className="cartera-section" aria-labelledby="cartera-card-actions">
        <Subtitle2 as="h3" id="cartera-card-actions">
          {tr('pane.client.actions')}
        </Subtitle2>
        <ul className="cartera-actions">
          {m.actions.map((a) => (
            <li key={a}>{tr(a)}</li>
          ))}
        </ul>
      </section>
    </article>
  );
}

/** "Vencida · 11 días" (danger) when the next visit is past due, "Para hoy" when due on the as-of date. */
function VisitFlag({ locale, daysOverdue }: { locale: Locale; daysOverdue: number }) {
  if (daysOverdue > 0)
    return (
      <Badge appearance="filled" color="danger" data-testid="card-visit-overdue">
        {t(locale, 'pane.client.visitOverdue', { days: daysOverdue, count: daysOverdue })}
      </Badge>
    );
  if (daysOverdue === 0)
    return (
      <Badge appearance="tint" color="warning">
        {t(locale, 'pane.client.visitToday')}
      </Badge>
    );
  return null;
}

const monthFormats = new Map<Locale, Intl.DateTimeFormat>();
/** "nov", "nov.", "Nov" for "2026-11" in the pane's language. */
function monthLabel(locale: Locale, ym: string): string {
  let f = monthFormats.get(locale);
  if (!f) monthFormats.set(locale, (f = new Intl.DateTimeFormat(localeTag(locale), { month: 'short', year: '2-digit', timeZone: 'UTC' })));
  const [y, m] = ym.split('-').map(Number);
  return f.format(new Date(Date.UTC(y, m - 1, 1)));
}

function HistoryView({ locale, history, currency }: { locale: Locale; history: ClientHistory | null | undefined; currency?: string }) {
  const tr = translator(locale);
  if (history === null) return null;
  if (history === undefined) return <Caption1>{tr('pane.client.historyLoading')}</Caption1>;
  const values = Array.from(history.monthRevenue);
  const max = Math.max(0, ...values.map(Math.abs));
  return (
    <>
      <section className="cartera-section" aria-labelledby="cartera-card-months">
        <Subtitle2 as="h3" id="cartera-card-months">
          {tr('pane.client.months')}
        </Subtitle2>
        <ul className="cartera-months" data-testid="card-months">
          {history.months.map((ym, k) => {
            const label = monthLabel(locale, ym);
            const text = tr('pane.client.monthBar', { month: label, amount: formatMoney(locale, values[k], currency) });
            return (
              <li key={ym} title={text} aria-label={text}>
                <span
                  className={values[k] < 0 ? 'cartera-month-bar cartera-negative' : 'cartera-month-bar'}
                  style={{ height: `${max > 0 ? (Math.abs(values[k]) / max) * 56 : 0}px` }}
                />
                <span className="cartera-month-label" aria-hidden="true">
                  {label.slice(0, 3)}
                </span>
              </li>
            );
          })}
        </ul>
      </section>
      <section className="cartera-section" aria-labelledby="cartera-card-invoices">
        <Subtitle2 as="h3" id="cartera-card-invoices">
          {tr('pane.client.invoices')}
        </Subtitle2>
        {history.invoices.length === 0 ? (
          <Caption1>{tr('pane.client.noHistory')}</Caption1>
        ) : (
          <Table size="extra-small" aria-labelledby="cartera-card-invoices" data-testid="card-invoices">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{tr('pane.client.dateCol')}</TableHeaderCell>
                <TableHeaderCell>{tr('pane.client.invoiceCol')}</TableHeaderCell>
                <TableHeaderCell className="cartera-num">{tr('pane.client.amountCol')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {history.invoices.map((inv) => (
                <TableRow key={`${inv.day}-${inv.invoice ?? ''}`}>
                  <TableCell>{formatDate(locale, inv.day)}</TableCell>
                  <TableCell>{inv.invoice ?? '—'}</TableCell>
                  <TableCell className="cartera-num">{formatMoney(locale, inv.amount, currency)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </section>
      {history.products.length ? (
        <section className="cartera-section" aria-labelledby="cartera-card-products">
          <Subtitle2 as="h3" id="cartera-card-products">
            {tr('pane.client.products')}
          </Subtitle2>
          <Table size="extra-small" aria-labelledby="cartera-card-products" data-testid="card-products">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{tr('pane.client.productCol')}</TableHeaderCell>
                <TableHeaderCell className="cartera-num">{tr('pane.client.amountCol')}</TableHeaderCell>
                <TableHeaderCell className="cartera-num">{tr('pane.client.shareCol')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {history.products.map((p) => (
                <TableRow key={p.product}>
                  <TableCell>{p.product}</TableCell>
                  <TableCell className="cartera-num">{formatMoney(locale, p.amount, currency)}</TableCell>
                  <TableCell className="cartera-num">{Number.isFinite(p.share) ? formatPercent(locale, p.share, 0) : '—'}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </section>
      ) : null}
    </>
  );
}
