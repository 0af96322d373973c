import type { Sniffed, TextEncoding } from './sniffText';

/** Bytes looked at, from the first non-ASCII byte, to decide between UTF-8 and Windows-1252. */
export const DECIDE_BYTES = 65_536;

export interface DecodedChunk {
  text: string;
  /** offsets in `text` of the U+FFFD that stand for invalid UTF-8 bytes (one per byte) */
  invalid: number[];
}

export interface ByteDecoder {
  /** The next bytes; `final` on the last call. Bytes of an unfinished character wait for the next call. */
  decode(bytes: Uint8Array, final: boolean): DecodedChunk;
  /** null while an 'auto' file has shown only ASCII */
  readonly encoding: TextEncoding | null;
}

const utf8 = new TextDecoder('utf-8');
const utf8Strict = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('latin1');

// Windows-1252's 0x80–0x9F (Node's TextDecoder decodes 'windows-1252' as Latin-1; browsers do not).
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function decode1252(b: Uint8Array): string {
  return latin1.decode(b).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
}

/**
 * Length of the UTF-8 sequence at i: > 0 valid, 0 invalid (the byte stands alone), -1 cut by the end
 * of the bytes so far.
 */
function sequenceLength(b: Uint8Array, i: number, end: number): number {
  const c = b[i];
  if (c < 0x80) return 1;
  let need: number;
  let lo = 0x80;
  let hi = 0xbf;
  if (c >= 0xc2 && c <= 0xdf) need = 1;
  else if (c >= 0xe0 && c <= 0xef) {
    need = 2;
    if (c === 0xe0) lo = 0xa0;
    else if (c === 0xed) hi = 0x9f;
  } else if (c >= 0xf0 && c <= 0xf4) {
    need = 3;
    if (c === 0xf0) lo = 0x90;
    else if (c === 0xf4) hi = 0x8f;
  } else return 0;
  for (let k = 1; k <= need; k++) {
    if (i + k >= end) return -1;
    const x = b[i + k];
    if (x < lo || x > hi) return 0;
    lo = 0x80;
    hi = 0xbf;
  }
  return need + 1;
}

/** Whether bytes from the first non-ASCII one read as Windows-1252: invalid UTF-8 and no valid multi-byte character. */
function looksLike1252(b: Uint8Array, start: number, end: number): boolean {
  let valid = 0;
  let invalid = 0;
  for (let i = start; i < end;) {
    const n = sequenceLength(b, i, end);
    if (n === 1) i++;
    else if (n > 1) {
      valid++;
      i += n;
    } else if (n === 0) {
      invalid++;
      i++;
    } else break;
  }
  return invalid > 0 && valid === 0;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/**
 * Where the bytes' last character starts when it is cut by the end of the bytes (its lead byte asks
 * for more bytes than follow), else the length. Only looks at the last 3 bytes.
 */
function wholeCharactersEnd(b: Uint8Array): number {
  const end = b.length;
  for (let p = end - 1; p >= 0 && p >= end - 3; p--) {
    const c = b[p];
    if (c < 0x80) return end;
    if (c >= 0xc0) {
      const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
      return end - p < need ? p : end;
    }
  }
  return end;
}

/**
 * A chunked decoder for one file. UTF-8 is validated here (not by TextDecoder) so that each invalid
 * byte is known by its place in the text and can be reported with its row. An 'auto' file is UTF-8
 * unless its bytes, from the first non-ASCII one and DECIDE_BYTES on, hold invalid UTF-8 and no valid
 * multi-byte character: then the whole file is Windows-1252 (the ASCII before is the same in both).
 * The decision never depends on how the bytes were cut into chunks.
 */
export function createByteDecoder(sniffed: Sniffed): ByteDecoder {
  let encoding: TextEncoding | null = sniffed.encoding === 'auto' ? null : sniffed.encoding;
  let held = new Uint8Array(0);
  let utf16: TextDecoder | null = null;

  /**
   * The usual chunk of a UTF-8 file: valid up to a character cut by the end, decoded at once by the
   * platform; null for anything else (an invalid byte, or the first non-ASCII byte of an 'auto' file
   * still to decide), which the byte-by-byte loop below reads.
   */
  const decodeValid = (b: Uint8Array, final: boolean): DecodedChunk | null => {
    const cut = final ? b.length : wholeCharactersEnd(b);
    let text: string;
    try {
      text = utf8Strict.decode(b.subarray(0, cut));
    } catch {
      return null;
    }
    // eslint-disable-next-line no-control-regex
    if (encoding === null && /[^\u0000-\u007f]/.test(text)) return null;
    held = cut < b.length ? b.slice(cut) : new Uint8Array(0);
    return { text, invalid: [] };
  };

  const decodeUtf8 = (b: Uint8Array, final: boolean): DecodedChunk => {
    const fast = decodeValid(b, final);
    if (fast) return fast;
    const parts: string[] = [];
    const invalid: number[] = [];
    let length = 0;
    let start = 0;
    let i = 0;
    const end = b.length;
    const flush = (to: number) => {
      if (to > start) {
        const s = utf8.decode(b.subarray(start, to));
        parts.push(s);
        length += s.length;
      }
    };
    while (i < end) {
      if (b[i] < 0x80) {
        i++;
        continue;
      }
      if (encoding === null) {
        // the first non-ASCII byte: decide, or wait for enough bytes to decide
        if (!final && end - i < DECIDE_BYTES) break;
        encoding = looksLike1252(b, i, Math.min(end, i + DECIDE_BYTES)) ? 'windows-1252' : 'utf-8';
        if (encoding === 'windows-1252') {
          flush(i);
          const s = decode1252(b.subarray(i));
          parts.push(s);
          held = new Uint8Array(0);
          return { text: parts.join(''), invalid };
        }
      }
      const n = sequenceLength(b, i, end);
      if (n > 0) i += n;
      else if (n === -1 && !final) break;
      else {
        flush(i);
        invalid.push(length);
        parts.push('\uFFFD');
        length++;
        i++;
        start = i;
      }
    }
    flush(i);
    held = i < end ? b.slice(i) : new Uint8Array(0);
    return { text: parts.join(''), invalid };
  };

  return {
    get encoding() {
      return encoding;
    },
    decode(bytes: Uint8Array, final: boolean): DecodedChunk {
      if (encoding === 'utf-16le' || encoding === 'utf-16be') {
        utf16 ??= new TextDecoder(encoding);
        return { text: utf16.decode(bytes, { stream: !final }), invalid: [] };
      }
      if (encoding === 'windows-1252') {
        return { text: decode1252(bytes), invalid: [] };
      }
      const b = concat(held, bytes);
      held = new Uint8Array(0);
      const out = decodeUtf8(b, final);
      if (final && encoding === null) encoding = 'utf-8';
      return out;
    },
  };
}
