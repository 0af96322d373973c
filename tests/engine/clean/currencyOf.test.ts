import { currencyOf, CURRENCY_ROWS } from '../../../src/engine/clean/currencyOf';

describe('currencyOf: the range currency, once for the add-in and the CLI', () => {
  test('the first three-letter code of the column among the first rows, upper-cased', () => {
    expect(currencyOf([['a', 1, ''], ['b', 2, ' eur '], ['c', 3, 'USD']], 2)).toBe('EUR');
    expect(currencyOf([['a', 1, '€']], 2)).toBeUndefined();
    expect(currencyOf([['a', 1, 'EUR']], undefined)).toBeUndefined();
  });

  test(`only the first ${CURRENCY_ROWS} rows are looked at`, () => {
    const rows = Array.from({ length: CURRENCY_ROWS }, () => ['x', '']).concat([['x', 'BRL']]);
    expect(currencyOf(rows, 1)).toBeUndefined();
    expect(currencyOf(rows.slice(1), 1)).toBe('BRL');
  });
});
