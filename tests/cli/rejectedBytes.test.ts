// Issue #20: the --json document's rejected rows (Online Retail: 135,080 of them, 18.9 MB) and its
// other text go straight into one reused buffer; the bytes must stay JSON.stringify(doc, null, 1)'s.
import type { RejectedRow } from '../../src/engine/types';
import { rejectedBytes } from '../../src/cli/rejectedBytes';
import { textBytes, type ByteOut } from '../../src/cli/textBytes';

/**
 * Everything a writer put out through buffers of `size` bytes, and each flush as text. At each flush the
 * filled buffer is swapped for another (as main does, to write one while the next is filled): a writer
 * must go on in `out.buffer`, whichever it is. The filled one is scribbled over before it is used again.
 */
function drain(size: number, write: (out: ByteOut) => Generator<number, void, void>) {
  let spare: Buffer = Buffer.alloc(size);
  const out: ByteOut = { buffer: Buffer.alloc(size), at: 0 };
  const parts: Buffer[] = [];
  for (const n of write(out)) {
    parts.push(Buffer.from(out.buffer.subarray(0, n)));
    const full = out.buffer;
    out.buffer = spare;
    spare = full.fill(0x3f);
  }
  parts.push(Buffer.from(out.buffer.subarray(0, out.at)));
  return { bytes: Buffer.concat(parts), texts: parts.map((p) => p.toString('utf8')) };
}

/** The rejected list written at its place in a document, and JSON.stringify's text of that document. */
function both(rows: RejectedRow[], size = 64 * 1024) {
  const { bytes, texts } = drain(size, (out) => rejectedBytes(out, rows, 2));
  const list = bytes.toString('utf8');
  return {
    ours: `{\n "quality": {\n  "rejected": ${list}\n }\n}`,
    theirs: JSON.stringify({ quality: { rejected: rows } }, null, 1),
    list,
    texts,
  };
}

/** Where two texts first differ, with a little of each around it (null: the same text); short failure messages. */
function difference(ours: string, theirs: string): string | null {
  if (ours === theirs) return null;
  let i = 0;
  while (ours[i] === theirs[i]) i++;
  return `at ${i}: ours ${JSON.stringify(ours.slice(i - 40, i + 40))}, JSON.stringify ${JSON.stringify(theirs.slice(i - 40, i + 40))}`;
}

const row = (value: string, n = 7, extra: Partial<RejectedRow> = {}): RejectedRow => ({
  sheet: 'Ventas',
  row: n,
  column: 'C (Fecha)',
  reason: 'bad_date',
  value,
  ...extra,
});

const AWKWARD_TEXTS = [
  '',
  'plain',
  'say "hi"',
  'back\\slash',
  '\u0000\u0001\b\t\n\f\r\u001f',
  '\u007f del',
  'ñandú São Paulo €',
  '\ud800',
  'a\udc00b',
  'x\ud83d',
  '😀 pair',
  '\u2028\u2029',
  '\ufeffbom',
  '</script>',
];

test('awkward texts and numbers: the same text as JSON.stringify(…, null, 1)', () => {
  const rows: RejectedRow[] = [];
  for (const text of AWKWARD_TEXTS) {
    rows.push(row(text));
    rows.push(row('v', 3, { sheet: text }));
    rows.push(row('v', 3, { column: text }));
    rows.push(row('v', 3, { reason: text as RejectedRow['reason'] }));
  }
  for (const n of [
    0,
    -0,
    1,
    -1,
    9,
    10,
    2147483647,
    2147483648,
    4294967296,
    1.5,
    -2.25,
    1e21,
    1e-7,
    123456789012345680000,
    NaN,
    Infinity,
    -Infinity,
    Number.MAX_VALUE,
    Number.MIN_VALUE,
  ])
    rows.push(row('n', n));
  const { ours, theirs } = both(rows);
  expect(difference(ours, theirs)).toBeNull();
  expect(JSON.parse(ours).quality.rejected).toHaveLength(rows.length);
});

test('an empty list is [] and one row is one element', () => {
  expect(difference(both([]).ours, both([]).theirs)).toBeNull();
  expect(both([]).list).toBe('[]');
  expect(difference(both([row('x')]).ours, both([row('x')]).theirs)).toBeNull();
});

test("rows of another shape are JSON.stringify's own: other keys, key order, missing or undefined values, objects", () => {
  class WithToJson {
    toJSON() {
      return { as: 'json' };
    }
  }
  const odd = [
    { ...row('extra'), note: 'more' },
    { row: 1, sheet: 'S', column: 'A', reason: 'missing_client', value: 'order' },
    { sheet: 'S', row: 2, column: 'A', reason: 'missing_client' },
    { sheet: 'S', row: 3, column: 'A', reason: 'missing_client', value: undefined },
    { sheet: 'S', row: 4, column: 'A', reason: 'missing_client', value: { nested: ['a', 1, null] } },
    { sheet: 'S', row: new Date(Date.UTC(2024, 0, 2)), column: 'A', reason: 'missing_client', value: 'date' },
    { sheet: 'S', row: '5', column: 'A', reason: 'missing_client', value: 'text row' },
    { sheet: 'S', row: 6, column: 'A', reason: 'missing_client', value: true },
    { sheet: 'S', row: 7, column: 'A', reason: 'missing_client', value: null },
    Object.assign(Object.create({ inherited: 1 }), row('proto')),
    Object.assign(new WithToJson(), row('toJSON')),
    {},
    [1, 'a'],
    null,
    'text',
  ] as unknown as RejectedRow[];
  const rows = [row('first'), ...odd.flatMap((r) => [r, row('between')])];
  const { ours, theirs } = both(rows);
  expect(difference(ours, theirs)).toBeNull();
});

test('thousands of rows through a small buffer, long values across flushes: the same bytes, each flush whole characters', () => {
  const rows: RejectedRow[] = [];
  for (let i = 0; i < 6_000; i++)
    rows.push(
      row(
        i % 7 === 0 ? `é${i}"😀\u2028` : String(i % 13 ? '' : i),
        i * 3 + 2,
        i % 50 === 0 ? { sheet: `Hoja ${i % 3}`, column: `B (Cliente ${i % 2})` } : {},
      ),
    );
  rows.splice(
    1_000,
    0,
    row('a' + '😀é\u0001'.repeat(40_000)),
    row('x'.repeat(4_096)),
    row('y'.repeat(4_100)),
  );
  const { ours, theirs, list, texts } = both(rows, 60 * 1024);
  expect(texts.length).toBeGreaterThan(10);
  expect(difference(ours, theirs)).toBeNull();
  // every flush decodes alone (stdout gets them as text)
  expect(texts.join('') === list).toBe(true);
  expect(texts.filter((text) => text.includes('\ufffd'))).toHaveLength(0);
});

test('textBytes cuts text to the buffer, never inside a surrogate pair', () => {
  const text = 'a' + '😀é\u4e2d"x'.repeat(5_000);
  for (const size of [4_096, 4_097, 4_098, 4_099, 10_001]) {
    const { bytes, texts } = drain(size, (out) => textBytes(out, text));
    expect(bytes.equals(Buffer.from(text))).toBe(true);
    expect(difference(texts.join(''), text)).toBeNull();
    expect(texts.length).toBeGreaterThan(1);
  }
});

test('a buffer too small for a row is refused', () => {
  expect(() => drain(1_024, (out) => rejectedBytes(out, [row('x')], 2))).toThrow(RangeError);
});
