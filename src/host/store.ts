// Cell storage of one sheet: per-column typed arrays (kind tag + Float64 number + string slot), with
// number formats and styles as interned ids. No object per cell, so a 1,048,576 × 8 sheet stays small.
import { MAX_ROWS, type Rect } from './address';

export type CellValue = number | string | boolean;

export const EMPTY = 0, NUM = 1, STR = 2, BOOL = 3, ERR = 4, FORMULA = 5;

export const ERROR_VALUES = ['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!', '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!'];

/** What `values` returns for a formula cell with no cached result: the host does not evaluate formulas. */
export const UNCALCULATED = '#CALC!';

export interface CellStyle {
  fill?: string;
  bold?: boolean;
  italic?: boolean;
  color?: string;
  fontName?: string;
  fontSize?: number;
  underline?: string;
  hAlign?: string;
  vAlign?: string;
  wrap?: boolean;
}

/** Interns values by JSON key; id 0 is the default. */
export class Interner<T> {
  readonly items: T[];
  private readonly ids = new Map<string, number>();
  constructor(defaultItem: T) {
    this.items = [defaultItem];
    this.ids.set(Interner.key(defaultItem), 0);
  }
  /** Strings (number formats) are their own key; "s" never starts a JSON text. */
  private static key(item: unknown): string {
    return typeof item === 'string' ? `s${item}` : JSON.stringify(item);
  }
  id(item: T): number {
    const key = Interner.key(item);
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.items.length;
      if (id > 65_535) throw new Error('Too many distinct formats');
      this.items.push(item);
      this.ids.set(key, id);
    }
    return id;
  }
}

class Column {
  tag: Uint8Array;
  num: Float64Array;
  str: (string | undefined)[] = [];
  fmt: Uint16Array | null = null;
  sty: Uint16Array | null = null;
  cached: Map<number, CellValue> | null = null;
  /** One past the last row ever touched (content or format). */
  top = 0;

  constructor(capacity: number) {
    this.tag = new Uint8Array(capacity);
    this.num = new Float64Array(capacity);
  }

  ensure(row: number): void {
    if (row < this.tag.length) return;
    const cap = Math.min(MAX_ROWS, Math.max(row + 1, this.tag.length * 2, 64));
    const tag = new Uint8Array(cap);
    tag.set(this.tag);
    this.tag = tag;
    const num = new Float64Array(cap);
    num.set(this.num);
    this.num = num;
    if (this.fmt) {
      const f = new Uint16Array(cap);
      f.set(this.fmt);
      this.fmt = f;
    }
    if (this.sty) {
      const s = new Uint16Array(cap);
      s.set(this.sty);
      this.sty = s;
    }
  }
}

export class SheetStore {
  private cols: (Column | undefined)[] = [];
  readonly colWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  /** set once a formula is stored: the formula scans (evaluation, reference renames) skip other sheets */
  hasFormulas = false;

  /** Calls `f` for every formula cell (of `rect` when given). */
  forEachFormula(f: (r: number, c: number, formula: string) => void, rect?: Rect): void {
    if (!this.hasFormulas) return;
    const c0 = rect ? rect.c0 : 0;
    const c1 = Math.min(rect ? rect.c1 : Infinity, this.cols.length - 1);
    for (let c = c0; c <= c1; c++) {
      const col = this.cols[c];
      if (!col) continue;
      const end = Math.min(col.top, col.tag.length, rect ? rect.r1 + 1 : Infinity);
      for (let r = rect ? rect.r0 : 0; r < end; r++) if (col.tag[r] === FORMULA) f(r, c, col.str[r] as string);
    }
  }

  /** Replaces a formula's text, keeping its cached result. */
  rewriteFormula(r: number, c: number, formula: string): void {
    this.cols[c]!.str[r] = formula;
  }

  private col(c: number, row: number): Column {
    let col = this.cols[c];
    if (!col) col = this.cols[c] = new Column(Math.max(row + 1, 16));
    col.ensure(row);
    if (row + 1 > col.top) col.top = row + 1;
    return col;
  }

  kind(r: number, c: number): number {
    const col = this.cols[c];
    return col && r < col.tag.length ? col.tag[r] : EMPTY;
  }

  /** Content: number/string/boolean, error text, or for formulas the formula text. Empty → "". */
  raw(r: number, c: number): CellValue {
    const col = this.cols[c];
    if (!col || r >= col.tag.length) return '';
    switch (col.tag[r]) {
      case NUM:
        return col.num[r];
      case STR:
      case ERR:
      case FORMULA:
        return col.str[r] as string;
      case BOOL:
        return col.num[r] !== 0;
      default:
        return '';
    }
  }

