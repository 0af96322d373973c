import type { Cell } from '../types';

/**
 * A client id from a cell: text trimmed; a number in its shortest form, so that the number 123
 * and the text "123" are one id and 17850.0 is "17850"; "00123" stays "00123". "" when blank.
 */
export function clientId(cell: Cell): string {
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell + 0) : '';
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return '';
}

/** No cell seen yet (a blank cell may be undefined, so undefined cannot mark it). */
const NONE = Symbol('none');

/**
 * Open-addressing hash of int32 keys → codes, with no boxing (much faster than a Map). Key and
 * value sit side by side in one array, so a probe touches one cache line.
 */
class IntTable {
  private slots = new Int32Array(2048).fill(-1);
  private mask = 1023;
  private shift = 22;
  private size = 0;

  /** The value of key k, −1 when absent. */
  get(k: number): number {
    const slots = this.slots;
    let h = Math.imul(k, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const v = slots[2 * h + 1];
      if (v < 0 || slots[2 * h] === k) return v;
      h = (h + 1) & this.mask;
    }
  }

  set(k: number, v: number): void {
    if (++this.size * 2 > this.mask) this.rehash();
    const slots = this.slots;
    let h = Math.imul(k, 0x9e3779b1) >>> this.shift;
    while (slots[2 * h + 1] >= 0 && slots[2 * h] !== k) h = (h + 1) & this.mask;
    slots[2 * h] = k;
    slots[2 * h + 1] = v;
  }

  private rehash(): void {
    const old = this.slots;
    const cap = (this.mask + 1) * 2;
    const slots = new Int32Array(2 * cap).fill(-1);
    this.mask = cap - 1;
    this.shift--;
    for (let i = 0; i < old.length; i += 2) {
      if (old[i + 1] < 0) continue;
      let h = Math.imul(old[i], 0x9e3779b1) >>> this.shift;
      while (slots[2 * h + 1] >= 0) h = (h + 1) & this.mask;
      slots[2 * h] = old[i];
      slots[2 * h + 1] = old[i + 1];
    }
    this.slots = slots;
  }
}

/**
 * Dictionary encoding of cells into codes 0, 1, 2… in order of first appearance, with the ids of
 * clientId() (123 and "123" share a code). Integer cells take a fast path: no Map, no text.
 */
export class IdDictionary {
  private readonly ints = new IntTable();
  private readonly numbers = new Map<number, number>();
  private readonly texts = new Map<string, number>();
  /** per code: its text id, or the number whose shortest form it is (made text on demand) */
  private readonly raw: Array<string | number> = [];
  private cache: string[] = [];
  // Sales rows come grouped (lines of one invoice, rows of one client): remember the last cell.
  private lastCell: unknown = NONE;
  private lastCode = -1;

  /** The code of a cell, creating it when new; −1 for a blank cell. */
  code(cell: Cell): number {
    if (cell === this.lastCell) return this.lastCode;
    const c = this.lookup(cell);
    this.lastCell = cell;
    this.lastCode = c;
    return c;
  }

  private lookup(cell: Cell): number {
    if (typeof cell === 'number') {
      if ((cell | 0) === cell) {
        let c = this.ints.get(cell);
        if (c < 0) {
          c = this.raw.push(cell + 0) - 1;
          this.ints.set(cell, c);
        }
        return c;
      }
      if (!Number.isFinite(cell)) return -1;
      let c = this.numbers.get(cell);
      if (c === undefined) {
        c = this.textCode(String(cell));
        this.numbers.set(cell, c);
      }
      return c;
    }
    if (typeof cell === 'string') {
      const hit = this.texts.get(cell);
      if (hit !== undefined) return hit;
      const id = cell.trim();
      if (id === '') return -1;
      // Text that is a number's shortest form ("123", not "00123") is that number's id.
      const asNumber = +id;
      const c = String(asNumber) === id ? this.lookup(asNumber) : this.textCode(id);
      this.texts.set(cell, c);
      return c;
    }
    return cell === true || cell === false ? this.lookup(cell ? 'TRUE' : 'FALSE') : -1;
  }

  /** The code of a cell when it is already known, −1 when new, −2 when blank (never creates). */
  peek(cell: Cell): number {
    // code() gives −1 only to a blank cell.
    if (cell === this.lastCell) return this.lastCode < 0 ? -2 : this.lastCode;
    if (typeof cell === 'number') {
      if ((cell | 0) === cell) return this.ints.get(cell);
      if (!Number.isFinite(cell)) return -2;
      return this.numbers.get(cell) ?? -1;
    }
    if (typeof cell === 'string') {
      const hit = this.texts.get(cell);
      // −1 cached by code() means a text that names no id ("NaN", "Infinity"): blank.
      if (hit !== undefined) return hit < 0 ? -2 : hit;
      const id = cell.trim();
      if (id === '') return -2;
      const asNumber = +id;
      return String(asNumber) === id ? this.peek(asNumber) : (this.texts.get(id) ?? -1);
    }
    if (cell === true || cell === false) return this.texts.get(cell ? 'TRUE' : 'FALSE') ?? -1;
    return -2;
  }

  /** The code of a normalised id, −1 when absent (never creates). */
  find(id: string): number {
    const asNumber = +id;
    if (id !== '' && String(asNumber) === id) {
      if ((asNumber | 0) === asNumber) return this.ints.get(asNumber);
      return this.numbers.get(asNumber) ?? -1;
    }
    return this.texts.get(id) ?? -1;
  }

  get size(): number {
    return this.raw.length;
  }

  /** The ids, indexed by code. */
  get labels(): string[] {
    const raw = this.raw;
    for (let c = this.cache.length; c < raw.length; c++) this.cache.push(String(raw[c]));
    return this.cache;
  }

  private textCode(id: string): number {
    let c = this.texts.get(id);
    if (c === undefined) {
      c = this.raw.push(id) - 1;
      this.texts.set(id, c);
    }
    return c;
  }
}
