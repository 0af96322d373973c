// Property-based: generated text files (line endings mixed, encodings, quoting incl. broken quotes,
// separators, values) read back exactly, whatever the chunks; arbitrary bytes never crash.
import fc from 'fast-check';
import { createTextReader, type TextRow } from '../../src/files/createTextReader';
import { FileError } from '../../src/files/FileError';

jest.setTimeout(120_000);

type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';
type Line = { kind: 'cells'; cells: string[] } | { kind: 'blank' } | { kind: 'broken'; text: string };

const SEPARATORS = [',', ';', '\t', '|'] as const;
const ENDINGS = ['\r\n', '\n', '\r'] as const;
// Windows-1252 letters whose bytes (≥ 0xC0) never make valid UTF-8 among themselves and ASCII.
const LATIN = 'ñÑáéíóúÁÉÍÓÚçÇãõâêôüÜàè';
const WIDE = LATIN + '€“”—ł中文😀\uFFFD';

const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
function encode1252(text: string): Uint8Array {
  return Uint8Array.from(
    [...text].map((c) => {
      const k = CP1252_HIGH.indexOf(c);
      return k >= 0 ? 0x80 + k : c.charCodeAt(0);
    }),
  );
}

function encode(text: string, encoding: Encoding): Uint8Array {
  switch (encoding) {
    case 'utf-8':
      return new TextEncoder().encode(text);
    case 'utf-8-bom':
      return new TextEncoder().encode('\uFEFF' + text);
    case 'utf-16le':
      return new Uint8Array(Buffer.from('\uFEFF' + text, 'utf16le'));
    case 'utf-16be': {
      const b = Buffer.from('\uFEFF' + text, 'utf16le');
      b.swap16();
      return new Uint8Array(b);
    }
    case 'windows-1252':
      return encode1252(text);
  }
}

function value(letters: string, withQuotes: boolean): fc.Arbitrary<string> {
  const chars = [...'ab xyz019.-', ...letters, ...(withQuotes ? [',', ';', '\t', '|', '"', '\r', '\n'] : [])];
  return fc.array(fc.constantFrom(...chars), { maxLength: 8 }).map((cs) => cs.join(''));
}

/** In the invalid-bytes property, a character written as the byte 0xFF (never UTF-8). */
const BAD = '\uE000';

const fileArbitrary = (encodings: Encoding[], extra = '') =>
  fc
    .record({
      encoding: fc.constantFrom<Encoding>(...encodings),
      sep: fc.constantFrom(...SEPARATORS),
      columns: fc.integer({ min: 2, max: 5 }),
      finalBreak: fc.boolean(),
      seed: fc.integer(),
    })
    .chain((f) => {
      const letters = (f.encoding === 'windows-1252' ? LATIN : WIDE) + extra;
      const row = (quotes: boolean) =>
        fc.array(value(letters, quotes), { minLength: f.columns, maxLength: f.columns });
      const line = (quotes: boolean): fc.Arbitrary<Line> =>
        fc.oneof(
          { weight: 8, arbitrary: row(quotes).map((cells) => ({ kind: 'cells' as const, cells })) },
          { weight: 1, arbitrary: fc.constant({ kind: 'blank' as const }) },
        );
      // a broken row: an opening quote never closed, then only rows without quotes
      const broken = fc.record({
        before: fc.array(value(letters, false), { maxLength: 2 }),
        after: value(letters, false),
      });
      return fc.record({
        file: fc.constant(f),
        body: fc.array(line(true), { maxLength: 25 }),
        broken: fc.option(broken, { nil: undefined }),
        tail: fc.array(line(false), { maxLength: 5 }),
        endings: fc.array(fc.constantFrom(...ENDINGS), { minLength: 40, maxLength: 40 }),
        quoteAll: fc.boolean(),
        chunks: fc.array(fc.integer({ min: 1, max: 64 }), { minLength: 1, maxLength: 8 }),
      });
    });

function field(v: string, sep: string, quoteAll: boolean): string {
  const needs = v.includes(sep) || v.includes('"') || v.includes('\r') || v.includes('\n');
  return needs || quoteAll ? `"${v.replace(/"/g, '""')}"` : v;
}

function read(bytes: Uint8Array, chunks: number[]): TextRow[] {
  const reader = createTextReader({ file: 'fuzz.csv' });
  const rows: TextRow[] = [];
  let at = 0;
  for (let k = 0; at < bytes.length; k++) {
    const size = chunks[k % chunks.length];
    rows.push(...reader.push(bytes.subarray(at, at + size)));
    at += size;
  }
  rows.push(...reader.end());
  return rows;
}

