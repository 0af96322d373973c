// The strict in-memory Excel host: `createWorkbook()` gives a workbook whose `run` behaves like
// `Excel.run` for the API subset the add-in uses, plus a synchronous inspection API for tests,
// the playground and the xlsx bridge.
import { type Rect, cellAddress, columnLetters, fullAddress, parseRef, rectAddress, splitSheet, toRowCol } from './address';
import { OfficeExtensionError, HostError } from './errors';
import { excelEnums } from './excelEnums';
import { type HostLimits, type RangeRef, type SheetModel, WorkbookModel, DEFAULT_COLUMN_WIDTH } from './model';
import { Application, Runtime, Workbook, dataHierarchyName } from './objects';
import { ClientObject, type HostFaults, type HostLike, type HostStats, SimContext, emptyStats } from './proxy';
import type { CellStyle, CellValue } from './store';
import { formatValue } from './numberFormat';
import type { CultureSettings } from './culture';

export type { HostLimits } from './model';
export type { CultureSettings } from './culture';
export type { HostFaults, HostStats } from './proxy';
export type { CellValue } from './store';
export { OfficeExtensionError, HostErrorCodes } from './errors';
export { DEFAULT_LIMITS } from './model';

export interface CreateWorkbookOptions {
  sheets?: string[];
  date1904?: boolean;
  limits?: Partial<HostLimits>;
  /** Excel's culture as Application.cultureInfo reports it: a tag ("es-MX") or settings; default es-ES */
  culture?: string | Partial<CultureSettings>;
}

export interface SheetInfo {
  name: string;
  id: string;
  position: number;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
}

export interface CellFormatInfo {
  fill: string | null;
  bold: boolean;
  italic: boolean;
  color: string;
  horizontalAlignment: string;
  wrapText: boolean;
}

export interface CellInfo {
  /** What Range.values reads. */
  value: CellValue;
  /** The formula ("=…") or null. */
  formula: string | null;
  numberFormat: string;
  text: string;
  format: CellFormatInfo;
}

export interface TableInfo {
  name: string;
  id: string;
  sheet: string;
  address: string;
  headers: string[];
  style: string;
  showTotals: boolean;
}

export interface ChartAxisInfo {
  title: string;
  numberFormat: string;
  minimum: number | null;
  maximum: number | null;
}

export interface ChartSeriesInfo {
  name: string;
  values: CellValue[];
  xValues: CellValue[];
  valuesAddress: string | null;
  xValuesAddress: string | null;
  chartType: string;
  axisGroup: 'Primary' | 'Secondary';
}

export interface ChartInfo {
  name: string;
  id: string;
  sheet: string;
  type: string;
  title: string;
  axes: { category: ChartAxisInfo; value: ChartAxisInfo; secondaryValue: ChartAxisInfo };
  series: ChartSeriesInfo[];
  legend: { position: string; visible: boolean };
  position: { top: number; left: number; width: number; height: number };
}

export interface ConditionalFormatInfo {
  sheet: string;
  address: string;
  type: string;
  criteria?: unknown;
  dataBar?: unknown;
  iconSet?: { style: string; reverseIconOrder: boolean; showIconOnly: boolean; criteria: { type: string; operator: string; formula: string }[] };
  rule?: unknown;
  format?: unknown;
}

export interface PivotTableInfo {
  name: string;
  sheet: string;
  source: { table: string | null } | { range: string };
  destination: string;
  rows: string[];
  columns: string[];
  filters: string[];
  data: { field: string; name: string; summarizeBy: string; numberFormat: string }[];
  refreshCount: number;
}

export interface SetCellsOptions {
  /** One format for all cells, or one per column. */
  numberFormat?: string | string[];
}

type Handler = (args: unknown) => unknown;
type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

export class SimWorkbook implements HostLike {
  readonly model: WorkbookModel;
  stats: HostStats = emptyStats();
  eventsEnabled = true;
  /** Fault injection for tests (see HostFaults; `lostAnswer` is an [ASSUMPTION] about Excel on the web). */
  faults: HostFaults | null = null;
  /** Errors thrown by event handlers (Excel swallows them). */
  readonly eventErrors: unknown[] = [];
  readonly chartTypes = Object.values(excelEnums.ChartType).filter((t) => t !== 'Invalid');
  private readonly handlers = new Map<string, Set<Handler>>();
  private running: Promise<unknown>[] = [];

