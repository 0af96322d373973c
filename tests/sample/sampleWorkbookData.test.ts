import { createHash } from 'node:crypto';
import { dayFromYmd, ymdFromDay } from '../../src/engine/dates';
import {
  DATE_FORMAT,
  sampleWorkbookData,
  type SampleSheet,
  type SampleValue,
  type SampleWorkbook,
} from '../../src/sample/sampleWorkbookData';

const AS_OF = dayFromYmd(2026, 10, 31);
const START = dayFromYmd(2023, 11, 1);
let wb: SampleWorkbook;
let clientes: SampleSheet, ventas: SampleSheet, visitas: SampleSheet;

beforeAll(() => {
  wb = sampleWorkbookData();
  [clientes, ventas, visitas] = wb.sheets;
});

const col = (sheet: SampleSheet, header: string): number => {
  const k = sheet.values[0].indexOf(header);
  if (k < 0) throw new Error(`no column ${header}`);
  return k;
};
const rowAt = (sheet: SampleSheet, excelRow: number): SampleValue[] => sheet.values[excelRow - 1];
const digest = (w: SampleWorkbook): string => createHash('sha256').update(JSON.stringify(w)).digest('hex');
const round2 = (x: number): number => Math.round(x * 100) / 100;

describe('sampleWorkbookData', () => {
  test('is deterministic, uses no Math.random and no clock, and depends on the seed', () => {
    const random = jest.spyOn(Math, 'random').mockImplementation(() => {
      throw new Error('Math.random used');
    });
    const now = jest.spyOn(Date, 'now').mockImplementation(() => {
      throw new Error('Date.now used');
    });
    try {
      const again = sampleWorkbookData(1);
      expect(digest(again)).toBe(digest(wb));
      const other = sampleWorkbookData(2);
      expect(digest(other)).not.toBe(digest(wb));
      expect(other.sheets[1].values.length).not.toBe(ventas.values.length);
    } finally {
      random.mockRestore();
      now.mockRestore();
    }
  });

  test('has the three Spanish sheets with their headers and one format per column', () => {
    expect(wb.asOf).toBe('2026-10-31');
    expect(wb.asOfDay).toBe(AS_OF);
    expect(wb.sheets.map((s) => s.name)).toEqual(['Clientes', 'Ventas', 'Visitas']);
    expect(clientes.values[0]).toEqual([
      'Código cliente', 'Razón social', 'Segmento', 'Sector', 'Tamaño', 'Zona', 'Vendedor', 'Canal', 'Email',
      'Teléfono', 'Sexo', 'Fecha de nacimiento', 'Nivel de ingresos', 'Especial', 'Fecha primer contacto',
      'Potencial (€/año)', 'Última visita',
    ]);
    expect(ventas.values[0]).toEqual([
      'Fecha', 'Nº factura', 'Código cliente', 'Línea de producto', 'Centro de compra', 'Unidades',
      'Precio unitario', 'Importe', 'Coste', 'Vendedor', 'Canal', 'Moneda',
    ]);
    expect(visitas.values[0]).toEqual(['Código cliente', 'Fecha', 'Vendedor']);
    for (const s of wb.sheets) {
      expect(s.columnFormats.length).toBe(s.values[0].length);
      expect(s.values.filter((row) => row.length !== s.values[0].length)).toEqual([]);
    }
    expect(ventas.columnFormats[col(ventas, 'Fecha')]).toBe(DATE_FORMAT);
    expect(ventas.columnFormats[col(ventas, 'Importe')]).toBe('#,##0.00 "€"');
    expect(clientes.columnFormats[col(clientes, 'Código cliente')]).toBe('@');
    expect(clientes.columnFormats[col(clientes, 'Teléfono')]).toBe('@');
  });

  test('key counts of seed 1 are pinned', () => {
    expect(clientes.values.length - 1).toBe(2001); // 2,000 clients + one repeated id
    expect(ventas.values.length - 1).toBe(59_952);
    expect(visitas.values.length - 1).toBe(8_920);
    const amount = col(ventas, 'Importe');
    const negatives = ventas.values.slice(1).filter((r) => typeof r[amount] === 'number' && (r[amount] as number) < 0);
    expect(negatives.length).toBe(1_698);
    expect(negatives.length / (ventas.values.length - 1)).toBeGreaterThan(0.025);
    expect(negatives.length / (ventas.values.length - 1)).toBeLessThan(0.035);
  });

  test('the dirty sales rows are where the metadata says, and are what they claim', () => {
    const d = wb.dirty;
    const [fecha, cliente, importe] = [col(ventas, 'Fecha'), col(ventas, 'Código cliente'), col(ventas, 'Importe')];
    expect(d.textDate.length).toBe(6);
    for (const r of d.textDate) {
      const text = rowAt(ventas, r)[fecha];
      expect(text).toMatch(/^\d{2}\/\d{2}\/20\d{2}$/);
      const [dd, mm, yyyy] = String(text).split('/').map(Number);
      const day = dayFromYmd(yyyy, mm, dd);
      expect(ymdFromDay(day)).toEqual({ year: yyyy, month: mm, day: dd });
      expect(day).toBeGreaterThanOrEqual(START);
      expect(day).toBeLessThanOrEqual(AS_OF);
    }
    expect(d.textAmount.length).toBe(6);
    for (const r of d.textAmount) {
      const row = rowAt(ventas, r);
      expect(row[importe]).toMatch(/^\d{1,3}(\.\d{3})+,\d{2}$/);
      const value = Number(String(row[importe]).replace(/\./g, '').replace(',', '.'));
      expect(value).toBeCloseTo(round2((row[col(ventas, 'Unidades')] as number) * (row[col(ventas, 'Precio unitario')] as number)), 2);
    }
    expect(ventas.cellFormats).toEqual(
      expect.arrayContaining([
        ...d.textDate.map((r) => ({ row: r - 1, column: fecha, format: '@' })),
        ...d.textAmount.map((r) => ({ row: r - 1, column: importe, format: '@' })),
      ]),
    );
    expect(d.blankClient.length).toBe(1);
    expect(rowAt(ventas, d.blankClient[0])[cliente]).toBe('');
    expect(rowAt(ventas, d.blankClient[0])[importe]).not.toBe('');
    expect(d.badDate.map((r) => rowAt(ventas, r)[fecha])).toEqual(['30/02/2025']);
    expect(d.blankRow.length).toBe(1);
    expect(rowAt(ventas, d.blankRow[0]).every((v) => v === '')).toBe(true);
    expect(d.afterAsOf.length).toBe(1);
    expect(rowAt(ventas, d.afterAsOf[0])[fecha]).toBeGreaterThan(AS_OF);
    const listed = new Set(clientes.values.slice(1).map((r) => r[0]));
    expect(d.notInList.length).toBe(2);
    for (const r of d.notInList) expect(listed.has(rowAt(ventas, r)[cliente])).toBe(false);
    expect(d.paddedId.length).toBe(1);
    const padded = String(rowAt(ventas, d.paddedId[0])[cliente]);
    expect(padded).not.toBe(padded.trim());
    expect(listed.has(padded.trim())).toBe(true);
    // Nothing else is dirty: every other row has a numeric date in range, a listed id and a numeric amount.
    const dirtyRows = new Set(Object.values(d).flat());
    const unexpected = ventas.values.filter((row, k) => {
      if (k === 0 || dirtyRows.has(k + 1)) return false;
      const day = row[fecha];
      return !(typeof day === 'number' && day >= START && day <= AS_OF && listed.has(row[cliente]) && typeof row[importe] === 'number');
    });
    expect(unexpected).toEqual([]);
    expect(dirtyRows.size).toBe(19);
  });

  test('sales lines are consistent: amount = units × price, cost below amount, one currency', () => {
    const [u, p, a, c, m, f] = ['Unidades', 'Precio unitario', 'Importe', 'Coste', 'Moneda', 'Nº factura'].map((h) => col(ventas, h));
    const bad = ventas.values.slice(1).filter((row) => {
      if (row.every((v) => v === '')) return false;
      if (row[m] !== 'EUR' || !/^(FV|AB)\d{2}-\d{5}$/.test(String(row[f]))) return true;
      if (typeof row[a] !== 'number') return false;
      return (
        row[a] !== round2((row[u] as number) * (row[p] as number)) ||
        Math.abs(row[c] as number) > Math.abs(row[a] as number) ||
        // Credit notes (AB) carry the negative lines, invoices (FV) the positive ones.
        String(row[f]).startsWith('AB') !== (row[u] as number) < 0
      );
    });
    expect(bad).toEqual([]);
    const lines = new Set(ventas.values.slice(1).map((r) => r[col(ventas, 'Línea de producto')]).filter((x) => x !== ''));
    expect(lines.size).toBeGreaterThanOrEqual(8);
    expect(lines.size).toBeLessThanOrEqual(12);
  });

  test('behaves like a real portfolio: Pareto skew, August dip, churners, new clients, prospects', () => {
    const [fecha, cliente, importe] = [col(ventas, 'Fecha'), col(ventas, 'Código cliente'), col(ventas, 'Importe')];
    const revenue = new Map<string, number>();
    const first = new Map<string, number>();
    const last = new Map<string, number>();
    const byMonth = new Array<number>(12).fill(0);
    for (const row of ventas.values.slice(1)) {
      if (typeof row[fecha] !== 'number' || typeof row[importe] !== 'number' || row[cliente] === '') continue;
      const id = String(row[cliente]).trim();
      const day = row[fecha] as number;
      if (day > AS_OF) continue;
      revenue.set(id, (revenue.get(id) ?? 0) + (row[importe] as number));
      if ((row[importe] as number) > 0) {
        first.set(id, Math.min(first.get(id) ?? Infinity, day));
        last.set(id, Math.max(last.get(id) ?? -Infinity, day));
      }
      byMonth[ymdFromDay(day).month - 1] += row[importe] as number;
    }
    const values = [...revenue.values()].filter((v) => v > 0).sort((x, y) => y - x);
    const total = values.reduce((s, v) => s + v, 0);
    const top20 = values.slice(0, Math.ceil(values.length * 0.2)).reduce((s, v) => s + v, 0);
    expect(top20 / total).toBeGreaterThan(0.6);
    expect(top20 / total).toBeLessThan(0.9);
    const meanMonth = total / 12;
    expect(byMonth[7]).toBeLessThan(0.6 * meanMonth); // August
    const lost = [...last.values()].filter((d) => AS_OF - d > 365).length;
    const recentNew = [...first.values()].filter((d) => AS_OF - d < 90).length;
    expect(lost).toBeGreaterThan(100);
    expect(recentNew).toBeGreaterThan(20);
    const ids = clientes.values.slice(1).map((r) => String(r[0]));
    const neverBought = ids.filter((id) => !first.has(id));
    expect(neverBought.length).toBeGreaterThan(100);
    const contact = col(clientes, 'Fecha primer contacto');
    const prospectsWithContact = clientes.values.slice(1).filter((r) => !first.has(String(r[0])) && typeof r[contact] === 'number');
    expect(prospectsWithContact.length).toBeGreaterThan(100);
    // A client with only a credit note: sales rows but no purchase.
    const returnsOnly = [...revenue.keys()].filter((id) => !first.has(id));
    expect(returnsOnly).toEqual(['C00100']);
  });

  test('the client list has the test cases the brief asks for', () => {
    const name = col(clientes, 'Razón social');
    const byId = new Map(clientes.values.slice(1).map((r) => [String(r[0]), r]));
    const names = clientes.values.slice(1).map((r) => r[name]);
    expect(names).toContain('Talleres Pérez S.L.');
    expect(names).toContain('TALLERES PEREZ SL');
    expect(names).toContain('=HYPERLINK("http://x","y")');
    expect(names).toContain('+34 600 000 000');
    expect(wb.nearDuplicates).toEqual([
      ['C00008', 'C01235'],
      ['C00056', 'C01501'],
      ['C00301', 'C01802'],
    ]);
    expect(byId.get('C00008')![name]).toBe('Talleres Pérez S.L.');
    expect(byId.get('C01235')![name]).toBe('TALLERES PEREZ SL');
    expect(wb.duplicateIdRows).toEqual([2002]);
    const dupId = rowAt(clientes, 2002)[0];
    expect(clientes.values.slice(1).filter((r) => r[0] === dupId).length).toBe(2);
    expect(new Set(clientes.values.slice(1).map((r) => r[0])).size).toBe(2000);
  });

  test('client attributes use the expected vocabularies, B2C fields only on particulares', () => {
    const c = (h: string): number => col(clientes, h);
    const rows = clientes.values.slice(1);
    const distinct = (k: number): Set<SampleValue> => new Set(rows.map((r) => r[k]));
    expect(distinct(c('Zona'))).toEqual(new Set(['Norte', 'Sur', 'Este', 'Oeste', 'Centro']));
    expect(distinct(c('Especial'))).toEqual(new Set(['Sí', 'No']));
    expect(distinct(c('Segmento'))).toEqual(new Set(['Empresa', 'Particular']));
    expect(distinct(c('Nivel de ingresos'))).toEqual(new Set(['', 'Bajo', 'Medio', 'Medio-alto', 'Alto']));
    expect(distinct(c('Tamaño'))).toEqual(new Set(['', 'Micro', 'Pequeña', 'Mediana', 'Grande']));
    const particulares = rows.filter((r) => r[c('Segmento')] === 'Particular');
    expect(particulares.length).toBeGreaterThan(200);
    const inconsistent = rows.filter((r) => {
      const p = r[c('Segmento')] === 'Particular';
      const future = ['Fecha de nacimiento', 'Fecha primer contacto', 'Última visita'].some((h) => r[c(h)] !== '' && (r[c(h)] as number) > AS_OF);
      return (
        future ||
        (r[c('Sexo')] !== '') !== p ||
        (r[c('Nivel de ingresos')] !== '') !== p ||
        (typeof r[c('Fecha de nacimiento')] === 'number') !== p ||
        (r[c('Sector')] === '') !== p
      );
    });
    expect(inconsistent).toEqual([]);
    // Women aged 30–45 with medium-high income (the seeds' campaign example) exist.
    const women = particulares.filter((r) => {
      const age = (AS_OF - (r[c('Fecha de nacimiento')] as number)) / 365.25;
      return r[c('Sexo')] === 'Mujer' && age >= 30 && age < 46 && r[c('Nivel de ingresos')] === 'Medio-alto';
    });
    expect(women.length).toBeGreaterThan(5);
  });

  test('Última visita is the last visit of the Visitas log', () => {
    const lastVisit = new Map<string, number>();
    for (const [id, day] of visitas.values.slice(1)) lastVisit.set(String(id), Math.max(lastVisit.get(String(id)) ?? 0, day as number));
    expect(Math.max(...lastVisit.values())).toBeLessThanOrEqual(AS_OF);
    const k = col(clientes, 'Última visita');
    const firstRows = new Map<string, SampleValue[]>();
    for (const r of clientes.values.slice(1)) if (!firstRows.has(String(r[0]))) firstRows.set(String(r[0]), r);
    const mismatched = [...firstRows].filter(([id, r]) => r[k] !== (lastVisit.get(id) ?? ''));
    expect(mismatched).toEqual([]);
    expect(lastVisit.size).toBeGreaterThan(1000);
  });
});
