// createTextReader splits plain records (no quote, ending at LF or CRLF) at once instead of through
// parseRecord (issue #20); what it gives must be what parseRecord gives, record by record, for any
// mix of quotes and line endings, however the bytes are chunked.
import fc from 'fast-check';
import { createTextReader } from '../../src/files/createTextReader';
import { parseRecord } from '../../src/files/parseRecord';

jest.setTimeout(120_000);

/** The records as parseRecord alone reads them (the whole text at once). */
type Sep = ',' | ';' | '\t' | '|';

function reference(text: string, sep: Sep): Array<string[] | string> {
  const out: Array<string[] | string> = [];
  for (let pos = 0; pos < text.length;) {
    const r = parseRecord(text, pos, sep, true)!;
    out.push(r.broken ?? r.cells);
    pos = r.next;
  }
  return out;
}

function read(text: string, sep: Sep, chunk: number): Array<string[] | string> {
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

  // records with as many fields as the one before are read by one pattern match (issue #20)
  test('runs of records with the same number of fields, any separator, any character', () => {
    const chars = fc.constantFrom(...[...'ab1 ,;|\t"\r\n\n\n\\]^-[$.*ñ€😀']);
    fc.assert(
      fc.property(
        fc.constantFrom<Sep>(',', ';', '\t', '|'),
        fc.array(
          fc.array(
            fc.array(chars, { maxLength: 5 }).map((cs) => cs.join('')),
            { minLength: 1, maxLength: 5 },
          ),
          { maxLength: 12 },
        ),
        fc.integer({ min: 1, max: 40 }),
        (sep, records, chunk) => {
          // a few widths, each repeated: most records take the pattern of the one before
          const text = records
            .flatMap((r) => [r, r, r])
            .map((r) => r.join(sep) + (r.length % 2 ? '\n' : '\r\n'))
            .join('');
          expect(read(text, sep, chunk)).toEqual(reference(text, sep));
        },
      ),
      { numRuns: 3000, endOnFailure: true },
    );
  });
});

describe('large chunks after an unfinished record (taken in two: up to the first line break, then the rest)', () => {
  // chunks of several KB, each starting inside a record: quoted line breaks, CRLF, bytes that are not UTF-8
  const readBytes = (bytes: Uint8Array, chunk: number) => {
    const reader = createTextReader({ file: 't.csv', separator: ',' });
    const rows = [];
    for (let i = 0; i < bytes.length; i += chunk) rows.push(...reader.push(bytes.subarray(i, i + chunk)));
    rows.push(...reader.end());
    return rows.map((r) => ({ row: r.row, cells: r.cells, broken: r.broken, invalidBytes: r.invalidBytes }));
  };

  test('the same rows, invalid bytes on the same rows, whatever the chunks', () => {
    const field = fc.constantFrom('a', '12.5', '', '"x\ny"', '"q,""r"""', 'ñ', '\u00ff', 'BAD');
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 30 }),
        fc.constantFrom(4096, 5000, 8191, 12_345),
        (records, chunk) => {
          const lines = records.map((r, i) => r.join(',') + (i % 3 ? '\n' : '\r\n'));
          // a first record with a valid UTF-8 letter: the file reads as UTF-8, its bad bytes counted
          let text = 'ñ\n';
          const perRecord = [0];
          while (text.length < 150_000) {
            text += lines.join('');
            for (const l of lines) perRecord.push(l.split('BAD').length - 1);
          }
          // 'BAD' stands for a byte that is not UTF-8 (0xFF), counted on its row
          const parts = text.split('BAD').map((p) => new TextEncoder().encode(p));
          const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length + 1, -1));
          let at = 0;
          parts.forEach((p, i) => {
            bytes.set(p, at);
            at += p.length;
            if (i < parts.length - 1) bytes[at++] = 0xff;
          });
          const whole = readBytes(bytes, bytes.length);
          expect(whole.map((r) => r.invalidBytes)).toEqual(perRecord);
          expect(readBytes(bytes, chunk)).toEqual(whole);
          if (!text.includes('BAD'))
            expect(whole.map((r) => r.broken ?? r.cells)).toEqual(reference(text, ','));
        },
      ),
      { numRuns: 25, endOnFailure: true },
    );
  });
});
