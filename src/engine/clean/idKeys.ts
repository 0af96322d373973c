import type { Cell } from '../types';

/** key() of a blank cell */
export const BLANK_KEY = -1;

const TWO32 = 4_294_967_296;
const TWO48 = 281_474_976_710_656;
/** Keys from here up are hashes of the id's text (equal keys need a look at the texts). */
export const HASHED_KEY = 4_503_599_627_370_496;

/** Symbol values of the characters a packed key holds: 0-9 A-Z a-z - _ (64 symbols, 6 bits each). */
const SYMBOL = new Int8Array(128).fill(-1);
for (let c = 0; c < 10; c++) SYMBOL[48 + c] = c;
for (let c = 0; c < 26; c++) {
  SYMBOL[65 + c] = 10 + c;
  SYMBOL[97 + c] = 36 + c;
}
SYMBOL[45] = 62;
SYMBOL[95] = 63;

/**
 * The exact number of a text id of 1–8 characters from [0-9A-Za-z_-]: length × 2^48 + the
 * characters in base 64, so in [2^48, 9 × 2^48); −1 when the text does not fit.
 */
function packedKey(text: string): number {
  const len = text.length;
  if (len === 0 || len > 8) return -1;
  let key = 0;
  for (let j = 0; j < len; j++) {
    const ch = text.charCodeAt(j);
    const v = ch < 128 ? SYMBOL[ch] : -1;
    if (v < 0) return -1;
    key = key * 64 + v;
  }
  return key + len * TWO48;
}

/** 2^52 + a 52-bit hash of the text: the key of an id no exact key holds (verified at settle()). */
function hashedKey(text: string): number {
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c;
  for (let j = 0; j < text.length; j++) {
    const ch = text.charCodeAt(j);
    h1 = Math.imul(h1 ^ ch, 0x01000193);
    h2 = Math.imul(h2 ^ ch, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  return HASHED_KEY + (h1 >>> 0) * 1_048_576 + (h2 >>> 12);
}

/** A 32-bit hash of a key. */
export function keyHash(key: number): number {
  const hi = Math.floor(key / TWO32);
  const lo = (key - hi * TWO32) | 0;
  return Math.imul(lo ^ Math.imul(hi, 0x85ebca6b), 0x9e3779b1) ^ hi;
}

/**
 * Exact number keys of client ids, computed from the cell alone: equal ids, equal keys. Ids are
 * those of clientId(): text trimmed; a number in its shortest form, so the number 123 and the text
 * "123" share a key and "00123" does not; "NaN", "Infinity" and non-finite numbers are blank.
 * Keys: integers in [0, 2^48) are themselves; texts of 1–8 characters from [0-9A-Za-z_-] are
 * packed exactly; other ids are hashed (≥ HASHED_KEY), so equal hashed keys need their texts
 * compared.
 */
export class IdKeys {
  /** the normalised id of the last key() (a string, or a number whose shortest form it is) */
  label: string | number = '';

  /** The key of a cell's id (BLANK_KEY when blank); sets label. */
  key(cell: Cell): number {
    if (typeof cell === 'string') {
      const c0 = cell.charCodeAt(0);
      // A number's shortest form starts with a digit, "-", "I" (Infinity) or "N" (NaN).
      if (!(c0 >= 48 && c0 <= 57) && c0 !== 45 && !((c0 === 73 || c0 === 78) && (cell === 'NaN' || cell === 'Infinity'))) {
        const k = packedKey(cell);
        if (k >= 0) {
          this.label = cell;
          return k;
        }
      }
      return this.textKey(cell);
    }
    if (typeof cell === 'number') return this.numberKey(cell);
    if (cell === true || cell === false) return this.textKey(cell ? 'TRUE' : 'FALSE');
    return BLANK_KEY;
  }

  private textKey(cell: string): number {
    const id = cell.trim();
    if (id === '') return BLANK_KEY;
    const asNumber = +id;
    if (String(asNumber) === id) return this.numberKey(asNumber);
    const k = packedKey(id);
    this.label = id;
    return k >= 0 ? k : hashedKey(id);
  }

  private numberKey(v: number): number {
    if (!Number.isFinite(v)) return BLANK_KEY;
    const n = v + 0; // −0 is 0
    if (Number.isInteger(n) && n >= 0 && n < TWO48) {
      this.label = n;
      return n;
    }
    const text = String(n);
    this.label = text;
    return hashedKey(text);
  }
}
