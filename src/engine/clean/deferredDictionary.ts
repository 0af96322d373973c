import type { Cell } from '../types';
import { IdDictionary } from './clientId';

/** No cell seen yet (a blank cell may be undefined). */
const NO_CELL = Symbol('none');

/** key() of a blank cell */
export const BLANK_KEY = -1;

const TWO32 = 4_294_967_296;
const TWO48 = 281_474_976_710_656;
const TWO52 = 4_503_599_627_370_496;

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
  return TWO52 + (h1 >>> 0) * 1_048_576 + (h2 >>> 12);
}

/** The 32-bit hash settle() sorts keys by. */
function keyHash(key: number): number {
  const hi = Math.floor(key / TWO32);
  const lo = (key - hi * TWO32) | 0;
  return Math.imul(lo ^ Math.imul(hi, 0x85ebca6b), 0x9e3779b1) ^ hi;
}

export interface SettledCodes {
  /** per run: its code (codes 0, 1, 2… in order of first appearance) */
  codeOfRun: Int32Array;
  /** per code: its id (the normalised text) */
  labels: string[];
}

/**
 * Dictionary encoding settled at the end. A sales log holds ids in runs (the lines of one
 * invoice): the reader push()es one entry per run — a number key of the cell's id, computed from
 * the cell alone — and settle() gives every run its code, by a radix sort of the keys, so ingest
 * does no hash-table probe per run (on a million rows these probes miss the cache and cost more
 * than everything else).
 *
 * Ids are those of clientId(): text trimmed; a number in its shortest form, so the number 123 and
 * the text "123" share a key and "00123" does not; blank → BLANK_KEY. Keys: integers in
 * [0, 2^48) are themselves; short texts are packed exactly (packedKey); other ids are hashed, and
 * settle() compares their texts, so equal keys always mean equal ids.
 */
export class DeferredDictionary {
  /** the normalised id of the last key() (a string, or a number whose shortest form it is) */
  label: string | number = '';
  private keys = new Float64Array(1024);
  private labels: Array<string | number> = [];
  private runs = 0;

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

  /** A new run of the id of the last key(); returns its index. */
  push(key: number): number {
    const r = this.runs++;
    if (r === this.keys.length) {
      const keys = new Float64Array(2 * r);
      keys.set(this.keys);
      this.keys = keys;
    }
    this.keys[r] = key;
    this.labels.push(this.label);
    return r;
  }

  /** A run per id, in order (a client list read first keeps codes 0…ids.length − 1 when its ids are distinct). */
  seed(ids: readonly Cell[]): void {
    for (const id of ids) {
      const k = this.key(id);
      if (k !== BLANK_KEY) this.push(k);
    }
  }

  /** Codes for the runs pushed so far. */
  settle(): SettledCodes {
    const R = this.runs;
    const keys = this.keys;
    const labels = this.labels;
    // LSD radix sort of the runs by the keys' 32-bit hashes, stable, in four 8-bit passes (few
    // buckets, so the scattered writes stay in cache), carrying the hash along.
    let hashA = new Int32Array(R);
    let runA = new Int32Array(R);
    for (let r = 0; r < R; r++) {
      hashA[r] = keyHash(keys[r]);
      runA[r] = r;
    }
    let hashB = new Int32Array(R);
    let runB = new Int32Array(R);
    const count = new Int32Array(257);
    for (let shift = 0; shift < 32; shift += 8) {
      count.fill(0);
      for (let k = 0; k < R; k++) count[((hashA[k] >>> shift) & 0xff) + 1]++;
      for (let j = 0; j < 256; j++) count[j + 1] += count[j];
      for (let k = 0; k < R; k++) {
        const p = count[(hashA[k] >>> shift) & 0xff]++;
        hashB[p] = hashA[k];
        runB[p] = runA[k];
      }
      const h = hashA;
      hashA = hashB;
      hashB = h;
      const r = runA;
      runA = runB;
      runB = r;
    }
    const keyA = new Float64Array(R);
    for (let k = 0; k < R; k++) keyA[k] = keys[runA[k]];

    // Runs of one id are adjacent, first run first: point each run at its id's first run.
    const rep = runB;
    for (let k = 0; k < R; ) {
      const hk = hashA[k];
      const kk = keyA[k];
      let e = k + 1;
      let same = true;
      for (; e < R && hashA[e] === hk; e++) if (keyA[e] !== kk) same = false;
      const first = runA[k];
      if (e === k + 1) rep[first] = first;
      else if (same && kk < TWO52) {
        for (let q = k; q < e; q++) rep[runA[q]] = first;
      } else {
        // A hash shared by different keys, or hashed ids (their texts decide): rare, so a Map.
        const seen = new Map<string | number, number>();
        for (let q = k; q < e; q++) {
          const r = runA[q];
          const id = keyA[q] < TWO52 ? keyA[q] : String(labels[r]);
          const f = seen.get(id);
          if (f === undefined) {
            seen.set(id, r);
            rep[r] = r;
          } else rep[r] = f;
        }
      }
      k = e;
    }

    const codeOfRun = hashB;
    const out: string[] = [];
    for (let r = 0; r < R; r++) {
      if (rep[r] === r) {
        codeOfRun[r] = out.length;
        out.push(String(labels[r]));
      } else codeOfRun[r] = codeOfRun[rep[r]];
    }
    return { codeOfRun, labels: out };
  }
}

/** Distinct values past which CategoryCodes stops probing a hash table per value. */
const SMALL_DICTIONARY = 4096;

/**
 * Codes of a categorical column (invoice, product, channel…) in order of first appearance. A
 * column of few values (products, channels) keeps a hash table, which stays in cache; once it has
 * many (invoices) it pushes a run per change of value into a DeferredDictionary seeded with the
 * values so far (so their codes stand) and settles at the end. code() gives provisional codes,
 * −1 for blank; settle() maps them to the final ones.
 */
export class CategoryCodes {
  private readonly small = new IdDictionary();
  private large: DeferredDictionary | null = null;
  private lastCell: unknown = NO_CELL;
  private lastRun = -1;

  /** @param smallSize distinct values kept in the hash table (tests make it small) */
  constructor(private readonly smallSize = SMALL_DICTIONARY) {}

  code(cell: Cell): number {
    const large = this.large;
    if (large === null) {
      const c = this.small.code(cell);
      if (this.small.size > this.smallSize) {
        const next = new DeferredDictionary();
        next.seed(this.small.labels);
        this.large = next;
      }
      return c;
    }
    if (cell === this.lastCell) return this.lastRun;
    const k = large.key(cell);
    const run = k === BLANK_KEY ? -1 : large.push(k);
    this.lastCell = cell;
    this.lastRun = run;
    return run;
  }

  /** Final codes of provisional codes (−1 stays −1), in place; returns the labels by code. */
  settle(codes: Int32Array): string[] {
    if (this.large === null) return this.small.labels;
    const { codeOfRun, labels } = this.large.settle();
    for (let i = 0; i < codes.length; i++) if (codes[i] >= 0) codes[i] = codeOfRun[codes[i]];
    return labels;
  }
}
