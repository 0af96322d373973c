// "Turn it into a table so it grows by itself" (issue #18): an Excel table over the data a stored
// address stands for today (the block it grew to: header row + every data row, our own `Cartera: …`
// columns beside a client list included, so the next run finds them as table columns). The user's
// cells keep their values: Excel rewrites a table's header cells as unique text, so a header row with
// a blank, a number or a repeated title is refused (the user fixes the titles, or makes the table).
import { CarteraError } from '../engine/types';
import { t, type Locale } from '../i18n';
import { splitAddress } from './address';
import { listTables } from './listTables';
import { openSource } from './openSource';
import './tableMessages';
import type { ExcelRun } from './types';

export interface ConvertedTable {
  /** the new table's name (the source to store from now on) */
  name: string;
  /** the address it covers, e.g. "Ventas!A1:D18" */
  address: string;
}

const PREFIX: Record<Locale, string> = { es: 'Tabla', 'pt-BR': 'Tabela', 'pt-PT': 'Tabela', en: 'Table' };

export async function convertToTable(
  run: ExcelRun,
  address: string,
  options: { locale?: Locale } = {},
): Promise<ConvertedTable> {
  const locale = options.locale ?? 'en';
  const info = await openSource(run, { kind: 'address', address }, { locale });
  if (info.table) return { name: info.table, address: info.address };
  const onSheet = (await listTables(run)).filter((x) => x.sheet === info.sheet);
  return run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(info.sheet);
    const area = sheet.getRange(splitAddress(info.address).range);
    const header = sheet.getRangeByIndexes(info.headerRowIndex, info.columnIndex, 1, info.columns);
    header.load('values');
    const tables = context.workbook.tables;
    tables.load('items/name');
    const overlaps = onSheet.map((x) => {
      const common = area.getIntersectionOrNullObject(splitAddress(x.address).range);
      common.load('address');
      return { table: x, common };
    });
    await context.sync();
    // Already a table over these cells: that table is the source (a table cannot overlap another).
    const over = overlaps.find((o) => !o.common.isNullObject);
    if (over) {
      if (over.table.address === info.address) return { name: over.table.name, address: over.table.address };
      throw new CarteraError(
        'table_overlap',
        t(locale, 'error.tableOverlap', { address: info.address, table: over.table.name }),
        { sheet: info.sheet },
      );
    }
    const titles = header.values[0];
    const seen = new Set<string>();
    for (const title of titles) {
      const key = typeof title === 'string' ? title.trim().toLowerCase() : '';
      if (key === '' || seen.has(key))
        throw new CarteraError('table_headers', t(locale, 'error.tableHeaders', { address: info.address }), {
          sheet: info.sheet,
        });
      seen.add(key);
    }
    const table = tables.add(info.address, true);
    await context.sync();
    // named after the sheet; if the name is refused the table keeps Excel's own ("Table1")
    const name = tableName(`${PREFIX[locale]}_${info.sheet}`, new Set(tables.items.map((x) => x.name.toLowerCase())));
    table.name = name;
    try {
      await context.sync();
    } catch {
      table.load('name');
      await context.sync();
      return { name: table.name, address: info.address };
    }
    return { name, address: info.address };
  });
}

/** A valid, unused table name: letters, digits and "_" (accents dropped), never like a cell reference. */
export function tableName(wanted: string, taken: Set<string>): string {
  let base = wanted
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9_]+/g, '_')
    .replace(/_+/g, '_')
    .replace(/_$/, '')
    .slice(0, 200);
  if (!/^[A-Za-z_]/.test(base)) base = `_${base}`;
  for (let k = 1; ; k++) {
    const name = k === 1 ? base : `${base}_${k}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}
