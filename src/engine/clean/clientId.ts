import type { Cell } from '../types';
import { BLANK_KEY, HASHED_KEY, IdKeys, keyHash } from './idKeys';

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
 * Dictionary encoding of cells into codes 0, 1, 2… in order of first appearance, with the ids of
 * clientId() (123 and "123" share a code). Cells become exact number keys (IdKeys), looked up in
 * an open-addressing table of numbers: no Map, no string hashing, one probe that usually stays in
 * one cache line. Only ids whose key is a hash (long or accented texts) go through a Map by text.
 */
export class IdDictionary {
  private readonly keys = new IdKeys();
  /** [key, code] pairs; key −1 marks an empty slot */
  private slots = new Float64Array(2 * 1024).fill(-1);
  private mask = 1023;
  private shift = 22;
  private readonly hashed = new Map<string, number>();
  /** per code: its text id, or the number whose shortest form it is (made text on demand) */
  private readonly raw: Array<string | number> = [];
  private cache: string[] = [];
  // Sales rows come grouped (lines of one invoice, rows of one client): remember the last cell.
  private lastCell: unknown = NONE;
  private lastCode = -1;
  // peek() then code() of the same new cell computes its key once.
  private peekedCell: unknown = NONE;
  private peekedKey = BLANK_KEY;
  private peekedLabel: string | number = '';

  /** The code of a cell, creating it when new; −1 for a blank cell. */
  code(cell: Cell): number {
    if (cell === this.lastCell) return this.lastCode;
    let k: number, label: string | number;
    if (cell === this.peekedCell) {
      k = this.peekedKey;
      label = this.peekedLabel;
    } else {
      k = this.keys.key(cell);
      label = this.keys.label;
    }
    let c = -1;
    if (k !== BLANK_KEY) {
      c = this.lookup(k, label);
      if (c < 0) c = this.insert(k, label);
    }
    this.lastCell = cell;
    this.lastCode = c;
    return c;
  }

  /** The code of a cell when it is already known, −1 when new, −2 when blank (never creates). */
  peek(cell: Cell): number {
    // code() gives −1 only to a blank cell.
    if (cell === this.lastCell) return this.lastCode < 0 ? -2 : this.lastCode;
    const k = this.keys.key(cell);
    this.peekedCell = cell;
    this.peekedKey = k;
    this.peekedLabel = this.keys.label;
    return k === BLANK_KEY ? -2 : this.lookup(k, this.keys.label);
  }

  /** The code of a normalised id, −1 when absent (never creates). */
  find(id: string): number {
    const k = this.keys.key(id);
    return k === BLANK_KEY ? -1 : this.lookup(k, this.keys.label);
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

  private lookup(k: number, label: string | number): number {
    if (k >= HASHED_KEY) return this.hashed.get(String(label)) ?? -1;
    const slots = this.slots;
    const mask = this.mask;
    let h = keyHash(k) >>> this.shift;
    for (;;) {
      const s = slots[2 * h];
      if (s === k) return slots[2 * h + 1];
      if (s < 0) return -1;
      h = (h + 1) & mask;
    }
  }

  private insert(k: number, label: string | number): number {
    const c = this.raw.push(label) - 1;
    if (k >= HASHED_KEY) this.hashed.set(String(label), c);
    else {
      if (2 * (c + 1) > this.mask) this.grow();
      this.place(this.slots, k, c);
    }
    return c;
  }

  private place(slots: Float64Array, k: number, c: number): void {
    let h = keyHash(k) >>> this.shift;
    while (slots[2 * h] >= 0) h = (h + 1) & this.mask;
    slots[2 * h] = k;
    slots[2 * h + 1] = c;
  }

  private grow(): void {
    const old = this.slots;
    const cap = 2 * (this.mask + 1);
    this.slots = new Float64Array(2 * cap).fill(-1);
    this.mask = cap - 1;
    this.shift--;
    for (let i = 0; i < old.length; i += 2) if (old[i] >= 0) this.place(this.slots, old[i], old[i + 1]);
  }
}
