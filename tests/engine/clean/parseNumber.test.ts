import { numberReadings, parseNumber } from '../../../src/engine/clean/parseNumber';

describe('parseNumber', () => {
  test('Excel numbers pass through; non-finite and non-numbers are NaN', () => {
    expect(parseNumber(1234.56)).toBe(1234.56);
    expect(parseNumber(-0)).toBe(-0);
    expect(parseNumber(Infinity)).toBeNaN();
    expect(parseNumber('')).toBeNaN();
    expect(parseNumber('   ')).toBeNaN();
    expect(parseNumber(true)).toBeNaN();
    expect(parseNumber(null)).toBeNaN();
    expect(parseNumber('abc')).toBeNaN();
    expect(parseNumber('12 apples')).toBeNaN();
    expect(parseNumber('N/A')).toBeNaN();
  });

  test('Spanish/Portuguese forms', () => {
    expect(parseNumber('1.234,56')).toBe(1234.56);
    expect(parseNumber('R$ 1.234,56')).toBe(1234.56);
    expect(parseNumber('1 234,56 €')).toBe(1234.56);
    expect(parseNumber('1\u00a0234,56\u00a0€')).toBe(1234.56);
    expect(parseNumber('12,5')).toBe(12.5);
    expect(parseNumber('0,123')).toBe(0.123);
    expect(parseNumber('1.234.567')).toBe(1234567);
    expect(parseNumber('-1.234,5')).toBe(-1234.5);
  });

  test('English forms', () => {
    expect(parseNumber('1,234.56')).toBe(1234.56);
    expect(parseNumber('$1,234.56')).toBe(1234.56);
    expect(parseNumber('US$ 10.50')).toBe(10.5);
    expect(parseNumber('12.50')).toBe(12.5);
    expect(parseNumber('1,234,567')).toBe(1234567);
    expect(parseNumber('1.5E+3')).toBe(1500);
  });

  test('negatives: parentheses, leading and trailing minus, around currency marks', () => {
    expect(parseNumber('(123.45)')).toBe(-123.45);
    expect(parseNumber('(1.234,56)')).toBe(-1234.56);
    expect(parseNumber('($1,234.56)')).toBe(-1234.56);
    expect(parseNumber('-R$ 10,00')).toBe(-10);
    expect(parseNumber('R$ -10,00')).toBe(-10);
    expect(parseNumber('123-')).toBe(-123);
    expect(parseNumber('\u2212 5')).toBe(-5);
    expect(parseNumber('--5')).toBeNaN();
    expect(parseNumber('(-5)')).toBeNaN();
  });

  test('"-" alone is zero (accounting format); percentages are fractions', () => {
    expect(parseNumber('-')).toBe(0);
    expect(parseNumber(' - ')).toBe(0);
    expect(parseNumber('12%')).toBeCloseTo(0.12, 12);
    expect(parseNumber('12,5 %')).toBeCloseTo(0.125, 12);
    expect(parseNumber('12%', '.', { percent: false })).toBeNaN();
  });

  test('the decimal convention settles only texts that read both ways', () => {
    expect(parseNumber('1,234', '.')).toBe(1234);
    expect(parseNumber('1,234', ',')).toBe(1.234);
    expect(parseNumber('1.234', '.')).toBe(1.234);
    expect(parseNumber('1.234', ',')).toBe(1234);
    // Only one reading: the convention does not matter.
    expect(parseNumber('1.234,56', '.')).toBe(1234.56);
    expect(parseNumber('1,234.56', ',')).toBe(1234.56);
    expect(parseNumber('1234', ',')).toBe(1234);
  });

  test('malformed grouping is not a number', () => {
    expect(parseNumber('1,23,456.78')).toBeNaN();
    expect(parseNumber('12,34,5')).toBeNaN();
    expect(parseNumber('1.234,5.6')).toBeNaN();
    expect(parseNumber('1 2345')).toBeNaN();
  });

  test('numberReadings gives both readings and the currency', () => {
    expect(numberReadings('1,234')).toEqual({ dot: 1234, comma: 1.234, currency: '' });
    expect(numberReadings('R$ 1.234,56')).toEqual({ dot: NaN, comma: 1234.56, currency: 'BRL' });
    expect(numberReadings('1 234,56 €').currency).toBe('EUR');
    expect(numberReadings('EUR 12').currency).toBe('EUR');
    expect(numberReadings('$5').currency).toBe('$');
    // Two different marks on one number is not a number.
    expect(numberReadings('€ 5 USD').dot).toBeNaN();
  });
});
