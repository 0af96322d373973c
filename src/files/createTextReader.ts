import { createByteDecoder, type ByteDecoder } from './createByteDecoder';
import { guessSeparator, GUESS_RECORDS, type Separator } from './guessSeparator';
import { parseRecord } from './parseRecord';
import { sniffText, SNIFF_BYTES, type TextEncoding } from './sniffText';

/** One record of a text file, in file order. */
export interface TextRow {
  /** 1-based record number: the row the record takes when Excel opens the file */
  row: number;
  /** the fields ([''] for a blank line); empty when `broken` */
  cells: string[];
  /** bytes that are not UTF-8, each shown as U+FFFD in the cells */
  invalidBytes: number;
  /** the raw text of a record whose quote is never closed (rejected; reading goes on at the next line) */
  broken?: string;
}

export interface TextReaderOptions {
  /** the file's name, for errors */
  file: string;
  /** the separator, when not guessed from the first records */
  separator?: Separator;
}

export interface TextReader {
  /** The next bytes of the file → the records completed by them (a CRLF may be split across chunks). */
  push(bytes: Uint8Array): TextRow[];
  /** The end of the file → the last records. The line break at the very end is not a row. */
  end(): TextRow[];
  /** null until known (the first non-ASCII byte decides UTF-8 versus Windows-1252) */
  readonly encoding: TextEncoding | null;
  /** null until the first records are in */
  readonly separator: Separator | null;
}

/** Chunks at least this long are taken in two after an unfinished record (see take). */
const SPLIT_CHUNKS = 4096;

/** Patterns kept per reader (files whose records have many different numbers of fields use split). */
const PATTERNS = 4;
/** Records with more fields than this use split. */
const PATTERN_FIELDS = 256;

/**
 * A plain record of `fields` fields (no quote, no CR but in the CRLF that ends it), its fields
 * captured: the same texts as splitting the record at `separator`.
 */
function recordPattern(separator: string, fields: number): RegExp {
  const sep = separator === '\t' ? '\\t' : '\\' + separator;
  const field = `([^${sep}\\n\\r"]*)`;
  return new RegExp(Array.from({ length: fields }, () => field).join(sep) + '\\r?\\n', 'y');
}

/** Characters buffered to guess the separator when the first records are very long. */
const GUESS_CHARS = 65_536;

/** Index of the next `char` from `from`, or the text's length when there is none. */
function nextOf(text: string, char: string, from: number): number {
  const i = text.indexOf(char, from);
  return i < 0 ? text.length : i;
}

function countBreaks(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) n++;
  }
  return n;
}

/**
 * The chunked text-file reader (SPEC §2): push byte chunks, get rows. Sniffs the first SNIFF_BYTES
 * (BOM → UTF-8/UTF-16; binary content → FileError), decodes (createByteDecoder: UTF-8 validated with
 * each invalid byte counted on its row, or Windows-1252 when the file is not UTF-8 as a whole),
 * guesses the separator from the first records, and splits records with parseRecord. Memory holds
 * one unfinished record, never the file.
 */
