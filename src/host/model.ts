// The workbook state behind the proxies: sheets, cells, tables, charts, conditional formats, settings,
// selection, events. Every operation validates like Excel and throws HostError (turned into an
// OfficeExtensionError at sync). Plain synchronous code, no Office.js.
import {
  MAX_COLS,
  MAX_ROWS,
  type Rect,
  cellAddress,
  columnLetters,
  fullAddress,
  inGrid,
  intersects,
  isUnbounded,
  rectAddress,
  rectCols,
  rectRows,
} from './address';
import { cultureSettings, type CultureSettings } from './culture';
import { fail } from './errors';
import { evaluateFormula, renameColumnInFormula, renameSheetInFormula, renameTableInFormula, type FormulaHost } from './formula';
import { formatValue } from './numberFormat';
import {
  BOOL,
  type CellStyle,
  type CellValue,
  EMPTY,
  ERR,
  ERROR_VALUES,
  FORMULA,
  Interner,
  NUM,
  SheetStore,
  STR,
} from './store';

export interface HostLimits {
  /** Per request, bytes of the JSON of the queued commands (Excel on the web: 5 MB). */
  maxRequestBytes: number;
  /** Per response, bytes of the JSON of the returned values (Excel on the web: 5 MB). */
  maxResponseBytes: number;
  /** Cells per read of values/formulas/numberFormat/text/valueTypes. */
  maxCellsPerRead: number;
  /** Cells per write/format operation (Excel on the web: OperationCellsExceedLimit). */
  maxCellsPerOperation: number;
}

// [ASSUMPTION] "5 MB" read as 5 × 2^20 bytes.
export const DEFAULT_LIMITS: HostLimits = {
  maxRequestBytes: 5 * 1024 * 1024,
  maxResponseBytes: 5 * 1024 * 1024,
  maxCellsPerRead: 5_000_000,
  maxCellsPerOperation: 33_554_000,
};

export type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';

export interface SheetModel {
  id: string;
  name: string;
  visibility: Visibility;
  store: SheetStore;
  frozenRows: number;
  frozenColumns: number;
  showGridlines: boolean;
  tabColor: string;
  customProperties: Map<string, { key: string; value: string }>;
  /** Range.hyperlink per cell, key "row,column" */
  hyperlinks: Map<string, HyperlinkModel>;
  /** Worksheet.pageLayout (1.9), when set */
  pageLayout?: PageLayoutModel;
  selection: Rect;
  deleted: boolean;
}

export interface PageLayoutModel {
  orientation: 'Portrait' | 'Landscape';
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  /** 0-based rows repeated at the top of every printed page */
  printTitleRows: { r0: number; r1: number } | null;
}

export function pageLayoutOf(sheet: SheetModel): PageLayoutModel {
  return (sheet.pageLayout ??= { orientation: 'Portrait', zoom: { scale: 100 }, printTitleRows: null });
}

/**
 * PageLayout.zoom (rule 14.2): either a percentage `scale` (10–400) or fit-to-pages counts
 * (non-negative integers; 0 = as many as needed, [ASSUMPTION] as in OOXML fitToHeight="0").
 */
export function checkZoom(v: unknown): PageLayoutModel['zoom'] {
  if (!v || typeof v !== 'object') fail('InvalidArgument');
  const z = v as Record<string, unknown>;
  const out: PageLayoutModel['zoom'] = {};
  if (z.scale !== undefined && z.scale !== null) {
    if (typeof z.scale !== 'number' || z.scale < 10 || z.scale > 400) fail('InvalidArgument', 'The zoom scale is between 10 and 400.');
    out.scale = z.scale;
  }
  for (const k of ['horizontalFitToPages', 'verticalFitToPages'] as const) {
    const n = z[k];
    if (n === undefined || n === null) continue;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) fail('InvalidArgument', `${k} is a whole number of pages.`);
    out[k] = n;
  }
  if (out.scale !== undefined && (out.horizontalFitToPages !== undefined || out.verticalFitToPages !== undefined))
    fail('InvalidArgument', 'A zoom is a scale or a fit to pages, not both.'); // [ASSUMPTION]
  return out;
}

export interface HyperlinkModel {
  address?: string;
  documentReference?: string;
  screenTip?: string;
  textToDisplay?: string;
}

export interface TableModel {
  id: string;
  name: string;
  sheet: SheetModel;
  rect: Rect;
  style: string;
  showTotals: boolean;
  showHeaders: boolean;
  showBandedRows: boolean;
  showBandedColumns: boolean;
  showFilterButton: boolean;
  columnIds: number[];
  nextColumnId: number;
  deleted: boolean;
}

export interface RangeRef {
  sheet: SheetModel;
  rect: Rect;
}

export interface AxisModel {
  title: string;
  titleVisible: boolean;
  numberFormat: string;
  minimum: number | null;
  maximum: number | null;
  majorUnit: number | null;
  visible: boolean;
  majorGridlines: boolean;
  displayUnit: string;
}

export interface SeriesModel {
  id: number;
  name: string;
  chartType: string | null;
  axisGroup: 'Primary' | 'Secondary';
  values: RangeRef | null;
  xValues: RangeRef | null;
  hasDataLabels: boolean;
  fillColor: string | null;
  lineColor: string | null;
  markerStyle: string | null;
  smooth: boolean;
  gapWidth: number;
  deleted: boolean;
}

export interface ChartModel {
  id: string;
  name: string;
  sheet: SheetModel;
  chartType: string;
  title: string;
  titleVisible: boolean;
  axes: Record<string, AxisModel>;
  series: SeriesModel[];
  nextSeriesId: number;
  legendPosition: string;
  legendVisible: boolean;
  dataLabelsShowValue: boolean;
  top: number;
  left: number;
  width: number;
  height: number;
  deleted: boolean;
}

export interface DataHierarchyModel {
  id: number;
  field: string;
  /** null until set: the name then follows summarizeBy ("Sum of Ventas") */
  name: string | null;
  summarizeBy: string;
  numberFormat: string;
}

/**
 * A PivotTable (ExcelApi 1.8): its source (a table, followed through renames, or a fixed range),
 * where it starts, and its layout by field name. The host does not compute the pivot's cells.
 */
export interface PivotTableModel {
  id: string;
  name: string;
  sheet: SheetModel;
  source: { table: TableModel } | { sheet: SheetModel; rect: Rect };
  /** top-left cell */
  destination: { r: number; c: number };
  /** hierarchy names: the source's headers when it was created */
  fields: string[];
  rows: string[];
  columns: string[];
  filters: string[];
  data: DataHierarchyModel[];
  refreshCount: number;
  deleted: boolean;
}

/** A slicer (ExcelApi 1.10) over a PivotTable's or a table's field; placed on a worksheet, in points. */
export interface SlicerModel {
  id: string;
  name: string;
  caption: string;
  sheet: SheetModel;
  source: { pivot: PivotTableModel } | { table: TableModel };
  field: string;
  top: number;
  left: number;
  width: number;
  height: number;
  deleted: boolean;
}

export const AGGREGATIONS = ['Automatic', 'Sum', 'Count', 'Average', 'Max', 'Min', 'Product', 'CountNumbers', 'StandardDeviation', 'StandardDeviationP', 'Variance', 'VarianceP'];

export interface ColorCriterion {
  formula: string | null;
  type: string;
  color: string;
}

export interface IconCriterion {
  type: string;
  operator: string;
  formula: string;
}

export interface IconSetModel {
  style: string;
  reverseIconOrder: boolean;
  showIconOnly: boolean;
  criteria: IconCriterion[];
}

/** Icons of an IconSet style: its name says it (ThreeArrows, FourRating, FiveQuarters…). */
export function iconCount(style: string): number {
  return style.startsWith('Five') ? 5 : style.startsWith('Four') ? 4 : 3;
}

/** Excel's thresholds for a new icon set: equal percent bands (0, 33, 67 for three icons). */
function defaultIconCriteria(style: string): IconCriterion[] {
  const n = iconCount(style);
  return Array.from({ length: n }, (_, k) => ({ type: 'Percent', operator: 'GreaterThanOrEqual', formula: String(Math.round((k * 100) / n)) }));
}

export interface ConditionalFormatModel {
  id: string;
  sheet: SheetModel;
  rect: Rect;
  type: string;
  stopIfTrue: boolean;
  colorScale?: { minimum?: ColorCriterion; midpoint?: ColorCriterion; maximum?: ColorCriterion };
  dataBar?: Record<string, unknown>;
  iconSet?: IconSetModel;
  rule?: Record<string, unknown>;
  format?: { fill?: string; fontColor?: string; bold?: boolean; italic?: boolean };
  deleted: boolean;
}

export type ModelEvent =
  | { kind: 'selection'; sheet: SheetModel; rect: Rect }
  | { kind: 'changed'; sheet: SheetModel; rect: Rect; changeType: string }
  | { kind: 'settings' };

export const DEFAULT_COLUMN_WIDTH = 48; // points: 8.43 characters of Calibri 11 (64 px)
export const DEFAULT_ROW_HEIGHT = 15; // points (20 px)
const GENERAL = 'General';

const COLOR_NAMES: Record<string, string> = {
  black: '#000000', white: '#FFFFFF', red: '#FF0000', green: '#008000', blue: '#0000FF', yellow: '#FFFF00',
  orange: '#FFA500', purple: '#800080', gray: '#808080', grey: '#808080', lightgray: '#D3D3D3', lightgrey: '#D3D3D3',
  darkgray: '#A9A9A9', silver: '#C0C0C0', navy: '#000080', teal: '#008080', lime: '#00FF00', maroon: '#800000',
  olive: '#808000', aqua: '#00FFFF', cyan: '#00FFFF', magenta: '#FF00FF', fuchsia: '#FF00FF', pink: '#FFC0CB',
  brown: '#A52A2A', gold: '#FFD700', lightblue: '#ADD8E6', lightgreen: '#90EE90', darkgreen: '#006400',
  darkblue: '#00008B', darkred: '#8B0000',
};

