// Step 2: the suggested column of each role (editable), the required roles, and the data-quality
// check before running.
import * as React from 'react';
import { Button, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { CLIENT_ROLES, SALES_ROLES, type ClientRole, type QualityReport, type SalesRole } from '../engine/types';
import { translator, type Locale } from '../i18n';
import { MappingEditor } from './MappingEditor';
import type { SourceState } from './paneState';
import type { SalesSource } from './controller';
import { QualitySummary } from './QualitySummary';
import { missingClientRoles, missingSalesRoles } from '../engine/clean/requiredRoles';

export interface ColumnsStepProps {
  locale: Locale;
  sales: SourceState<string, SalesSource> | null;
  clients: SourceState<string> | null;
  quality: QualityReport | null;
  checking: boolean;
  onSalesMapping: (mapping: Partial<Record<string, number>>) => void;
  onClientMapping: (mapping: Partial<Record<string, number>>) => void;
  onCheck: () => void;
  onNext: () => void;
}

export function ColumnsStep(props: ColumnsStepProps): React.ReactElement {
  const { locale, sales, clients } = props;
  const tr = translator(locale);
  if (!sales) {
    return (
      <div className="cartera-step">
        <MessageBar intent="info">
          <MessageBarBody>{tr('pane.run.needSales')}</MessageBarBody>
        </MessageBar>
      </div>
    );
  }
  const missing = [
    ...missingSalesRoles(sales.mapping),
    ...(clients ? missingClientRoles(clients.mapping).map((r) => `list:${r}` as const) : []),
  ];
  const roleName = (r: SalesRole | `list:${ClientRole}`) =>
    r.startsWith('list:')
      ? `${tr(`pane.role.${r.slice(5) as ClientRole}`)} (${tr('pane.data.clientsShort')})`
      : tr(`pane.role.${r as SalesRole}`);
  return (
    <div className="cartera-step">
      <MappingEditor
        id="cartera-map-sales"
        locale={locale}
        title={tr('pane.columns.sales')}
        roles={SALES_ROLES}
        required={['client', 'date', 'amount']}
        headers={sales.info.headers}
        mapping={sales.mapping}
        suggested={sales.suggestion.mapping}
        confidence={sales.suggestion.confidence}
        onChange={props.onSalesMapping}
      />
      {clients ? (
        <MappingEditor
          id="cartera-map-clients"
          locale={locale}
          title={tr('pane.columns.clients')}
          roles={CLIENT_ROLES}
          required={['client']}
          headers={clients.info.headers}
          mapping={clients.mapping}
          suggested={clients.suggestion.mapping}
          confidence={clients.suggestion.confidence}
          onChange={props.onClientMapping}
        />
      ) : null}
      {missing.length ? (
        <MessageBar intent="warning">
          <MessageBarBody>{tr('pane.columns.required', { roles: missing.map(roleName).join(', ') })}</MessageBarBody>
        </MessageBar>
      ) : null}
      <div className="cartera-row">
        <Button onClick={props.onCheck} disabled={props.checking || missing.length > 0}>
          {tr('pane.columns.check')}
        </Button>
        {props.checking ? <Spinner size="tiny" label={tr('pane.columns.checking')} /> : null}
      </div>
      {props.quality ? <QualitySummary report={props.quality} locale={locale} /> : null}
      <div className="cartera-row">
        <Button appearance="primary" onClick={props.onNext} disabled={missing.length > 0}>
          {tr('pane.columns.next')}
        </Button>
      </div>
    </div>
  );
}
