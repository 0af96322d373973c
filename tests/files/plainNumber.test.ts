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
});
