// Step 1: the sales range (required) and the client list (optional), each from the selection or an
// Excel table, with what was found and a preview. The sales may also be a CSV file (issue #20).
import * as React from 'react';
import { Body1, Button, Caption1, Field, Select, Subtitle2 } from '@fluentui/react-components';
import { formatNumber, translator, type Locale, type MessageKey } from '../i18n';
import type { RangeSource, SalesSource, SourceInfo, TableInfo } from './controller';
import './paneFileMessages';
import type { SourceState } from './paneState';
import { SourcePreview } from './SourcePreview';

export interface DataStepProps {
  locale: Locale;
  tables: TableInfo[];
  sales: SourceState<string, SalesSource> | null;
  clients: SourceState<string> | null;
  visits: ChosenRange | null;
  busy: boolean;
  onSales: (choice: SourceChoice) => void;
  /** a file picked as the sales (issue #20); absent: no file choice */
  onSalesFile?: (file: File) => void;
  onClients: (choice: SourceChoice | null) => void;
  onVisits: (choice: SourceChoice | null) => void;
  onRefreshTables: () => void;
  onNext: () => void;
}

export type SourceChoice = { kind: 'selection' } | { kind: 'table'; name: string };

/** A range as the picker shows it. */
export interface ChosenRange {
  source: RangeSource;
  info: SourceInfo;
}

interface PickerProps {
  id: string;
  locale: Locale;
  title: string;
  tables: TableInfo[];
  value: { source: SalesSource; info: SourceInfo } | null;
  busy: boolean;
  optional: boolean;
  /** under the table picker (the sales' file choice) */
  children?: React.ReactNode;
  /** message key shown when nothing is chosen */
  emptyKey: MessageKey;
  /** message key of the button that clears an optional choice */
  clearKey?: MessageKey;
  onChoose: (choice: SourceChoice | null) => void;
}

function SourcePicker(props: PickerProps): React.ReactElement {
  const { id, locale, title, tables, value, busy, optional, emptyKey, clearKey, onChoose } = props;
  const tr = translator(locale);
  const table = value?.source.kind === 'table' ? value.source.name : '';
  return (
    <section className="cartera-section" aria-labelledby={`${id}-title`}>
      <Subtitle2 as="h2" id={`${id}-title`}>
        {title}
      </Subtitle2>
      <div className="cartera-row">
        <Button onClick={() => onChoose({ kind: 'selection' })} disabled={busy}>
          {tr('pane.data.useSelection')}
        </Button>
        {optional && value && clearKey ? (
          <Button appearance="subtle" onClick={() => onChoose(null)} disabled={busy}>
            {tr(clearKey)}
          </Button>
        ) : null}
      </div>
      <Field label={tr('pane.data.table')}>
        <Select
          className="cartera-table-select"
          value={table}
          title={table ? tableLabel(tables, table) : undefined}
          disabled={busy || tables.length === 0}
          onChange={(_, d) => onChoose(d.value ? { kind: 'table', name: d.value } : null)}
        >
          <option value="">{tr('pane.data.noTable')}</option>
          {tables.map((tb) => (
            <option key={tb.name} value={tb.name} title={tableLabel(tables, tb.name)}>
              {tableLabel(tables, tb.name)}
            </option>
          ))}
        </Select>
      </Field>
      {props.children}
      {value ? (
        <>
          <Body1 as="p" className="cartera-source">
            {value.source.kind === 'file'
              ? tr('pane.file.chosen', {
                  name: value.source.file.name,
                  size: fileSize(locale, value.source.file.size),
                  columns: value.info.columns,
                })
              : tr('pane.data.source', {
                  address: value.info.address,
                  rows: formatNumber(locale, value.info.dataRows),
                  columns: value.info.columns,
                })}
          </Body1>
          <SourcePreview info={value.info} locale={locale} />
        </>
      ) : (
        <Caption1 as="p">{tr(emptyKey)}</Caption1>
      )}
    </section>
  );
}

/** A file's size in MB (KB under one MB), in the pane's number format. */
function fileSize(locale: Locale, bytes: number): string {
  return bytes < 1e6 ? `${formatNumber(locale, Math.max(1, Math.round(bytes / 1e3)))} KB` : `${formatNumber(locale, bytes / 1e6, 1)} MB`;
}

/**
 * The sales' "Analizar un archivo": a button opening the browser's file dialog (the native input is
 * hidden: its own "Choose File / No file chosen" is in the browser's language, not the pane's). The
 * file stays on this computer.
 */
function FilePicker({ locale, busy, onFile }: { locale: Locale; busy: boolean; onFile: (file: File) => void }): React.ReactElement {
  const input = React.useRef<HTMLInputElement>(null);
  const own = React.useId();
  const t = translator(locale);
  return (
    <Field label={t('pane.file.choose')} hint={t('pane.file.hint')}>
      {(control) => (
        <div>
          {/* named by the field's label and its own text ("Analizar un archivo … Elegir archivo…") */}
          <Button
            aria-describedby={control['aria-describedby']}
            id={own}
            aria-labelledby={`${control['aria-labelledby'] ?? ''} ${own}`.trim()}
            disabled={busy}
            onClick={() => input.current?.click()}
          >
            {t('pane.file.pick')}
          </Button>
          <input
            ref={input}
            // the field's label is the input's own (a click on it opens the dialog too)
            id={control.id}
            type="file"
            hidden
            data-testid="cartera-sales-file"
            accept=".csv,.txt,.tsv,.gz,text/csv"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              // the same file picked again is a new choice
              e.currentTarget.value = '';
              if (file) onFile(file);
            }}
          />
        </div>
      )}
    </Field>
  );
}

/** A table as the picker names it (also its tooltip: a long name is cut with "…" in the narrow pane). */
function tableLabel(tables: TableInfo[], name: string): string {
  const tb = tables.find((x) => x.name === name);
  return tb ? `${tb.name} (${tb.sheet})` : name;
}

export function DataStep(props: DataStepProps): React.ReactElement {
  const { locale, tables, busy } = props;
  const tr = translator(locale);
  return (
    <div className="cartera-step">
      <SourcePicker
        id="cartera-sales"
        locale={locale}
        title={tr('pane.data.sales')}
        tables={tables}
        value={props.sales}
        busy={busy}
        optional={false}
        emptyKey="pane.data.noSales"
        onChoose={(c) => (c ? props.onSales(c) : undefined)}
      >
        {props.onSalesFile ? <FilePicker locale={locale} busy={busy} onFile={props.onSalesFile} /> : null}
      </SourcePicker>
      <SourcePicker
        id="cartera-clients"
        locale={locale}
        title={tr('pane.data.clients')}
        tables={tables}
        value={props.clients}
        busy={busy}
        optional
        emptyKey="pane.data.noClients"
        clearKey="pane.data.none"
        onChoose={props.onClients}
      />
      <SourcePicker
        id="cartera-visits"
        locale={locale}
        title={tr('pane.data.visits')}
        tables={tables}
        value={props.visits}
        busy={busy}
        optional
        emptyKey="pane.data.noVisits"
        clearKey="pane.data.noVisitsLog"
        onChoose={props.onVisits}
      />
      <div className="cartera-row">
        <Button appearance="subtle" onClick={props.onRefreshTables} disabled={busy}>
          {tr('pane.data.refresh')}
        </Button>
        <Button appearance="primary" onClick={props.onNext} disabled={busy || !props.sales}>
          {tr('pane.data.next')}
        </Button>
      </div>
    </div>
  );
}
