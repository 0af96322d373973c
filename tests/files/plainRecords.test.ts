// createTextReader splits plain records (no quote, ending at LF or CRLF) at once instead of through
// parseRecord (issue #20); what it gives must be what parseRecord gives, record by record, for any
// mix of quotes and line endings, however the bytes are chunked.
import fc from 'fast-check';
import { createTextReader } from '../../src/files/createTextReader';
import { parseRecord } from '../../src/files/parseRecord';

jest.setTimeout(120_000);

/** The records as parseRecord alone reads them (the whole text at once). */
function reference(text: string, sep: ',' | ';'): Array<string[] | string> {
  const out: Array<string[] | string> = [];
  for (let pos = 0; pos < text.length;) {
    const r = parseRecord(text, pos, sep, true)!;
    out.push(r.broken ?? r.cells);
    pos = r.next;
  }
  return out;
}

function read(text: string, sep: ',' | ';', chunk: number): Array<string[] | string> {
  const reader = createTextReader({ file: 't.csv', separator: sep });
  const bytes = new TextEncoder().encode(text);
  const rows = [];
  for (let i = 0; i < bytes.length; i += chunk) rows.push(...reader.push(bytes.subarray(i, i + chunk)));
  rows.push(...reader.end());
  return rows.map((r) => r.broken ?? r.cells);
}

describe('plain records split at once read as parseRecord reads them', () => {
  test.each([
    'a,b,c\nd,e,f\n',
    'a,b,c\r\nd,e,f\r\n',
    'a,b\rc,d\ne,f\r\ng,h',
    'a,"b\nc",d\ne,f\n',
    'a,b"c,d\ne,f\n',
    '\n\r\n\r,\n,,\n',
    'x,"y""z"w\r\n1,2\r3,4\n"open,5\n6,7\n',
    'a,b\r',
  ])('%j', (text) => {
    for (const chunk of [1, 2, 3, 7, 1 << 20]) expect(read(text, ',', chunk)).toEqual(reference(text, ','));
  });

  test('any mix of separators, quotes and line endings', () => {
    const chars = fc.constantFrom(...'ab1,;"\r\n \n\n,,'.split(''));
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 60 }), fc.integer({ min: 1, max: 9 }), (cs, chunk) => {
        const text = cs.join('');
        expect(read(text, ';', chunk)).toEqual(reference(text, ';'));
        expect(read(text, ',', chunk)).toEqual(reference(text, ','));
      }),
      { numRuns: 3000, endOnFailure: true },
    );
  });
});
