// The client under the user's selection: class, RFM, status and why, trend, rhythm, next visit,
// value and suggested actions.
import * as React from 'react';
import { Badge, Body1, Caption1, MessageBar, MessageBarBody, Subtitle1, Subtitle2 } from '@fluentui/react-components';
import { formatDate, formatMoney, formatNumber, formatPercent, t, type Locale } from '../i18n';
import type { ClientCardModel } from './resultsModel';

export interface ClientCardProps {
  locale: Locale;
  /** null: no client under the selection (or no analysis yet) */
  model: ClientCardModel | null;
  hasAnalysis: boolean;
  currency?: string;
}

const STATUS_COLOUR: Record<string, 'success' | 'warning' | 'danger' | 'informative' | 'subtle' | 'brand'> = {
  prospect: 'subtle',
  new: 'brand',
  active: 'success',
  at_risk: 'warning',
  inactive: 'danger',
  lost: 'danger',
};

export function ClientCard({ locale, model, hasAnalysis, currency }: ClientCardProps): React.ReactElement {
  const tr = (key: string, params?: Record<string, string | number>) => t(locale, key, params);
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
  const items: { key: string; value: string; params?: Record<string, string> }[] = [
    { key: 'pane.client.class', value: m.abc ? (m.abc === 'N' ? tr('abc.N') : m.abc) : '—' },
    { key: 'pane.client.rfm', value: m.rfmCode ? `${m.rfmCode} · ${tr(`seg.${m.rfmSegment}`)}` : tr('seg.none') },
    { key: 'pane.client.trend', value: m.trend ? tr(`trend.${m.trend}`) : '—' },
    { key: 'pane.client.revenue12', value: formatMoney(locale, m.revenue12, currency) },
    { key: 'pane.client.purchases', value: formatNumber(locale, m.purchases) },
    { key: 'pane.client.lastPurchase', value: m.lastPurchase !== null ? formatDate(locale, m.lastPurchase) : '—' },
    { key: 'pane.client.rhythm', value: m.usualGap !== null ? tr('pane.client.rhythmDays', { days: formatNumber(locale, m.usualGap) }) : '—' },
  ];
  if (m.nextVisit !== null) items.push({ key: 'pane.client.nextVisit', value: formatDate(locale, m.nextVisit) });
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
      <dl className="cartera-facts">
        {items.map((item) => (
          <div key={item.key}>
            <dt>{t(locale, item.key, item.params)}</dt>
            <dd>{item.value}</dd>
          </div>
        ))}
      </dl>
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
