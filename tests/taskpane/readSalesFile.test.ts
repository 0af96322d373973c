/**
 * @jest-environment node
 */
// The pane's file path, worker side (issue #20): a CSV Blob read a slice at a time into the engine's
// sales reader (mixed line endings, quoted fields, .csv.gz through DecompressionStream), rejected rows
// numbered by the file's records with the file name as the sheet, cancel in the middle.
import { gzipSync } from 'node:zlib';
import { suggestSalesMapping } from '../../src/engine/clean';
import { CarteraError } from '../../src/engine/types';
import { FILE_SLICE } from '../../src/taskpane/fileBytes';
import { openSalesFile } from '../../src/taskpane/openSalesFile';
import { readSalesFile } from '../../src/taskpane/readSalesFile';

const ENDINGS = ['\n', '\r\n', '\r'];

interface Generated {
  text: string;
  rows: number;
  /** revenue in cents, summed while generating */
  cents: number;
  clients: number;
  /** the record number of the line with an unreadable date */
  badRow: number;
}

/** A sales CSV with every line ending, quoted products (a comma, a quote, a line break inside). */
function salesCsv(rows: number): Generated {
  let seed = 7;
  const rnd = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const parts: string[] = ['Fecha,Código cliente,Producto,Importe\r\n'];
  const seen = new Set<string>();
  let cents = 0;
  let record = 1;
  const badRow = 2 + Math.floor(rows / 2);
  for (let i = 0; i < rows; i++) {
    record++;
    const client = `C${String(1 + Math.floor(rnd() * 3000)).padStart(5, '0')}`;
    const amount = Math.round(100 + rnd() * 90_000);
    const day = new Date(Date.UTC(2023, 0, 1) + Math.floor(rnd() * 700) * 86_400_000).toISOString().slice(0, 10);
    const product = i % 7 === 0 ? '"Tornillo, 5 mm ""inox""\nlote"' : i % 5 === 0 ? '"Tuerca"' : 'Arandela';
    const date = record === badRow ? '2024-02-30' : day;
    if (record !== badRow) {
      cents += amount;
      seen.add(client);
    }
    parts.push(`${date},${client},${product},${(amount / 100).toFixed(2)}${ENDINGS[i % 3]}`);
  }
  return { text: parts.join(''), rows, cents, clients: seen.size, badRow };
}

const options = { locale: 'es' as const };

async function readAll(blob: Blob, name: string) {
  const info = await openSalesFile(blob, name, 'es');
  const { mapping } = suggestSalesMapping(info.headers, info.preview);
  return readSalesFile(blob, mapping, info.ref, { locale: 'es-ES' }, options);
}

function centsOf(amount: Float64Array): number {
  let s = 0;
  for (let i = 0; i < amount.length; i++) s += Math.round(amount[i] * 100);
  return s;
}

describe('readSalesFile (the pane file path, worker side)', () => {
  const g = salesCsv(60_000);
  const bytes = new TextEncoder().encode(g.text);

  test('a CSV larger than a slice, mixed line endings: totals equal the sum made while generating', async () => {
    expect(bytes.length).toBeGreaterThan(2 * FILE_SLICE);
    const blob = new Blob([bytes]);
    const info = await openSalesFile(blob, 'ventas.csv', 'es');
    expect(info).toMatchObject({ sheet: 'ventas.csv', address: 'ventas.csv', columns: 4, headerRowIndex: 0 });
    expect(info.headers).toEqual(['Fecha', 'Código cliente', 'Producto', 'Importe']);
    expect(info.preview[0][2]).toBe('Tornillo, 5 mm "inox"\nlote');
    const progress: number[] = [];
    const { mapping } = suggestSalesMapping(info.headers, info.preview);
    const r = await readSalesFile(blob, mapping, info.ref, { locale: 'es-ES' }, { locale: 'es', onProgress: (b) => progress.push(b) });
    expect(r.sales.length).toBe(g.rows - 1);
    expect(centsOf(r.sales.amount)).toBe(g.cents);
    expect(r.clients.ids.length).toBe(g.clients);
    expect(r.quality.rowsRead).toBe(g.rows);
    // the unreadable date: its record number in the file, the file as the sheet
    expect(r.quality.rejected).toEqual([expect.objectContaining({ sheet: 'ventas.csv', row: g.badRow, reason: expect.any(String) })]);
    // rows are the file's records: the last sale is on the last record
    expect(Math.max(...r.sales.row.slice(-10))).toBe(g.rows + 1);
    expect(progress.length).toBeGreaterThanOrEqual(3);
    expect(progress[progress.length - 1]).toBe(bytes.length);
  });

  test('the same file gzipped (.csv.gz): the same totals', async () => {
    const blob = new Blob([gzipSync(bytes)]);
    const r = await readAll(blob, 'ventas.csv.gz');
    expect(r.sales.length).toBe(g.rows - 1);
    expect(centsOf(r.sales.amount)).toBe(g.cents);
    expect(r.clients.ids.length).toBe(g.clients);
  });

  test('a cancel in the middle stops the read', async () => {
    const blob = new Blob([bytes]);
    const info = await openSalesFile(blob, 'ventas.csv', 'es');
    const { mapping } = suggestSalesMapping(info.headers, info.preview);
    const abort = new AbortController();
    const seen: number[] = [];
    const read = readSalesFile(blob, mapping, info.ref, {}, {
      locale: 'es',
      signal: abort.signal,
      onProgress: (b) => {
        seen.push(b);
        abort.abort();
      },
    });
    await expect(read).rejects.toMatchObject({ code: 'cancelled', message: 'Análisis cancelado. El libro queda como estaba.' });
    expect(seen).toEqual([FILE_SLICE]);
  });

  test('an unclosed quote on the last line: a rejected row (broken_quotes) with its number', async () => {
    const text = 'Fecha;Cliente;Importe\n2024-01-02;C1;10,50\n2024-01-03;C2;"7\n';
    const r = await readAll(new Blob([text]), 'roto.csv');
    expect(r.sales.length).toBe(1);
    expect(r.quality.rejected).toEqual([expect.objectContaining({ sheet: 'roto.csv', row: 3, reason: 'broken_quotes' })]);
    expect(r.quality.rowsRejected).toBe(1);
  });

  test('not a text file, a corrupt .gz, an empty file: a CarteraError in the pane language', async () => {
    const png = new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])]);
    await expect(openSalesFile(png, 'foto.csv', 'es')).rejects.toBeInstanceOf(CarteraError);
    await expect(openSalesFile(png, 'foto.csv', 'es')).rejects.toMatchObject({ code: 'file_not_text' });
    const gz = gzipSync(bytes.subarray(0, 100_000));
    const broken = new Blob([gz.subarray(0, 10), new Uint8Array(2000).fill(7)]);
    await expect(openSalesFile(broken, 'roto.csv.gz', 'pt-BR')).rejects.toMatchObject({ code: 'file_corrupt_gzip' });
    await expect(openSalesFile(new Blob([]), 'vacío.csv', 'en')).rejects.toMatchObject({ code: 'file_empty' });
  });
});
