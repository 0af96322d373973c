import { readClientList, specialFlag } from '../../../src/engine/clean/readClientList';
import { CarteraError, type Cell, type SourceRef } from '../../../src/engine/types';
import { dayFromYmd } from '../../../src/engine/dates';

const headers = ['Código', 'Nombre', 'Zona', 'Fecha de nacimiento', 'Edad', 'Especial', 'Color', 'Ingresos'];
const source: SourceRef = { sheet: 'Clientes', headerRow: 3, firstColumn: 1, headers };
const mapping = { client: 0, name: 1, region: 2, birthDate: 3, age: 4, special: 5 };

const rows: Cell[][] = [
  [101, 'Acme, S.A.', 'Norte', '15/03/1980', 44, 'Sí', 'rojo', 1200],
  ['00102', 'Tintas Ltda.', 'Sur', '', '', '', '', ''],
  ['', '', '', '', '', '', '', ''],
  ['101', 'Acme repetido', 'Este', '', 50, 'No', '', ''],
  ['103', 'ACME SA', 'Norte', 29000, 60, 1, 'azul', '2.500'],
  ['', 'Sin código', 'Sur', '', '', '', '', ''],
  [' 104 ', 'Otro', '', 'no sé', 'treinta', 'X', '', 3000],
];

describe('readClientList', () => {
  const list = readClientList(rows, mapping, source, { locale: 'es-ES' });

  test('ids in list order, first row wins, 123 and "123" are one id, "00102" stays text', () => {
    expect(list.clients.ids).toEqual(['101', '00102', '103', '104']);
    expect(Array.from(list.clients.listRow)).toEqual([4, 5, 8, 10]);
    expect(Array.from(list.clients.inList)).toEqual([1, 1, 1, 1]);
    expect(list.rowsRead).toBe(7);
    expect(list.blankRows).toBe(1);
  });

  test('duplicate ids are reported, not read', () => {
    const dup = list.issues.filter((i) => i.kind === 'duplicate_client');
    expect(dup).toHaveLength(1);
    expect(dup[0]).toMatchObject({ sheet: 'Clientes', row: 7, column: 'B (Código)', clientId: '101' });
    const zona = list.clients.attributes['Zona'];
    expect(zona.kind).toBe('text');
    if (zona.kind === 'text') expect(zona.codes[0]).toBe(zona.labels.indexOf('Norte'));
  });

  test('rows with data but no id are listed as rejected on the list sheet', () => {
    expect(list.rejected).toEqual([{ sheet: 'Clientes', row: 9, column: 'B (Código)', reason: 'missing_client', value: '' }]);
  });

  test('possible duplicates by normalised name, never merged', () => {
    const pd = list.issues.filter((i) => i.kind === 'possible_duplicate');
    expect(pd).toHaveLength(1);
    expect(pd[0]).toMatchObject({ row: 8, clientId: '103', otherClientId: '101', column: 'C (Nombre)' });
    expect(list.clients.ids).toContain('103');
  });

  test('attributes typed by role or by data; unknown columns kept', () => {
    const a = list.clients.attributes;
    expect(Object.keys(a)).toEqual(['Nombre', 'Zona', 'Fecha de nacimiento', 'Edad', 'Especial', 'Color', 'Ingresos']);
    const birth = a['Fecha de nacimiento'];
    expect(birth.kind).toBe('date');
    if (birth.kind === 'date') {
      expect(birth.values[0]).toBe(dayFromYmd(1980, 3, 15));
      expect(birth.values[1]).toBeNaN();
      expect(birth.values[2]).toBe(29000);
      expect(birth.values[3]).toBeNaN();
    }
    // "treinta" is not a number: the age column stays text rather than losing it.
    expect(a['Edad'].kind).toBe('text');
    const income = a['Ingresos'];
    expect(income.kind).toBe('number');
    if (income.kind === 'number') {
      expect(Array.from(income.values)).toEqual([1200, NaN, 2500, 3000]);
    }
    expect(a['Color'].kind).toBe('text');
    expect(list.clients.roles).toEqual({
      client: 'Código', name: 'Nombre', region: 'Zona', birthDate: 'Fecha de nacimiento', age: 'Edad', special: 'Especial',
    });
  });

  test('an unreadable date in a date column is reported and left blank', () => {
    const bad = list.issues.filter((i) => i.kind === 'ambiguous_date' && i.row === 10);
    expect(bad).toHaveLength(1);
    expect(bad[0].message).toContain('no sé');
  });

  test('the special flag', () => {
    expect(Array.from(list.clients.special!)).toEqual([1, 0, 1, 1]);
    expect(specialFlag('Não')).toBe(0);
    expect(specialFlag('Sim')).toBe(1);
    expect(specialFlag('VIP')).toBe(1);
    expect(specialFlag(false)).toBe(0);
    expect(specialFlag(0)).toBe(0);
  });

  test('no client column: a CarteraError naming the sheet', () => {
    expect(() => readClientList(rows, {}, source)).toThrow(CarteraError);
    expect(() => readClientList(rows, {}, source)).toThrow(/Clientes/);
  });

  test('day/month order of a date column decided from its data', () => {
    const l = readClientList(
      [['a', '03/04/2000'], ['b', '25/12/2000']],
      { client: 0, firstContact: 1 },
      { sheet: 'C', headerRow: 1, firstColumn: 0, headers: ['id', 'Primer contacto'] },
      { locale: 'en-US' },
    );
    const fc = l.clients.attributes['Primer contacto'];
    expect(fc.kind === 'date' && Array.from(fc.values)).toEqual([dayFromYmd(2000, 4, 3), dayFromYmd(2000, 12, 25)]);
    expect(l.issues).toEqual([]);
  });
});
