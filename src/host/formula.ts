// A small formula evaluator and Excel's reference bookkeeping, enough for a user's formulas over
// Cartera's outputs (issue #18): SUM/COUNT/COUNTA/AVERAGE/MIN/MAX of ranges, table columns and
// numbers, and a plain reference (`=A1`, `='Cartera - Resumen'!B3`). Anything else is not evaluated
// (its value stays the cached result or "#CALC!", rule 2.2). References are kept as Excel keeps them:
// renaming a sheet or a table rewrites the formulas naming it; deleting it turns those references
// into `#REF!` (so does Excel: `='Old'!B3` → `=#REF!B3`, `=SUM(T[C])` → `=SUM(#REF!)`).
import { columnIndex, MAX_COLS, MAX_ROWS, type Rect } from './address';
import { ERROR_VALUES, type CellValue } from './store';

/** What the evaluator needs of the workbook (implemented by the model). */
export interface FormulaHost<S> {
  sheetByName(name: string): S | null;
  tableByName(name: string): { sheet: S; headers: string[]; body: Rect } | null;
  /** a cell's value, formulas evaluated (depth-guarded by the caller) */
  valueAt(sheet: S, r: number, c: number, depth: number): CellValue;
  isEmpty(sheet: S, r: number, c: number): boolean;
}

type Ref<S> = { sheet: S; rect: Rect };
type Arg<S> = { kind: 'ref'; ref: Ref<S> } | { kind: 'value'; value: CellValue } | { kind: 'error'; error: string };

const FUNCTIONS = new Set(['SUM', 'COUNT', 'COUNTA', 'AVERAGE', 'MIN', 'MAX']);
const NAME = "[A-Za-z_\\u00C0-\\uFFFF][A-Za-z0-9_.\\u00C0-\\uFFFF]*";
const SHEET_PREFIX = new RegExp(`^(?:'((?:[^']|'')+)'|(${NAME}))!`);
const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)/;
export const MAX_DEPTH = 64;

class Parser<S> {
  pos = 0;
  constructor(
    private readonly text: string,
    private readonly host: FormulaHost<S>,
    private readonly sheet: S,
  ) {}

  /** null: not a formula this evaluator handles */
  top(): Arg<S> | { kind: 'call'; name: string; args: Arg<S>[] } | null {
    const call = this.call();
    if (call) return this.pos === this.text.length ? call : null;
    const ref = this.reference();
    return ref && this.pos === this.text.length ? ref : null;
  }

