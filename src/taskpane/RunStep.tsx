// Step 4: what will be analysed, one determinate bar per stage, Run and Cancel.
import * as React from 'react';
import {
  Body1,
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Subtitle2,
} from '@fluentui/react-components';
import { formatNumber, formatPercent, translator, type Locale } from '../i18n';
import type { Notice } from './paneState';
import { STAGES, type StageProgress } from './stageProgress';

export interface RunStepProps {
  locale: Locale;
  salesAddress: string | null;
  clientsAddress: string | null;
  visitsAddress?: string | null;
  /** why the run cannot start (message), or null */
  blocked: string | null;
  running: boolean;
  progress: StageProgress;
  /** data rows read so far (shown beside the reading bar), null when not known */
  rowsRead?: number | null;
  notice: Notice;
  onRun: () => void;
  onCancel: () => void;
}

export function RunStep(props: RunStepProps): React.ReactElement {
  const { locale, progress, running } = props;
  const tr = translator(locale);
  return (
    <div className="cartera-step">
      <section className="cartera-section" aria-labelledby="cartera-run-title">
        <Subtitle2 as="h2" id="cartera-run-title">
          {tr('pane.run.title')}
        </Subtitle2>
        <Body1 as="p">{tr('pane.run.sales', { address: props.salesAddress ?? '—' })}</Body1>
        <Body1 as="p">
          {props.clientsAddress
            ? tr('pane.run.clients', { address: props.clientsAddress })
            : tr('pane.run.noClients')}
        </Body1>
        {props.visitsAddress ? (
          <Body1 as="p">{tr('pane.run.visits', { address: props.visitsAddress })}</Body1>
        ) : null}
        {props.blocked ? (
          <MessageBar intent="warning">
            <MessageBarBody>{props.blocked}</MessageBarBody>
          </MessageBar>
        ) : null}
        <div className="cartera-row">
          <Button appearance="primary" onClick={props.onRun} disabled={running || props.blocked !== null}>
            {tr('pane.run.start')}
          </Button>
          {running ? <Button onClick={props.onCancel}>{tr('pane.run.cancel')}</Button> : null}
        </div>
      </section>
      <section className="cartera-section" aria-label={tr('pane.run.progress')} aria-busy={running}>
        {STAGES.map((stage) => (
          <Field
            key={stage}
            label={
              `${tr(`pane.run.stage.${stage}`)} · ${formatPercent(locale, progress[stage], 0)}` +
              (stage === 'read' && props.rowsRead != null
                ? ` · ${tr('pane.run.rowsRead', { rows: formatNumber(locale, props.rowsRead) })}`
                : '')
            }
            validationState="none"
          >
            <ProgressBar
              value={progress[stage]}
              max={1}
              thickness="large"
              aria-label={tr(`pane.run.stage.${stage}`)}
            />
          </Field>
        ))}
      </section>
      {props.notice ? (
        <MessageBar intent={props.notice.intent} role="status">
          <MessageBarBody>{props.notice.text}</MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}