  constructor(options: CreateWorkbookOptions = {}) {
    this.model = new WorkbookModel(options);
  }

  // ---------- Excel.run ----------

  run<T>(batch: Batch<T>): Promise<T>;
  run<T>(object: unknown, batch: Batch<T>): Promise<T>;
  async run<T>(a: unknown, b?: Batch<T>): Promise<T> {
    let ctx: SimContext;
    let batch: Batch<T>;
    if (typeof a === 'function') {
      ctx = this.newContext();
      batch = a as Batch<T>;
    } else if (isRunOptions(a) && !a.previousObjects) {
      // Excel.run(options: Excel.RunOptions, batch): mergeUndoGroup / delayForCellEdit change nothing
      // here (the simulated workbook has no undo stack and no cell-edit mode).
      ctx = this.newContext();
      batch = b as Batch<T>;
    } else {
      const first = isRunOptions(a) ? a.previousObjects : Array.isArray(a) ? a[0] : a;
      ctx = first instanceof SimContext ? first : first instanceof ClientObject ? first.context : (() => {
        throw new OfficeExtensionError('InvalidRequestContext');
      })();
      if (ctx.host !== this) throw new OfficeExtensionError('InvalidRequestContext');
      batch = b as Batch<T>;
      ctx._active = true;
    }
    try {
      const p = batch(ctx as unknown as Excel.RequestContext);
      if (!p || typeof (p as Promise<T>).then !== 'function') throw new OfficeExtensionError('RunMustReturnPromise');
      const result = await p;
      await ctx.sync();
      return result;
    } finally {
      ctx._queue = [];
      ctx._active = false;
      this.model.notify();
    }
  }

  newContext(): SimContext {
    const ctx = new SimContext(this);
    const wb = new Workbook(ctx, () => this.model, false);
    ctx.workbook = wb;
    ctx.application = wb.application;
    ctx.runtime = new Runtime(ctx, () => this.model, false);
    return ctx;
  }

  resetStats(): void {
    this.stats = emptyStats();
  }

  // ---------- events ----------

  registerHandler(key: string, handler: Handler): void {
    let set = this.handlers.get(key);
    if (!set) this.handlers.set(key, (set = new Set()));
    set.add(handler);
  }

  removeHandler(key: string, handler: Handler): void {
    this.handlers.get(key)?.delete(handler);
  }

  private fire(key: string, args: () => unknown): void {
    const set = this.handlers.get(key);
    if (!set || set.size === 0) return;
    for (const h of [...set]) {
      const a = args();
      const p = Promise.resolve()
        .then(() => h(a))
        .catch((e) => {
          this.eventErrors.push(e);
        });
      this.running.push(p);
    }
  }

  /** Fires the events the model queued (after a sync, or a model-side select/edit). */
  dispatch(_ctx?: SimContext): void {
    const events = this.model.pending;
    this.model.pending = [];
    if (!this.eventsEnabled) return;
    for (const e of events) {
      if (e.kind === 'selection') {
        const detail = () => ({ address: rectAddress(e.rect), type: 'WorksheetSelectionChanged', worksheetId: e.sheet.id });
        this.fire('wb.selection', () => ({ workbook: this.newContext().workbook }));
        this.fire('sheets.selection', detail);
        this.fire(`sheet.selection:${e.sheet.id}`, detail);
      } else if (e.kind === 'changed') {
        const detail = () => ({
          address: rectAddress(e.rect),
          changeType: e.changeType,
          source: 'Local',
          type: 'WorksheetChanged',
          worksheetId: e.sheet.id,
          triggerSource: this.editing ? 'Unknown' : 'ThisLocalAddin',
          details: null,
        });
        this.fire('sheets.changed', detail);
        this.fire(`sheet.changed:${e.sheet.id}`, detail);
      } else {
        this.fire('settings.changed', () => ({ settings: (this.newContext().workbook as Workbook).settings, type: 'SettingsChanged' }));
      }
    }
  }

  private editing = false;

  /** Resolves when every event handler started so far has finished. */
  async flushEvents(): Promise<void> {
    while (this.running.length > 0) {
      const batch = this.running;
      this.running = [];
      await Promise.allSettled(batch);
    }
  }