  private call(): { kind: 'call'; name: string; args: Arg<S>[] } | null {
    const m = /^([A-Za-z]+)\(/.exec(this.text.slice(this.pos));
    if (!m || !FUNCTIONS.has(m[1].toUpperCase())) return null;
    this.pos += m[0].length;
    const args: Arg<S>[] = [];
    if (this.text[this.pos] === ')') {
      this.pos++;
      return { kind: 'call', name: m[1].toUpperCase(), args };
    }
    for (;;) {
      this.skipSpaces();
      const arg = this.number() ?? this.reference();
      if (!arg) return null;
      args.push(arg);
      this.skipSpaces();
      const ch = this.text[this.pos++];
      if (ch === ')') return { kind: 'call', name: m[1].toUpperCase(), args };
      if (ch !== ',') return null;
    }
  }

  private skipSpaces(): void {
    while (this.text[this.pos] === ' ') this.pos++;
  }

  private number(): Arg<S> | null {
    const m = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/.exec(this.text.slice(this.pos));
    if (!m) return null;
    const after = this.text[this.pos + m[0].length];
    if (after !== ',' && after !== ')' && after !== ' ') return null;
    this.pos += m[0].length;
    return { kind: 'value', value: Number(m[0]) };
  }

  private reference(): Arg<S> | null {
    const rest = this.text.slice(this.pos);
    // a reference Excel already turned into #REF! (its sheet or table deleted)
    const broken = /^#REF!(\$?[A-Za-z]{1,3}\$?\d+(:\$?[A-Za-z]{1,3}\$?\d+)?)?/.exec(rest);
    if (broken) {
      this.pos += broken[0].length;
      return { kind: 'error', error: '#REF!' };
    }
    const structured = new RegExp(`^(${NAME})\\[(\\[[^\\]]*\\]|[^\\[\\]]*)\\]`).exec(rest);
    if (structured) {
      this.pos += structured[0].length;
      const table = this.host.tableByName(structured[1]);
      if (!table) return { kind: 'error', error: '#REF!' };
      const inner = structured[2].replace(/^\[|\]$/g, '');
      if (inner === '' || inner.toLowerCase() === '#data') return { kind: 'ref', ref: { sheet: table.sheet, rect: table.body } };
      const c = table.headers.findIndex((h) => h.toLowerCase() === inner.replace(/'(.)/g, '$1').toLowerCase());
      if (c < 0) return { kind: 'error', error: '#REF!' };
      const col = table.body.c0 + c;
      return { kind: 'ref', ref: { sheet: table.sheet, rect: { ...table.body, c0: col, c1: col } } };
    }
    let sheet = this.sheet;
    let at = 0;
    const prefix = SHEET_PREFIX.exec(rest);
    if (prefix) {
      const name = prefix[1] !== undefined ? prefix[1].replace(/''/g, "'") : prefix[2];
      const found = this.host.sheetByName(name);
      at = prefix[0].length;
      if (!found) {
        this.pos += at;
        const cell = /^\$?[A-Za-z]{1,3}\$?\d+(:\$?[A-Za-z]{1,3}\$?\d+)?/.exec(rest.slice(at));
        this.pos += cell ? cell[0].length : 0;
        return { kind: 'error', error: '#REF!' };
      }
      sheet = found;
    }
    const a = CELL.exec(rest.slice(at));
    if (!a) return null;
    at += a[0].length;
    let r0 = Number(a[2]) - 1, c0 = columnIndex(a[1]);
    let r1 = r0, c1 = c0;
    if (rest[at] === ':') {
      const b = CELL.exec(rest.slice(at + 1));
      if (!b) return null;
      at += 1 + b[0].length;
      r1 = Number(b[2]) - 1;
      c1 = columnIndex(b[1]);
    }
    if (r1 < r0) [r0, r1] = [r1, r0];
    if (c1 < c0) [c0, c1] = [c1, c0];
    if (r1 >= MAX_ROWS || c1 >= MAX_COLS) return null;
    this.pos += at;
    return { kind: 'ref', ref: { sheet, rect: { r0, r1, c0, c1 } } };
  }
}

const isError = (v: CellValue) => typeof v === 'string' && ERROR_VALUES.includes(v);

/**
 * The formula's value, or null when this evaluator does not handle it. `text` includes the "=".
 * `depth` guards against reference cycles (Excel would report a circular reference; here 0).
 */
export function evaluateFormula<S>(host: FormulaHost<S>, sheet: S, text: string, depth = 0): CellValue | null {
  if (depth > MAX_DEPTH) return 0;
  const parsed = new Parser(text.slice(1).trim(), host, sheet).top();
  if (!parsed) return null;
  if (parsed.kind === 'error') return parsed.error;
  if (parsed.kind === 'value') return parsed.value;
  if (parsed.kind === 'ref') {
    const { rect } = parsed.ref;
    if (rect.r0 !== rect.r1 || rect.c0 !== rect.c1) return '#VALUE!';
    if (host.isEmpty(parsed.ref.sheet, rect.r0, rect.c0)) return 0;
    return host.valueAt(parsed.ref.sheet, rect.r0, rect.c0, depth + 1);
  }
  let sum = 0, numbers = 0, nonEmpty = 0;
  let min = Infinity, max = -Infinity;
  const take = (v: number) => {
    sum += v;
    numbers++;
    if (v < min) min = v;
    if (v > max) max = v;
  };
  for (const arg of parsed.args) {
    if (arg.kind === 'error') return arg.error;
    if (arg.kind === 'value') {
      nonEmpty++;
      if (typeof arg.value === 'number') take(arg.value);
      continue;
    }
    const { sheet: s, rect } = arg.ref;
    for (let r = rect.r0; r <= rect.r1; r++)
      for (let c = rect.c0; c <= rect.c1; c++) {
        if (host.isEmpty(s, r, c)) continue;
        nonEmpty++;
        const v = host.valueAt(s, r, c, depth + 1);
        if (typeof v === 'number') take(v);
        else if (parsed.name !== 'COUNT' && parsed.name !== 'COUNTA' && isError(v)) return v;
      }
  }
  switch (parsed.name) {
    case 'SUM':
      return sum;
    case 'COUNT':
      return numbers;
    case 'COUNTA':
      return nonEmpty;
    case 'AVERAGE':
      return numbers === 0 ? '#DIV/0!' : sum / numbers;
    case 'MIN':
      return numbers === 0 ? 0 : min;
    default:
      return numbers === 0 ? 0 : max;
  }
}

/** Splits a formula into string literals (kept as they are) and the rest (where references live). */
function outsideStrings(formula: string, edit: (part: string) => string): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, k) => (k % 2 === 1 ? part : edit(part)))
    .join('');
}

const quoteSheet = (name: string) => (/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`);

/**
 * The formula with its references to sheet `from` renamed to `to`, or turned into `#REF!` when `to`
 * is null (the sheet was deleted). Unchanged text when it does not name the sheet.
 */
export function renameSheetInFormula(formula: string, from: string, to: string | null): string {
  const re = new RegExp(`(^|[^A-Za-z0-9_.\\u00C0-\\uFFFF'\\]])('(?:[^']|'')+'|${NAME})!`, 'g');
  return outsideStrings(formula, (part) =>
    part.replace(re, (whole, lead: string, name: string) => {
      const plain = name.startsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
      if (plain.toLowerCase() !== from.toLowerCase()) return whole;
      return `${lead}${to === null ? '#REF' : quoteSheet(to)}!`;
    }),
  );
}

/** The formula with its structured references to table `from` renamed to `to`, or `#REF!` when deleted. */
export function renameTableInFormula(formula: string, from: string, to: string | null): string {
  const re = new RegExp(`(^|[^A-Za-z0-9_.\\u00C0-\\uFFFF!'])(${NAME})\\[(\\[[^\\]]*\\]|[^\\[\\]]*)\\]`, 'g');
  return outsideStrings(formula, (part) =>
    part.replace(re, (whole, lead: string, name: string, inner: string) => {
      if (name.toLowerCase() !== from.toLowerCase()) return whole;
      return to === null ? `${lead}#REF!` : `${lead}${to}[${inner}]`;
    }),
  );
}

/** The formula with its structured references to column `from` of table `table` renamed to `to`. */
export function renameColumnInFormula(formula: string, table: string, from: string, to: string): string {
  const re = new RegExp(`(^|[^A-Za-z0-9_.\\u00C0-\\uFFFF!'])(${NAME})\\[(\\[[^\\]]*\\]|[^\\[\\]]*)\\]`, 'g');
  return outsideStrings(formula, (part) =>
    part.replace(re, (whole, lead: string, name: string, inner: string) => {
      if (name.toLowerCase() !== table.toLowerCase()) return whole;
      const bare = inner.replace(/^\[|\]$/g, '');
      if (bare.toLowerCase() !== from.toLowerCase()) return whole;
      return `${lead}${name}[${inner.startsWith('[') ? `[${to}]` : to}]`;
    }),
  );
}