  /** The cell's value as Excel's `values` reads it. */
  value(r: number, c: number): CellValue {
    const col = this.cols[c];
    if (!col || r >= col.tag.length) return '';
    const t = col.tag[r];
    if (t === NUM) return col.num[r];
    if (t === FORMULA) return col.cached?.get(r) ?? UNCALCULATED;
    return this.raw(r, c);
  }

  /** Values of a block, as `values` reads them: [row][col], filled column by column. */
  values(rect: Rect): CellValue[][] {
    const nRows = rect.r1 - rect.r0 + 1;
    const nCols = rect.c1 - rect.c0 + 1;
    const out: CellValue[][] = new Array(nRows);
    for (let i = 0; i < nRows; i++) out[i] = new Array(nCols).fill('');
    for (let j = 0; j < nCols; j++) {
      const col = this.cols[rect.c0 + j];
      if (!col) continue;
      const { tag, num, str } = col;
      const end = Math.min(rect.r1 + 1, col.top, tag.length);
      for (let r = rect.r0; r < end; r++) {
        const t = tag[r];
        if (t === EMPTY) continue;
        out[r - rect.r0][j] =
          t === NUM ? num[r] : t === STR || t === ERR ? (str[r] as string) : t === BOOL ? num[r] !== 0 : (col.cached?.get(r) ?? UNCALCULATED);
      }
    }
    return out;
  }

  formula(r: number, c: number): string | undefined {
    const col = this.cols[c];
    return col && r < col.tag.length && col.tag[r] === FORMULA ? col.str[r] : undefined;
  }

  setEmpty(r: number, c: number): void {
    const col = this.cols[c];
    if (!col || r >= col.tag.length) return;
    col.tag[r] = EMPTY;
    col.num[r] = 0;
    if (col.str[r] !== undefined) col.str[r] = undefined;
    col.cached?.delete(r);
  }

  setNumber(r: number, c: number, v: number): void {
    const col = this.col(c, r);
    col.tag[r] = NUM;
    col.num[r] = v;
    if (col.str[r] !== undefined) col.str[r] = undefined;
    col.cached?.delete(r);
  }

  setString(r: number, c: number, v: string, kind: typeof STR | typeof ERR = STR): void {
    const col = this.col(c, r);
    col.tag[r] = kind;
    col.str[r] = v;
    col.cached?.delete(r);
  }

  setBoolean(r: number, c: number, v: boolean): void {
    const col = this.col(c, r);
    col.tag[r] = BOOL;
    col.num[r] = v ? 1 : 0;
    if (col.str[r] !== undefined) col.str[r] = undefined;
    col.cached?.delete(r);
  }

  setFormula(r: number, c: number, formula: string, cached?: CellValue): void {
    this.hasFormulas = true;
    const col = this.col(c, r);
    col.tag[r] = FORMULA;
    col.str[r] = formula;
    if (cached !== undefined) (col.cached ??= new Map()).set(r, cached);
    else col.cached?.delete(r);
  }

  /** Stores a plain value as is (no formula/number parsing): used by loaders. */
  setRaw(r: number, c: number, v: CellValue | null | undefined): void {
    if (v === null || v === undefined || v === '') this.setEmpty(r, c);
    else if (typeof v === 'number') this.setNumber(r, c, v);
    else if (typeof v === 'boolean') this.setBoolean(r, c, v);
    else this.setString(r, c, v);
  }

  fmtId(r: number, c: number): number {
    const col = this.cols[c];
    return col?.fmt && r < col.fmt.length ? col.fmt[r] : 0;
  }

  setFmtId(r: number, c: number, id: number): void {
    if (id === 0 && !this.cols[c]?.fmt) return;
    const col = this.col(c, r);
    col.fmt ??= new Uint16Array(col.tag.length);
    col.fmt[r] = id;
  }

  /** setFmtId on rows r0..r1 of column c. */
  fillFmtId(c: number, r0: number, r1: number, id: number): void {
    if (id === 0 && !this.cols[c]?.fmt) return;
    const col = this.col(c, r1);
    col.fmt ??= new Uint16Array(col.tag.length);
    col.fmt.fill(id, r0, r1 + 1);
  }

  styleId(r: number, c: number): number {
    const col = this.cols[c];
    return col?.sty && r < col.sty.length ? col.sty[r] : 0;
  }