type Generated = ReturnType<typeof fileArbitrary> extends fc.Arbitrary<infer G> ? G : never;

/** Builds the file's text and bytes, reads it, and checks every row; `bad`: BAD is written as 0xFF. */
function checkFile({ file, body, broken, tail, endings, quoteAll, chunks }: Generated, bad: boolean): void {
  const header: Line = { kind: 'cells', cells: Array.from({ length: file.columns }, (_, i) => `col${i}`) };
  const lines: Line[] = [header, ...body];
  if (broken) {
    const text = [...broken.before, '"' + broken.after].join(file.sep);
    lines.push({ kind: 'broken', text }, ...tail);
  }
  // the last line must be visible: a blank last line needs its line break
  const finalBreak = file.finalBreak || lines[lines.length - 1].kind === 'blank';
  const ends = lines.map((_, i) => endings[i % endings.length] as string);
  for (let i = 1; i < lines.length; i++)
    if (ends[i - 1] === '\r' && lines[i].kind === 'blank' && ends[i][0] === '\n') ends[i - 1] = '\r\n';
  let text = '';
  lines.forEach((l, i) => {
    text +=
      l.kind === 'cells'
        ? l.cells.map((v) => field(v, file.sep, quoteAll && l !== header && !tail.includes(l))).join(file.sep)
        : l.kind === 'broken'
          ? l.text
          : '';
    if (i < lines.length - 1 || finalBreak) text += ends[i];
  });
  let bytes = encode(text, file.encoding);
  if (bad)
    bytes = Uint8Array.from(
      Buffer.from(bytes)
        .toString('latin1')
        .replace(/\xEE\x80\x80/g, '\xFF'),
      (c) => c.charCodeAt(0),
    );
  const rows = read(bytes, chunks);
  // rows read = produced + rejected + blank: each line once, numbered 1..n, none lost unlisted
  expect(rows.map((r) => r.row)).toEqual(lines.map((_, i) => i + 1));
  rows.forEach((r, i) => {
    const l = lines[i];
    const fix = (v: string) => v.split(BAD).join('\uFFFD');
    if (l.kind === 'broken') expect(r.broken).toBe(fix(l.text));
    else expect(r.cells).toEqual(l.kind === 'blank' ? [''] : l.cells.map(fix));
    const bads =
      l.kind === 'broken'
        ? l.text.split(BAD).length - 1
        : l.kind === 'cells'
          ? l.cells.join('').split(BAD).length - 1
          : 0;
    expect(r.invalidBytes).toBe(bads);
  });
  expect(read(bytes, [bytes.length + 1])).toEqual(rows);
}

describe('text reader fuzz', () => {
  test('generated files read back: every row once, in order, cells equal, chunking irrelevant', () => {
    fc.assert(
      fc.property(fileArbitrary(['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1252']), (g) =>
        checkFile(g, false),
      ),
      { numRuns: 400, seed: 20261204 },
    );
  });

  test('a few invalid bytes in a UTF-8 file: U+FFFD in their cells, counted on their rows, the rest still UTF-8', () => {
    fc.assert(
      fc.property(
        fileArbitrary(['utf-8'], BAD + BAD + BAD).filter((g) => {
          const all = JSON.stringify([g.body, g.broken, g.tail]);
          return all.includes(BAD) && /[^\u0020-\u007E\t\r\n\uE000]/.test(all);
        }),
        (g) => {
          // a valid multi-byte character before the first invalid byte keeps the file UTF-8
          g.body.unshift({ kind: 'cells', cells: Array.from({ length: g.file.columns }, () => 'Peña') });
          checkFile(g, true);
        },
      ),
      { numRuns: 200, seed: 16 },
    );
  });

  test('arbitrary bytes: rows numbered without gaps, or a one-line FileError; never another exception', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 300 }),
        fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 4 }),
        (bytes, chunks) => {
          let rows: TextRow[];
          try {
            rows = read(bytes, chunks);
          } catch (e) {
            expect(e).toBeInstanceOf(FileError);
            expect((e as FileError).message).not.toMatch(/[\r\n]/);
            return;
          }
          expect(rows.map((r) => r.row)).toEqual(rows.map((_, i) => i + 1));
          expect(read(bytes, [bytes.length + 1])).toEqual(rows);
          for (const r of rows) expect(r.broken !== undefined || r.cells.length > 0).toBe(true);
        },
      ),
      { numRuns: 1000, seed: 7 },
    );
  });
});
