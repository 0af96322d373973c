import { companyName } from '../../../src/engine/clean/companyName';
import { idShape } from '../../../src/engine/clean/idShape';
import { possibleDuplicates } from '../../../src/engine/clean/possibleDuplicates';
import { readClientList } from '../../../src/engine/clean/readClientList';
import type { Cell } from '../../../src/engine/types';
import { sampleWorkbookData } from '../../../src/sample/sampleWorkbookData';
import { qualityCounts } from '../../../src/taskpane/QualitySummary';

const run = (pairs: [string, string][]) =>
  possibleDuplicates({
    sheet: 'Clientes',
    column: 'B (Nombre)',
    ids: pairs.map((p) => p[0]),
    names: pairs.map((p) => p[1]),
    rows: pairs.map((_, k) => k + 2),
  }).map((i) => [i.kind, i.otherClientId, i.clientId]);

describe('companyName', () => {
  test.each([
    ['Acme, S.A.', 'acme', 'sa'],
    ['ACME S. A.', 'acme', 'sa'],
    ['Tintas Limitada', 'tintas', 'ltda'],
    ['Tintas Ltda.', 'tintas', 'ltda'],
    ['Comercial del Norte S.A. de C.V.', 'comercial del norte', 'sadecv'],
    ['Comercial del Norte SA de CV', 'comercial del norte', 'sadecv'],
    ['Pérez y Cía.', 'perez', ''],
    ['Pérez y Cía., S.L.', 'perez', 'sl'],
    ['Hermanos Ruiz C.B.', 'hermanos ruiz', 'cb'],
    ['Padaria Lda.', 'padaria', 'lda'],
    ['Widgets Inc.', 'widgets', 'inc'],
  ])('%s → %s + %s', (name, stem, form) => {
    expect(companyName(name)).toEqual({ stem, form });
  });
});

test('idShape: case, separators and zero padding are formatting; letters are not', () => {
  expect(new Set(['C-001', 'C001', 'c001', ' c 1', 'C.0001'].map(idShape)).size).toBe(1);
  expect(idShape('001')).toBe(idShape('1'));
  expect(idShape('C001')).not.toBe(idShape('001'));
  expect(idShape('C001')).not.toBe(idShape('C002'));
  expect(idShape('A10')).not.toBe(idShape('A1'));
});

describe('possibleDuplicates', () => {
  test('same stem and same (or a missing) legal form → possible duplicate', () => {
    expect(
      run([
        ['C1', 'Talleres Pérez S.L.'],
        ['C2', 'TALLERES PEREZ SL'],
        ['C3', 'Talleres Pérez'],
      ]),
    ).toEqual([
      ['possible_duplicate', 'C1', 'C2'],
      ['possible_duplicate', 'C1', 'C3'],
    ]);
  });

  test('two different stated legal forms are two companies: S.L. vs S.A., S.L. vs S.L.U.', () => {
    expect(
      run([
        ['C1', 'Talleres del Tajo S.L.'],
        ['C2', 'Talleres del Tajo S.A.'],
        ['C3', 'Sáez e Hijos S.L.'],
        ['C4', 'Sáez e Hijos S.L.U.'],
      ]),
    ).toEqual([]);
  });

  test('a name without a form matches the earliest of any form; a form matches a formless one', () => {
    expect(
      run([
        ['C1', 'Acme S.L.'],
        ['C2', 'Acme S.A.'],
        ['C3', 'Acme'],
        ['C4', 'ACME, S.A.'],
      ]),
    ).toEqual([
      ['possible_duplicate', 'C1', 'C3'],
      ['possible_duplicate', 'C2', 'C4'],
    ]);
  });

  test('ids that differ only in formatting are reported as id_variant, not as possible duplicates', () => {
    expect(
      run([
        ['C-001', 'Acme S.A.'],
        ['C001', 'ACME SA'],
        ['001', 'Acme'],
        ['1', 'Beta'],
        ['0001', 'beta'],
      ]),
    ).toEqual([
      ['id_variant', 'C-001', 'C001'],
      ['possible_duplicate', 'C-001', '001'],
      ['id_variant', '1', '0001'],
    ]);
  });
});

describe('on the sample workbook', () => {
  const data = sampleWorkbookData();
  const [header, ...rows] = data.sheets[0].values;
  const list = readClientList(
    rows as Cell[][],
    { client: 0, name: 1 },
    { sheet: 'Clientes', headerRow: 1, firstColumn: 1, headers: header.map(String) },
    { locale: 'es-ES' },
  );

  test('only the planted near-duplicates are reported (126 before: S.L./S.A./S.L.U. pairs of one stem)', () => {
    const pairs = list.issues
      .filter((i) => i.kind === 'possible_duplicate' || i.kind === 'id_variant')
      .map((i) => [i.otherClientId, i.clientId]);
    expect(pairs).toEqual(data.nearDuplicates);
  });
});

test('the pane counts both kinds as possible duplicates', () => {
  const issues = possibleDuplicates({
    sheet: 'Clientes',
    column: 'B (Nombre)',
    ids: ['C-001', 'C001', 'C002'],
    names: ['Acme S.A.', 'ACME SA', 'Acme'],
    rows: [2, 3, 4],
  });
  const report = {
    rowsRead: 3,
    rowsUsed: 3,
    rowsRejected: 0,
    rowsAfterAsOf: 0,
    blankRows: 0,
    rejected: [],
    issues,
  };
  expect(qualityCounts(report).rows.find((r) => r.key === 'pane.quality.possible')!.value).toBe(2);
});
