import { plainNumber } from '../../src/files/plainNumber';
import { createTextReader, type TextRow } from '../../src/files/createTextReader';
import { FileError } from '../../src/files/FileError';
import { printable } from '../../src/files/printable';
import { readTextFile } from '../../src/files/readTextFile';
import { sheetNameFor } from '../../src/engine/sheetNameFor';
import type { TextFileWarning } from '../../src/files/textFileWarnings';
import { loadWorkbookFile } from '../../src/host/xlsx';
import { t } from '../../src/i18n';

const utf8 = (s: string) => new TextEncoder().encode(s);
const cells = (rows: TextRow[]) => rows.map((r) => (r.broken !== undefined ? { broken: r.broken } : r.cells));
const read = (bytes: Uint8Array) => readTextFile(bytes, 'f.csv');

describe('line endings: a row ends at CRLF, LF or CR outside quotes, in any mix', () => {
  test('header ending in CRLF, body in LF: every row read', () => {
    const f = read(utf8('Cliente;Fecha;Importe\r\n1;2024-01-01;5\n2;2024-01-02;6\n'));
    expect(cells(f.rows)).toEqual([
      ['Cliente', 'Fecha', 'Importe'],
      ['1', '2024-01-01', '5'],
      ['2', '2024-01-02', '6'],
    ]);
  });

  test('a lone LF or CR inside a CRLF file ends a row', () => {
    const f = read(utf8('a,b\r\n1,2\n3,4\r5,6\r\n'));
    expect(cells(f.rows)).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
      ['5', '6'],
    ]);
  });

  test('line breaks inside quotes stay in the field; LF CR is two breaks (a blank row)', () => {
    const f = read(utf8('a,b\r\n"x\ry",2\n\r3,4'));
    expect(cells(f.rows)).toEqual([['a', 'b'], ['x\ry', '2'], [''], ['3', '4']]);
  });

  test('a CRLF split across chunks is one break; the result never depends on the chunks', () => {
    const bytes = utf8('a,b\r\n1,"q\r\nq"\r\n2,3\r\n');
    const whole = cells(read(bytes).rows);
    for (let cut = 1; cut < bytes.length; cut++) {
      const reader = createTextReader({ file: 'f.csv' });
      const rows = [
        ...reader.push(bytes.subarray(0, cut)),
        ...reader.push(bytes.subarray(cut)),
        ...reader.end(),
      ];
      expect(cells(rows)).toEqual(whole);
    }
    expect(whole).toEqual([
      ['a', 'b'],
      ['1', 'q\r\nq'],
      ['2', '3'],
    ]);
  });
});

describe('encodings', () => {
  test('UTF-8 with BOM', () => {
    expect(read(utf8('\uFEFFNombre\nPeña\n'))).toMatchObject({
      encoding: 'utf-8',
      rows: [{ cells: ['Nombre'] }, { cells: ['Peña'] }],
    });
  });

  test('UTF-16 LE and BE with BOM ("Unicode Text", tab-separated) are text, not binary', () => {
    const text = '\uFEFFCliente\tImporte\r\nPeña\t5\r\n';
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le);
    be.swap16();
    for (const [bytes, encoding] of [
      [le, 'utf-16le'],
      [be, 'utf-16be'],
    ] as const) {
      const f = read(bytes);
      expect(f.encoding).toBe(encoding);
      expect(f.separator).toBe('\t');
      expect(cells(f.rows)).toEqual([
        ['Cliente', 'Importe'],
        ['Peña', '5'],
      ]);
    }
  });

  test('one invalid byte in a UTF-8 file is reported on its row; the file is not re-decoded as Windows-1252', () => {
    const bytes = Buffer.concat([utf8('Nombre\nPeña\nMu'), Buffer.from([0xff]), utf8('ller\nAçaí\n')]);
    const f = read(bytes);
    expect(f.encoding).toBe('utf-8');
    expect(cells(f.rows)).toEqual([['Nombre'], ['Peña'], ['Mu\uFFFDller'], ['Açaí']]);
    expect(f.rows.map((r) => r.invalidBytes)).toEqual([0, 0, 1, 0]);
  });

  test('a file that is not UTF-8 as a whole is Windows-1252, even when the first bytes are ASCII', () => {
    const bytes = Buffer.concat([
      utf8('Nombre;Importe\n' + 'x;1\n'.repeat(5000)),
      Buffer.from('Peña;€5\n', 'latin1'),
    ]);
    bytes[bytes.length - 3] = 0x80; // € in Windows-1252
    const f = read(bytes);
    expect(f.encoding).toBe('windows-1252');
    expect(f.rows[f.rows.length - 1].cells).toEqual(['Peña', '€5']);
  });
});

describe('broken quoting is a rejected row with its text, not a failed file', () => {
  test('an unclosed quote rejects its own line only; the rows after it are read', () => {
    const f = read(utf8('a;b\n1;"x\n2;3\n4;5'));
    expect(cells(f.rows)).toEqual([['a', 'b'], { broken: '1;"x' }, ['2', '3'], ['4', '5']]);
    expect(f.rows.map((r) => r.row)).toEqual([1, 2, 3, 4]);
  });
});