  setStyleId(r: number, c: number, id: number): void {
    if (id === 0 && !this.cols[c]?.sty) return;
    const col = this.col(c, r);
    col.sty ??= new Uint16Array(col.tag.length);
    col.sty[r] = id;
  }

  /** Bounding box of cells with content (valuesOnly) or with content or a format; null when none. */
  usedRect(valuesOnly: boolean, within?: Rect): Rect | null {
    let r0 = Infinity, r1 = -1, c0 = Infinity, c1 = -1;
    const cFrom = within ? within.c0 : 0;
    const cTo = within ? Math.min(within.c1, this.cols.length - 1) : this.cols.length - 1;
    for (let c = cFrom; c <= cTo; c++) {
      const col = this.cols[c];
      if (!col) continue;
      const lo = within ? within.r0 : 0;
      const hi = Math.min(col.top, within ? within.r1 + 1 : col.top);
      const used = (r: number) =>
        col.tag[r] !== EMPTY || (!valuesOnly && ((col.fmt !== null && col.fmt[r] !== 0) || (col.sty !== null && col.sty[r] !== 0)));
      let first = -1;
      for (let r = lo; r < hi; r++) {
        if (used(r)) {
          first = r;
          break;
        }
      }
      if (first < 0) continue;
      let last = first;
      for (let r = hi - 1; r > first; r--) {
        if (used(r)) {
          last = r;
          break;
        }
      }
      if (first < r0) r0 = first;
      if (last > r1) r1 = last;
      if (c < c0) c0 = c;
      c1 = c;
    }
    return r1 < 0 ? null : { r0, r1, c0, c1 };
  }

  columnCount(): number {
    return this.cols.length;
  }

  /** Moves rows fromRow.. of columns c0..c1 down by n (cells inserted, shift down). */
  shiftDown(c0: number, c1: number, fromRow: number, n: number): void {
    for (let c = c0; c <= c1; c++) {
      const col = this.cols[c];
      if (!col || col.top <= fromRow) continue;
      const top = col.top;
      col.ensure(top + n - 1);
      col.tag.copyWithin(fromRow + n, fromRow, top);
      col.num.copyWithin(fromRow + n, fromRow, top);
      col.fmt?.copyWithin(fromRow + n, fromRow, top);
      col.sty?.copyWithin(fromRow + n, fromRow, top);
      for (let r = top - 1; r >= fromRow; r--) col.str[r + n] = col.str[r];
      if (col.cached) {
        const moved = new Map<number, CellValue>();
        for (const [r, v] of col.cached) moved.set(r >= fromRow ? r + n : r, v);
        col.cached = moved;
      }
      for (let r = fromRow; r < fromRow + n; r++) {
        col.tag[r] = EMPTY;
        col.num[r] = 0;
        col.str[r] = undefined;
        if (col.fmt) col.fmt[r] = 0;
        if (col.sty) col.sty[r] = 0;
      }
      col.top = top + n;
    }
  }

  /** Moves cells of rows r0..r1 from column fromCol rightwards by n (cells inserted, shift right). */
  shiftRight(r0: number, r1: number, fromCol: number, n: number): void {
    for (let c = this.cols.length - 1; c >= fromCol; c--) {
      for (let r = r0; r <= r1; r++) this.copyCell(r, c, r, c + n);
    }
    for (let c = fromCol; c < fromCol + n; c++) for (let r = r0; r <= r1; r++) this.clearCell(r, c);
  }

  copyCell(r: number, c: number, toR: number, toC: number): void {
    const kind = this.kind(r, c);
    const f = this.fmtId(r, c), s = this.styleId(r, c);
    if (kind === EMPTY && f === 0 && s === 0) {
      this.clearCell(toR, toC);
      return;
    }
    if (kind === FORMULA) {
      const cached = this.cols[c]?.cached?.get(r);
      this.setFormula(toR, toC, this.formula(r, c) as string, cached);
    } else if (kind === ERR) this.setString(toR, toC, this.raw(r, c) as string, ERR);
    else if (kind === EMPTY) this.setEmpty(toR, toC);
    else this.setRaw(toR, toC, this.raw(r, c));
    this.setFmtId(toR, toC, f);
    this.setStyleId(toR, toC, s);
  }

  clearCell(r: number, c: number): void {
    this.setEmpty(r, c);
    this.setFmtId(r, c, 0);
    this.setStyleId(r, c, 0);
  }
}
