import type { Cell, QualityReport } from '../engine/types';
import { localParams } from '../i18n/localParams';
import { plainInteger, tableName, type ReportContext } from './reportContext';
import type { OutputSheet } from './types';
import { type MessageKey } from '../i18n';

/** Every rejected row and every issue (duplicates, not in list, ambiguous columns...), one row each. */
export function qualitySheet(quality: QualityReport, ctx: ReportContext, subtitle?: string): OutputSheet {
  const c = ctx.column;
  const f = ctx.formats;
  const count = (key: MessageKey, value: number) => ({ label: ctx.text(key), value, kind: 'integer' as const, numberFormat: f.integer });
  const rejected: Cell[][] = quality.rejected.map((r) => [r.sheet, r.row, r.column, ctx.text(`reason.${r.reason}`), r.value]);
  const issues: Cell[][] = quality.issues.map((issue) => [
    ctx.text(`issue.${issue.kind}`),
    issue.sheet,
    issue.row > 0 ? issue.row : '',
    issue.column,
    issue.clientId ?? '',
    issue.otherClientId ?? '',
    ctx.text(`quality.${issue.detail.code}`, localParams(ctx.locale, issue.detail)),
  ]);
  return {
    key: 'quality',
    title: ctx.text('sheet.quality'),
    heading: ctx.text('heading.quality'),
    subtitle,
    blocks: [
      {
        type: 'kpis',
        key: 'counts',
        items: [
          count('kpi.rowsRead', quality.rowsRead),
          count('kpi.rowsUsed', quality.rowsUsed),
          count('kpi.rowsRejected', quality.rowsRejected),
          count('kpi.rowsAfterAsOf', quality.rowsAfterAsOf),
          count('kpi.blankRows', quality.blankRows),
        ],
      },
      {
        type: 'table',
        key: 'rejected',
        name: tableName('Rejected'),
        title: ctx.text('table.rejected'),
        columns: [
          c('sheet', 'text'),
          plainInteger(c('row', 'integer')),
          { ...c('column', 'text'), width: 20 },
          { ...c('reason', 'text'), width: 28 },
          { ...c('cellValue', 'text'), width: 24 },
        ],
        rows: rejected,
        style: 'TableStyleLight9',
      },
      {
        type: 'table',
        key: 'issues',
        name: tableName('Issues'),
        title: ctx.text('table.issues'),
        columns: [
          { ...c('issue', 'text'), width: 28 },
          c('sheet', 'text'),
          plainInteger(c('row', 'integer')),
          { ...c('column', 'text'), width: 20 },
          { ...c('clientId', 'text'), width: 16 },
          { ...c('otherClient', 'text'), width: 16 },
          { ...c('message', 'text'), width: 60 },
        ],
        rows: issues,
        style: 'TableStyleLight9',
      },
    ],
    charts: [],
  };
}