/** "#rrggbb" or an HTML colour name → "#RRGGBB" (how Excel reads colours back); else InvalidArgument. */
export function normalizeColor(color: unknown): string {
  if (typeof color !== 'string') return fail('InvalidArgument');
  const c = color.trim();
  if (/^#[0-9a-f]{6}$/i.test(c)) return c.toUpperCase();
  if (/^#[0-9a-f]{3}$/i.test(c)) return ('#' + c[1] + c[1] + c[2] + c[2] + c[3] + c[3]).toUpperCase();
  const named = COLOR_NAMES[c.toLowerCase()];
  return named ?? fail('InvalidArgument');
}

const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const PERCENT = /^([+-]?(\d+\.?\d*|\.\d+))%$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// A "+"/"-" entry Excel would take as a formula: the sign followed by something an expression starts with.
const SIGNED_FORMULA = /^[+-]\s*[\p{L}_$("\d.+-]/u;

function isoSerial(text: string, date1904: boolean): number | null {
  const m = ISO_DATE.exec(text);
  if (!m) return null;
  const y = +m[1], mo = +m[2], d = +m[3];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d || y < 1900) return null;
  const serial = ms / 86_400_000 + 25_569;
  return date1904 ? serial - 1462 : serial;
}

export interface ReadOptions {
  /** Counted as cells read. */
  count?: (cells: number) => void;
}

export class WorkbookModel {
  readonly limits: HostLimits;
  date1904: boolean;
  readonly sheets: SheetModel[] = [];
  readonly tables: TableModel[] = [];
  readonly charts: ChartModel[] = [];
  readonly conditionalFormats: ConditionalFormatModel[] = [];
  readonly pivotTables: PivotTableModel[] = [];
  readonly slicers: SlicerModel[] = [];
  readonly settings = new Map<string, unknown>();
  readonly customProperties = new Map<string, { key: string; value: unknown }>();
  readonly formats = new Interner<string>(GENERAL);
  readonly styles = new Interner<CellStyle>({});
  activeSheet: SheetModel | null = null;
  /** Events produced by the running batch (fired after the sync), or by model-side calls. */
  pending: ModelEvent[] = [];
  private nextId = 1;
  private readonly listeners = new Set<() => void>();

  /** Excel's culture (Application.cultureInfo) */
  readonly culture: CultureSettings;

  constructor(
    options: { sheets?: string[]; date1904?: boolean; limits?: Partial<HostLimits>; culture?: string | Partial<CultureSettings> } = {},
  ) {
    this.limits = { ...DEFAULT_LIMITS, ...options.limits };
    this.date1904 = options.date1904 ?? false;
    this.culture = cultureSettings(options.culture);
    const names = options.sheets && options.sheets.length > 0 ? options.sheets : ['Sheet1'];
    for (const n of names) this.addSheet(n);
    this.activeSheet = this.sheets[0];
  }

  newId(prefix: string): string {
    return `{${prefix}-${String(this.nextId++).padStart(8, '0')}}`;
  }

  onChanged(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  notify(): void {
    for (const l of this.listeners) l();
  }

  // ---------- sheets ----------

  visibleSheets(): SheetModel[] {
    return this.sheets.filter((s) => !s.deleted);
  }

  validateSheetName(name: unknown, except?: SheetModel): string {
    if (typeof name !== 'string') return fail('InvalidArgument');
    // Names must be under 32 characters [DTS]; the rest is [ASSUMPTION] (Excel UI rules).
    if (name.length === 0 || name.length > 31 || /[:\\/?*[\]]/.test(name) || name.trim() === '' || name.startsWith("'") || name.endsWith("'"))
      fail('InvalidArgument', `The sheet name "${name}" is invalid: 1-31 characters, none of : \\ / ? * [ ], not starting or ending with '.`);
    const lower = name.toLowerCase();
    if (this.sheets.some((s) => !s.deleted && s !== except && s.name.toLowerCase() === lower)) fail('ItemAlreadyExists');
    return name;
  }

  addSheet(name?: string): SheetModel {
    let n = name;
    if (n === undefined || n === null || n === '') {
      let i = this.sheets.length + 1;
      while (this.findSheet(`Sheet${i}`)) i++;
      n = `Sheet${i}`;
    }
    this.validateSheetName(n);
    const sheet: SheetModel = {
      id: this.newId('S'),
      name: n,
      visibility: 'Visible',
      store: new SheetStore(),
      frozenRows: 0,
      frozenColumns: 0,
      showGridlines: true,
      tabColor: '',
      customProperties: new Map(),
      hyperlinks: new Map(),
      selection: { r0: 0, c0: 0, r1: 0, c1: 0 },
      deleted: false,
    };
    this.sheets.push(sheet);
    return sheet;
  }

  findSheet(nameOrId: string): SheetModel | null {
    const lower = nameOrId.toLowerCase();
    return this.visibleSheets().find((s) => s.id === nameOrId || s.name.toLowerCase() === lower) ?? null;
  }

  sheet(nameOrId: string): SheetModel {
    return this.findSheet(nameOrId) ?? fail('ItemNotFound', `There is no worksheet named "${nameOrId}".`);
  }

  live(sheet: SheetModel): SheetModel {
    if (sheet.deleted) fail('ItemNotFound', 'The worksheet has been deleted.');
    return sheet;
  }

  position(sheet: SheetModel): number {
    return this.visibleSheets().indexOf(sheet);
  }

  setPosition(sheet: SheetModel, position: number): void {
    const list = this.visibleSheets();
    if (!Number.isInteger(position) || position < 0 || position >= list.length) fail('InvalidArgument');
    const all = this.sheets;
    all.splice(all.indexOf(sheet), 1);
    const after = list.filter((s) => s !== sheet);
    const anchor = after[position];
    all.splice(anchor ? all.indexOf(anchor) : all.length, 0, sheet);
  }

  deleteSheet(sheet: SheetModel): void {
    this.live(sheet);
    const list = this.visibleSheets();
    // [ASSUMPTION] code for deleting the only sheet (Excel refuses; code undocumented).
    if (list.length === 1) fail('InvalidOperation', 'A workbook must contain at least one worksheet.');
    if (sheet.visibility === 'VeryHidden') fail('InvalidOperation', 'A very hidden worksheet cannot be deleted; make it visible first.');
    // [ASSUMPTION] Excel keeps at least one visible sheet.
    if (sheet.visibility === 'Visible' && list.filter((s) => s.visibility === 'Visible').length === 1)
      fail('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
    sheet.deleted = true;
    // formulas naming the sheet or its tables now read #REF! (Excel rewrites them so)
    const gone = this.tables.filter((t) => t.sheet === sheet && !t.deleted).map((t) => t.name);
    this.editFormulas((f) => gone.reduce((g, name) => renameTableInFormula(g, name, null), renameSheetInFormula(f, sheet.name, null)));
    for (const t of this.tables) if (t.sheet === sheet) t.deleted = true;
    for (const c of this.charts) if (c.sheet === sheet) c.deleted = true;
    // a chart elsewhere loses the series data it took from the sheet [ASSUMPTION: Excel shows #REF! in the series]
    for (const c of this.charts)
      for (const x of c.series) {
        if (x.values?.sheet === sheet) x.values = null;
        if (x.xValues?.sheet === sheet) x.xValues = null;
      }
    for (const cf of this.conditionalFormats) if (cf.sheet === sheet) cf.deleted = true;
    for (const p of this.pivotTables) if (p.sheet === sheet) p.deleted = true;
    // [ASSUMPTION] a slicer goes with its sheet and with the PivotTable or table it filters
    for (const x of this.slicers)
      if (x.sheet === sheet || ('pivot' in x.source ? x.source.pivot.deleted : x.source.table.deleted)) x.deleted = true;
    this.purge();
    if (this.activeSheet === sheet) {
      const rest = this.visibleSheets();
      this.activeSheet = rest.find((s) => s.visibility === 'Visible') ?? rest[0];
    }
    const idx = this.sheets.indexOf(sheet);
    this.sheets.splice(idx, 1);
  }

  private purge(): void {
    for (const list of [this.tables, this.charts, this.conditionalFormats, this.pivotTables, this.slicers] as { deleted: boolean }[][]) {
      for (let i = list.length - 1; i >= 0; i--) if (list[i].deleted) list.splice(i, 1);
    }
  }

  setVisibility(sheet: SheetModel, v: unknown): void {
    if (v !== 'Visible' && v !== 'Hidden' && v !== 'VeryHidden') fail('InvalidArgument');
    if (v !== 'Visible' && sheet.visibility === 'Visible' && this.visibleSheets().filter((s) => s.visibility === 'Visible').length === 1)
      fail('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
    sheet.visibility = v;
    if (v !== 'Visible' && this.activeSheet === sheet) this.activeSheet = this.visibleSheets().find((s) => s.visibility === 'Visible') ?? sheet;
  }

  activate(sheet: SheetModel): void {
    this.live(sheet);
    if (sheet.visibility !== 'Visible') fail('InvalidOperation', 'A hidden worksheet cannot be activated.');
    this.activeSheet = sheet;
  }

  select(sheet: SheetModel, rect: Rect): void {
    this.activate(sheet);
    sheet.selection = rect;
    this.pending.push({ kind: 'selection', sheet, rect });
  }

  // ---------- cells: reads ----------

  private checkRead(rect: Rect, opts?: ReadOptions): boolean {
    if (isUnbounded(rect)) return false;
    const cells = rectRows(rect) * rectCols(rect);
    if (cells > this.limits.maxCellsPerRead) fail('RangeExceedsLimit');
    opts?.count?.(cells);
    return true;
  }

  readValues(sheet: SheetModel, rect: Rect, opts?: ReadOptions): CellValue[][] | null {
    if (!this.checkRead(rect, opts)) return null;
    const out = sheet.store.values(rect);
    sheet.store.forEachFormula((r, c) => (out[r - rect.r0][c - rect.c0] = this.cellValue(sheet, r, c)), rect);
    return out;
  }

  // ---------- formulas (formula.ts) ----------

  private readonly formulaHost: FormulaHost<SheetModel> = {
    sheetByName: (name) => this.findSheet(name),
    tableByName: (name) => {
      const t = this.tableByName(name);
      return t ? { sheet: t.sheet, headers: this.tableHeaders(t), body: this.bodyRect(t) } : null;
    },
    valueAt: (sheet, r, c, depth) => this.cellValue(sheet, r, c, depth),
    isEmpty: (sheet, r, c) => sheet.store.kind(r, c) === EMPTY,
  };

  /** A cell's value as `values` reads it: a formula this host evaluates is computed now (live). */
  cellValue(sheet: SheetModel, r: number, c: number, depth = 0): CellValue {
    const formula = sheet.store.formula(r, c);
    if (formula === undefined) return sheet.store.value(r, c);
    return evaluateFormula(this.formulaHost, sheet, formula, depth) ?? sheet.store.value(r, c);
  }

  /** Rewrites every formula of the workbook (a sheet or table renamed or deleted: formula.ts). */
  private editFormulas(edit: (formula: string) => string): void {
    for (const sheet of this.sheets) {
      if (sheet.deleted) continue;
      const st = sheet.store;
      st.forEachFormula((r, c, f) => {
        const g = edit(f);
        if (g !== f) st.rewriteFormula(r, c, g);
      });
    }
  }

  renameSheet(sheet: SheetModel, name: unknown): void {
    const to = this.validateSheetName(name, sheet);
    const from = sheet.name;
    sheet.name = to;
    if (from !== to) this.editFormulas((f) => renameSheetInFormula(f, from, to));
  }

  renameTable(t: TableModel, name: unknown): void {
    this.liveTable(t);
    const to = this.validateTableName(name, t);
    const from = t.name;
    t.name = to;
    if (from !== to) this.editFormulas((f) => renameTableInFormula(f, from, to));
  }

  readFormulas(sheet: SheetModel, rect: Rect, opts?: ReadOptions): CellValue[][] | null {
    if (!this.checkRead(rect, opts)) return null;
    const st = sheet.store;
    return this.grid(rect, (r, c) => st.raw(r, c));
  }

  readNumberFormats(sheet: SheetModel, rect: Rect, opts?: ReadOptions): string[][] | null {
    if (!this.checkRead(rect, opts)) return null;
    const st = sheet.store;
    const f = this.formats.items;
    return this.grid(rect, (r, c) => f[st.fmtId(r, c)]);
  }

  readText(sheet: SheetModel, rect: Rect, opts?: ReadOptions): string[][] | null {
    if (!this.checkRead(rect, opts)) return null;
    const st = sheet.store;
    const f = this.formats.items;
    return this.grid(rect, (r, c) => formatValue(this.cellValue(sheet, r, c), f[st.fmtId(r, c)], this.date1904));
  }

  readValueTypes(sheet: SheetModel, rect: Rect, opts?: ReadOptions): string[][] | null {
    if (!this.checkRead(rect, opts)) return null;
    const st = sheet.store;
    return this.grid(rect, (r, c) => {
      const k = st.kind(r, c);
      const v = this.cellValue(sheet, r, c);
      if (k === EMPTY) return 'Empty';
      if (typeof v === 'number') return Number.isInteger(v) ? 'Integer' : 'Double';
      if (typeof v === 'boolean') return 'Boolean';
      if (k === ERR || (k === FORMULA && ERROR_VALUES.includes(v))) return 'Error';
      return 'String';
    });
  }

  private grid<T>(rect: Rect, f: (r: number, c: number) => T): T[][] {
    const out: T[][] = new Array(rectRows(rect));
    for (let r = rect.r0, i = 0; r <= rect.r1; r++, i++) {
      const row: T[] = new Array(rectCols(rect));
      for (let c = rect.c0, j = 0; c <= rect.c1; c++, j++) row[j] = f(r, c);
      out[i] = row;
    }
    return out;
  }

  // ---------- cells: writes ----------

  /** Expands a scalar to the range (rule 2.8 [ASSUMPTION]) and checks a 2-D array's shape (rule 2.7). */
  shaped<T>(rect: Rect, input: unknown, location: string): (r: number, c: number) => T | null {
    if (isUnbounded(rect))
      fail('InvalidArgument', `${location}: cell-level properties cannot be set on an unbounded range (whole rows or columns).`);
    if (input === null || input === undefined) return fail('InvalidArgument');
    const cells = rectRows(rect) * rectCols(rect);
    if (cells > this.limits.maxCellsPerOperation) fail('OperationCellsExceedLimit');
    if (!Array.isArray(input)) return () => input as T;
    const rows = input as unknown[];
    const ok = rows.length === rectRows(rect) && rows.every((row) => Array.isArray(row) && row.length === rectCols(rect));
    if (!ok)
      fail('InvalidArgument', "The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
    return (r, c) => (rows[r - rect.r0] as T[])[c - rect.c0];
  }

  writeValues(sheet: SheetModel, rect: Rect, input: unknown, location = 'Range.values'): void {
    const at = this.shaped<unknown>(rect, input, location);
    const renamed = this.headerRenames(sheet, rect);
    for (let r = rect.r0; r <= rect.r1; r++) for (let c = rect.c0; c <= rect.c1; c++) this.enter(sheet, r, c, at(r, c));
    renamed();
    this.afterWrite(sheet, rect);
  }

  /**
   * Before a write over table header cells: returns what to call after it, which renames the
   * structured references to the columns whose header changed (Excel renames a table column when
   * its header cell is written, and the formulas naming it follow).
   */
  private headerRenames(sheet: SheetModel, rect: Rect): () => void {
    const hit = this.tables.filter(
      (t) => !t.deleted && t.sheet === sheet && rect.r0 <= t.rect.r0 && rect.r1 >= t.rect.r0 && rect.c0 <= t.rect.c1 && rect.c1 >= t.rect.c0,
    );
    if (hit.length === 0 || !this.sheets.some((s) => !s.deleted && s.store.hasFormulas)) return () => undefined;
    const before = hit.map((t) => this.tableHeaders(t));
    return () =>
      hit.forEach((t, k) => {
        if (t.deleted) return;
        this.tableHeaders(t).forEach((h, j) => {
          const was = before[k][j];
          if (was !== undefined && was !== h && h !== '') this.editFormulas((f) => renameColumnInFormula(f, t.name, was, h));
        });
      });
  }

  /** One cell entered through the API, parsed like typing (rules 2.5, 2.6, 2.11). */
  enter(sheet: SheetModel, r: number, c: number, v: unknown): void {
    const st = sheet.store;
    if (v === null || v === undefined) return; // null leaves the cell unchanged
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) fail('InvalidArgument');
      st.setNumber(r, c, v);
      return;
    }
    if (typeof v === 'boolean') {
      st.setBoolean(r, c, v);
      return;
    }
    if (typeof v !== 'string') return fail('InvalidArgument');
    if (v === '') {
      st.setEmpty(r, c);
      return;
    }
    const fmt = this.formats.items[st.fmtId(r, c)];
    // [ASSUMPTION] Text format "@": anything is stored as typed, as text (no formula, no number).
    if (fmt === '@') {
      st.setString(r, c, v);
      return;
    }
    // [ASSUMPTION] A leading apostrophe forces text and is not stored.
    if (v.startsWith("'")) {
      if (v.length === 1) st.setEmpty(r, c);
      else st.setString(r, c, v.slice(1));
      return;
    }
    if (v.length > 1 && v.startsWith('=')) {
      st.setFormula(r, c, v);
      return;
    }
    const t = v.trim();
    if (NUMERIC.test(t)) {
      st.setNumber(r, c, Number(t));
      return;
    }
    if (SIGNED_FORMULA.test(v)) {
      st.setFormula(r, c, '=' + v);
      return;
    }
    if (ERROR_VALUES.includes(t.toUpperCase())) {
      st.setString(r, c, t.toUpperCase(), ERR);
      return;
    }
    const upper = t.toUpperCase();
    if (upper === 'TRUE' || upper === 'FALSE') {
      st.setBoolean(r, c, upper === 'TRUE');
      return;
    }
    const pm = PERCENT.exec(t);
    if (pm) {
      st.setNumber(r, c, Number(pm[1]) / 100);
      if (fmt === GENERAL) st.setFmtId(r, c, this.formats.id(pm[1].includes('.') ? '0.00%' : '0%'));
      return;
    }
    const serial = isoSerial(t, this.date1904);
    if (serial !== null) {
      st.setNumber(r, c, serial);
      // [ASSUMPTION] Excel applies the locale's short date; the host uses ISO.
      if (fmt === GENERAL) st.setFmtId(r, c, this.formats.id('yyyy-mm-dd'));
      return;
    }
    st.setString(r, c, v);
  }

  writeNumberFormats(sheet: SheetModel, rect: Rect, input: unknown): void {
    const at = this.shaped<unknown>(rect, input, 'Range.numberFormat');
    const st = sheet.store;
    const idOf = (f: unknown): number => {
      if (typeof f !== 'string') fail('InvalidArgument');
      return f === '' ? 0 : this.formats.id(f as string);
    };
    if (!Array.isArray(input)) {
      // one format for the range (rule 2.8): interned once, filled column by column
      const id = idOf(input);
      for (let c = rect.c0; c <= rect.c1; c++) st.fillFmtId(c, rect.r0, rect.r1, id);
    } else {
      // interning costs a JSON key: once per distinct format of the command, not per cell
      let last: unknown = undefined;
      let lastId = 0;
      for (let r = rect.r0; r <= rect.r1; r++)
        for (let c = rect.c0; c <= rect.c1; c++) {
          const f = at(r, c);
          if (f === null || f === undefined) continue;
          if (f !== last) {
            lastId = idOf(f);
            last = f;
          }
          st.setFmtId(r, c, lastId);
        }
    }
    this.afterWrite(sheet, rect, false);
  }

  /**
   * Range.hyperlink (rule 7.5, ExcelApi 1.7): `address` (a URL) or `documentReference` (a place in
   * the workbook, "'Sheet name'!A1"), optional `screenTip`; `textToDisplay` becomes the cell's text.
   * [ASSUMPTION] neither address nor documentReference → InvalidArgument; a multi-cell range gets the
   * link in every cell; a documentReference is text: renaming the sheet it names does not update it.
   */
  setHyperlink(sheet: SheetModel, rect: Rect, value: unknown): void {
    if (!value || typeof value !== 'object') fail('InvalidArgument');
    const v = value as Record<string, unknown>;
    const text = (k: string) => (v[k] === undefined || v[k] === null ? undefined : String(v[k]));
    const link: HyperlinkModel = { address: text('address'), documentReference: text('documentReference'), screenTip: text('screenTip'), textToDisplay: text('textToDisplay') };
    if (!link.address && !link.documentReference) fail('InvalidArgument', 'A hyperlink needs an address or a documentReference.');
    if (isUnbounded(rect)) fail('NotImplemented', 'Simulator limitation: hyperlinks on whole rows/columns.');
    for (let r = rect.r0; r <= rect.r1; r++)
      for (let c = rect.c0; c <= rect.c1; c++) {
        sheet.hyperlinks.set(`${r},${c}`, { ...link });
        if (link.textToDisplay !== undefined) sheet.store.setString(r, c, link.textToDisplay);
      }
    if (link.textToDisplay !== undefined) this.afterWrite(sheet, rect);
  }

  hyperlinkAt(sheet: SheetModel, r: number, c: number): HyperlinkModel | null {
    const h = sheet.hyperlinks.get(`${r},${c}`);
    return h ? { ...h } : null;
  }

  clear(sheet: SheetModel, rect: Rect, applyTo: string = 'All'): void {
    const st = sheet.store;
    if (applyTo === 'All' || applyTo === 'Hyperlinks' || applyTo === 'RemoveHyperlinks')
      for (const key of [...sheet.hyperlinks.keys()]) {
        const [r, c] = key.split(',').map(Number);
        if (r >= rect.r0 && r <= rect.r1 && c >= rect.c0 && c <= rect.c1) sheet.hyperlinks.delete(key);
      }
    const used = st.usedRect(false, rect);
    if (!used) return;
    const contents = applyTo === 'All' || applyTo === 'Contents';
    const formats = applyTo === 'All' || applyTo === 'Formats';
    if (!contents && !formats && applyTo !== 'Hyperlinks' && applyTo !== 'RemoveHyperlinks' && applyTo !== 'ResetContents')
      fail('InvalidArgument');
    for (let r = used.r0; r <= used.r1; r++)
      for (let c = used.c0; c <= used.c1; c++) {
        if (contents || applyTo === 'ResetContents') st.setEmpty(r, c);
        if (formats) {
          st.setFmtId(r, c, 0);
          st.setStyleId(r, c, 0);
        }
      }
    if (contents) this.afterWrite(sheet, used);
  }

  /** Change events, and tables auto-expanding over rows written right below them (PERF rule 5.5). */
  afterWrite(sheet: SheetModel, rect: Rect, contents = true): void {
    if (!contents) return;
    this.pending.push({ kind: 'changed', sheet, rect, changeType: 'RangeEdited' });
    for (const t of this.tables) {
      if (t.sheet !== sheet || t.deleted || t.showTotals) continue;
      if (rect.r0 === t.rect.r1 + 1 && rect.c0 <= t.rect.c1 && rect.c1 >= t.rect.c0) {
        const grown = { ...t.rect, r1: rect.r1 };
        if (!this.tables.some((o) => o !== t && !o.deleted && o.sheet === sheet && intersects(o.rect, grown))) this.reshapeTable(t, grown);
      }
    }
  }

  // ---------- cell formats ----------

  styleOf(sheet: SheetModel, r: number, c: number): CellStyle {
    return this.styles.items[sheet.store.styleId(r, c)];
  }

  /** The property's value over the range, or null when cells differ (rule 2.5: mixed formats read null). */
  readStyle<K extends keyof CellStyle>(sheet: SheetModel, rect: Rect, key: K, dflt: NonNullable<CellStyle[K]>): CellStyle[K] | null {
    const area = this.formatArea(sheet, rect);
    let first: CellStyle[K] | undefined;
    let seen = false;
    for (let r = area.r0; r <= area.r1; r++)
      for (let c = area.c0; c <= area.c1; c++) {
        const v = this.styleOf(sheet, r, c)[key] ?? dflt;
        if (!seen) {
          first = v;
          seen = true;
        } else if (v !== first) return null;
      }
    return first ?? dflt;
  }

  /** Unbounded format reads look at the used area plus one cell; enough to tell "all the same". */
  private formatArea(sheet: SheetModel, rect: Rect): Rect {
    if (!isUnbounded(rect)) return rect;
    const used = sheet.store.usedRect(false, rect);
    return used ?? { r0: rect.r0, c0: rect.c0, r1: rect.r0, c1: rect.c0 };
  }

  writeStyle(sheet: SheetModel, rect: Rect, patch: Partial<CellStyle>, remove: (keyof CellStyle)[] = []): void {
    if (isUnbounded(rect))
      fail('NotImplemented', 'Simulator limitation: formatting whole rows or columns is not supported; format the used range.');
    if (rectRows(rect) * rectCols(rect) > this.limits.maxCellsPerOperation) fail('OperationCellsExceedLimit');
    const st = sheet.store;
    const cache = new Map<number, number>();
    for (let r = rect.r0; r <= rect.r1; r++)
      for (let c = rect.c0; c <= rect.c1; c++) {
        const old = st.styleId(r, c);
        let id = cache.get(old);
        if (id === undefined) {
          const next: CellStyle = { ...this.styles.items[old], ...patch };
          for (const k of remove) delete next[k];
          id = this.styles.id(Object.fromEntries(Object.entries(next).sort(([a], [b]) => (a < b ? -1 : 1))) as CellStyle);
          cache.set(old, id);
        }
        st.setStyleId(r, c, id);
      }
  }

  columnWidth(sheet: SheetModel, c: number): number {
    return sheet.store.colWidths.get(c) ?? DEFAULT_COLUMN_WIDTH;
  }

  rowHeight(sheet: SheetModel, r: number): number {
    return sheet.store.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT;
  }

  readColumnWidth(sheet: SheetModel, rect: Rect): number | null {
    const w = this.columnWidth(sheet, rect.c0);
    for (let c = rect.c0 + 1; c <= Math.min(rect.c1, rect.c0 + 16_384); c++) if (this.columnWidth(sheet, c) !== w) return null;
    return w;
  }

  setColumnWidth(sheet: SheetModel, rect: Rect, width: unknown): void {
    if (typeof width !== 'number' || !(width >= 0) || width > 255 * 7.5) fail('InvalidArgument');
    for (let c = rect.c0; c <= rect.c1; c++) sheet.store.colWidths.set(c, width);
  }

  setRowHeight(sheet: SheetModel, rect: Rect, height: unknown): void {
    if (typeof height !== 'number' || !(height >= 0) || height > 409) fail('InvalidArgument');
    for (let r = rect.r0; r <= rect.r1; r++) sheet.store.rowHeights.set(r, height);
  }

  /** [ASSUMPTION] Width from the longest displayed text: 5.25 pt per character (Calibri 11) + 3.75 pt padding. */
  autofitColumns(sheet: SheetModel, rect: Rect): void {
    const used = sheet.store.usedRect(true, rect);
    if (!used) return;
    const f = this.formats.items;
    for (let c = used.c0; c <= used.c1; c++) {
      let chars = 0;
      for (let r = used.r0; r <= used.r1; r++) {
        const st = sheet.store;
        if (st.kind(r, c) === EMPTY) continue;
        const text = formatValue(st.value(r, c), f[st.fmtId(r, c)], this.date1904);
        const bold = this.styleOf(sheet, r, c).bold ? 1.1 : 1;
        chars = Math.max(chars, text.length * bold);
      }
      if (chars > 0) sheet.store.colWidths.set(c, Math.min(255 * 5.25, Math.round((chars * 5.25 + 3.75) * 4) / 4));
    }
  }

  // ---------- used range ----------

  usedRange(sheet: SheetModel, valuesOnly: boolean, within?: Rect): Rect | null {
    return sheet.store.usedRect(valuesOnly, within);
  }

  // ---------- tables ----------

  tableByName(name: string): TableModel | null {
    const lower = name.toLowerCase();
    return this.tables.find((t) => !t.deleted && (t.name.toLowerCase() === lower || t.id === name)) ?? null;
  }

  validateTableName(name: unknown, except?: TableModel): string {
    if (typeof name !== 'string') return fail('InvalidArgument');
    // [ASSUMPTION] Excel's defined-name rules: starts with a letter, _ or \; letters, digits, _ and .; ≤ 255; not a cell reference.
    if (!/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name) || name.length > 255 || /^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc]$/.test(name))
      fail('InvalidArgument', `The table name "${name}" is invalid.`);
    const lower = name.toLowerCase();
    if (this.tables.some((t) => !t.deleted && t !== except && t.name.toLowerCase() === lower))
      fail('InvalidArgument', `A table named "${name}" already exists.`);
    return name;
  }

  addTable(sheet: SheetModel, rect: Rect, hasHeaders: boolean): TableModel {
    this.live(sheet);
    if (isUnbounded(rect)) fail('InvalidArgument');
    // A header-only range gets one blank body row; hasHeaders:false adds a generated header row above the data.
    const target = !hasHeaders || rect.r0 === rect.r1 ? { ...rect, r1: rect.r1 + 1 } : rect;
    if (target.r1 >= MAX_ROWS) fail('InvalidArgument');
    for (const t of this.tables)
      if (!t.deleted && t.sheet === sheet && intersects(t.rect, target)) fail('InvalidArgument', "A table can't overlap another table.");
    const st = sheet.store;
    if (!hasHeaders) st.shiftDown(rect.c0, rect.c1, rect.r0, 1);
    const headers = this.uniqueHeaders(
      Array.from({ length: rectCols(rect) }, (_, j) => (hasHeaders ? st.value(rect.r0, rect.c0 + j) : '')),
    );
    // Excel writes the (generated or made-unique) header names into the header cells, as text.
    headers.forEach((h, j) => st.setString(rect.r0, rect.c0 + j, h));
    let i = 1;
    while (this.tableByName(`Table${i}`)) i++;
    const table: TableModel = {
      id: this.newId('T'),
      name: `Table${i}`,
      sheet,
      rect: target,
      style: 'TableStyleMedium2',
      showTotals: false,
      showHeaders: true,
      showBandedRows: true,
      showBandedColumns: false,
      showFilterButton: true,
      columnIds: headers.map((_, j) => j + 1),
      nextColumnId: headers.length + 1,
      deleted: false,
    };
    this.tables.push(table);
    this.pending.push({ kind: 'changed', sheet, rect: target, changeType: 'RangeEdited' });
    return table;
  }

  /** [ASSUMPTION] rule 5.7: blank headers → Column1, Column2…; repeats get 2, 3… appended. */
  uniqueHeaders(raw: CellValue[]): string[] {
    const seen = new Set<string>();
    const out: string[] = [];
    raw.forEach((v, j) => {
      let h = typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : String(v).trim();
      if (h === '') {
        let k = j + 1;
        while (seen.has(`column${k}`)) k++;
        h = `Column${k}`;
      }
      if (seen.has(h.toLowerCase())) {
        let k = 2;
        while (seen.has(`${h}${k}`.toLowerCase())) k++;
        h = `${h}${k}`;
      }
      seen.add(h.toLowerCase());
      out.push(h);
    });
    return out;
  }

  liveTable(t: TableModel): TableModel {
    if (t.deleted) fail('ItemNotFound', 'The table has been deleted.');
    return t;
  }

  tableHeaders(t: TableModel): string[] {
    const st = t.sheet.store;
    return Array.from({ length: rectCols(t.rect) }, (_, j) => String(st.value(t.rect.r0, t.rect.c0 + j)));
  }

  headerRect(t: TableModel): Rect {
    return { ...t.rect, r1: t.rect.r0 };
  }

  /** Data body; a table always keeps at least one (possibly blank) body row. */
  bodyRect(t: TableModel): Rect {
    return { ...t.rect, r0: t.rect.r0 + 1, r1: t.rect.r1 - (t.showTotals ? 1 : 0) };
  }

  deleteTable(t: TableModel): void {
    this.liveTable(t);
    const rect = t.rect;
    this.editFormulas((f) => renameTableInFormula(f, t.name, null));
    t.deleted = true;
    this.tables.splice(this.tables.indexOf(t), 1);
    // Deleting a table removes its cells (Excel's Table.delete); shift nothing.
    for (let r = rect.r0; r <= rect.r1; r++) for (let c = rect.c0; c <= rect.c1; c++) t.sheet.store.clearCell(r, c);
    this.pending.push({ kind: 'changed', sheet: t.sheet, rect, changeType: 'RangeEdited' });
  }

  convertToRange(t: TableModel): void {
    this.liveTable(t);
    t.deleted = true;
    this.tables.splice(this.tables.indexOf(t), 1);
  }

  setTableStyle(t: TableModel, style: unknown): void {
    if (typeof style !== 'string') fail('InvalidArgument');
    const m = /^TableStyle(Light|Medium|Dark)(\d+)$/.exec(style);
    const max = m ? { Light: 21, Medium: 28, Dark: 11 }[m[1] as 'Light' | 'Medium' | 'Dark'] : 0;
    if (style !== '' && (!m || +m[2] < 1 || +m[2] > max)) fail('InvalidArgument', `Unknown table style "${style}".`);
    t.style = style;
  }

  /**
   * Table.resize (ExcelApi 1.13, from the Office.js reference: "the new range must overlap with the
   * original table range and the headers (or the top of the table) must be in the same row").
   * [ASSUMPTION] otherwise, or over another table, or without a body row → InvalidArgument. Cells are
   * not changed except new header cells, which get names as in tables.add (rule 5.7).
   */
  resizeTable(t: TableModel, sheet: SheetModel, rect: Rect): void {
    this.liveTable(t);
    if (sheet !== t.sheet || rect.r0 !== t.rect.r0 || rect.r1 <= rect.r0 || !intersects(rect, t.rect) || isUnbounded(rect))
      fail('InvalidArgument', 'The new range must overlap the table and keep its header row.');
    if (this.tables.some((o) => o !== t && !o.deleted && o.sheet === sheet && intersects(o.rect, rect)))
      fail('InvalidArgument', "A table can't overlap another table.");
    const st = sheet.store;
    const headers = this.uniqueHeaders(Array.from({ length: rectCols(rect) }, (_, j) => st.value(rect.r0, rect.c0 + j)));
    headers.forEach((h, j) => {
      if (st.value(rect.r0, rect.c0 + j) !== h) st.setString(rect.r0, rect.c0 + j, h);
    });
    t.columnIds = headers.map((_, j) => {
      const c = rect.c0 + j;
      return c >= t.rect.c0 && c <= t.rect.c1 ? t.columnIds[c - t.rect.c0] : t.nextColumnId++;
    });
    this.reshapeTable(t, rect);
    this.pending.push({ kind: 'changed', sheet, rect, changeType: 'RangeEdited' });
  }

  /**
   * A table's new extent. [ASSUMPTION] As Excel does for a chart made from a table, a chart series
   * whose values (or categories) are exactly one column of the table's data body follows the body
   * when the table grows or shrinks (documented for the UI: "a chart based on a table updates when
   * rows are added"; the exact rule is not).
   */
  reshapeTable(t: TableModel, rect: Rect): void {
    const before = this.bodyRect(t);
    t.rect = rect;
    const after = this.bodyRect(t);
    if (before.r0 === after.r0 && before.r1 === after.r1) return;
    const follow = (ref: RangeRef | null): RangeRef | null =>
      ref && ref.sheet === t.sheet && ref.rect.c0 === ref.rect.c1 && ref.rect.c0 >= after.c0 && ref.rect.c0 <= after.c1 && ref.rect.r0 === before.r0 && ref.rect.r1 === before.r1
        ? { sheet: ref.sheet, rect: { ...ref.rect, r0: after.r0, r1: after.r1 } }
        : ref;
    for (const chart of this.charts) {
      if (chart.deleted) continue;
      for (const x of chart.series) {
        x.values = follow(x.values);
        x.xValues = follow(x.xValues);
      }
    }
  }

  /**
   * Range.copyFrom (ExcelApi 1.9, from the Office.js reference): the source's size at the
   * destination's top-left cell. `All` = contents and formats, `Formulas` = contents, `Values` =
   * values (formulas pasted as their results), `Formats` = number formats and cell formats.
   * [ASSUMPTION] with contents or formats: hyperlinks and the conditional formats lying inside the
   * source are copied (those lying inside the destination are replaced); formulas are copied as
   * written (relative references are not adjusted — Cartera copies none); tables, charts and column
   * widths are not copied. transpose → NotImplemented (simulator limitation).
   */
  copyRange(src: RangeRef, dest: RangeRef, copyType: unknown = 'All', skipBlanks: unknown = false, transpose: unknown = false): Rect {
    if (!['All', 'Formulas', 'Values', 'Formats'].includes(copyType as string)) fail('InvalidArgument');
    if (transpose === true) fail('NotImplemented', 'Simulator limitation: copyFrom with transpose.');
    if (isUnbounded(src.rect) || isUnbounded(dest.rect)) fail('NotImplemented', 'Simulator limitation: copyFrom of whole rows or columns.');
    this.live(src.sheet);
    this.live(dest.sheet);
    const rows = rectRows(src.rect), cols = rectCols(src.rect);
    const target = { r0: dest.rect.r0, c0: dest.rect.c0, r1: dest.rect.r0 + rows - 1, c1: dest.rect.c0 + cols - 1 };
    if (!inGrid(target)) fail('InvalidArgument');
    if (rows * cols > this.limits.maxCellsPerOperation) fail('OperationCellsExceedLimit');
    const contents = copyType !== 'Formats';
    const formats = copyType === 'All' || copyType === 'Formats';
    // the source read before anything is written only when it overlaps the destination (same sheet)
    const from = src.sheet.store;
    const overlap = src.sheet === dest.sheet && intersects(src.rect, target);
    const cell = (r: number, c: number) => ({ kind: from.kind(r, c), raw: from.raw(r, c), value: this.cellValue(src.sheet, r, c), fmt: from.fmtId(r, c), style: from.styleId(r, c) });
    const saved = overlap ? Array.from({ length: rows * cols }, (_, k) => cell(src.rect.r0 + Math.floor(k / cols), src.rect.c0 + (k % cols))) : null;
    const links = formats || contents ? [...src.sheet.hyperlinks].filter(([key]) => {
      const [r, c] = key.split(',').map(Number);
      return r >= src.rect.r0 && r <= src.rect.r1 && c >= src.rect.c0 && c <= src.rect.c1;
    }) : [];
    const to = dest.sheet.store;
    const renamed = contents ? this.headerRenames(dest.sheet, target) : () => undefined;
    const dr = target.r0 - src.rect.r0, dc = target.c0 - src.rect.c0;
    for (let k = 0; k < rows * cols; k++) {
      const i = Math.floor(k / cols), j = k % cols;
      const r = target.r0 + i, c = target.c0 + j;
      const kind = saved ? saved[k].kind : from.kind(src.rect.r0 + i, src.rect.c0 + j);
      if (skipBlanks === true && kind === EMPTY) continue;
      const x = saved ? saved[k] : kind === EMPTY && !formats ? null : cell(src.rect.r0 + i, src.rect.c0 + j);
      if (contents) {
        if (kind === EMPTY || !x) to.setEmpty(r, c);
        else if (kind === FORMULA && copyType !== 'Values') to.setFormula(r, c, x.raw as string);
        else if (kind === ERR || (kind === FORMULA && ERROR_VALUES.includes(x.value as string))) to.setString(r, c, String(x.value), ERR);
        else to.setRaw(r, c, kind === FORMULA ? x.value : x.raw);
      }
      if (formats && x) {
        to.setFmtId(r, c, x.fmt);
        to.setStyleId(r, c, x.style);
      }
    }
    renamed();
    if (formats || contents) {
      for (const key of [...dest.sheet.hyperlinks.keys()]) {
        const [r, c] = key.split(',').map(Number);
        if (r >= target.r0 && r <= target.r1 && c >= target.c0 && c <= target.c1) dest.sheet.hyperlinks.delete(key);
      }
      for (const [key, link] of links) {
        const [r, c] = key.split(',').map(Number);
        dest.sheet.hyperlinks.set(`${r + dr},${c + dc}`, { ...link });
      }
    }
    if (formats) {
      const inside = (a: Rect, b: Rect) => a.r0 >= b.r0 && a.r1 <= b.r1 && a.c0 >= b.c0 && a.c1 <= b.c1;
      const copies = this.conditionalFormats
        .filter((cf) => !cf.deleted && cf.sheet === src.sheet && inside(cf.rect, src.rect))
        .map((cf) => ({ ...JSON.parse(JSON.stringify({ ...cf, sheet: null })), sheet: dest.sheet, id: this.newId('CF'), rect: { r0: cf.rect.r0 + dr, r1: cf.rect.r1 + dr, c0: cf.rect.c0 + dc, c1: cf.rect.c1 + dc } }) as ConditionalFormatModel);
      const first = this.conditionalFormats.find((cf) => !cf.deleted && cf.sheet === src.sheet && inside(cf.rect, src.rect));
      for (const cf of this.conditionalFormats) if (!cf.deleted && cf.sheet === dest.sheet && inside(cf.rect, target)) cf.deleted = true;
      this.purge();
      // [ASSUMPTION] the pasted rules take the priority the source's rules have (their place in the list)
      if (first) this.conditionalFormats.splice(Math.max(0, this.conditionalFormats.indexOf(first)), 0, ...copies);
    }
    this.afterWrite(dest.sheet, target, contents);
    return target;
  }

  /** rows.add: inserts (alwaysInsert) or fills below; `index` null/−1 appends. Values [n][cols]. */
  addTableRows(t: TableModel, index: unknown, values: unknown, alwaysInsert = true): Rect {
    this.liveTable(t);
    const cols = rectCols(t.rect);
    const body = this.bodyRect(t);
    const bodyRows = rectRows(body);
    const blankBody = bodyRows === 1 && this.usedRange(t.sheet, true, body) === null;
    const count = values === undefined || values === null ? 1 : Array.isArray(values) ? values.length : fail('InvalidArgument');
    if (count === 0) fail('InvalidArgument');
    const idx = index === undefined || index === null || index === -1 ? (blankBody ? 0 : bodyRows) : (index as number);
    if (!Number.isInteger(idx) || idx < 0 || idx > bodyRows) fail('InvalidArgument');
    const at = body.r0 + idx;
    const st = t.sheet.store;
    let insert = count;
    if (blankBody && idx === 0) insert = count - 1;
    const below = { r0: body.r1 + 1, r1: body.r1 + insert, c0: t.rect.c0, c1: t.rect.c1 };
    const belowFree = insert === 0 || this.usedRange(t.sheet, false, below) === null;
    if (insert > 0) {
      if (t.rect.r1 + insert >= MAX_ROWS) fail('NonBlankCellOffSheet');
      const blocking = this.tables.some((o) => o !== t && !o.deleted && o.sheet === t.sheet && o.rect.r0 > t.rect.r1 && o.rect.c0 <= t.rect.c1 && o.rect.c1 >= t.rect.c0);
      if (alwaysInsert || !belowFree || idx < bodyRows) {
        if (blocking) fail('InvalidOperation', 'Inserting rows would move part of another table.');
        st.shiftDown(t.rect.c0, t.rect.c1, blankBody ? at + 1 : at, insert);
      }
      this.reshapeTable(t, { ...t.rect, r1: t.rect.r1 + insert });
    }
    const target = { r0: at, r1: at + count - 1, c0: t.rect.c0, c1: t.rect.c1 };
    if (values !== undefined && values !== null) {
      const arr = values as unknown[];
      if (!arr.every((row) => Array.isArray(row) && row.length === cols))
        fail('InvalidArgument', "The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
      for (let i = 0; i < count; i++) for (let j = 0; j < cols; j++) this.enter(t.sheet, at + i, t.rect.c0 + j, (arr[i] as unknown[])[j]);
    }
    this.pending.push({ kind: 'changed', sheet: t.sheet, rect: target, changeType: 'RowInserted' });
    return target;
  }

  deleteTableRow(t: TableModel, index: number): void {
    this.liveTable(t);
    const body = this.bodyRect(t);
    if (index < 0 || index >= rectRows(body)) fail('ItemNotFound');
    const st = t.sheet.store;
    const r = body.r0 + index;
    if (rectRows(body) === 1) {
      for (let c = t.rect.c0; c <= t.rect.c1; c++) st.setEmpty(r, c);
      return;
    }
    for (let rr = r; rr < t.rect.r1; rr++) for (let c = t.rect.c0; c <= t.rect.c1; c++) st.copyCell(rr + 1, c, rr, c);
    for (let c = t.rect.c0; c <= t.rect.c1; c++) st.clearCell(t.rect.r1, c);
    t.rect = { ...t.rect, r1: t.rect.r1 - 1 };
  }

  /** columns.add: `values` is [rows incl. header][1] (or null); `name` overrides the header. */
  addTableColumn(t: TableModel, index: unknown, values: unknown, name: unknown): number {
    this.liveTable(t);
    const cols = rectCols(t.rect);
    const idx = index === undefined || index === null ? cols : (index as number);
    if (!Number.isInteger(idx) || idx < 0 || idx > cols) fail('InvalidArgument');
    const rows = rectRows(t.rect);
    if (values !== undefined && values !== null) {
      const arr = values as unknown[];
      if (!Array.isArray(arr) || arr.length !== rows || !arr.every((r) => Array.isArray(r) && r.length === 1))
        fail('InvalidArgument', "The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
    }
    if (t.rect.c1 + 1 >= MAX_COLS) fail('InvalidArgument');
    const c = t.rect.c0 + idx;
    const st = t.sheet.store;
    const right = { r0: t.rect.r0, r1: t.rect.r1, c0: t.rect.c1 + 1, c1: t.rect.c1 + 1 };
    const freeRight = this.usedRange(t.sheet, false, right) === null;
    const blocking = this.tables.some((o) => o !== t && !o.deleted && o.sheet === t.sheet && intersects(o.rect, right));
    if (idx < cols || !freeRight) {
      if (blocking) fail('InvalidOperation', 'Inserting a column would move part of another table.');
      st.shiftRight(t.rect.r0, t.rect.r1, c, 1);
    } else if (blocking) fail('InvalidArgument', "A table can't overlap another table.");
    t.rect = { ...t.rect, c1: t.rect.c1 + 1 };
    const arr = values as CellValue[][] | null | undefined;
    for (let i = 1; i < rows; i++) {
      if (arr) this.enter(t.sheet, t.rect.r0 + i, c, arr[i][0]);
      else st.setEmpty(t.rect.r0 + i, c);
    }
    const others = this.tableHeaders(t).filter((_, j) => j !== idx);
    let header = name !== undefined && name !== null ? String(name) : arr ? String(arr[0][0] ?? '') : '';
    header = this.uniqueHeaders([...others, header]).pop() as string;
    if (header.startsWith('Column') && !(name || (arr && arr[0][0]))) {
      let k = 1;
      const lower = new Set(others.map((h) => h.toLowerCase()));
      while (lower.has(`column${k}`)) k++;
      header = `Column${k}`;
    }
    st.setString(t.rect.r0, c, header);
    t.columnIds.splice(idx, 0, t.nextColumnId++);
    this.pending.push({ kind: 'changed', sheet: t.sheet, rect: { ...t.rect, c0: c, c1: c }, changeType: 'ColumnInserted' });
    return idx;
  }

  renameTableColumn(t: TableModel, idx: number, name: unknown): void {
    if (typeof name !== 'string') fail('InvalidArgument');
    const others = this.tableHeaders(t).filter((_, j) => j !== idx).map((h) => h.toLowerCase());
    if (name.trim() === '' || others.includes(name.toLowerCase())) fail('InvalidArgument', `The column name "${name}" is blank or already used.`);
    const was = this.tableHeaders(t)[idx];
    t.sheet.store.setString(t.rect.r0, t.rect.c0 + idx, name);
    if (was !== name) this.editFormulas((f) => renameColumnInFormula(f, t.name, was, name));
  }

  deleteTableColumn(t: TableModel, idx: number): void {
    this.liveTable(t);
    const cols = rectCols(t.rect);
    if (cols === 1) fail('InvalidOperation', 'A table must keep at least one column.');
    const st = t.sheet.store;
    const c = t.rect.c0 + idx;
    for (let cc = c; cc < t.rect.c1; cc++) for (let r = t.rect.r0; r <= t.rect.r1; r++) st.copyCell(r, cc + 1, r, cc);
    for (let r = t.rect.r0; r <= t.rect.r1; r++) st.clearCell(r, t.rect.c1);
    t.rect = { ...t.rect, c1: t.rect.c1 - 1 };
    t.columnIds.splice(idx, 1);
  }

  // ---------- charts ----------

  private axis(): AxisModel {
    return { title: '', titleVisible: false, numberFormat: 'General', minimum: null, maximum: null, majorUnit: null, visible: true, majorGridlines: false, displayUnit: 'None' };
  }

  addChart(sheet: SheetModel, type: unknown, source: RangeRef, seriesBy: unknown = 'Auto'): ChartModel {
    this.live(sheet);
    if (typeof type !== 'string' || type === 'Invalid') fail('InvalidArgument');
    if (seriesBy !== 'Auto' && seriesBy !== 'Columns' && seriesBy !== 'Rows') fail('InvalidArgument');
    if (isUnbounded(source.rect)) fail('InvalidArgument');
    let n = 1;
    while (this.charts.some((c) => !c.deleted && c.sheet === sheet && c.name === `Chart ${n}`)) n++;
    const valueAxis = this.axis();
    valueAxis.majorGridlines = true;
    const chart: ChartModel = {
      id: this.newId('C'),
      name: `Chart ${n}`,
      sheet,
      chartType: type,
      title: '',
      titleVisible: false,
      axes: { 'Category/Primary': this.axis(), 'Value/Primary': valueAxis, 'Category/Secondary': this.axis(), 'Value/Secondary': this.axis(), 'Series/Primary': this.axis() },
      series: [],
      nextSeriesId: 0,
      legendPosition: 'Right',
      legendVisible: true,
      dataLabelsShowValue: false,
      top: 0,
      left: 0,
      width: 360,
      height: 216,
      deleted: false,
    };
    const chartsHere = this.charts.filter((c) => !c.deleted && c.sheet === sheet).length;
    chart.top = 15 * chartsHere;
    chart.left = 15 * chartsHere;
    this.fillSeries(chart, source, seriesBy === 'Rows' ? 'Rows' : 'Columns');
    this.charts.push(chart);
    return chart;
  }

  /**
   * [ASSUMPTION] Excel's header detection: the first row holds series names when it has text (or the top-left
   * cell is blank); the first column holds categories when its body is text/blank (or the top-left is blank).
   * seriesBy Auto = Columns, as Excel on the web does.
   */
  private fillSeries(chart: ChartModel, source: RangeRef, by: 'Columns' | 'Rows'): void {
    const st = source.sheet.store;
    const { r0, c0, r1, c1 } = source.rect;
    // Transpose view so that series run along "columns".
    const get = (i: number, j: number) => (by === 'Columns' ? st.value(r0 + i, c0 + j) : st.value(r0 + j, c0 + i));
    const nI = by === 'Columns' ? r1 - r0 + 1 : c1 - c0 + 1;
    const nJ = by === 'Columns' ? c1 - c0 + 1 : r1 - r0 + 1;
    const cornerBlank = st.kind(r0, c0) === EMPTY;
    let headerRow = nI > 1 && (cornerBlank || Array.from({ length: nJ }, (_, j) => get(0, j)).some((v) => typeof v === 'string' && v !== ''));
    const bodyFrom = headerRow ? 1 : 0;
    const catCol =
      nJ > 1 && (cornerBlank && headerRow ? true : Array.from({ length: nI - bodyFrom }, (_, i) => get(i + bodyFrom, 0)).every((v) => typeof v !== 'number'));
    if (!catCol && !headerRow) headerRow = false;
    const ref = (i0: number, i1: number, j: number): RangeRef =>
      by === 'Columns'
        ? { sheet: source.sheet, rect: { r0: r0 + i0, r1: r0 + i1, c0: c0 + j, c1: c0 + j } }
        : { sheet: source.sheet, rect: { r0: r0 + j, r1: r0 + j, c0: c0 + i0, c1: c0 + i1 } };
    for (let j = catCol ? 1 : 0; j < nJ; j++) {
      const s = this.newSeries(chart);
      s.name = headerRow ? String(get(0, j)) : `Series${chart.series.length + 1}`;
      s.values = ref(bodyFrom, nI - 1, j);
      s.xValues = catCol ? ref(bodyFrom, nI - 1, 0) : null;
      chart.series.push(s);
    }
  }

  newSeries(chart: ChartModel): SeriesModel {
    return {
      id: chart.nextSeriesId++,
      name: '',
      chartType: null,
      axisGroup: 'Primary',
      values: null,
      xValues: null,
      hasDataLabels: false,
      fillColor: null,
      lineColor: null,
      markerStyle: null,
      smooth: false,
      gapWidth: 150,
      deleted: false,
    };
  }

  liveChart(c: ChartModel): ChartModel {
    if (c.deleted) fail('ItemNotFound', 'The chart has been deleted.');
    return c;
  }

  deleteChart(c: ChartModel): void {
    this.liveChart(c);
    c.deleted = true;
    this.charts.splice(this.charts.indexOf(c), 1);
  }

  /** Points from the sheet's top-left corner to a cell's corner. */
  cellOffset(sheet: SheetModel, r: number, c: number): { top: number; left: number } {
    let left = 0;
    for (let i = 0; i < c; i++) left += this.columnWidth(sheet, i);
    let top = r * DEFAULT_ROW_HEIGHT;
    for (const [row, h] of sheet.store.rowHeights) if (row < r) top += h - DEFAULT_ROW_HEIGHT;
    return { top, left };
  }

  rangeNumbers(ref: RangeRef | null): CellValue[] {
    if (!ref) return [];
    const out: CellValue[] = [];
    for (let r = ref.rect.r0; r <= ref.rect.r1; r++) for (let c = ref.rect.c0; c <= ref.rect.c1; c++) out.push(ref.sheet.store.value(r, c));
    return out;
  }

  // ---------- pivot tables (rule 13) ----------

  pivotsOn(sheet: SheetModel | null): PivotTableModel[] {
    return this.pivotTables.filter((p) => !p.deleted && (sheet === null || p.sheet === sheet));
  }

  livePivot(p: PivotTableModel): PivotTableModel {
    if (p.deleted) fail('ItemNotFound', 'The PivotTable has been deleted.');
    return p;
  }

  /** [ASSUMPTION] PivotTable names are unique per worksheet (case-insensitive), not per workbook. */
  checkPivotName(sheet: SheetModel, name: unknown, self?: PivotTableModel): string {
    if (typeof name !== 'string' || name.trim() === '' || name.length > 255) fail('InvalidArgument', 'Bad PivotTable name.');
    if (this.pivotsOn(sheet).some((p) => p !== self && p.name.toLowerCase() === name.toLowerCase()))
      fail('InvalidArgument', `A PivotTable named "${name}" already exists on this worksheet.`);
    return name;
  }

  /**
   * pivotTables.add(name, source, destination) (rule 13.1). The source is a table (its headers are
   * the hierarchies) or a range whose first row is the header. [ASSUMPTION] a blank or repeated
   * header → InvalidArgument; a destination inside a table or on another PivotTable's first cell →
   * PivotTableRangeConflict; from worksheet.pivotTables the destination must be on that worksheet.
   */
  addPivotTable(
    onSheet: SheetModel | null,
    name: unknown,
    source: { table: TableModel } | { sheet: SheetModel; rect: Rect },
    dest: { sheet: SheetModel; rect: Rect },
  ): PivotTableModel {
    if (onSheet && dest.sheet !== onSheet) fail('InvalidArgument', 'The destination is not on this worksheet.');
    const pivotName = this.checkPivotName(dest.sheet, name);
    let fields: string[];
    if ('table' in source) fields = this.tableHeaders(this.liveTable(source.table));
    else {
      if (source.rect.r1 <= source.rect.r0) fail('InvalidArgument', 'A PivotTable source needs a header row and data.');
      fields = [];
      for (let c = source.rect.c0; c <= source.rect.c1; c++) fields.push(String(source.sheet.store.value(source.rect.r0, c) ?? ''));
    }
    const lower = fields.map((f) => f.trim().toLowerCase());
    if (lower.some((f) => f === '') || new Set(lower).size !== lower.length) fail('InvalidArgument', 'The source has a blank or repeated header.');
    const { r0: r, c0: c } = dest.rect;
    const inTable = this.tables.some((t) => !t.deleted && t.sheet === dest.sheet && r >= t.rect.r0 && r <= t.rect.r1 && c >= t.rect.c0 && c <= t.rect.c1);
    const onPivot = this.pivotsOn(dest.sheet).some((p) => p.destination.r === r && p.destination.c === c);
    if (inTable || onPivot) fail('PivotTableRangeConflict', 'The PivotTable would overlap a table or another PivotTable.');
    const pivot: PivotTableModel = {
      id: this.newId('PT'),
      name: pivotName,
      sheet: dest.sheet,
      source,
      destination: { r, c },
      fields,
      rows: [],
      columns: [],
      filters: [],
      data: [],
      refreshCount: 0,
      deleted: false,
    };
    this.pivotTables.push(pivot);
    return pivot;
  }

  /** rule 13.2: a hierarchy is on one axis at most (rows, columns or filters). [ASSUMPTION] adding it to a second → InvalidArgument. */
  addAxisHierarchy(p: PivotTableModel, axis: 'rows' | 'columns' | 'filters', field: string): void {
    this.livePivot(p);
    if (!p.fields.includes(field)) fail('ItemNotFound', `The hierarchy "${field}" was not found.`);
    if (p.rows.includes(field) || p.columns.includes(field) || p.filters.includes(field))
      fail('InvalidArgument', `The hierarchy "${field}" is already on an axis of the PivotTable.`);
    p[axis].push(field);
  }

  /** rule 13.3: a data hierarchy sums by default; [ASSUMPTION] a field can be both on an axis and in the values. */
  addDataHierarchy(p: PivotTableModel, field: string): DataHierarchyModel {
    this.livePivot(p);
    if (!p.fields.includes(field)) fail('ItemNotFound', `The hierarchy "${field}" was not found.`);
    const d: DataHierarchyModel = { id: p.data.length, field, name: null, summarizeBy: 'Sum', numberFormat: 'General' };
    p.data.push(d);
    return d;
  }

  /** rule 13.4: refresh re-reads the source; a deleted source table → InvalidReference [ASSUMPTION]. */
  refreshPivot(p: PivotTableModel): void {
    this.livePivot(p);
    if ('table' in p.source && p.source.table.deleted) fail('InvalidReference', 'The PivotTable source no longer exists.');
    p.refreshCount++;
  }

  // ---------- slicers (rule 15) ----------

  /**
   * workbook.slicers.add(source, field, destination) (rule 15.1, ExcelApi 1.10): the field is one of
   * the source's (a PivotTable's hierarchies, a table's headers), else InvalidArgument [ASSUMPTION:
   * code]. [ASSUMPTION] names are workbook-unique: the new slicer is named after the field, with
   * " 1", " 2"… when taken; it starts at the top-left of the sheet, 200 × 200 pt.
   */
  addSlicer(source: SlicerModel['source'], field: unknown, sheet: SheetModel): SlicerModel {
    const fields = 'pivot' in source ? this.livePivot(source.pivot).fields : this.tableHeaders(this.liveTable(source.table));
    const name = fields.find((f) => typeof field === 'string' && f.toLowerCase() === field.toLowerCase());
    if (name === undefined) fail('InvalidArgument', `"${String(field)}" is not a field of the slicer's source.`);
    const taken = new Set(this.slicers.filter((x) => !x.deleted).map((x) => x.name.toLowerCase()));
    let slicerName = name;
    for (let k = 1; taken.has(slicerName.toLowerCase()); k++) slicerName = `${name} ${k}`;
    const slicer: SlicerModel = { id: this.newId('SL'), name: slicerName, caption: name, sheet, source, field: name, top: 0, left: 0, width: 200, height: 200, deleted: false };
    this.slicers.push(slicer);
    return slicer;
  }

  // ---------- conditional formats ----------

  addConditionalFormat(sheet: SheetModel, rect: Rect, type: unknown): ConditionalFormatModel {
    const types = ['Custom', 'DataBar', 'ColorScale', 'IconSet', 'TopBottom', 'PresetCriteria', 'ContainsText', 'CellValue'];
    if (typeof type !== 'string' || !types.includes(type)) fail('InvalidArgument');
    if (isUnbounded(rect)) fail('NotImplemented', 'Simulator limitation: conditional formats on whole rows/columns.');
    const cf: ConditionalFormatModel = { id: this.newId('CF'), sheet, rect, type, stopIfTrue: false, deleted: false };
    if (type === 'ColorScale') cf.colorScale = {};
    if (type === 'DataBar') cf.dataBar = { barDirection: 'Context', showDataBarOnly: false, axisFormat: 'Automatic', lowerBoundRule: { type: 'LowestValue', formula: null }, upperBoundRule: { type: 'HighestValue', formula: null }, positiveFormat: { fillColor: '#638EC6', gradientFill: true, borderColor: '' } };
    // [ASSUMPTION] a new icon set is Excel's UI default: three traffic lights, percent thirds
    if (type === 'IconSet') cf.iconSet = { style: 'ThreeTrafficLights1', reverseIconOrder: false, showIconOnly: false, criteria: defaultIconCriteria('ThreeTrafficLights1') };
    if (type === 'Custom' || type === 'CellValue' || type === 'TopBottom' || type === 'PresetCriteria' || type === 'ContainsText') cf.rule = {};
    if (type !== 'ColorScale' && type !== 'DataBar' && type !== 'IconSet') cf.format = {};
    // Added at top priority (rule 7.1): first in the list.
    this.conditionalFormats.unshift(cf);
    return cf;
  }

  cfsOn(sheet: SheetModel, rect?: Rect): ConditionalFormatModel[] {
    return this.conditionalFormats.filter((cf) => !cf.deleted && cf.sheet === sheet && (!rect || intersects(cf.rect, rect)));
  }

  setIconStyle(cf: ConditionalFormatModel, style: string): void {
    const set = cf.iconSet!;
    if (iconCount(style) !== set.criteria.length) set.criteria = defaultIconCriteria(style);
    set.style = style;
  }

  /**
   * IconSet criteria (rule 7.4): one per icon of the style, lowest icon first. The first one's type,
   * operator and formula are ignored (the lowest icon takes what the others leave); the others need
   * a type Number/Percent/Formula/Percentile, operator GreaterThan/GreaterThanOrEqual and a formula.
   * [ASSUMPTION] a wrong count or a bad criterion is InvalidArgument.
   */
  setIconCriteria(cf: ConditionalFormatModel, criteria: unknown): void {
    const set = cf.iconSet!;
    if (!Array.isArray(criteria) || criteria.length !== iconCount(set.style)) fail('InvalidArgument', `An icon set of style ${set.style} takes ${iconCount(set.style)} criteria.`);
    const out: IconCriterion[] = [];
    criteria.forEach((raw, k) => {
      const c = (raw ?? {}) as Record<string, unknown>;
      if (k === 0) {
        out.push({ type: 'Percent', operator: 'GreaterThanOrEqual', formula: '0' });
        return;
      }
      if (!['Number', 'Percent', 'Formula', 'Percentile'].includes(c.type as string)) fail('InvalidArgument', `Icon criterion ${k}: bad type.`);
      if (!['GreaterThan', 'GreaterThanOrEqual'].includes(c.operator as string)) fail('InvalidArgument', `Icon criterion ${k}: bad operator.`);
      if (typeof c.formula !== 'string' || c.formula === '') fail('InvalidArgument', `Icon criterion ${k}: formula required.`);
      out.push({ type: c.type as string, operator: c.operator as string, formula: c.formula as string });
    });
    set.criteria = out;
  }

  setColorCriteria(cf: ConditionalFormatModel, criteria: unknown): void {
    if (!criteria || typeof criteria !== 'object') fail('InvalidArgument');
    const c = criteria as Record<string, unknown>;
    const out: NonNullable<ConditionalFormatModel['colorScale']> = {};
    const types = ['LowestValue', 'HighestValue', 'Number', 'Percent', 'Formula', 'Percentile'];
    for (const key of ['minimum', 'midpoint', 'maximum'] as const) {
      const v = c[key] as Record<string, unknown> | undefined | null;
      if (v === undefined || v === null) {
        if (key !== 'midpoint') fail('InvalidArgument', `colorScale.criteria.${key} is required.`);
        continue;
      }
      const type = v.type;
      if (typeof type !== 'string' || !types.includes(type)) fail('InvalidArgument', `colorScale.criteria.${key}.type is invalid.`);
      const needsFormula = type !== 'LowestValue' && type !== 'HighestValue';
      const formula = v.formula === undefined || v.formula === null ? null : String(v.formula);
      if (needsFormula && formula === null) fail('InvalidArgument', `colorScale.criteria.${key}.formula is required for ${type}.`);
      out[key] = { type, formula: needsFormula ? formula : null, color: normalizeColor(v.color) };
    }
    cf.colorScale = out;
  }

  // ---------- settings / properties ----------

  setSetting(key: unknown, value: unknown): void {
    if (typeof key !== 'string' || key === '') fail('InvalidArgument');
    if (value === undefined) fail('InvalidArgument');
    this.settings.set(key, JSON.parse(JSON.stringify(value)));
    this.pending.push({ kind: 'settings' });
  }

  /** [ASSUMPTION] rule 8.3 on the web: keys/values over 255 characters are refused, keys are case-insensitive. */
  setCustomProperty(key: unknown, value: unknown): void {
    if (typeof key !== 'string' || key.trim() === '' || key.length > 255) fail('InvalidArgument');
    if (typeof value === 'string' && value.length > 255) fail('InvalidArgument');
    if (!['string', 'number', 'boolean'].includes(typeof value) && !(value instanceof Date)) fail('InvalidArgument');
    this.customProperties.set(key.toLowerCase(), { key, value });
  }

  setSheetCustomProperty(sheet: SheetModel, key: unknown, value: unknown): void {
    if (typeof key !== 'string' || key.trim() === '' || key.length > 255) fail('InvalidArgument');
    if (typeof value !== 'string' || value.length > 255) fail('InvalidArgument');
    sheet.customProperties.set(key.toLowerCase(), { key, value });
  }

  // ---------- helpers for the inspection API ----------

  address(sheet: SheetModel, rect: Rect): string {
    return fullAddress(sheet.name, rect);
  }

  localAddress(rect: Rect): string {
    return rectAddress(rect);
  }

  checkRect(rect: Rect): Rect {
    if (!inGrid(rect)) fail('InvalidArgument', `The range ${cellAddress(Math.max(0, rect.r0), Math.max(0, rect.c0))} lies outside the grid A1:${columnLetters(MAX_COLS - 1)}${MAX_ROWS}.`);
    return rect;
  }
}

export { NUM, STR, BOOL, ERR, FORMULA, EMPTY };
