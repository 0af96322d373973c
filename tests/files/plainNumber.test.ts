// plainNumber is a scan (issue #20: it runs on every CSV cell); it must read exactly what the rule
// it replaced read: the regular expressions below, kept here as the reference.
import fc from 'fast-check';
import { plainNumber } from '../../src/files/plainNumber';

const PLAIN_NUMBER = /^[+-]?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$|^[+-]?\.\d+$/;
const LONG_INTEGER = /^[+-]?\d{16,}$/;

function reference(text: string): number | null {
  if (text.length > 17 || !PLAIN_NUMBER.test(text) || LONG_INTEGER.test(text)) return null;
  return +text;
}

describe('plainNumber reads what the regular expressions read', () => {
  test('edge cases', () => {
    for (const text of [
      '',
      '0',
      '-0',
      '+0',
      '00',
      '01',
      '0.',
      '.',
      '.5',
      '-.5',
      '+.5',
      '.5e3',
      '5.',
      '5.e3',
      '1e',
      '1e+',
      '1e-2',
      '1E5',
      '0e5',
      '+',
      '-',
      'e5',
      '1.2.3',
      '1,5',
      ' 1',
      '1 ',
      '1e5 ',
      '17850.0',
      '123456789012345',
      '1234567890123456',
      '+1234567890123456',
      '-123456789012345',
      '12345678901234567',
      '1234567890123.45',
      '1234567890123.456',
      '0.00000000000001',
      'Infinity',
      'NaN',
      '0x10',
      '1_000',
      '٣',
      '１',
    ])
      expect([text, plainNumber(text)]).toEqual([text, reference(text)]);
  });

  test('any text of number characters', () => {
    const chars = fc.constantFrom(...'0123456789+-.eE ,x'.split(''));
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 20 }), (cs) => {
        const text = cs.join('');
        expect(plainNumber(text)).toBe(reference(text));
      }),
      { numRuns: 20_000 },
    );
  });

  test('decimals worked out during the scan are the same doubles as +text', () => {
    // m / 10^k for up to 15 digits: every split of the digits between whole part and fraction
    const digits = fc.array(fc.constantFrom(...'0123456789'.split('')), { minLength: 1, maxLength: 17 });
    fc.assert(
      fc.property(fc.constantFrom('', '-', '+'), digits, fc.nat(17), (sign, ds, cut) => {
        const whole = ds.slice(0, Math.min(cut, ds.length)).join('').replace(/^0+(?=\d)/, '');
        const fraction = ds.slice(Math.min(cut, ds.length)).join('');
        const text = sign + (whole || '0') + (fraction ? '.' + fraction : '');
        expect(plainNumber(text)).toBe(reference(text));
      }),
      { numRuns: 50_000 },
    );
    for (const text of ['0.1', '0.3', '2.55', '-0.0', '999999999999999', '99999999999999.9', '0.000000000000001'])
      expect(plainNumber(text)).toBe(+text);
  });
});