export function createTextReader(options: TextReaderOptions): TextReader {
  let head: Uint8Array[] = [];
  let headBytes = 0;
  let decoder: ByteDecoder | null = null;
  let separator: Separator | null = options.separator ?? null;
  let pending = '';
  /** offsets in `pending` of invalid bytes */
  let invalid: number[] = [];
  let row = 0;
  /** the fields of the last plain record, and the patterns of plain records by their fields */
  let fields = 0;
  const patterns = new Map<number, RegExp>();
  let pattern: RegExp | undefined;

  const takeText = (text: string, bad: number[], final: boolean): TextRow[] => {
    const base = pending.length;
    pending += text;
    for (const o of bad) invalid.push(base + o);
    if (separator === null) {
      if (!final && pending.length < GUESS_CHARS && countBreaks(pending) <= GUESS_RECORDS) return [];
      // from the same prefix however the bytes were chunked
      separator = guessSeparator(pending.slice(0, GUESS_CHARS), final && pending.length <= GUESS_CHARS);
    }
    const rows: TextRow[] = [];
    let pos = 0;
    let k = 0;
    const len = pending.length;
    // A record ending at a LF before the next quote and the next CR (or at a CRLF) is plain: split
    // at once (issue #20: most records of a large file). Anything else goes through parseRecord.
    const sep = separator === 'whitespace' ? null : separator;
    let quote = sep === null ? 0 : nextOf(pending, '"', 0);
    let cr = nextOf(pending, '\r', 0);
    while (pos < len) {
      let next: number;
      let cells: string[] | undefined;
      let broken: string | undefined;
      // As many fields as the record before: one match of its pattern, which only a plain record
      // (no quote, no CR but the one of a CRLF) can match (about twice as fast as slice + split).
      let m: RegExpExecArray | null = null;
      if (pattern !== undefined && quote > pos) {
        pattern.lastIndex = pos;
        m = pattern.exec(pending);
      }
      const lf =
        m !== null ? pattern!.lastIndex - 1 : sep === null || quote < pos ? -1 : pending.indexOf('\n', pos);
      if (m !== null || (lf >= 0 && quote > lf && (cr > lf || cr === lf - 1))) {
        if (m !== null) cells = m.slice(1);
        else {
          cells = pending.slice(pos, cr === lf - 1 ? cr : lf).split(sep!);
          if (cells.length !== fields) {
            fields = cells.length;
            pattern = patterns.get(fields);
            if (pattern === undefined && patterns.size < PATTERNS && fields <= PATTERN_FIELDS) {
              pattern = recordPattern(sep!, fields);
              patterns.set(fields, pattern);
            }
          }
        }
        next = lf + 1;
        if (cr < next) cr = nextOf(pending, '\r', next);
      } else {
        const r = parseRecord(pending, pos, separator, final);
        if (r === null) break;
        next = r.next;
        cells = r.cells;
        broken = r.broken;
        if (sep !== null && quote < next) quote = nextOf(pending, '"', next);
        if (cr < next) cr = nextOf(pending, '\r', next);
      }
      let bytes = 0;
      while (k < invalid.length && invalid[k] < next) {
        bytes++;
        k++;
      }
      row++;
      rows.push(
        broken === undefined
          ? { row, cells: cells!, invalidBytes: bytes }
          : { row, cells: [], invalidBytes: bytes, broken },
      );
      pos = next;
    }
    if (pos > 0) {
      pending = pending.slice(pos);
      invalid = invalid.slice(k).map((o) => o - pos);
    }
    return rows;
  };

  /**
   * takeText, but a chunk that follows an unfinished record is taken in two: up to its first line
   * break (the record's end, usually), then the rest as it is. Appended whole to the unfinished
   * record, every chunk was copied once more into a new string (≈ 50 ms for a 45 MB file).
   */
  const take = (text: string, bad: number[], final: boolean): TextRow[] => {
    const lf = pending === '' || text.length < SPLIT_CHUNKS ? -1 : text.indexOf('\n');
    if (lf < 0 || lf + 1 === text.length) return takeText(text, bad, final);
    const head = takeText(
      text.slice(0, lf + 1),
      bad.filter((o) => o <= lf),
      false,
    );
    const rest = takeText(
      text.slice(lf + 1),
      bad.filter((o) => o > lf).map((o) => o - lf - 1),
      final,
    );
    for (const r of rest) head.push(r);
    return head;
  };

  const start = (final: boolean): TextRow[] => {
    const all = new Uint8Array(headBytes);
    let at = 0;
    for (const c of head) {
      all.set(c, at);
      at += c.length;
    }
    head = [];
    const sniffed = sniffText(all, options.file);
    decoder = createByteDecoder(sniffed);
    const out = decoder.decode(all.subarray(sniffed.bom), final);
    return take(out.text, out.invalid, final);
  };

  return {
    get encoding() {
      return decoder?.encoding ?? null;
    },
    get separator() {
      return separator;
    },
    push(bytes: Uint8Array): TextRow[] {
      if (decoder === null) {
        head.push(bytes);
        headBytes += bytes.length;
        return headBytes < SNIFF_BYTES ? [] : start(false);
      }
      const out = decoder.decode(bytes, false);
      return take(out.text, out.invalid, false);
    },
    end(): TextRow[] {
      if (decoder === null) return headBytes === 0 ? [] : start(true);
      const out = decoder.decode(new Uint8Array(0), true);
      return take(out.text, out.invalid, true);
    },
  };
}