describe('binary files are refused with a code', () => {
  const png = Uint8Array.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
  ]);
  test('a PNG renamed .csv', () => {
    expect(() => read(png)).toThrow(FileError);
    try {
      read(png);
    } catch (e) {
      expect((e as FileError).code).toBe('file_not_text');
      expect((e as FileError).render('es')).toBe('f.csv: no es un archivo de texto (una imagen PNG)');
    }
  });

  test('a workbook renamed .csv, and control bytes', () => {
    expect(() => read(Uint8Array.from([0x50, 0x4b, 3, 4, 20, 0]))).toThrow(
      expect.objectContaining({ code: 'file_is_workbook' }),
    );
    expect(() => read(utf8('a,b\n' + '\u0001\u0002\u0003'.repeat(20)))).toThrow(
      expect.objectContaining({ code: 'file_not_text' }),
    );
  });

  test('playground/host: a PNG as .csv and a corrupt .xlsx are FileErrors, in the user language, no JSZip text', async () => {
    const ab = (b: Uint8Array) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
    await expect(loadWorkbookFile(ab(png), 'foto.csv')).rejects.toMatchObject({ code: 'file_not_text' });
    const zip = Uint8Array.from([0x50, 0x4b, 3, 4, 1, 2, 3, 4, 5, 6, 7, 8]);
    const error = await loadWorkbookFile(ab(zip), 'C:\\datos\\ventas.xlsx').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileError);
    expect((error as FileError).code).toBe('file_corrupt_xlsx');
    const es = (error as FileError).render('es');
    expect(es).toBe('ventas.xlsx: el libro .xlsx está dañado o no es un libro de Excel');
    expect((error as FileError).render('pt-BR')).toMatch(/^ventas\.xlsx: a pasta de trabalho/);
    expect((error as FileError).message).not.toMatch(/zip|http/i);
  });
});

describe('sheetNameFor: names Excel accepts', () => {
  test.each([
    ['History', 'History_'],
    ['history', 'history_'],
    ["'Ventas'", 'Ventas'],
    ['a[b]:c*d?e/f\\g', 'a_b__c_d_e_f_g'],
    ['', 'Sheet1'],
    ['x'.repeat(40), 'x'.repeat(31)],
  ])('%j → %j', (wanted, name) => expect(sheetNameFor(wanted)).toBe(name));

  test('a cut at 31 UTF-16 units never splits an emoji; duplicates get (2)', () => {
    const name = sheetNameFor('x'.repeat(30) + '😀😀');
    expect(name).toBe('x'.repeat(30));
    expect(name.length).toBeLessThanOrEqual(31);
    const taken = new Set<string>();
    expect(sheetNameFor('Ventas', taken)).toBe('Ventas');
    expect(sheetNameFor('VENTAS', taken)).toBe('VENTAS (2)');
  });
});

describe('printable: values from the data on one line', () => {
  test('control characters are escaped, long values cut on a code-point boundary', () => {
    expect(printable('a\u001b[2Jb\r\nc\u202e')).toBe('a\\x1B[2Jb\\x0D\\x0Ac\\u202E');
    const long = printable('😀'.repeat(100_000));
    expect(long.length).toBeLessThanOrEqual(81);
    expect(long.endsWith('…')).toBe(true);
    expect(/[\uD800-\uDBFF]…$/.test(long)).toBe(false);
  });
});

test('the separator is guessed from the same first records however the file is chunked, even with a 100 KB header line', () => {
  const bytes = utf8('a;' + 'h'.repeat(100_000) + ',x;c\n1;2,5;3\n');
  const whole = readTextFile(bytes, 'f.csv');
  for (const size of [1000, 4096, 65_536, 70_000]) {
    const reader = createTextReader({ file: 'f.csv' });
    const rows: TextRow[] = [];
    for (let at = 0; at < bytes.length; at += size) rows.push(...reader.push(bytes.subarray(at, at + size)));
    rows.push(...reader.end());
    expect(reader.separator).toBe(whole.separator);
    expect(rows).toEqual(whole.rows);
  }
  expect(whole.separator).toBe(';');
});

test('separator ties go to the one the header uses most', () => {
  expect(readTextFile(utf8('a;b,c;d\n1;2,5;3\n'), 'f.csv').separator).toBe(';');
});

test('playground/host CSV: a broken record shows its text in column A, rows keep their numbers, warnings say which rows', async () => {
  const bytes = Buffer.concat([
    utf8('Cliente;Importe\r\n1;"x\nPeña;5\rMu'),
    Buffer.from([0xff]),
    utf8('ller;7\n'),
  ]);
  const warnings: TextFileWarning[] = [];
  const wb = await loadWorkbookFile(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer,
    'History.csv',
    warnings,
  );
  expect(wb.sheets().map((s) => s.name)).toEqual(['History_']);
  expect(wb.values('History_')).toEqual([
    ['Cliente', 'Importe'],
    ['1;"x', ''],
    ['Peña', 5],
    ['Mu\uFFFDller', 7],
  ]);
  expect(warnings.map((w) => t('es', w.key, { count: w.count, rows: w.rows }))).toEqual([
    '1 fila(s) con comillas sin cerrar se rechazaron (fila 2)',
    '1 byte(s) que no son UTF-8 se muestran como «\uFFFD» (fila 4)',
  ]);
});

describe('plainNumber (SPEC §2: ids of 16 or more digits keep their exact text)', () => {
  test('plain numbers become numbers; leading zeros, grouping and long integers stay text', () => {
    expect(plainNumber('17850.0')).toBe(17850);
    expect(plainNumber('-12.5')).toBe(-12.5);
    expect(plainNumber('1e5')).toBe(100000);
    expect(plainNumber('123456789012345')).toBe(123456789012345);
    expect(plainNumber('00123')).toBeNull();
    expect(plainNumber('1.234,56')).toBeNull();
    expect(plainNumber('9007199254740993')).toBeNull();
    expect(plainNumber('9007199254740992')).toBeNull();
    expect(plainNumber('1234567890123456')).toBeNull();
  });
});
