import type { RejectedRow } from '../engine/types';
import { textBytes, type ByteOut } from './textBytes';

/** The keys of a rejected row, in the order the engine writes them. */
const KEYS = ['sheet', 'row', 'column', 'reason', 'value'];
/** Texts a row may hold (sheet + column + reason + value, UTF-16 units) to take the direct path. */
const SHORT = 4096;
/** Room kept free in the buffer for one row on the direct path: 6 bytes a unit at most (`\u001f`), plus keys. */
const ROW_ROOM = 6 * SHORT + 512;

const isPlain = (row: object) => Object.getPrototypeOf(row) === Object.prototype;

/**
 * The rejected rows as the list `JSON.stringify(doc, null, 1)` writes at `depth` (quality.rejected: 2),
 * byte for byte, straight into `out` (issue #20: Online Retail's 135,080 rows are 19 MB of its JSON).
 * A row of the usual shape (these five keys in this order, texts and a number) is written from two
 * byte runs made once per sheet and per column/reason — by JSON.stringify — its row number and its
 * value; any other row (another shape, a long text) is JSON.stringify's own text.
 */
export function* rejectedBytes(
  out: ByteOut,
  rows: readonly RejectedRow[],
  depth: number,
): Generator<number, void, void> {
  if (out.buffer.length < 2 * ROW_ROOM)
    throw new RangeError(`rejectedBytes: a buffer of ${2 * ROW_ROOM} bytes at least`);
  if (rows.length === 0) {
    yield* textBytes(out, '[]');
    return;
  }
  const inner = ' '.repeat(depth + 1);
  const key = (name: string) => `,\n${inner} ${JSON.stringify(name)}: `;
  const close = Buffer.from(`\n${inner}}`);
  let sheet = '';
  let head = Buffer.alloc(0);
  let column = '';
  let reason = '';
  let middle = Buffer.alloc(0);
  const plainPrototype = !('toJSON' in Object.prototype);
  yield* textBytes(out, '[');
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (out.buffer.length - out.at < ROW_ROOM) {
      yield out.at;
      out.at = 0;
    }
    const { buffer } = out;
    if (i > 0) buffer[out.at++] = 0x2c; // ,
    if (!direct(row, plainPrototype)) {
      yield* textBytes(out, '\n' + itemText(row, depth));
      continue;
    }
    if (row.sheet !== sheet || head.length === 0) {
      sheet = row.sheet;
      head = Buffer.from(`\n${inner}{\n${inner} "sheet": ${JSON.stringify(sheet)}${key('row')}`);
    }
    if (row.column !== column || row.reason !== reason || middle.length === 0) {
      column = row.column;
      reason = row.reason;
      middle = Buffer.from(
        `${key('column')}${JSON.stringify(column)}${key('reason')}${JSON.stringify(reason)}${key('value')}`,
      );
    }
    buffer.set(head, out.at);
    out.at += head.length;
    out.at = numberBytes(buffer, out.at, row.row);
    buffer.set(middle, out.at);
    out.at += middle.length;
    out.at = stringBytes(buffer, out.at, row.value);
    buffer.set(close, out.at);
    out.at += close.length;
  }
  yield* textBytes(out, `\n${' '.repeat(depth)}]`);
}

/** A row of the usual shape, short enough for the direct path. */
function direct(row: RejectedRow, plainPrototype: boolean): boolean {
  if (!plainPrototype || typeof row !== 'object' || row === null || !isPlain(row)) return false;
  const { sheet, row: n, column, reason, value } = row;
  if (
    typeof sheet !== 'string' ||
    typeof n !== 'number' ||
    typeof column !== 'string' ||
    typeof reason !== 'string' ||
    typeof value !== 'string' ||
    sheet.length + column.length + reason.length + value.length > SHORT
  )
    return false;
  // the keys JSON.stringify would list (own enumerable ones: the prototype, Object.prototype, adds none)
  let k = 0;
  for (const key in row) if (key !== KEYS[k++]) return false;
  return k === KEYS.length;
}

/** One list element at `depth` as JSON.stringify(doc, null, 1) writes it (its lines indented for that depth). */
function itemText(item: unknown, depth: number): string {
  let nested: unknown = [item];
  for (let d = 0; d < depth; d++) nested = [nested];
  const text = JSON.stringify(nested, null, 1);
  // "[\n", " [\n"... before it (depth + 1 of them), as many after it; the element keeps its indentation
  const edge = ((depth + 1) * (depth + 4)) / 2;
  return text.slice(edge, text.length - edge);
}

/** A number as JSON writes it (integers by hand, the rest by String; not finite → null); the new end. */
function numberBytes(buffer: Buffer, at: number, n: number): number {
  if (n >= 0 && n <= 0x7fffffff && (n | 0) === n) {
    let end = at + 1;
    for (let m = n; m >= 10; m = (m / 10) | 0) end++;
    let k = end;
    let m = n;
    do {
      buffer[--k] = 0x30 + (m % 10);
      m = (m / 10) | 0;
    } while (m > 0);
    return end;
  }
  return at + buffer.write(Number.isFinite(n) ? String(n) : 'null', at, 'latin1');
}

/**
 * A string as JSON.stringify writes it: printable ASCII other than `"` and `\` as is (JSON.stringify
 * leaves those untouched); a string with anything else is JSON.stringify's own text. The new end.
 */
function stringBytes(buffer: Buffer, at: number, text: string): number {
  let k = at;
  buffer[k++] = 0x22;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c > 0x7e || c === 0x22 || c === 0x5c) return at + buffer.write(JSON.stringify(text), at);
    buffer[k++] = c;
  }
  buffer[k++] = 0x22;
  return k;
}