  // ---------- model-side changes (tests, playground, loaders) ----------

  private sheetOf(name: string): SheetModel {
    const s = this.model.findSheet(name);
    if (!s) throw new Error(`No worksheet named "${name}"`);
    return s;
  }

  addSheet(name?: string): SheetInfo {
    const s = this.guard(() => this.model.addSheet(name));
    this.model.notify();
    return this.sheetInfo(s);
  }

  /** Loads raw values (no formula/number parsing, no events): strings stay strings, null/"" leave cells empty. */
  setCells(sheet: string, topLeft: string | [number, number], rows: (CellValue | null | undefined)[][], options: SetCellsOptions = {}): void {
    const s = this.sheetOf(sheet);
    const [r0, c0] = toRowCol(topLeft);
    const st = s.store;
    const fmt = options.numberFormat;
    const fmtIds = fmt === undefined ? null : Array.isArray(fmt) ? fmt.map((f) => this.model.formats.id(f || 'General')) : null;
    const oneFmt = typeof fmt === 'string' ? this.model.formats.id(fmt || 'General') : 0;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      if (r0 + i >= 1_048_576) throw new Error('setCells: rows beyond the grid');
      for (let j = 0; j < row.length; j++) {
        st.setRaw(r0 + i, c0 + j, row[j]);
        if (fmtIds) st.setFmtId(r0 + i, c0 + j, fmtIds[j] ?? 0);
        else if (typeof fmt === 'string') st.setFmtId(r0 + i, c0 + j, oneFmt);
      }
    }
    this.model.notify();
  }

  setNumberFormat(sheet: string, address: string, numberFormat: string): void {
    const s = this.sheetOf(sheet);
    const rect = this.guard(() => parseRef(address));
    const id = this.model.formats.id(numberFormat || 'General');
    for (let r = rect.r0; r <= rect.r1; r++) for (let c = rect.c0; c <= rect.c1; c++) s.store.setFmtId(r, c, id);
    this.model.notify();
  }

  setFormula(sheet: string, address: string, formula: string, cachedValue?: CellValue): void {
    const s = this.sheetOf(sheet);
    const rect = this.guard(() => parseRef(address));
    s.store.setFormula(rect.r0, rect.c0, formula, cachedValue);
    this.model.notify();
  }

  setCellFormat(sheet: string, address: string, style: Partial<CellStyle>): void {
    const s = this.sheetOf(sheet);
    this.guard(() => this.model.writeStyle(s, parseRef(address), style));
    this.model.notify();
  }

  setColumnWidth(sheet: string, column: number, width: number): void {
    this.sheetOf(sheet).store.colWidths.set(column, width);
    this.model.notify();
  }

  /** Like a user typing into the cells: parsed as entries and fires onChanged (triggerSource "Unknown"). */
  edit(sheet: string, address: string, values: unknown[][]): void {
    const s = this.sheetOf(sheet);
    this.guard(() => this.model.writeValues(s, parseRef(address), values));
    this.editing = true;
    try {
      this.dispatch();
    } finally {
      this.editing = false;
    }
    this.model.notify();
  }

  /** Changes the selection (activating the sheet) and fires the selection events, as a user click does. */
  select(sheet: string, address: string): void {
    const s = this.sheetOf(sheet);
    const { ref } = splitSheet(address);
    this.guard(() => this.model.select(s, parseRef(ref)));
    this.dispatch();
    this.model.notify();
  }

  onModelChanged(listener: () => void): () => void {
    const off = this.model.onChanged(listener);
    return () => {
      off();
    };
  }

  private guard<T>(f: () => T): T {
    try {
      return f();
    } catch (e) {
      if (e instanceof HostError) throw new OfficeExtensionError(e.code, e.message);
      throw e;
    }
  }

  // ---------- inspection ----------

  get date1904(): boolean {
    return this.model.date1904;
  }

  private sheetInfo(s: SheetModel): SheetInfo {
    return { name: s.name, id: s.id, position: this.model.position(s), visibility: s.visibility };
  }

  sheets(): SheetInfo[] {
    return this.model.visibleSheets().map((s) => this.sheetInfo(s));
  }

  activeSheet(): string {
    return this.model.activeSheet?.name ?? '';
  }

  cell(sheet: string, row: number | string, col?: number): CellInfo {
    const s = this.sheetOf(sheet);
    const [r, c] = typeof row === 'string' ? toRowCol(row) : [row, col ?? 0];
    const st = s.store;
    const numberFormat = this.model.formats.items[st.fmtId(r, c)];
    const style = this.model.styleOf(s, r, c);
    const value = this.model.cellValue(s, r, c);
    return {
      value,
      formula: st.formula(r, c) ?? null,
      numberFormat,
      text: formatValue(value, numberFormat, this.model.date1904),
      format: {
        fill: style.fill ?? null,
        bold: style.bold ?? false,
        italic: style.italic ?? false,
        color: style.color ?? '#000000',
        horizontalAlignment: style.hAlign ?? 'General',
        wrapText: style.wrap ?? false,
      },
    };
  }

  /** Values of an address, or of the used range (values only) when none; [] for a blank sheet. */
  values(sheet: string, address?: string): CellValue[][] {
    const s = this.sheetOf(sheet);
    const rect = address ? this.guard(() => parseRef(address)) : this.model.usedRange(s, true);
    if (!rect) return [];
    const out: CellValue[][] = [];
    for (let r = rect.r0; r <= rect.r1; r++) {
      const row: CellValue[] = [];
      for (let c = rect.c0; c <= rect.c1; c++) row.push(this.model.cellValue(s, r, c));
      out.push(row);
    }
    return out;
  }

  usedRange(sheet: string, valuesOnly = true): { address: string; rowIndex: number; columnIndex: number; rowCount: number; columnCount: number } | null {
    const s = this.sheetOf(sheet);
    const r = this.model.usedRange(s, valuesOnly);
    return r && { address: rectAddress(r), rowIndex: r.r0, columnIndex: r.c0, rowCount: r.r1 - r.r0 + 1, columnCount: r.c1 - r.c0 + 1 };
  }

  columnWidth(sheet: string, column: number | string): number {
    const s = this.sheetOf(sheet);
    const c = typeof column === 'number' ? column : parseRef(`${column}1`).c0;
    return s.store.colWidths.get(c) ?? DEFAULT_COLUMN_WIDTH;
  }

  /** Columns with an explicit width. */
  columnWidths(sheet: string): Map<number, number> {
    return new Map(this.sheetOf(sheet).store.colWidths);
  }

  frozenPanes(sheet: string): { rows: number; columns: number } {
    const s = this.sheetOf(sheet);
    return { rows: s.frozenRows, columns: s.frozenColumns };
  }

  tables(): TableInfo[] {
    return this.model.tables
      .filter((t) => !t.deleted)
      .map((t) => ({
        name: t.name,
        id: t.id,
        sheet: t.sheet.name,
        address: fullAddress(t.sheet.name, t.rect),
        headers: this.model.tableHeaders(t),
        style: t.style,
        showTotals: t.showTotals,
      }));
  }

  private refAddress(ref: RangeRef | null): string | null {
    return ref ? fullAddress(ref.sheet.name, ref.rect) : null;
  }

  charts(sheet?: string): ChartInfo[] {
    const axis = (a: { title: string; numberFormat: string; minimum: number | null; maximum: number | null }): ChartAxisInfo => ({
      title: a.title,
      numberFormat: a.numberFormat,
      minimum: a.minimum,
      maximum: a.maximum,
    });
    return this.model.charts
      .filter((c) => !c.deleted && (!sheet || c.sheet.name.toLowerCase() === sheet.toLowerCase()))
      .map((c) => ({
        name: c.name,
        id: c.id,
        sheet: c.sheet.name,
        type: c.chartType,
        title: c.title,
        axes: { category: axis(c.axes['Category/Primary']), value: axis(c.axes['Value/Primary']), secondaryValue: axis(c.axes['Value/Secondary']) },
        series: c.series.map((s) => ({
          name: s.name,
          values: this.model.rangeNumbers(s.values),
          xValues: this.model.rangeNumbers(s.xValues),
          valuesAddress: this.refAddress(s.values),
          xValuesAddress: this.refAddress(s.xValues),
          chartType: s.chartType ?? c.chartType,
          axisGroup: s.axisGroup,
        })),
        legend: { position: c.legendPosition, visible: c.legendVisible },
        position: { top: c.top, left: c.left, width: c.width, height: c.height },
      }));
  }

  conditionalFormats(sheet?: string): ConditionalFormatInfo[] {
    return this.model.conditionalFormats
      .filter((cf) => !cf.deleted && (!sheet || cf.sheet.name.toLowerCase() === sheet.toLowerCase()))
      .map((cf) => ({
        sheet: cf.sheet.name,
        address: fullAddress(cf.sheet.name, cf.rect),
        type: cf.type,
        ...(cf.colorScale ? { criteria: JSON.parse(JSON.stringify(cf.colorScale)) } : {}),
        ...(cf.dataBar ? { dataBar: JSON.parse(JSON.stringify(cf.dataBar)) } : {}),
        ...(cf.iconSet ? { iconSet: JSON.parse(JSON.stringify(cf.iconSet)) } : {}),
        ...(cf.rule ? { rule: { ...cf.rule } } : {}),
        ...(cf.format ? { format: { ...cf.format } } : {}),
      }));
  }

  /** PivotTables: where, over what (the source table's current name, or its range), and their layout. */
  pivotTables(sheet?: string): PivotTableInfo[] {
    return this.model.pivotTables
      .filter((p) => !p.deleted && (!sheet || p.sheet.name.toLowerCase() === sheet.toLowerCase()))
      .map((p) => ({
        name: p.name,
        sheet: p.sheet.name,
        source: 'table' in p.source ? { table: p.source.table.deleted ? null : p.source.table.name } : { range: fullAddress(p.source.sheet.name, p.source.rect) },
        destination: fullAddress(p.sheet.name, { r0: p.destination.r, c0: p.destination.c, r1: p.destination.r, c1: p.destination.c }),
        rows: [...p.rows],
        columns: [...p.columns],
        filters: [...p.filters],
        data: p.data.map((d) => ({ field: d.field, name: dataHierarchyName(d), summarizeBy: d.summarizeBy, numberFormat: d.numberFormat })),
        refreshCount: p.refreshCount,
      }));
  }

  /** Slicers: name, sheet, what they filter (PivotTable or table name) and the field, position in points. */
  slicers(sheet?: string): { name: string; caption: string; sheet: string; source: { pivot: string } | { table: string }; field: string; left: number; top: number; width: number; height: number }[] {
    return this.model.slicers
      .filter((x) => !x.deleted && (!sheet || x.sheet.name.toLowerCase() === sheet.toLowerCase()))
      .map((x) => ({
        name: x.name,
        caption: x.caption,
        sheet: x.sheet.name,
        source: 'pivot' in x.source ? { pivot: x.source.pivot.name } : { table: x.source.table.name },
        field: x.field,
        left: x.left,
        top: x.top,
        width: x.width,
        height: x.height,
      }));
  }

  /** Worksheet.pageLayout as set (null when never set): orientation, zoom, print title rows ("$4:$4"). */
  pageLayout(sheet: string): { orientation: string; zoom: Record<string, number>; printTitleRows: string | null } | null {
    const s = this.model.sheets.find((x) => !x.deleted && x.name.toLowerCase() === sheet.toLowerCase());
    const p = s?.pageLayout;
    if (!p) return null;
    return { orientation: p.orientation, zoom: { ...p.zoom }, printTitleRows: p.printTitleRows ? `$${p.printTitleRows.r0 + 1}:$${p.printTitleRows.r1 + 1}` : null };
  }

  /** Range.hyperlink of every cell that has one: A1 address, target and text shown. */
  hyperlinks(sheet: string): { cell: string; address?: string; documentReference?: string; screenTip?: string; textToDisplay?: string }[] {
    const s = this.model.sheets.find((x) => !x.deleted && x.name.toLowerCase() === sheet.toLowerCase());
    if (!s) return [];
    return [...s.hyperlinks.entries()]
      .map(([key, h]) => {
        const [r, c] = key.split(',').map(Number);
        return { r, c, h };
      })
      .sort((a, b) => a.r - b.r || a.c - b.c)
      .map(({ r, c, h }) => ({ cell: cellAddress(r, c), ...h }));
  }

  settings(): Record<string, unknown> {
    return Object.fromEntries(this.model.settings);
  }

  customProperties(): Record<string, unknown> {
    return Object.fromEntries([...this.model.customProperties.values()].map((p) => [p.key, p.value]));
  }

  sheetCustomProperties(sheet: string): Record<string, string> {
    return Object.fromEntries([...this.sheetOf(sheet).customProperties.values()].map((p) => [p.key, p.value]));
  }

  selection(): { sheet: string; address: string } {
    const s = this.model.activeSheet as SheetModel;
    return { sheet: s.name, address: rectAddress(s.selection as Rect) };
  }
}

