// A contents block at the top of the Summary sheet: one line per output sheet, each a hyperlink to it
// (written by src/excel as Range.hyperlink, ExcelApi 1.7; plain text before it).
import { defineMessages } from '../i18n';
import { reportContext, type ReportOptions } from './reportContext';
import type { LinksBlock, Report } from './types';

export const sheetLinkMessages = defineMessages({
  es: { 'links.title': 'Hojas del informe', 'links.tip': 'Ir a la hoja «{sheet}»' },
  pt: { 'links.title': 'Planilhas do relatório', 'links.tip': 'Ir para a planilha «{sheet}»' },
  en: { 'links.title': 'Report sheets', 'links.tip': 'Go to the sheet "{sheet}"' },
  'pt-PT': { 'links.title': 'Folhas do relatório', 'links.tip': 'Ir para a folha «{sheet}»' },
});

/** The report with the Summary sheet's contents block (replaced, not doubled, when already there). */
export function sheetLinks(report: Report, options: ReportOptions): Report {
  const ctx = reportContext(options);
  const summary = report.sheets.find((s) => s.key === 'summary');
  if (!summary) return report;
  const links: LinksBlock = {
    type: 'links',
    key: 'sheetLinks',
    title: ctx.text('links.title'),
    items: report.sheets
      .filter((s) => s !== summary)
      .map((s) => ({ label: s.title, sheet: s.key, tip: ctx.text('links.tip', { sheet: s.title }) })),
  };
  const blocks = [links, ...summary.blocks.filter((b) => b.key !== 'sheetLinks')];
  return { ...report, sheets: report.sheets.map((s) => (s === summary ? { ...s, blocks } : s)) };
}

declare module '../i18n' {
  interface MessageCatalogues {
    sheetLinks: typeof sheetLinkMessages;
  }
}
