import type { ExcelRun } from './types';

export interface TableInfo {
  name: string;
  sheet: string;
  /** address with the sheet, header row included */
  address: string;
  /** data rows (header excluded) */
  rows: number;
  columns: number;
  headers: string[];
}

/** The workbook's Excel tables, for the pane's source picker (two syncs, whatever the number of tables). */
export async function listTables(run: ExcelRun): Promise<TableInfo[]> {
  return run(async (context) => {
    const tables = context.workbook.tables;
    tables.load('items/name');
    await context.sync();
    const parts = tables.items.map((table) => {
      const range = table.getRange();
      range.load('address,rowCount,columnCount');
      const header = table.getHeaderRowRange();
      header.load('values');
      const worksheet = table.worksheet;
      worksheet.load('name');
      return { table, range, header, worksheet };
    });
    await context.sync();
    return parts.map(({ table, range, header, worksheet }) => ({
      name: table.name,
      sheet: worksheet.name,
      address: range.address,
      rows: range.rowCount - 1,
      columns: range.columnCount,
      headers: (header.values[0] ?? []).map((v) => String(v ?? '')),
    }));
  });
}
