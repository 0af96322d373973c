// The first screen of a workbook analysed before (issue #18): what changed in each source since the
// last run ("Ventas: 60.120 filas (+168 desde el último análisis)"), "analyse again" in one click with
// the stored settings, and "remove Cartera's outputs" (asked twice).
import * as React from 'react';
import { Body1, Button, Caption1, MessageBar, MessageBarBody, Subtitle2 } from '@fluentui/react-components';
import { dayFromYmd } from '../engine/dates';
import { formatDate, formatNumber, t, translator, type Locale } from '../i18n';
import type { SourceChange } from './controller';
import './refreshMessages';

export interface RefreshSource {
  /** the source's name as the pane shows it ("Ventas") */
  name: string;
  rows: number;
  change: SourceChange;
}

export interface RefreshCardProps {
  locale: Locale;
  /** the last run's as-of date (ISO), null when unknown */
  asOf: string | null;
  sources: RefreshSource[];
  busy: boolean;
  /** why the stored settings cannot run as they are (null: they can) */
  blocked: string | null;
  onRefresh: () => void;
  onCheckColumns: () => void;
  onRemove: () => void;
}

export function RefreshCard(props: RefreshCardProps): React.ReactElement {
  const { locale, asOf, sources, busy } = props;
  const tr = translator(locale);
  const [confirming, setConfirming] = React.useState(false);
  const changed = sources.filter((s) => s.change.headersChanged);
  const title = asOf
    ? tr('pane.refresh.title', { asOf: formatDate(locale, isoDay(asOf)) })
    : tr('pane.refresh.titleNoDate');
  return (
    <section className="cartera-section" aria-labelledby="cartera-refresh-title">
      <Subtitle2 as="h2" id="cartera-refresh-title">
        {title}
      </Subtitle2>
      {sources.map((s) => (
        <Body1 as="p" key={s.name}>
          {rowsLine(locale, s)}
        </Body1>
      ))}
      {changed.map((s) => (
        <MessageBar key={s.name} intent="warning" layout="multiline" className="cartera-bar">
          <MessageBarBody>{tr('pane.refresh.headersChanged', { name: s.name })}</MessageBarBody>
        </MessageBar>
      ))}
      <div className="cartera-row">
        {changed.length > 0 ? (
          <Button appearance="primary" onClick={props.onCheckColumns} disabled={busy}>
            {tr('pane.refresh.checkColumns')}
          </Button>
        ) : (
          <Button appearance="primary" onClick={props.onRefresh} disabled={busy || props.blocked !== null}>
            {tr('pane.refresh.run')}
          </Button>
        )}
        <Button appearance="subtle" onClick={() => setConfirming(true)} disabled={busy || confirming}>
          {tr('pane.refresh.remove')}
        </Button>
      </div>
      {props.blocked && changed.length === 0 ? <Caption1 as="p">{props.blocked}</Caption1> : null}
      {confirming ? (
        <div role="group" aria-label={tr('pane.refresh.remove')}>
          <Caption1 as="p">{tr('pane.refresh.removeConfirm')}</Caption1>
          <div className="cartera-row">
            <Button
              onClick={() => {
                setConfirming(false);
                props.onRemove();
              }}
              disabled={busy}
            >
              {tr('pane.refresh.removeYes')}
            </Button>
            <Button appearance="subtle" onClick={() => setConfirming(false)}>
              {tr('pane.refresh.removeNo')}
            </Button>
          </div>
        </div>
      ) : null}
    </section>
  );
}

function rowsLine(locale: Locale, s: RefreshSource): string {
  const rows = formatNumber(locale, s.rows);
  const added = s.change.addedRows;
  if (added === null) return t(locale, 'pane.refresh.rowsUnknown', { name: s.name, rows });
  if (added === 0) return t(locale, 'pane.refresh.rowsSame', { name: s.name, rows });
  const delta = `${added > 0 ? '+' : '−'}${formatNumber(locale, Math.abs(added))}`;
  return t(locale, 'pane.refresh.rows', { name: s.name, rows, delta });
}

function isoDay(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return dayFromYmd(y, m, d);
}