export const MAX_EXCEL_API = '1.16';

/** Requirement-set versions compare as dotted numbers ("1.10" > "1.9"; as JS numbers 1.1 = 1.10). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number), pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}

export function createWorkbook(options: CreateWorkbookOptions = {}): SimWorkbook {
  return new SimWorkbook(options);
}

/**
 * Sets `globalThis.Excel` (run + every Excel enum, e.g. Excel.ChartType, Excel.ErrorCodes) and
 * `globalThis.OfficeExtension` (Error, ErrorCodes) for code that calls the globals. Returns an uninstaller.
 */
/** Excel.RunOptions: a plain object, not a request context or a proxy object. */
function isRunOptions(a: unknown): a is { previousObjects?: unknown; mergeUndoGroup?: boolean; delayForCellEdit?: boolean } {
  return typeof a === 'object' && a !== null && !Array.isArray(a) && !(a instanceof SimContext) && !(a instanceof ClientObject);
}

export function installGlobalExcel(wb: SimWorkbook): () => void {
  const g = globalThis as Record<string, unknown>;
  const before = { Excel: g.Excel, OfficeExtension: g.OfficeExtension, Office: g.Office };
  g.Excel = {
    ...excelEnums,
    run: (a: unknown, b?: unknown) => (b === undefined ? wb.run(a as Batch<unknown>) : wb.run(a, b as Batch<unknown>)),
    RequestContext: SimContext,
    createWorkbook: undefined,
  };
  g.OfficeExtension = {
    Error: OfficeExtensionError,
    ErrorCodes: {
      apiNotAvailable: 'ApiNotAvailable',
      accessDenied: 'AccessDenied',
      generalException: 'GeneralException',
      activityLimitReached: 'ActivityLimitReached',
      invalidArgument: 'InvalidArgument',
      itemNotFound: 'ItemNotFound',
      invalidRequestContext: 'InvalidRequestContext',
      invalidObjectPath: 'InvalidObjectPath',
      propertyNotLoaded: 'PropertyNotLoaded',
      valueNotLoaded: 'ValueNotLoaded',
      runMustReturnPromise: 'RunMustReturnPromise',
      cannotRegisterEvent: 'CannotRegisterEvent',
      requestPayloadSizeLimitExceeded: 'RequestPayloadSizeLimitExceeded',
      responsePayloadSizeLimitExceeded: 'ResponsePayloadSizeLimitExceeded',
      connectionFailure: 'ConnectionFailure',
    },
  };
  const settings = wb.model.settings;
  g.Office = {
    HostType: { Excel: 'Excel' },
    PlatformType: { OfficeOnline: 'OfficeOnline' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    onReady: async () => ({ host: 'Excel', platform: 'OfficeOnline' }),
    context: {
      requirements: {
        // [ASSUMPTION] the host stands for Excel on the web with ExcelApi up to 1.16 (plus the BETA use1904DateSystem).
        isSetSupported: (name: string, version?: string) => name === 'ExcelApi' && compareVersions(version ?? '1.1', MAX_EXCEL_API) <= 0,
      },
      // [ASSUMPTION] rule 8.2: the document settings bag shares storage with workbook.settings.
      document: {
        settings: {
          get: (name: string) => (settings.has(name) ? JSON.parse(JSON.stringify(settings.get(name))) : null),
          set: (name: string, value: unknown) => void wb.model.setSetting(name, value),
          remove: (name: string) => void settings.delete(name),
          saveAsync: (cb?: (r: { status: string }) => void) => cb?.({ status: 'succeeded' }),
        },
      },
    },
  };
  return () => {
    g.Excel = before.Excel;
    g.OfficeExtension = before.OfficeExtension;
    g.Office = before.Office;
  };
}

export { columnLetters, Application };
