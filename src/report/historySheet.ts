// "Historial" (SPEC §11, issue #18): the headline figures of every run kept in the workbook, one row per
// run (as-of, clients by ABC class and by status, 12-month revenue, portfolio value), and a line chart
// of clients by class over the runs.
import { dayFromYmd } from '../engine/dates';
import { ABC_CLASSES, STATUSES } from '../engine/types';
import { excelNumberFormats, translator, type Locale } from '../i18n';
import { tableName } from './reportContext';
import type { OutputColumn, OutputSheet } from './types';
import './historyMessages';

/** The headline figures of a run (the visible history table). */
export interface RunHeadline {
  asOf: string;
  clients: number;
  /** clients per ABC class, ABC_CLASSES order */
  byClass: number[];
  /** clients per status, STATUSES order */
  byStatus: number[];
  /** Σ 12-month revenue, currency units */
  revenue12: number;
  /** portfolio value (SPEC §7), null when not computed */
  portfolioValue: number | null;
}

export function historySheet(runs: RunHeadline[], locale: Locale, currency?: string): OutputSheet {
  const f = excelNumberFormats(locale, currency);
  const tr = translator(locale);
  const integer = (key: string, header: string): OutputColumn => ({
    key,
    header,
    kind: 'integer',
    numberFormat: f.integer,
  });
  const columns: OutputColumn[] = [
    { key: 'asOf', header: tr('history.asOf'), kind: 'date', numberFormat: f.date, width: 12 },
    integer('clients', tr('history.clients')),
    ...ABC_CLASSES.map((c) => integer(`class${c}`, tr('history.class', { label: c }))),
    ...STATUSES.map((s) => integer(`status_${s}`, tr(`status.${s}`))),
    { key: 'revenue12', header: tr('history.revenue12'), kind: 'money', numberFormat: f.money, width: 16 },
    {
      key: 'portfolioValue',
      header: tr('history.portfolioValue'),
      kind: 'money',
      numberFormat: f.money,
      width: 16,
    },
  ];
  const rows = runs.map((r) => {
    const [y, m, d] = r.asOf.split('-').map(Number);
    return [dayFromYmd(y, m, d), r.clients, ...r.byClass, ...r.byStatus, r.revenue12, r.portfolioValue];
  });
  return {
    key: 'history',
    title: tr('history.sheet'),
    heading: tr('history.heading'),
    subtitle: tr('history.subtitle', { runs: runs.length }),
    blocks: [{ type: 'table', key: 'runs', name: tableName('History'), columns, rows }],
    charts:
      runs.length > 1
        ? [
            {
              key: 'classes',
              name: 'CarteraHistory',
              kind: 'line',
              title: tr('history.chart'),
              table: 'runs',
              category: 'asOf',
              series: ABC_CLASSES.filter((c) => c !== 'N').map((c) => ({
                column: `class${c}`,
                name: tr('history.class', { label: c }),
              })),
            },
          ]
        : [],
    freezeHeader: true,
  };
}
