// The PivotTable sheet (issue #19): a native PivotTable over the Clients table — ABC class in rows,
// salesperson (else RFM segment) in columns, 12-month revenue summed and clients counted — created
// by src/excel where Excel has PivotTables (ExcelApi 1.8). A note above it says what it holds, so
// that where it cannot be created (older Excel, `--out` files written with ExcelJS) the user can
// make it in three clicks.
import { formatDate, defineMessages } from '../i18n';
import { reportContext, type ReportOptions } from './reportContext';
import type { OutputSheet, OutputTable, PivotBlock } from './types';

export const pivotMessages = defineMessages({
  es: {
    'sheet.pivot': 'Cartera - Tabla dinámica',
    'heading.pivot': 'Tabla dinámica de clientes',
    'pivot.about': 'Tabla dinámica sobre la tabla {table} (hoja «{sheet}»): filas {rows}, columnas {columns}; valores: {values}. Actualícela con Datos > Actualizar todo.',
    'pivot.manual': 'Si no aparece (Excel sin tablas dinámicas por API o archivo creado con la línea de comandos), créela con Insertar > Tabla dinámica sobre {table}.',
    'pivot.sum': 'Suma de {field}',
    'pivot.count': 'Número de clientes',
  },
  pt: {
    'sheet.pivot': 'Cartera - Tabela dinâmica',
    'heading.pivot': 'Tabela dinâmica de clientes',
    'pivot.about': 'Tabela dinâmica sobre a tabela {table} (planilha «{sheet}»): linhas {rows}, colunas {columns}; valores: {values}. Atualize com Dados > Atualizar tudo.',
    'pivot.manual': 'Se não aparecer (Excel sem tabelas dinâmicas por API ou arquivo criado pela linha de comando), crie-a com Inserir > Tabela dinâmica sobre {table}.',
    'pivot.sum': 'Soma de {field}',
    'pivot.count': 'Número de clientes',
  },
  en: {
    'sheet.pivot': 'Cartera - PivotTable',
    'heading.pivot': 'Clients PivotTable',
    'pivot.about': 'PivotTable over the table {table} (sheet "{sheet}"): rows {rows}, columns {columns}; values: {values}. Refresh it with Data > Refresh All.',
    'pivot.manual': 'If it is not there (Excel without PivotTables through the API, or a file written by the command line), create it with Insert > PivotTable over {table}.',
    'pivot.sum': 'Sum of {field}',
    'pivot.count': 'Number of clients',
  },
  'pt-PT': {
    'pivot.about': 'Tabela dinâmica sobre a tabela {table} (folha «{sheet}»): linhas {rows}, colunas {columns}; valores: {values}. Atualize com Dados > Atualizar tudo.',
    'pivot.manual': 'Se não aparecer (Excel sem tabelas dinâmicas por API ou ficheiro criado pela linha de comando), crie-a com Inserir > Tabela dinâmica sobre {table}.',
  },
});

/** The PivotTable sheet over the Clients sheet's table; null without one. */
export function pivotSheet(clientsSheet: OutputSheet, asOf: number, options: ReportOptions): OutputSheet | null {
  const ctx = reportContext(options);
  const table = clientsSheet.blocks.find((b): b is OutputTable => b.type === 'table' && b.key === 'clients');
  if (!table) return null;
  const header = (key: string) => table.columns.find((c) => c.key === key)?.header;
  const rows = header('abcClass');
  const columns = header('salesperson') ?? header('rfmSegment');
  const revenue = table.columns.find((c) => c.key === 'revenue12');
  const id = header('clientId');
  if (!rows || !columns || !revenue || !id) return null;
  const pivot: PivotBlock = {
    type: 'pivot',
    key: 'clientsPivot',
    name: 'CarteraClientes',
    source: { sheet: clientsSheet.key, table: table.key },
    rows: [rows],
    columns: [columns],
    values: [
      { field: revenue.header, name: ctx.text('pivot.sum', { field: revenue.header }), summarizeBy: 'Sum', numberFormat: revenue.numberFormat },
      { field: id, name: ctx.text('pivot.count'), summarizeBy: 'Count', numberFormat: '0' },
    ],
    slicers: ['status', 'rfmSegment'].map(header).filter((h): h is string => !!h),
  };
  const about = ctx.text('pivot.about', {
    table: table.name,
    sheet: clientsSheet.title,
    rows,
    columns,
    values: pivot.values.map((v) => v.name).join(', '),
  });
  return {
    key: 'pivot',
    title: ctx.text('sheet.pivot'),
    heading: ctx.text('heading.pivot'),
    subtitle: ctx.text('subtitle.asOf', { date: formatDate(ctx.locale, asOf) }),
    blocks: [{ type: 'notes', key: 'about', lines: [about, ctx.text('pivot.manual', { table: table.name })] }, pivot],
    charts: [],
  };
}

declare module '../i18n' {
  interface MessageCatalogues {
    pivot: typeof pivotMessages;
  }
}
