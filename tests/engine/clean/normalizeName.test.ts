import { normalizeName } from '../../../src/engine/clean/normalizeName';

describe('normalizeName', () => {
  test('case, accents and punctuation are ignored', () => {
    expect(normalizeName('Café  Ñandú')).toBe('cafe nandu');
    expect(normalizeName('O\'Reilly & Hijos')).toBe('o reilly y hijos');
  });

  test.each([
    ['Acme, S.A.', 'acme'],
    ['ACME SA', 'acme'],
    ['Acme S. A.', 'acme'],
    ['Distribuciones Pérez S.L.', 'distribuciones perez'],
    ['Distribuciones Perez, S.L.U.', 'distribuciones perez'],
    ['Tintas Ltda.', 'tintas'],
    ['Tintas Ltda', 'tintas'],
    ['TINTAS LTDA', 'tintas'],
    ['Tintas S/A', 'tintas'],
    ['Widgets Inc.', 'widgets'],
    ['Widgets LLC', 'widgets'],
    ['Müller GmbH', 'muller'],
    ['Comercial del Norte S.A. de C.V.', 'comercial del norte'],
    ['Pérez y Cía.', 'perez'],
    ['Padaria Pão Quente ME', 'padaria pao quente'],
  ])('%s → %s', (name, expected) => {
    expect(normalizeName(name)).toBe(expected);
  });

  test('a name that is only a legal form is kept', () => {
    expect(normalizeName('S.A.')).toBe('sa');
  });

  test('different companies stay different', () => {
    expect(normalizeName('Empresa A')).not.toBe(normalizeName('Empresa B'));
  });
});
