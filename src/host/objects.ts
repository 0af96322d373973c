// The Excel object model (the subset the add-in uses) as proxies over WorkbookModel.
/* eslint-disable @typescript-eslint/no-explicit-any */
import {
  MAX_COLS,
  MAX_ROWS,
  type Rect,
  inGrid,
  intersects,
  isWholeColumns,
  isWholeRows,
  parseRef,
  rectAddress,
  rectCols,
  rectRows,
  splitSheet,
} from './address';
import { HostError, OfficeExtensionError, fail } from './errors';
import { excelEnums } from './excelEnums';
import type {
  AxisModel,
  ChartModel,
  ConditionalFormatModel,
  DataHierarchyModel,
  PivotTableModel,
  SeriesModel,
  SlicerModel,
  SheetModel,
  TableModel,
  WorkbookModel,
} from './model';
import { AGGREGATIONS, checkZoom, normalizeColor, pageLayoutOf } from './model';
import {
  type BatchState,
  ClientObject,
  EventHandlers,
  type Factory,
  type PropDef,
  type SimContext,
  type TypeMeta,
  defineProps,
  resultOf,
} from './proxy';

type Ctor<T, C> = new (ctx: SimContext, factory: Factory<T>, fixed: boolean) => C;

const model = (o: ClientObject<any>): WorkbookModel => o.context.host.model;

/** Objects returned by methods: lazy (resolved at first use), eager (a command with side effects), nullable. */
function make<T, C extends ClientObject<T>>(
  Cls: Ctor<T, C>,
  ctx: SimContext,
  factory: Factory<T>,
  mode: 'lazy' | 'eager' | 'nullable' = 'lazy',
  location = '',
  payload: unknown = null,
): C {
  const obj = new Cls(ctx, factory, true);
  obj._origin = location;
  if (mode === 'nullable') {
    obj._nullable = true;
    ctx._enqueue(location, payload, (batch) => {
      const t = obj._tryTarget();
      batch.commits.push(() => {
        obj._isNull = t === null;
      });
    });
  } else if (mode === 'eager') {
    ctx._enqueue(location, payload, () => {
      obj._target();
    });
  }
  return obj;
}

/** Child navigation objects share the parent's resolution (and its null-ness). */
function nav<T, C extends ClientObject<T>>(parent: ClientObject<any>, name: string, Cls: Ctor<T, C>, factory: Factory<T>): C {
  return parent._child(name, () => new Cls(parent.context, factory, false)) as unknown as C;
}

/** Turns a nullable lookup into the plain one's ItemNotFound. */
function must<T>(v: T | null, what: string): T {
  if (v === null) throw new HostError('ItemNotFound', `${what} was not found.`);
  return v;
}

function def<T>(cls: { prototype: ClientObject<T> }, meta: TypeMeta<T>): void {
  (cls.prototype as any)._metaStatic = meta;
  defineProps(cls, meta as unknown as TypeMeta<never>);
}

abstract class Base<T> extends ClientObject<T> {
  constructor(ctx: SimContext, factory: Factory<T>, fixed: boolean) {
    super(ctx, (new.target.prototype as any)._metaStatic as TypeMeta<T>, factory, fixed);
  }
}

function str(v: unknown): string {
  if (typeof v !== 'string') fail('InvalidArgument');
  return v;
}
function num(v: unknown): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) fail('InvalidArgument');
  return v;
}
function bool(v: unknown): boolean {
  if (typeof v !== 'boolean') fail('InvalidArgument');
  return v;
}
function oneOf(v: unknown, allowed: string[]): string {
  if (typeof v !== 'string' || !allowed.includes(v)) fail('InvalidArgument', `"${String(v)}" is not one of ${allowed.join(', ')}.`);
  return v;
}

// ======================================================================= Range

export interface RangeT {
  sheet: SheetModel;
  rect: Rect;
}

function rangeT(m: WorkbookModel, sheet: SheetModel, rect: Rect): RangeT {
  m.live(sheet);
  m.checkRect(rect);
  return { sheet, rect };
}

function rangeArg(self: ClientObject<any>, range: unknown): ClientObject<RangeT> {
  if (!(range instanceof Range)) throw new OfficeExtensionError('InvalidArgument', 'Expected an Excel.Range.');
  self._checkContext(range);
  return range;
}

const cellLimitCount = (batch: BatchState) => (n: number) => {
  batch.host.stats.cellsRead += n;
};
const written = (o: ClientObject<any>, rect: Rect) => {
  o.context.host.stats.cellsWritten += rectRows(rect) * rectCols(rect);
};

const H_ALIGN = ['General', 'Left', 'Center', 'Right', 'Fill', 'Justify', 'CenterAcrossSelection', 'Distributed'];
const V_ALIGN = ['Top', 'Center', 'Bottom', 'Justify', 'Distributed'];

export class Range extends Base<RangeT> {
  get format(): RangeFormat {
    return nav(this, 'format', RangeFormat, () => this._target());
  }
  get worksheet(): Worksheet {
    return nav(this, 'worksheet', Worksheet, () => this._target().sheet);
  }
  get conditionalFormats(): ConditionalFormatCollection {
    return nav(this, 'conditionalFormats', ConditionalFormatCollection, () => this._target());
  }
  private derive(location: string, args: unknown[], f: (t: RangeT, m: WorkbookModel) => Rect): Range {
    return make(Range, this.context, () => {
      const t = this._target();
      return rangeT(model(this), t.sheet, f(t, model(this)));
    }, 'lazy', `Range.${location}`, args);
  }
  getCell(row: number, column: number): Range {
    return this.derive('getCell', [row, column], ({ rect }) => ({ r0: rect.r0 + num(row), c0: rect.c0 + num(column), r1: rect.r0 + row, c1: rect.c0 + column }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): Range {
    return this.derive('getResizedRange', [deltaRows, deltaColumns], ({ rect }) => {
      const r = { ...rect, r1: rect.r1 + num(deltaRows), c1: rect.c1 + num(deltaColumns) };
      if (r.r1 < r.r0 || r.c1 < r.c0) fail('InvalidArgument');
      return r;
    });
  }
  getAbsoluteResizedRange(numRows: number, numColumns: number): Range {
    return this.derive('getAbsoluteResizedRange', [numRows, numColumns], ({ rect }) => {
      if (!(num(numRows) >= 1 && num(numColumns) >= 1)) fail('InvalidArgument');
      return { r0: rect.r0, c0: rect.c0, r1: rect.r0 + numRows - 1, c1: rect.c0 + numColumns - 1 };
    });
  }
  getOffsetRange(rowOffset: number, columnOffset: number): Range {
    return this.derive('getOffsetRange', [rowOffset, columnOffset], ({ rect }) => ({
      r0: rect.r0 + num(rowOffset), r1: rect.r1 + rowOffset, c0: rect.c0 + num(columnOffset), c1: rect.c1 + columnOffset,
    }));
  }
  getRow(row: number): Range {
    return this.derive('getRow', [row], ({ rect }) => {
      if (num(row) < 0 || row >= rectRows(rect)) fail('InvalidArgument');
      return { ...rect, r0: rect.r0 + row, r1: rect.r0 + row };
    });
  }
  getColumn(column: number): Range {
    return this.derive('getColumn', [column], ({ rect }) => {
      if (num(column) < 0 || column >= rectCols(rect)) fail('InvalidArgument');
      return { ...rect, c0: rect.c0 + column, c1: rect.c0 + column };
    });
  }
  getLastRow(): Range {
    return this.derive('getLastRow', [], ({ rect }) => ({ ...rect, r0: rect.r1 }));
  }
  getLastColumn(): Range {
    return this.derive('getLastColumn', [], ({ rect }) => ({ ...rect, c0: rect.c1 }));
  }
  getLastCell(): Range {
    return this.derive('getLastCell', [], ({ rect }) => ({ r0: rect.r1, c0: rect.c1, r1: rect.r1, c1: rect.c1 }));
  }
  getEntireColumn(): Range {
    return this.derive('getEntireColumn', [], ({ rect }) => ({ ...rect, r0: 0, r1: MAX_ROWS - 1 }));
  }
  getEntireRow(): Range {
    return this.derive('getEntireRow', [], ({ rect }) => ({ ...rect, c0: 0, c1: MAX_COLS - 1 }));
  }
  getRowsBelow(count = 1): Range {
    return this.derive('getRowsBelow', [count], ({ rect }) => ({ ...rect, r0: rect.r1 + 1, r1: rect.r1 + num(count) }));
  }
  getRowsAbove(count = 1): Range {
    return this.derive('getRowsAbove', [count], ({ rect }) => ({ ...rect, r0: rect.r0 - num(count), r1: rect.r0 - 1 }));
  }
  getColumnsAfter(count = 1): Range {
    return this.derive('getColumnsAfter', [count], ({ rect }) => ({ ...rect, c0: rect.c1 + 1, c1: rect.c1 + num(count) }));
  }
  getColumnsBefore(count = 1): Range {
    return this.derive('getColumnsBefore', [count], ({ rect }) => ({ ...rect, c0: rect.c0 - num(count), c1: rect.c0 - 1 }));
  }
  private other(anotherRange: unknown, t: RangeT): Rect {
    if (typeof anotherRange === 'string') {
      const { sheet, ref } = splitSheet(anotherRange);
      if (sheet && sheet.toLowerCase() !== t.sheet.name.toLowerCase()) fail('InvalidArgument');
      return parseRef(ref);
    }
    const o = rangeArg(this, anotherRange)._target();
    if (o.sheet !== t.sheet) fail('InvalidArgument', 'Both ranges must be on the same worksheet.');
    return o.rect;
  }
  getBoundingRect(anotherRange: unknown): Range {
    return this.derive('getBoundingRect', [String(anotherRange)], (t) => {
      const o = this.other(anotherRange, t);
      return { r0: Math.min(o.r0, t.rect.r0), c0: Math.min(o.c0, t.rect.c0), r1: Math.max(o.r1, t.rect.r1), c1: Math.max(o.c1, t.rect.c1) };
    });
  }
  private intersection(t: RangeT, anotherRange: unknown): Rect | null {
    const o = this.other(anotherRange, t);
    if (!intersects(o, t.rect)) return null;
    return { r0: Math.max(o.r0, t.rect.r0), c0: Math.max(o.c0, t.rect.c0), r1: Math.min(o.r1, t.rect.r1), c1: Math.min(o.c1, t.rect.c1) };
  }
  getIntersection(anotherRange: unknown): Range {
    return this.derive('getIntersection', [String(anotherRange)], (t) => must(this.intersection(t, anotherRange), 'The intersection'));
  }
  getIntersectionOrNullObject(anotherRange: unknown): Range {
    return make(Range, this.context, () => {
      const t = this._tryTarget();
      const r = t && this.intersection(t, anotherRange);
      return t && r ? { sheet: t.sheet, rect: r } : null;
    }, 'nullable', 'Range.getIntersectionOrNullObject');
  }
  getUsedRange(valuesOnly = false): Range {
    return this.derive('getUsedRange', [valuesOnly], (t, m) => must(m.usedRange(t.sheet, valuesOnly, t.rect), 'The used range'));
  }
  getUsedRangeOrNullObject(valuesOnly = false): Range {
    return make(Range, this.context, () => {
      const t = this._tryTarget();
      const r = t && model(this).usedRange(t.sheet, valuesOnly, t.rect);
      return t && r ? { sheet: t.sheet, rect: r } : null;
    }, 'nullable', 'Range.getUsedRangeOrNullObject', [valuesOnly]);
  }
  clear(applyTo: string = 'All'): void {
    this._queue('clear', [applyTo], (t) => model(this).clear(t.sheet, t.rect, applyTo));
  }
  /** ExcelApi 1.9 (model.copyRange): the source a Range or an address (on this range's sheet unless prefixed). */
  copyFrom(sourceRange: unknown, copyType: string = 'All', skipBlanks = false, transpose = false): void {
    const arg = sourceRange instanceof Range ? rangeArg(this, sourceRange) : null;
    if (!arg && typeof sourceRange !== 'string') throw new OfficeExtensionError('InvalidArgument', 'Expected a Range or an address.');
    this._queue('copyFrom', [arg ? '[range]' : sourceRange, copyType, skipBlanks, transpose], (t) => {
      const m = model(this);
      let src: RangeT;
      if (arg) src = arg._target();
      else {
        const { sheet, ref } = splitSheet(sourceRange as string);
        src = { sheet: sheet !== undefined ? m.sheet(sheet) : t.sheet, rect: parseRef(ref) };
      }
      const target = m.copyRange(src, t, copyType, skipBlanks, transpose);
      written(this, target);
    });
  }
  select(): void {
    this._queue('select', null, (t) => model(this).select(t.sheet, t.rect));
  }
  track(): this {
    return this;
  }
  untrack(): this {
    return this;
  }
}

const rangeProps: Record<string, PropDef<RangeT>> = {
  address: { get: (t, o) => model(o).address(t.sheet, t.rect) },
  addressLocal: { get: (t, o) => model(o).address(t.sheet, t.rect) },
  rowCount: { get: (t) => rectRows(t.rect) },
  columnCount: { get: (t) => rectCols(t.rect) },
  rowIndex: { get: (t) => t.rect.r0 },
  columnIndex: { get: (t) => t.rect.c0 },
  cellCount: {
    get: (t) => {
      const n = rectRows(t.rect) * rectCols(t.rect);
      return n > 2 ** 31 - 1 ? -1 : n;
    },
  },
  isEntireColumn: { get: (t) => isWholeColumns(t.rect) },
  isEntireRow: { get: (t) => isWholeRows(t.rect) },
  values: {
    get: (t, o, b) => model(o).readValues(t.sheet, t.rect, { count: cellLimitCount(b) }),
    set: (t, v, o) => {
      model(o).writeValues(t.sheet, t.rect, v, 'Range.values');
      written(o, t.rect);
    },
  },
  formulas: {
    get: (t, o, b) => model(o).readFormulas(t.sheet, t.rect, { count: cellLimitCount(b) }),
    set: (t, v, o) => {
      model(o).writeValues(t.sheet, t.rect, v, 'Range.formulas');
      written(o, t.rect);
    },
  },
  numberFormat: {
    get: (t, o, b) => model(o).readNumberFormats(t.sheet, t.rect, { count: cellLimitCount(b) }),
    set: (t, v, o) => {
      model(o).writeNumberFormats(t.sheet, t.rect, v);
      written(o, t.rect);
    },
  },
  text: { get: (t, o, b) => model(o).readText(t.sheet, t.rect, { count: cellLimitCount(b) }) },
  hyperlink: {
    get: (t, o) => model(o).hyperlinkAt(t.sheet, t.rect.r0, t.rect.c0),
    set: (t, v, o) => model(o).setHyperlink(t.sheet, t.rect, v),
  },
  valueTypes: { get: (t, o, b) => model(o).readValueTypes(t.sheet, t.rect, { count: cellLimitCount(b) }) },
};
rangeProps.formulasLocal = rangeProps.formulas;
rangeProps.numberFormatLocal = rangeProps.numberFormat;
def(Range, { name: 'Range', props: rangeProps, navs: ['format', 'worksheet', 'conditionalFormats'] });

// ----------------------------------------------------------------------- formats

function styleProp(key: 'bold' | 'italic' | 'color' | 'fontName' | 'fontSize' | 'underline' | 'hAlign' | 'vAlign' | 'wrap' | 'fill', dflt: any, check: (v: unknown) => unknown): PropDef<RangeT> {
  return {
    get: (t, o) => model(o).readStyle(t.sheet, t.rect, key, dflt),
    set: (t, v, o) => model(o).writeStyle(t.sheet, t.rect, { [key]: check(v) }),
  };
}

export class RangeFormat extends Base<RangeT> {
  get fill(): RangeFill {
    return nav(this, 'fill', RangeFill, () => this._target());
  }
  get font(): RangeFont {
    return nav(this, 'font', RangeFont, () => this._target());
  }
  autofitColumns(): void {
    this._queue('autofitColumns', null, (t) => model(this).autofitColumns(t.sheet, t.rect));
  }
  autofitRows(): void {
    this._queue('autofitRows', null, () => undefined);
  }
}
def(RangeFormat, {
  name: 'RangeFormat',
  navs: ['fill', 'font'],
  props: {
    columnWidth: { get: (t, o) => model(o).readColumnWidth(t.sheet, t.rect), set: (t, v, o) => model(o).setColumnWidth(t.sheet, t.rect, v) },
    rowHeight: {
      get: (t, o) => {
        const m = model(o);
        const h = m.rowHeight(t.sheet, t.rect.r0);
        for (let r = t.rect.r0 + 1; r <= Math.min(t.rect.r1, t.rect.r0 + 100_000); r++) if (m.rowHeight(t.sheet, r) !== h) return null;
        return h;
      },
      set: (t, v, o) => model(o).setRowHeight(t.sheet, t.rect, v),
    },
    horizontalAlignment: styleProp('hAlign', 'General', (v) => oneOf(v, H_ALIGN)),
    verticalAlignment: styleProp('vAlign', 'Bottom', (v) => oneOf(v, V_ALIGN)),
    wrapText: styleProp('wrap', false, bool),
  },
});

export class RangeFill extends Base<RangeT> {
  clear(): void {
    this._queue('clear', null, (t) => model(this).writeStyle(t.sheet, t.rect, {}, ['fill']));
  }
}
// [ASSUMPTION] No fill reads as "#FFFFFF".
def(RangeFill, { name: 'RangeFill', navs: [], props: { color: styleProp('fill', '#FFFFFF', normalizeColor) } });

export class RangeFont extends Base<RangeT> {}
def(RangeFont, {
  name: 'RangeFont',
  navs: [],
  props: {
    bold: styleProp('bold', false, bool),
    italic: styleProp('italic', false, bool),
    color: styleProp('color', '#000000', normalizeColor),
    name: styleProp('fontName', 'Calibri', str),
    size: styleProp('fontSize', 11, (v) => {
      if (num(v) < 1 || (v as number) > 409) fail('InvalidArgument');
      return v;
    }),
    underline: styleProp('underline', 'None', (v) => oneOf(v, ['None', 'Single', 'Double', 'SingleAccountant', 'DoubleAccountant'])),
  },
});

// ----------------------------------------------------------------------- conditional formats

export class ConditionalFormatCollection extends Base<RangeT> {
  add(type: string): ConditionalFormat {
    return make(ConditionalFormat, this.context, (() => {
      let cf: ConditionalFormatModel | undefined;
      return () => {
        const t = this._target();
        return (cf ??= model(this).addConditionalFormat(t.sheet, t.rect, type));
      };
    })(), 'eager', 'ConditionalFormatCollection.add', [type]);
  }
  getCount(): { value: number } {
    return resultOf(this, 'getCount', null, (t) => model(this).cfsOn(t.sheet, t.rect).length);
  }
  getItemAt(index: number): ConditionalFormat {
    return make(ConditionalFormat, this.context, () => {
      const t = this._target();
      return must(model(this).cfsOn(t.sheet, t.rect)[index] ?? null, 'The conditional format');
    });
  }
  getItem(id: string): ConditionalFormat {
    return make(ConditionalFormat, this.context, () => {
      const t = this._target();
      return must(model(this).cfsOn(t.sheet).find((c) => c.id === id) ?? null, 'The conditional format');
    });
  }
  clearAll(): void {
    this._queue('clearAll', null, (t) => {
      const m = model(this);
      for (const cf of m.cfsOn(t.sheet, t.rect)) {
        cf.deleted = true;
        m.conditionalFormats.splice(m.conditionalFormats.indexOf(cf), 1);
      }
    });
  }
}
def(ConditionalFormatCollection, {
  name: 'ConditionalFormatCollection',
  navs: [],
  props: {},
  items: (t, o) => model(o).cfsOn(t.sheet, t.rect),
  item: (o, cf) => new ConditionalFormat(o.context, () => cf as ConditionalFormatModel, true),
});

function liveCf(cf: ConditionalFormatModel): ConditionalFormatModel {
  if (cf.deleted) fail('ItemNotFound', 'The conditional format has been deleted.');
  return cf;
}

function typed<C extends ClientObject<ConditionalFormatModel>>(self: ConditionalFormat, name: string, Cls: Ctor<ConditionalFormatModel, C>, types: string[], nullable: boolean): C {
  if (nullable)
    return self._child(name, () => make(Cls, self.context, () => {
      const cf = self._tryTarget();
      return cf && !cf.deleted && types.includes(cf.type) ? cf : null;
    }, 'nullable', `ConditionalFormat.${name}`)) as unknown as C;
  return nav(self, name, Cls, () => {
    const cf = liveCf(self._target());
    if (types.includes(cf.type)) return cf;
    // [ASSUMPTION] the plain accessor on another rule type fails with InvalidOperation.
    return fail('InvalidOperation', `This conditional format is of type ${cf.type}, not ${types[0]}.`);
  });
}

export class ConditionalFormat extends Base<ConditionalFormatModel> {
  get colorScale(): ColorScaleConditionalFormat {
    return typed(this, 'colorScale', ColorScaleConditionalFormat, ['ColorScale'], false);
  }
  get colorScaleOrNullObject(): ColorScaleConditionalFormat {
    return typed(this, 'colorScaleOrNullObject', ColorScaleConditionalFormat, ['ColorScale'], true);
  }
  get dataBar(): DataBarConditionalFormat {
    return typed(this, 'dataBar', DataBarConditionalFormat, ['DataBar'], false);
  }
  get dataBarOrNullObject(): DataBarConditionalFormat {
    return typed(this, 'dataBarOrNullObject', DataBarConditionalFormat, ['DataBar'], true);
  }
  get iconSet(): IconSetConditionalFormat {
    return typed(this, 'iconSet', IconSetConditionalFormat, ['IconSet'], false);
  }
  get iconSetOrNullObject(): IconSetConditionalFormat {
    return typed(this, 'iconSetOrNullObject', IconSetConditionalFormat, ['IconSet'], true);
  }
  get custom(): RuleConditionalFormat {
    return typed(this, 'custom', RuleConditionalFormat, ['Custom'], false);
  }
  get customOrNullObject(): RuleConditionalFormat {
    return typed(this, 'customOrNullObject', RuleConditionalFormat, ['Custom'], true);
  }
  get cellValue(): RuleConditionalFormat {
    return typed(this, 'cellValue', RuleConditionalFormat, ['CellValue'], false);
  }
  get cellValueOrNullObject(): RuleConditionalFormat {
    return typed(this, 'cellValueOrNullObject', RuleConditionalFormat, ['CellValue'], true);
  }
  getRange(): Range {
    return make(Range, this.context, () => {
      const cf = liveCf(this._target());
      return { sheet: cf.sheet, rect: cf.rect };
    });
  }
  getRangeOrNullObject(): Range {
    return make(Range, this.context, () => {
      const cf = this._tryTarget();
      return cf && !cf.deleted ? { sheet: cf.sheet, rect: cf.rect } : null;
    }, 'nullable', 'ConditionalFormat.getRangeOrNullObject');
  }
  delete(): void {
    this._queue('delete', null, (cf) => {
      liveCf(cf);
      const m = model(this);
      cf.deleted = true;
      m.conditionalFormats.splice(m.conditionalFormats.indexOf(cf), 1);
    });
  }
}
def(ConditionalFormat, {
  name: 'ConditionalFormat',
  navs: [],
  props: {
    id: { get: (cf) => cf.id },
    type: { get: (cf) => cf.type },
    priority: { get: (cf, o) => model(o).cfsOn(cf.sheet).indexOf(cf) },
    stopIfTrue: { get: (cf) => cf.stopIfTrue, set: (cf, v) => void (cf.stopIfTrue = bool(v)) },
  },
});

export class ColorScaleConditionalFormat extends Base<ConditionalFormatModel> {}
def(ColorScaleConditionalFormat, {
  name: 'ColorScaleConditionalFormat',
  navs: [],
  props: {
    criteria: {
      get: (cf) => JSON.parse(JSON.stringify(cf.colorScale ?? {})),
      set: (cf, v, o) => model(o).setColorCriteria(cf, v),
    },
    threeColorScale: { get: (cf) => !!cf.colorScale?.midpoint },
  },
});

export class DataBarConditionalFormat extends Base<ConditionalFormatModel> {
  get positiveFormat(): DataBarFormat {
    return nav(this, 'positiveFormat', DataBarFormat, () => this._target());
  }
}
function barProp(key: string, check: (v: unknown) => unknown): PropDef<ConditionalFormatModel> {
  return { get: (cf) => cf.dataBar?.[key] ?? null, set: (cf, v) => void ((cf.dataBar ??= {})[key] = check(v)) };
}
def(DataBarConditionalFormat, {
  name: 'DataBarConditionalFormat',
  navs: ['positiveFormat'],
  props: {
    barDirection: barProp('barDirection', (v) => oneOf(v, ['Context', 'LeftToRight', 'RightToLeft'])),
    showDataBarOnly: barProp('showDataBarOnly', bool),
    axisFormat: barProp('axisFormat', (v) => oneOf(v, ['Automatic', 'None', 'CellMidPoint'])),
    axisColor: barProp('axisColor', normalizeColor),
    lowerBoundRule: barProp('lowerBoundRule', (v) => v),
    upperBoundRule: barProp('upperBoundRule', (v) => v),
  },
});

export class IconSetConditionalFormat extends Base<ConditionalFormatModel> {}
def(IconSetConditionalFormat, {
  name: 'IconSetConditionalFormat',
  navs: [],
  props: {
    style: {
      get: (cf) => cf.iconSet!.style,
      set: (cf, v, o) => model(o).setIconStyle(cf, oneOf(v, Object.values(excelEnums.IconSet).filter((x) => x !== 'Invalid'))),
    },
    reverseIconOrder: { get: (cf) => cf.iconSet!.reverseIconOrder, set: (cf, v) => void (cf.iconSet!.reverseIconOrder = bool(v)) },
    showIconOnly: { get: (cf) => cf.iconSet!.showIconOnly, set: (cf, v) => void (cf.iconSet!.showIconOnly = bool(v)) },
    criteria: {
      get: (cf) => cf.iconSet!.criteria.map((c) => ({ ...c })),
      set: (cf, v, o) => model(o).setIconCriteria(cf, v),
    },
  },
});

export class DataBarFormat extends Base<ConditionalFormatModel> {}
function posProp(key: string, check: (v: unknown) => unknown): PropDef<ConditionalFormatModel> {
  return {
    get: (cf) => ((cf.dataBar?.positiveFormat ?? {}) as Record<string, unknown>)[key] ?? null,
    set: (cf, v) => {
      const d = (cf.dataBar ??= {});
      d.positiveFormat = { ...(d.positiveFormat as object), [key]: check(v) };
    },
  };
}
def(DataBarFormat, {
  name: 'ConditionalDataBarPositiveFormat',
  navs: [],
  props: { fillColor: posProp('fillColor', normalizeColor), gradientFill: posProp('gradientFill', bool), borderColor: posProp('borderColor', normalizeColor) },
});

/** Custom and CellValue rules: `rule` (formula / formula1, formula2, operator) and `format`. */
export class RuleConditionalFormat extends Base<ConditionalFormatModel> {
  get rule(): CfRule {
    return nav(this, 'rule', CfRule, () => this._target());
  }
  get format(): CfFormat {
    return nav(this, 'format', CfFormat, () => this._target());
  }
}
def(RuleConditionalFormat, {
  name: 'CustomConditionalFormat',
  navs: ['rule', 'format'],
  props: {
    rule: {
      get: (cf) => ({ ...cf.rule }),
      set: (cf, v) => {
        if (!v || typeof v !== 'object') fail('InvalidArgument');
        cf.rule = { ...(v as object) };
      },
    },
  },
});

export class CfRule extends Base<ConditionalFormatModel> {}
def(CfRule, {
  name: 'ConditionalFormatRule',
  navs: [],
  props: { formula: { get: (cf) => cf.rule?.formula ?? null, set: (cf, v) => void ((cf.rule ??= {}).formula = str(v)) } },
});

export class CfFormat extends Base<ConditionalFormatModel> {
  get fill(): CfFill {
    return nav(this, 'fill', CfFill, () => this._target());
  }
  get font(): CfFont {
    return nav(this, 'font', CfFont, () => this._target());
  }
}
def(CfFormat, { name: 'ConditionalRangeFormat', navs: ['fill', 'font'], props: {} });
export class CfFill extends Base<ConditionalFormatModel> {}
def(CfFill, {
  name: 'ConditionalRangeFill',
  navs: [],
  props: { color: { get: (cf) => cf.format?.fill ?? null, set: (cf, v) => void ((cf.format ??= {}).fill = normalizeColor(v)) } },
});
export class CfFont extends Base<ConditionalFormatModel> {}
def(CfFont, {
  name: 'ConditionalRangeFont',
  navs: [],
  props: {
    color: { get: (cf) => cf.format?.fontColor ?? null, set: (cf, v) => void ((cf.format ??= {}).fontColor = normalizeColor(v)) },
    bold: { get: (cf) => cf.format?.bold ?? null, set: (cf, v) => void ((cf.format ??= {}).bold = bool(v)) },
    italic: { get: (cf) => cf.format?.italic ?? null, set: (cf, v) => void ((cf.format ??= {}).italic = bool(v)) },
  },
});

// ======================================================================= Worksheet

function sheetRange(self: ClientObject<SheetModel>, address?: string): Range {
  return make(Range, self.context, (): RangeT => {
    const sheet = self._target();
    const m = model(self);
    m.live(sheet);
    if (address === undefined || address === null || address === '') return { sheet, rect: { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLS - 1 } };
    if (typeof address !== 'string' || address.length > 8192) fail('InvalidArgument');
    const { sheet: prefix, ref } = splitSheet(address);
    // [ASSUMPTION] Worksheet.getRange with another sheet's prefix is refused.
    if (prefix !== undefined && prefix.toLowerCase() !== sheet.name.toLowerCase()) fail('InvalidArgument', `"${address}" is not on worksheet ${sheet.name}.`);
    return rangeT(m, sheet, parseRef(ref));
  }, 'lazy', 'Worksheet.getRange');
}

export class Worksheet extends Base<SheetModel> {
  get tables(): TableCollection {
    return nav(this, 'tables', TableCollection, (): TablesT => ({ sheet: this._target() }));
  }
  get charts(): ChartCollection {
    return nav(this, 'charts', ChartCollection, () => this._target());
  }
  get pivotTables(): PivotTableCollection {
    return nav(this, 'pivotTables', PivotTableCollection, (): PivotsT => ({ sheet: this._target() }));
  }
  get pageLayout(): PageLayout {
    return nav(this, 'pageLayout', PageLayout, () => this._target());
  }
  get freezePanes(): WorksheetFreezePanes {
    return nav(this, 'freezePanes', WorksheetFreezePanes, () => this._target());
  }
  get customProperties(): WorksheetCustomPropertyCollection {
    return nav(this, 'customProperties', WorksheetCustomPropertyCollection, () => this._target());
  }
  get onSelectionChanged(): EventHandlers {
    return new EventHandlers(this.context, () => `sheet.selection:${this._target().id}`, 'Worksheet.onSelectionChanged');
  }
  get onChanged(): EventHandlers {
    return new EventHandlers(this.context, () => `sheet.changed:${this._target().id}`, 'Worksheet.onChanged');
  }
  getRange(address?: string): Range {
    return sheetRange(this, address);
  }
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): Range {
    return make(Range, this.context, () => {
      if (!(num(rowCount) >= 1 && num(columnCount) >= 1)) fail('InvalidArgument');
      return rangeT(model(this), this._target(), { r0: num(startRow), c0: num(startColumn), r1: startRow + rowCount - 1, c1: startColumn + columnCount - 1 });
    }, 'lazy', 'Worksheet.getRangeByIndexes');
  }
  getCell(row: number, column: number): Range {
    return make(Range, this.context, () => rangeT(model(this), this._target(), { r0: num(row), c0: num(column), r1: row, c1: column }), 'lazy', 'Worksheet.getCell');
  }
  /** Blank sheet → A1 (rule 3.5). */
  getUsedRange(valuesOnly = false): Range {
    return make(Range, this.context, () => {
      const s = model(this).live(this._target());
      return { sheet: s, rect: model(this).usedRange(s, valuesOnly) ?? { r0: 0, c0: 0, r1: 0, c1: 0 } };
    });
  }
  getUsedRangeOrNullObject(valuesOnly = false): Range {
    return make(Range, this.context, () => {
      const s = this._tryTarget();
      const r = s && model(this).usedRange(s, valuesOnly);
      return s && r ? { sheet: s, rect: r } : null;
    }, 'nullable', 'Worksheet.getUsedRangeOrNullObject', [valuesOnly]);
  }
  private neighbour(step: number, nullable: boolean, visibleOnly: boolean): Worksheet {
    const f = () => {
      const s = this._target();
      const list = model(this).visibleSheets().filter((x) => !visibleOnly || x.visibility === 'Visible' || x === s);
      const n = list[list.indexOf(s) + step];
      return n ?? (nullable ? null : fail('ItemNotFound'));
    };
    return make(Worksheet, this.context, f, nullable ? 'nullable' : 'lazy', 'Worksheet.getNext');
  }
  getNext(visibleOnly = false): Worksheet {
    return this.neighbour(1, false, visibleOnly);
  }
  getNextOrNullObject(visibleOnly = false): Worksheet {
    return this.neighbour(1, true, visibleOnly);
  }
  getPrevious(visibleOnly = false): Worksheet {
    return this.neighbour(-1, false, visibleOnly);
  }
  getPreviousOrNullObject(visibleOnly = false): Worksheet {
    return this.neighbour(-1, true, visibleOnly);
  }
  delete(): void {
    this._queue('delete', null, (s) => model(this).deleteSheet(s));
  }
  activate(): void {
    this._queue('activate', null, (s) => model(this).activate(s));
  }
}
def(Worksheet, {
  name: 'Worksheet',
  navs: ['tables', 'charts', 'pivotTables', 'pageLayout', 'freezePanes', 'customProperties'],
  props: {
    name: {
      get: (s) => s.name,
      set: (s, v, o) => model(o).renameSheet(s, v),
    },
    id: { get: (s) => s.id },
    position: { get: (s, o) => model(o).position(s), set: (s, v, o) => model(o).setPosition(s, v as number) },
    visibility: { get: (s) => s.visibility, set: (s, v, o) => model(o).setVisibility(s, v) },
    tabColor: { get: (s) => s.tabColor, set: (s, v) => void (s.tabColor = v === '' ? '' : normalizeColor(v)) },
    showGridlines: { get: (s) => s.showGridlines, set: (s, v) => void (s.showGridlines = bool(v)) },
    standardWidth: { get: () => 8.43 },
  },
});

export class WorksheetFreezePanes extends Base<SheetModel> {
  freezeRows(count = 1): void {
    this._queue('freezeRows', [count], (s) => {
      if (!Number.isInteger(count) || count < 0 || count >= MAX_ROWS) fail('InvalidArgument');
      s.frozenRows = count;
      s.frozenColumns = 0;
    });
  }
  freezeColumns(count = 1): void {
    this._queue('freezeColumns', [count], (s) => {
      if (!Number.isInteger(count) || count < 0 || count >= MAX_COLS) fail('InvalidArgument');
      s.frozenColumns = count;
      s.frozenRows = 0;
    });
  }
  freezeAt(frozenRange: unknown): void {
    this._queue('freezeAt', null, (s) => {
      const r = typeof frozenRange === 'string' ? parseRef(frozenRange) : rangeArg(this, frozenRange)._target().rect;
      s.frozenRows = r.r1 + 1;
      s.frozenColumns = r.c1 + 1;
    });
  }
  unfreeze(): void {
    this._queue('unfreeze', null, (s) => {
      s.frozenRows = 0;
      s.frozenColumns = 0;
    });
  }
  getLocationOrNullObject(): Range {
    return make(Range, this.context, () => {
      const s = this._tryTarget();
      if (!s || (s.frozenRows === 0 && s.frozenColumns === 0)) return null;
      return {
        sheet: s,
        rect: {
          r0: 0, c0: 0,
          r1: s.frozenRows ? s.frozenRows - 1 : MAX_ROWS - 1,
          c1: s.frozenColumns ? s.frozenColumns - 1 : MAX_COLS - 1,
        },
      };
    }, 'nullable', 'WorksheetFreezePanes.getLocationOrNullObject');
  }
}
def(WorksheetFreezePanes, { name: 'WorksheetFreezePanes', navs: [], props: {} });

// ----------------------------------------------------------------------- worksheet collection

export class WorksheetCollection extends Base<WorkbookModel> {
  get onSelectionChanged(): EventHandlers {
    return new EventHandlers(this.context, () => 'sheets.selection', 'WorksheetCollection.onSelectionChanged');
  }
  get onChanged(): EventHandlers {
    return new EventHandlers(this.context, () => 'sheets.changed', 'WorksheetCollection.onChanged');
  }
  add(name?: string): Worksheet {
    let created: SheetModel | undefined;
    return make(Worksheet, this.context, () => (created ??= model(this).addSheet(name)), 'eager', 'WorksheetCollection.add', [name ?? null]);
  }
  getItem(key: string): Worksheet {
    return make(Worksheet, this.context, () => model(this).sheet(str(key)), 'lazy', 'WorksheetCollection.getItem');
  }
  getItemOrNullObject(key: string): Worksheet {
    return make(Worksheet, this.context, () => model(this).findSheet(String(key)), 'nullable', 'WorksheetCollection.getItemOrNullObject', [key]);
  }
  getActiveWorksheet(): Worksheet {
    return make(Worksheet, this.context, () => must(model(this).activeSheet, 'The active worksheet'));
  }
  getFirst(visibleOnly = false): Worksheet {
    return make(Worksheet, this.context, () => must(model(this).visibleSheets().find((s) => !visibleOnly || s.visibility === 'Visible') ?? null, 'A worksheet'));
  }
  getLast(visibleOnly = false): Worksheet {
    return make(Worksheet, this.context, () => must([...model(this).visibleSheets()].reverse().find((s) => !visibleOnly || s.visibility === 'Visible') ?? null, 'A worksheet'));
  }
  getCount(visibleOnly = false): { value: number } {
    return resultOf(this, 'getCount', [visibleOnly], (m) => m.visibleSheets().filter((s) => !visibleOnly || s.visibility === 'Visible').length);
  }
}
def(WorksheetCollection, {
  name: 'WorksheetCollection',
  navs: [],
  props: {},
  items: (m) => m.visibleSheets(),
  item: (o, s) => new Worksheet(o.context, () => s as SheetModel, true),
});

// ======================================================================= Tables

export interface TablesT {
  /** Null = the workbook's collection. */
  sheet: SheetModel | null;
}

function tableList(m: WorkbookModel, t: TablesT): TableModel[] {
  return m.tables.filter((x) => !x.deleted && (t.sheet === null || x.sheet === t.sheet));
}

export class TableCollection extends Base<TablesT> {
  add(address: unknown, hasHeaders: boolean): Table {
    let created: TableModel | undefined;
    const factory = () => {
      if (created) return created;
      const m = model(this);
      const t = this._target();
      let sheet: SheetModel;
      let rect: Rect;
      if (typeof address === 'string') {
        const { sheet: name, ref } = splitSheet(address);
        sheet = name !== undefined ? m.sheet(name) : t.sheet ?? must(m.activeSheet, 'The active worksheet');
        if (t.sheet && sheet !== t.sheet) fail('InvalidArgument', `"${address}" is not on worksheet ${t.sheet.name}.`);
        rect = parseRef(ref);
      } else {
        const r = rangeArg(this, address)._target();
        sheet = r.sheet;
        rect = r.rect;
      }
      return (created = m.addTable(sheet, rect, hasHeaders === true));
    };
    return make(Table, this.context, factory, 'eager', 'TableCollection.add', [typeof address === 'string' ? address : '[Range]', hasHeaders]);
  }
  getItem(key: string): Table {
    return make(Table, this.context, () => must(this.find(key), `The table "${key}"`), 'lazy', 'TableCollection.getItem');
  }
  getItemOrNullObject(key: string): Table {
    return make(Table, this.context, () => this.find(key), 'nullable', 'TableCollection.getItemOrNullObject', [key]);
  }
  private find(key: string): TableModel | null {
    const t = this._target();
    const found = model(this).tableByName(String(key));
    return found && (t.sheet === null || found.sheet === t.sheet) ? found : null;
  }
  getItemAt(index: number): Table {
    return make(Table, this.context, () => must(tableList(model(this), this._target())[index] ?? null, 'The table'));
  }
  getCount(): { value: number } {
    return resultOf(this, 'getCount', null, (t) => tableList(model(this), t).length);
  }
}
def(TableCollection, {
  name: 'TableCollection',
  navs: [],
  props: { count: { get: (t, o) => tableList(model(o), t).length } },
  items: (t, o) => tableList(model(o), t),
  item: (o, t) => new Table(o.context, () => t as TableModel, true),
});

function tableRange(self: ClientObject<TableModel>, f: (t: TableModel, m: WorkbookModel) => Rect): Range {
  return make(Range, self.context, () => {
    const t = model(self).liveTable(self._target());
    return { sheet: t.sheet, rect: f(t, model(self)) };
  });
}

export class Table extends Base<TableModel> {
  get columns(): TableColumnCollection {
    return nav(this, 'columns', TableColumnCollection, () => model(this).liveTable(this._target()));
  }
  get rows(): TableRowCollection {
    return nav(this, 'rows', TableRowCollection, () => model(this).liveTable(this._target()));
  }
  get worksheet(): Worksheet {
    return nav(this, 'worksheet', Worksheet, () => model(this).liveTable(this._target()).sheet);
  }
  getRange(): Range {
    return tableRange(this, (t) => t.rect);
  }
  getHeaderRowRange(): Range {
    return tableRange(this, (t, m) => m.headerRect(t));
  }
  getDataBodyRange(): Range {
    return tableRange(this, (t, m) => m.bodyRect(t));
  }
  getTotalRowRange(): Range {
    return tableRange(this, (t) => {
      if (!t.showTotals) fail('InvalidOperation', 'The table has no total row.');
      return { ...t.rect, r0: t.rect.r1 };
    });
  }
  delete(): void {
    this._queue('delete', null, (t) => model(this).deleteTable(t));
  }
  /** ExcelApi 1.13: a Range or an address on the table's sheet (model.resizeTable). */
  resize(newRange: unknown): void {
    const arg = newRange instanceof Range ? rangeArg(this, newRange) : null;
    if (!arg && typeof newRange !== 'string') throw new OfficeExtensionError('InvalidArgument', 'Expected a Range or an address.');
    this._queue('resize', [arg ? '[range]' : newRange], (t) => {
      const m = model(this);
      m.liveTable(t);
      if (arg) {
        const r = arg._target();
        return m.resizeTable(t, r.sheet, r.rect);
      }
      const { sheet, ref } = splitSheet(newRange as string);
      return m.resizeTable(t, sheet !== undefined ? m.sheet(sheet) : t.sheet, parseRef(ref));
    });
  }
  convertToRange(): Range {
    let result: RangeT | null = null;
    this._queue('convertToRange', null, (t) => {
      result = { sheet: t.sheet, rect: t.rect };
      model(this).convertToRange(t);
    });
    return make(Range, this.context, () => must(result, 'The range'));
  }
}
def(Table, {
  name: 'Table',
  navs: ['columns', 'rows', 'worksheet'],
  props: {
    id: { get: (t) => t.id },
    name: {
      get: (t) => t.name,
      set: (t, v, o) => model(o).renameTable(t, v),
    },
    style: { get: (t) => t.style, set: (t, v, o) => model(o).setTableStyle(t, v) },
    showTotals: {
      get: (t) => t.showTotals,
      set: (t, v, o) => {
        const m = model(o);
        if (bool(v) === t.showTotals) return;
        if (v) {
          const below = { ...t.rect, r0: t.rect.r1 + 1, r1: t.rect.r1 + 1 };
          if (!inGrid(below) || m.usedRange(t.sheet, false, below)) fail('InvalidOperation', 'The row below the table is not empty.');
          t.rect = { ...t.rect, r1: t.rect.r1 + 1 };
          t.sheet.store.setString(t.rect.r1, t.rect.c0, 'Total');
        } else {
          for (let c = t.rect.c0; c <= t.rect.c1; c++) t.sheet.store.clearCell(t.rect.r1, c);
          t.rect = { ...t.rect, r1: t.rect.r1 - 1 };
        }
        t.showTotals = v as boolean;
      },
    },
    showHeaders: {
      get: (t) => t.showHeaders,
      set: (t, v) => {
        if (bool(v) === false) fail('NotImplemented', 'Simulator limitation: tables always show their header row.');
      },
    },
    showBandedRows: { get: (t) => t.showBandedRows, set: (t, v) => void (t.showBandedRows = bool(v)) },
    showBandedColumns: { get: (t) => t.showBandedColumns, set: (t, v) => void (t.showBandedColumns = bool(v)) },
    showFilterButton: { get: (t) => t.showFilterButton, set: (t, v) => void (t.showFilterButton = bool(v)) },
  },
});

// ----------------------------------------------------------------------- table columns / rows

export interface ColumnT {
  table: TableModel;
  id: number;
}

function colIndex(c: ColumnT): number {
  if (c.table.deleted) fail('ItemNotFound', 'The table has been deleted.');
  const i = c.table.columnIds.indexOf(c.id);
  if (i < 0) fail('ItemNotFound', 'The table column has been deleted.');
  return i;
}

export class TableColumnCollection extends Base<TableModel> {
  add(index?: number | null, values?: unknown, name?: string): TableColumn {
    let created: ColumnT | undefined;
    return make(TableColumn, this.context, () => {
      if (created) return created;
      const t = this._target();
      const i = model(this).addTableColumn(t, index, values, name);
      return (created = { table: t, id: t.columnIds[i] });
    }, 'eager', 'TableColumnCollection.add', [index ?? null, values ?? null, name ?? null]);
  }
  private find(key: unknown): ColumnT | null {
    const t = this._target();
    if (typeof key === 'number') return t.columnIds.includes(key) ? { table: t, id: key } : null;
    const headers = model(this).tableHeaders(t).map((h) => h.toLowerCase());
    let i = headers.indexOf(String(key).toLowerCase());
    if (i < 0 && /^\d+$/.test(String(key))) i = t.columnIds.indexOf(+String(key));
    return i < 0 ? null : { table: t, id: t.columnIds[i] };
  }
  getItem(key: number | string): TableColumn {
    return make(TableColumn, this.context, () => must(this.find(key), `The table column "${key}"`), 'lazy', 'TableColumnCollection.getItem');
  }
  getItemOrNullObject(key: number | string): TableColumn {
    return make(TableColumn, this.context, () => this.find(key), 'nullable', 'TableColumnCollection.getItemOrNullObject', [key]);
  }
  getItemAt(index: number): TableColumn {
    return make(TableColumn, this.context, () => {
      const t = this._target();
      const id = t.columnIds[index];
      return must(id === undefined ? null : { table: t, id }, 'The table column');
    });
  }
  getCount(): { value: number } {
    return resultOf(this, 'getCount', null, (t) => t.columnIds.length);
  }
}
def(TableColumnCollection, {
  name: 'TableColumnCollection',
  navs: [],
  props: { count: { get: (t) => t.columnIds.length } },
  items: (t) => t.columnIds.map((id) => ({ table: t, id })),
  item: (o, c) => new TableColumn(o.context, () => c as ColumnT, true),
});

function columnRect(c: ColumnT, part: 'all' | 'header' | 'body' | 'total'): Rect {
  const i = colIndex(c);
  const r = c.table.rect;
  const col = r.c0 + i;
  const r0 = part === 'body' ? r.r0 + 1 : part === 'total' ? r.r1 : r.r0;
  const r1 = part === 'header' ? r.r0 : part === 'body' && c.table.showTotals ? r.r1 - 1 : r.r1;
  if (part === 'total' && !c.table.showTotals) fail('InvalidOperation', 'The table has no total row.');
  return { r0, r1, c0: col, c1: col };
}

export class TableColumn extends Base<ColumnT> {
  private part(p: 'all' | 'header' | 'body' | 'total'): Range {
    return make(Range, this.context, () => {
      const c = this._target();
      return { sheet: c.table.sheet, rect: columnRect(c, p) };
    });
  }
  getRange(): Range {
    return this.part('all');
  }
  getHeaderRowRange(): Range {
    return this.part('header');
  }
  getDataBodyRange(): Range {
    return this.part('body');
  }
  getTotalRowRange(): Range {
    return this.part('total');
  }
  delete(): void {
    this._queue('delete', null, (c) => model(this).deleteTableColumn(c.table, colIndex(c)));
  }
}
def(TableColumn, {
  name: 'TableColumn',
  navs: [],
  props: {
    id: { get: (c) => c.id },
    index: { get: (c) => colIndex(c) },
    name: { get: (c, o) => model(o).tableHeaders(c.table)[colIndex(c)], set: (c, v, o) => model(o).renameTableColumn(c.table, colIndex(c), v) },
    values: {
      get: (c, o, b) => model(o).readValues(c.table.sheet, columnRect(c, 'all'), { count: cellLimitCount(b) }),
      set: (c, v, o) => model(o).writeValues(c.table.sheet, columnRect(c, 'all'), v, 'TableColumn.values'),
    },
  },
});

export interface RowT {
  table: TableModel;
  index: number;
}

function rowRect(r: RowT, m: WorkbookModel): Rect {
  m.liveTable(r.table);
  const body = m.bodyRect(r.table);
  if (r.index < 0 || r.index >= rectRows(body)) fail('ItemNotFound', 'The table row does not exist.');
  return { ...body, r0: body.r0 + r.index, r1: body.r0 + r.index };
}

export class TableRowCollection extends Base<TableModel> {
  add(index?: number | null, values?: unknown, alwaysInsert = true): TableRow {
    let created: RowT | undefined;
    return make(TableRow, this.context, () => {
      if (created) return created;
      const t = this._target();
      const rect = model(this).addTableRows(t, index, values, alwaysInsert);
      return (created = { table: t, index: rect.r0 - model(this).bodyRect(t).r0 });
    }, 'eager', 'TableRowCollection.add', [index ?? null, values ?? null]);
  }
  getItemAt(index: number): TableRow {
    return make(TableRow, this.context, () => {
      const t = this._target();
      rowRect({ table: t, index }, model(this));
      return { table: t, index };
    });
  }
  getCount(): { value: number } {
    return resultOf(this, 'getCount', null, (t) => rectRows(model(this).bodyRect(t)));
  }
}
def(TableRowCollection, {
  name: 'TableRowCollection',
  navs: [],
  props: { count: { get: (t, o) => rectRows(model(o).bodyRect(t)) } },
  items: (t, o) => Array.from({ length: rectRows(model(o).bodyRect(t)) }, (_, index) => ({ table: t, index })),
  item: (o, r) => new TableRow(o.context, () => r as RowT, true),
});

export class TableRow extends Base<RowT> {
  getRange(): Range {
    return make(Range, this.context, () => {
      const r = this._target();
      return { sheet: r.table.sheet, rect: rowRect(r, model(this)) };
    });
  }
  delete(): void {
    this._queue('delete', null, (r) => {
      rowRect(r, model(this));
      model(this).deleteTableRow(r.table, r.index);
    });
  }
}
def(TableRow, {
  name: 'TableRow',
  navs: [],
  props: {
    index: { get: (r, o) => (rowRect(r, model(o)), r.index) },
    values: {
      get: (r, o, b) => model(o).readValues(r.table.sheet, rowRect(r, model(o)), { count: cellLimitCount(b) }),
      set: (r, v, o) => model(o).writeValues(r.table.sheet, rowRect(r, model(o)), v, 'TableRow.values'),
    },
  },
});

// ======================================================================= Charts

// Excel on the web reads chartType as null for these (rule 6.6).
const NULL_TYPE_ON_WEB = ['Histogram', 'Pareto', 'Waterfall', 'Treemap', 'Sunburst', 'RegionMap', 'BoxWhisker', 'Boxwhisker', 'RadarFilled', 'Funnel'];

function chartTypes(o: ClientObject<any>): string[] {
  const enums = (o.context.host as unknown as { chartTypes: string[] }).chartTypes;
  return enums;
}

export class ChartCollection extends Base<SheetModel> {
  add(type: string, sourceData: unknown, seriesBy: string = 'Auto'): Chart {
    let created: ChartModel | undefined;
    return make(Chart, this.context, () => {
      if (created) return created;
      const s = this._target();
      const src = rangeArg(this, sourceData)._target();
      oneOf(type, chartTypes(this));
      return (created = model(this).addChart(s, type, src, seriesBy));
    }, 'eager', 'ChartCollection.add', [type, '[Range]', seriesBy]);
  }
  private list(): ChartModel[] {
    const s = this._target();
    return model(this).charts.filter((c) => !c.deleted && c.sheet === s);
  }
  getItem(name: string): Chart {
    return make(Chart, this.context, () => must(this.list().find((c) => c.name === name || c.id === name) ?? null, `The chart "${name}"`), 'lazy', 'ChartCollection.getItem');
  }
  getItemOrNullObject(name: string): Chart {
    return make(Chart, this.context, () => this.list().find((c) => c.name === name || c.id === name) ?? null, 'nullable', 'ChartCollection.getItemOrNullObject', [name]);
  }
  getItemAt(index: number): Chart {
    return make(Chart, this.context, () => must(this.list()[index] ?? null, 'The chart'));
  }
  getCount(): { value: number } {
    return resultOf(this, 'getCount', null, () => this.list().length);
  }
}
def(ChartCollection, {
  name: 'ChartCollection',
  navs: [],
  props: { count: { get: (s, o) => model(o).charts.filter((c) => !c.deleted && c.sheet === s).length } },
  items: (s, o) => model(o).charts.filter((c) => !c.deleted && c.sheet === s),
  item: (o, c) => new Chart(o.context, () => c as ChartModel, true),
});

export class Chart extends Base<ChartModel> {
  private live(): ChartModel {
    return model(this).liveChart(this._target());
  }
  get title(): ChartTitle {
    return nav(this, 'title', ChartTitle, () => this.live());
  }
  get axes(): ChartAxes {
    return nav(this, 'axes', ChartAxes, () => this.live());
  }
  get series(): ChartSeriesCollection {
    return nav(this, 'series', ChartSeriesCollection, () => this.live());
  }
  get legend(): ChartLegend {
    return nav(this, 'legend', ChartLegend, () => this.live());
  }
  get dataLabels(): ChartDataLabels {
    return nav(this, 'dataLabels', ChartDataLabels, () => this.live());
  }
  get worksheet(): Worksheet {
    return nav(this, 'worksheet', Worksheet, () => this.live().sheet);
  }
  setPosition(startCell: unknown, endCell?: unknown): void {
    this._queue('setPosition', [String(startCell), endCell === undefined ? null : String(endCell)], (c) => {
      model(this).liveChart(c);
      const m = model(this);
      const cell = (x: unknown): Rect => (typeof x === 'string' ? parseRef(splitSheet(x).ref) : rangeArg(this, x)._target().rect);
      const a = cell(startCell);
      const p = m.cellOffset(c.sheet, a.r0, a.c0);
      c.top = p.top;
      c.left = p.left;
      if (endCell !== undefined && endCell !== null) {
        const b = cell(endCell);
        const q = m.cellOffset(c.sheet, b.r1 + 1, b.c1 + 1);
        if (q.left <= p.left || q.top <= p.top) fail('InvalidArgument');
        c.width = q.left - p.left;
        c.height = q.top - p.top;
      }
    });
  }
  setData(sourceData: unknown, seriesBy: string = 'Auto'): void {
    this._queue('setData', ['[Range]', seriesBy], (c) => {
      const m = model(this);
      m.liveChart(c);
      const src = rangeArg(this, sourceData)._target();
      const fresh = m.addChart(c.sheet, c.chartType, src, seriesBy);
      m.deleteChart(fresh);
      c.series = fresh.series;
      c.nextSeriesId = fresh.nextSeriesId;
    });
  }
  activate(): void {
    this._queue('activate', null, (c) => void model(this).liveChart(c));
  }
  delete(): void {
    this._queue('delete', null, (c) => model(this).deleteChart(c));
  }
  getImage(): never {
    throw new OfficeExtensionError('NotImplemented', 'Simulator limitation: charts are not rendered.');
  }
}
function chartProp<K extends keyof ChartModel>(key: K, check: (v: unknown) => ChartModel[K]): PropDef<ChartModel> {
  return { get: (c) => c[key], set: (c, v, o) => void (model(o).liveChart(c)[key] = check(v)) };
}
const positive = (v: unknown) => {
  if (num(v) <= 0) fail('InvalidArgument');
  return v as number;
};
def(Chart, {
  name: 'Chart',
  navs: ['title', 'axes', 'series', 'legend', 'dataLabels', 'worksheet'],
  props: {
    id: { get: (c) => c.id },
    name: chartProp('name', str),
    chartType: {
      get: (c) => (NULL_TYPE_ON_WEB.includes(c.chartType) ? null : c.chartType),
      set: (c, v, o) => {
        model(o).liveChart(c).chartType = oneOf(v, chartTypes(o));
      },
    },
    top: chartProp('top', (v) => num(v)),
    left: chartProp('left', (v) => num(v)),
    width: chartProp('width', positive),
    height: chartProp('height', positive),
  },
});

export class ChartTitle extends Base<ChartModel> {}
def(ChartTitle, {
  name: 'ChartTitle',
  navs: [],
  props: {
    text: {
      get: (c) => c.title,
      set: (c, v) => {
        c.title = str(v);
        c.titleVisible = v !== '';
      },
    },
    visible: { get: (c) => c.titleVisible, set: (c, v) => void (c.titleVisible = bool(v)) },
  },
});

export class ChartLegend extends Base<ChartModel> {}
def(ChartLegend, {
  name: 'ChartLegend',
  navs: [],
  props: {
    position: { get: (c) => c.legendPosition, set: (c, v) => void (c.legendPosition = oneOf(v, ['Invalid', 'Top', 'Bottom', 'Left', 'Right', 'Corner', 'Custom'])) },
    visible: { get: (c) => c.legendVisible, set: (c, v) => void (c.legendVisible = bool(v)) },
  },
});

export class ChartDataLabels extends Base<ChartModel> {}
def(ChartDataLabels, {
  name: 'ChartDataLabels',
  navs: [],
  props: { showValue: { get: (c) => c.dataLabelsShowValue, set: (c, v) => void (c.dataLabelsShowValue = bool(v)) } },
});

export interface AxisT {
  chart: ChartModel;
  key: string;
}
const axisOf = (a: AxisT): AxisModel => a.chart.axes[a.key];

export class ChartAxes extends Base<ChartModel> {
  private axis(name: string, key: string): ChartAxis {
    return nav(this, name, ChartAxis, () => ({ chart: this._target(), key }));
  }
  get categoryAxis(): ChartAxis {
    return this.axis('categoryAxis', 'Category/Primary');
  }
  get valueAxis(): ChartAxis {
    return this.axis('valueAxis', 'Value/Primary');
  }
  get seriesAxis(): ChartAxis {
    return this.axis('seriesAxis', 'Series/Primary');
  }
  getItem(type: string, group: string = 'Primary'): ChartAxis {
    return make(ChartAxis, this.context, () => {
      oneOf(type, ['Category', 'Value', 'Series']);
      oneOf(group, ['Primary', 'Secondary']);
      return { chart: this._target(), key: `${type}/${group}` };
    });
  }
}
def(ChartAxes, { name: 'ChartAxes', navs: ['categoryAxis', 'valueAxis', 'seriesAxis'], props: {} });

function axisProp<K extends keyof AxisModel>(key: K, check: (v: unknown) => AxisModel[K]): PropDef<AxisT> {
  return { get: (a) => axisOf(a)[key], set: (a, v) => void (axisOf(a)[key] = check(v)) };
}
export class ChartAxis extends Base<AxisT> {
  get title(): ChartAxisTitle {
    return nav(this, 'title', ChartAxisTitle, () => this._target());
  }
  get majorGridlines(): ChartGridlines {
    return nav(this, 'majorGridlines', ChartGridlines, () => this._target());
  }
}
def(ChartAxis, {
  name: 'ChartAxis',
  navs: ['title', 'majorGridlines'],
  props: {
    numberFormat: axisProp('numberFormat', str),
    minimum: axisProp('minimum', (v) => num(v)),
    maximum: axisProp('maximum', (v) => num(v)),
    majorUnit: axisProp('majorUnit', (v) => num(v)),
    visible: axisProp('visible', bool),
    displayUnit: axisProp('displayUnit', (v) => oneOf(v, ['None', 'Hundreds', 'Thousands', 'TenThousands', 'HundredThousands', 'Millions', 'TenMillions', 'HundredMillions', 'Billions', 'Trillions', 'Custom'])),
  },
});
export class ChartAxisTitle extends Base<AxisT> {}
def(ChartAxisTitle, {
  name: 'ChartAxisTitle',
  navs: [],
  props: {
    text: {
      get: (a) => axisOf(a).title,
      set: (a, v) => {
        axisOf(a).title = str(v);
        axisOf(a).titleVisible = v !== '';
      },
    },
    visible: axisProp('titleVisible', bool),
  },
});
export class ChartGridlines extends Base<AxisT> {}
def(ChartGridlines, { name: 'ChartGridlines', navs: [], props: { visible: axisProp('majorGridlines', bool) } });

export interface SeriesT {
  chart: ChartModel;
  series: SeriesModel;
}
function liveSeries(s: SeriesT): SeriesModel {
  if (s.chart.deleted || s.series.deleted) fail('ItemNotFound', 'The chart series has been deleted.');
  return s.series;
}

export class ChartSeriesCollection extends Base<ChartModel> {
  add(name?: string, index?: number): ChartSeries {
    let created: SeriesT | undefined;
    return make(ChartSeries, this.context, () => {
      if (created) return created;
      const c = this._target();
      const s = model(this).newSeries(c);
      s.name = name ?? `Series${c.series.length + 1}`;
      const at = index === undefined || index === null ? c.series.length : index;
      if (!Number.isInteger(at) || at < 0 || at > c.series.length) fail('InvalidArgument');
      c.series.splice(at, 0, s);
      return (created = { chart: c, series: s });
    }, 'eager', 'ChartSeriesCollection.add', [name ?? null, index ?? null]);
  }
  getItemAt(index: number): ChartSeries {
    return make(ChartSeries, this.context, () => {
      const c = this._target();
      return must(c.series[index] ? { chart: c, series: c.series[index] } : null, 'The chart series');
    });
  }
  getCount(): { value: number } {
    return resultOf(this, 'getCount', null, (c) => c.series.length);
  }
}
def(ChartSeriesCollection, {
  name: 'ChartSeriesCollection',
  navs: [],
  props: { count: { get: (c) => c.series.length } },
  items: (c) => c.series.map((series) => ({ chart: c, series })),
  item: (o, s) => new ChartSeries(o.context, () => s as SeriesT, true),
});

export class ChartSeries extends Base<SeriesT> {
  get format(): ChartSeriesFormat {
    return nav(this, 'format', ChartSeriesFormat, () => this._target());
  }
  setValues(sourceData: unknown): void {
    this._queue('setValues', ['[Range]'], (s) => {
      liveSeries(s).values = rangeArg(this, sourceData)._target();
    });
  }
  setXAxisValues(sourceData: unknown): void {
    this._queue('setXAxisValues', ['[Range]'], (s) => {
      liveSeries(s).xValues = rangeArg(this, sourceData)._target();
    });
  }
  delete(): void {
    this._queue('delete', null, (s) => {
      liveSeries(s).deleted = true;
      s.chart.series.splice(s.chart.series.indexOf(s.series), 1);
    });
  }
  getDimensionValues(dimension: string): { value: string[] } {
    return resultOf(this, 'getDimensionValues', [dimension], (s) => {
      const ser = liveSeries(s);
      const ref = dimension === 'Values' || dimension === 'YValues' ? ser.values : dimension === 'Categories' || dimension === 'XValues' ? ser.xValues : fail('InvalidArgument');
      return model(this).rangeNumbers(ref).map(String);
    });
  }
}
function seriesProp<K extends keyof SeriesModel>(key: K, check: (v: unknown, o: ClientObject<any>) => SeriesModel[K]): PropDef<SeriesT> {
  return { get: (s) => liveSeries(s)[key], set: (s, v, o) => void (liveSeries(s)[key] = check(v, o)) };
}
def(ChartSeries, {
  name: 'ChartSeries',
  navs: ['format'],
  props: {
    name: seriesProp('name', str),
    chartType: {
      get: (s) => {
        const t = liveSeries(s).chartType ?? s.chart.chartType;
        return NULL_TYPE_ON_WEB.includes(t) ? null : t;
      },
      set: (s, v, o) => void (liveSeries(s).chartType = oneOf(v, chartTypes(o))),
    },
    axisGroup: seriesProp('axisGroup', (v) => oneOf(v, ['Primary', 'Secondary']) as 'Primary' | 'Secondary'),
    hasDataLabels: seriesProp('hasDataLabels', bool),
    markerStyle: seriesProp('markerStyle', (v) => str(v)),
    smooth: seriesProp('smooth', bool),
    gapWidth: seriesProp('gapWidth', (v) => {
      if (num(v) < 0 || (v as number) > 500) fail('InvalidArgument');
      return v as number;
    }),
  },
});

export class ChartSeriesFormat extends Base<SeriesT> {
  get fill(): ChartFill {
    return nav(this, 'fill', ChartFill, () => this._target());
  }
  get line(): ChartLineFormat {
    return nav(this, 'line', ChartLineFormat, () => this._target());
  }
}
def(ChartSeriesFormat, { name: 'ChartSeriesFormat', navs: ['fill', 'line'], props: {} });
export class ChartFill extends Base<SeriesT> {
  setSolidColor(color: string): void {
    this._queue('setSolidColor', [color], (s) => void (liveSeries(s).fillColor = normalizeColor(color)));
  }
  clear(): void {
    this._queue('clear', null, (s) => void (liveSeries(s).fillColor = null));
  }
  getSolidColor(): { value: string } {
    return resultOf(this, 'getSolidColor', null, (s) => liveSeries(s).fillColor ?? '');
  }
}
def(ChartFill, { name: 'ChartFill', navs: [], props: {} });
export class ChartLineFormat extends Base<SeriesT> {}
def(ChartLineFormat, { name: 'ChartLineFormat', navs: [], props: { color: seriesProp('lineColor', normalizeColor) } });

// ======================================================================= Settings, properties

export class SettingCollection extends Base<WorkbookModel> {
  get onSettingsChanged(): EventHandlers {
    return new EventHandlers(this.context, () => 'settings.changed', 'SettingCollection.onSettingsChanged');
  }
  add(key: string, value: unknown): Setting {
    let done = false;
    return make(Setting, this.context, () => {
      if (!done) model(this).setSetting(key, value);
      done = true;
      return { key };
    }, 'eager', 'SettingCollection.add', [key, value ?? null]);
  }
  getItem(key: string): Setting {
    return make(Setting, this.context, () => must(model(this).settings.has(key) ? { key } : null, `The setting "${key}"`), 'lazy', 'SettingCollection.getItem');
  }
  getItemOrNullObject(key: string): Setting {
    return make(Setting, this.context, () => (model(this).settings.has(key) ? { key } : null), 'nullable', 'SettingCollection.getItemOrNullObject', [key]);
  }
  getCount(): { value: number } {
    return resultOf(this, 'getCount', null, (m) => m.settings.size);
  }
}
def(SettingCollection, {
  name: 'SettingCollection',
  navs: [],
  props: {},
  items: (m) => [...m.settings.keys()].map((key) => ({ key })),
  item: (o, s) => new Setting(o.context, () => s as { key: string }, true),
});

export class Setting extends Base<{ key: string }> {
  delete(): void {
    this._queue('delete', null, (s) => {
      const m = model(this);
      if (!m.settings.delete(s.key)) fail('ItemNotFound');
      m.pending.push({ kind: 'settings' });
    });
  }
}
def(Setting, {
  name: 'Setting',
  navs: [],
  props: {
    key: { get: (s) => s.key },
    value: {
      get: (s, o) => {
        const m = model(o);
        if (!m.settings.has(s.key)) fail('ItemNotFound');
        return JSON.parse(JSON.stringify(m.settings.get(s.key)));
      },
      set: (s, v, o) => model(o).setSetting(s.key, v),
    },
  },
});

export class DocumentProperties extends Base<WorkbookModel> {
  get custom(): CustomPropertyCollection {
    return nav(this, 'custom', CustomPropertyCollection, () => this._target());
  }
}
const docProp = (key: string): PropDef<WorkbookModel> => ({
  get: (m) => (m as unknown as { docProps: Record<string, string> }).docProps?.[key] ?? '',
  set: (m, v) => {
    const holder = m as unknown as { docProps?: Record<string, string> };
    (holder.docProps ??= {})[key] = str(v);
  },
});
def(DocumentProperties, {
  name: 'DocumentProperties',
  navs: ['custom'],
  props: Object.fromEntries(['title', 'subject', 'author', 'keywords', 'comments', 'category', 'manager', 'company'].map((k) => [k, docProp(k)])),
});

export class CustomPropertyCollection extends Base<WorkbookModel> {
  add(key: string, value: unknown): CustomProperty {
    let done = false;
    return make(CustomProperty, this.context, () => {
      if (!done) model(this).setCustomProperty(key, value);
      done = true;
      return { key: key.toLowerCase() };
    }, 'eager', 'CustomPropertyCollection.add', [key, value as never]);
  }
  getItem(key: string): CustomProperty {
    return make(CustomProperty, this.context, () => must(model(this).customProperties.has(String(key).toLowerCase()) ? { key: key.toLowerCase() } : null, `The custom property "${key}"`));
  }
  getItemOrNullObject(key: string): CustomProperty {
    return make(CustomProperty, this.context, () => (model(this).customProperties.has(String(key).toLowerCase()) ? { key: key.toLowerCase() } : null), 'nullable', 'CustomPropertyCollection.getItemOrNullObject', [key]);
  }
  getCount(): { value: number } {
    return resultOf(this, 'getCount', null, (m) => m.customProperties.size);
  }
  deleteAll(): void {
    this._queue('deleteAll', null, (m) => m.customProperties.clear());
  }
}
def(CustomPropertyCollection, {
  name: 'CustomPropertyCollection',
  navs: [],
  props: {},
  items: (m) => [...m.customProperties.keys()].map((key) => ({ key })),
  item: (o, p) => new CustomProperty(o.context, () => p as { key: string }, true),
});

function propType(v: unknown): string {
  return typeof v === 'number' ? (Number.isInteger(v) ? 'Number' : 'Float') : typeof v === 'boolean' ? 'Boolean' : v instanceof Date ? 'Date' : 'String';
}
export class CustomProperty extends Base<{ key: string }> {
  delete(): void {
    this._queue('delete', null, (p) => {
      if (!model(this).customProperties.delete(p.key)) fail('ItemNotFound');
    });
  }
}
def(CustomProperty, {
  name: 'CustomProperty',
  navs: [],
  props: {
    key: { get: (p, o) => must(model(o).customProperties.get(p.key) ?? null, 'The custom property').key },
    value: {
      get: (p, o) => must(model(o).customProperties.get(p.key) ?? null, 'The custom property').value,
      set: (p, v, o) => model(o).setCustomProperty(must(model(o).customProperties.get(p.key) ?? null, 'The custom property').key, v),
    },
    type: { get: (p, o) => propType(must(model(o).customProperties.get(p.key) ?? null, 'The custom property').value) },
  },
});

export interface SheetPropT {
  sheet: SheetModel;
  key: string;
}
export class WorksheetCustomPropertyCollection extends Base<SheetModel> {
  add(key: string, value: string): WorksheetCustomProperty {
    let done = false;
    return make(WorksheetCustomProperty, this.context, () => {
      const s = this._target();
      if (!done) model(this).setSheetCustomProperty(s, key, value);
      done = true;
      return { sheet: s, key: key.toLowerCase() };
    }, 'eager', 'WorksheetCustomPropertyCollection.add', [key, value]);
  }
  getItem(key: string): WorksheetCustomProperty {
    return make(WorksheetCustomProperty, this.context, () => {
      const s = this._target();
      return must(s.customProperties.has(String(key).toLowerCase()) ? { sheet: s, key: key.toLowerCase() } : null, `The custom property "${key}"`);
    });
  }
  getItemOrNullObject(key: string): WorksheetCustomProperty {
    return make(WorksheetCustomProperty, this.context, () => {
      const s = this._target();
      return s.customProperties.has(String(key).toLowerCase()) ? { sheet: s, key: key.toLowerCase() } : null;
    }, 'nullable', 'WorksheetCustomPropertyCollection.getItemOrNullObject', [key]);
  }
  getCount(): { value: number } {
    return resultOf(this, 'getCount', null, (s) => s.customProperties.size);
  }
}
def(WorksheetCustomPropertyCollection, {
  name: 'WorksheetCustomPropertyCollection',
  navs: [],
  props: {},
  items: (s) => [...s.customProperties.keys()].map((key) => ({ sheet: s, key })),
  item: (o, p) => new WorksheetCustomProperty(o.context, () => p as SheetPropT, true),
});
export class WorksheetCustomProperty extends Base<SheetPropT> {
  delete(): void {
    this._queue('delete', null, (p) => {
      if (!p.sheet.customProperties.delete(p.key)) fail('ItemNotFound');
    });
  }
}
const sheetProp = (p: SheetPropT) => must(p.sheet.customProperties.get(p.key) ?? null, 'The custom property');
def(WorksheetCustomProperty, {
  name: 'WorksheetCustomProperty',
  navs: [],
  props: {
    key: { get: (p) => sheetProp(p).key },
    value: { get: (p) => sheetProp(p).value, set: (p, v, o) => model(o).setSheetCustomProperty(p.sheet, sheetProp(p).key, v) },
  },
});

// ======================================================================= Workbook, application, runtime

export class Application extends Base<WorkbookModel> {
  /** ExcelApi 1.11 (datetimeFormat 1.12): the culture given to createWorkbook, read-only */
  get cultureInfo(): CultureInfo {
    return nav(this, 'cultureInfo', CultureInfo, () => this._target());
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this._queue('suspendScreenUpdatingUntilNextSync', null, () => undefined);
  }
  suspendApiCalculationUntilNextSync(): void {
    this._queue('suspendApiCalculationUntilNextSync', null, () => undefined);
  }
  calculate(calculationType: string): void {
    this._queue('calculate', [calculationType], () => void oneOf(calculationType, ['Recalculate', 'Full', 'FullRebuild']));
  }
}
def(Application, {
  name: 'Application',
  navs: ['cultureInfo'],
  props: {
    calculationMode: {
      get: (m) => (m as unknown as { calculationMode?: string }).calculationMode ?? 'Automatic',
      set: (m, v) => void ((m as unknown as { calculationMode?: string }).calculationMode = oneOf(v, ['Automatic', 'AutomaticExceptTables', 'Manual'])),
    },
  },
});

export class CultureInfo extends Base<WorkbookModel> {
  get numberFormat(): NumberFormatInfo {
    return nav(this, 'numberFormat', NumberFormatInfo, () => this._target());
  }
  get datetimeFormat(): DatetimeFormatInfo {
    return nav(this, 'datetimeFormat', DatetimeFormatInfo, () => this._target());
  }
}
const cultureProps = (keys: Array<keyof WorkbookModel['culture']>): Record<string, PropDef<WorkbookModel>> =>
  Object.fromEntries(keys.map((k) => [k, { get: (m: WorkbookModel) => m.culture[k] }]));
def(CultureInfo, { name: 'CultureInfo', navs: ['numberFormat', 'datetimeFormat'], props: cultureProps(['name']) });
export class NumberFormatInfo extends Base<WorkbookModel> {}
def(NumberFormatInfo, {
  name: 'NumberFormatInfo',
  navs: [],
  props: cultureProps(['numberDecimalSeparator', 'numberGroupSeparator']),
});
export class DatetimeFormatInfo extends Base<WorkbookModel> {}
def(DatetimeFormatInfo, {
  name: 'DatetimeFormatInfo',
  navs: [],
  props: cultureProps(['dateSeparator', 'shortDatePattern', 'longDatePattern', 'timeSeparator', 'longTimePattern']),
});

export class Runtime extends Base<WorkbookModel> {}
def(Runtime, {
  name: 'Runtime',
  navs: [],
  props: {
    enableEvents: {
      get: (_m, o) => o.context.host.eventsEnabled,
      set: (_m, v, o) => void (o.context.host.eventsEnabled = bool(v)),
    },
  },
});

export class Workbook extends Base<WorkbookModel> {
  get worksheets(): WorksheetCollection {
    return nav(this, 'worksheets', WorksheetCollection, () => this._target());
  }
  get tables(): TableCollection {
    return nav(this, 'tables', TableCollection, (): TablesT => ({ sheet: null }));
  }
  get settings(): SettingCollection {
    return nav(this, 'settings', SettingCollection, () => this._target());
  }
  get pivotTables(): PivotTableCollection {
    return nav(this, 'pivotTables', PivotTableCollection, (): PivotsT => ({ sheet: null }));
  }
  get slicers(): SlicerCollection {
    return nav(this, 'slicers', SlicerCollection, () => this._target());
  }
  get properties(): DocumentProperties {
    return nav(this, 'properties', DocumentProperties, () => this._target());
  }
  get application(): Application {
    return nav(this, 'application', Application, () => this._target());
  }
  get onSelectionChanged(): EventHandlers {
    return new EventHandlers(this.context, () => 'wb.selection', 'Workbook.onSelectionChanged');
  }
  getSelectedRange(): Range {
    return make(Range, this.context, () => {
      const s = must(model(this).activeSheet, 'The active worksheet');
      return { sheet: s, rect: s.selection };
    });
  }
  getActiveCell(): Range {
    return make(Range, this.context, () => {
      const s = must(model(this).activeSheet, 'The active worksheet');
      return { sheet: s, rect: { r0: s.selection.r0, c0: s.selection.c0, r1: s.selection.r0, c1: s.selection.c0 } };
    });
  }
}
def(Workbook, {
  name: 'Workbook',
  navs: ['worksheets', 'tables', 'pivotTables', 'slicers', 'settings', 'properties', 'application'],
  props: {
    name: { get: (m) => (m as unknown as { fileName?: string }).fileName ?? 'Book1.xlsx' },
    readOnly: { get: () => false },
    // BETA in Excel (rule 2.4); the only way the add-in can detect the 1904 date system.
    use1904DateSystem: { get: (m) => m.date1904, set: (m, v) => void (m.date1904 = bool(v)) },
  },
});

// ----------------------------------------------------------------------- slicers (rule 15)

export class SlicerCollection extends Base<WorkbookModel> {
  add(slicerSource: unknown, sourceField: unknown, slicerDestination?: unknown): Slicer {
    let created: SlicerModel | undefined;
    return make(Slicer, this.context, () => {
      if (created) return created;
      const m = model(this);
      let source: SlicerModel['source'];
      if (slicerSource instanceof PivotTable) source = { pivot: m.livePivot(slicerSource._target()) };
      else if (slicerSource instanceof Table) source = { table: m.liveTable(slicerSource._target()) };
      else if (typeof slicerSource === 'string') {
        const table = m.tableByName(slicerSource);
        const pivot = m.pivotsOn(null).find((p) => p.name.toLowerCase() === slicerSource.toLowerCase());
        source = table ? { table } : pivot ? { pivot } : fail('ItemNotFound', `"${slicerSource}" is not a table or a PivotTable.`);
      } else return fail('InvalidArgument', 'The slicer source must be a PivotTable, a Table or a name.');
      let sheet: SheetModel;
      if (slicerDestination instanceof Worksheet) sheet = m.live(slicerDestination._target());
      else if (typeof slicerDestination === 'string') sheet = m.sheet(slicerDestination);
      else sheet = 'pivot' in source ? source.pivot.sheet : source.table.sheet;
      return (created = m.addSlicer(source, sourceField, sheet));
    }, 'eager', 'SlicerCollection.add', ['[source]', String(sourceField)]);
  }
  private list(): SlicerModel[] {
    return model(this).slicers.filter((x) => !x.deleted);
  }
  getItem(key: string): Slicer {
    return make(Slicer, this.context, () => must(this.list().find((x) => x.id === key || x.name.toLowerCase() === String(key).toLowerCase()) ?? null, `The slicer "${key}"`), 'lazy', 'SlicerCollection.getItem');
  }
  getCount(): { value: number } {
    return resultOf(this, 'getCount', null, () => this.list().length);
  }
}
def(SlicerCollection, {
  name: 'SlicerCollection',
  navs: [],
  props: {},
  items: (m) => m.slicers.filter((x) => !x.deleted),
  item: (o, x) => new Slicer(o.context, () => x as SlicerModel, true),
});

function liveSlicer(x: SlicerModel): SlicerModel {
  if (x.deleted) fail('ItemNotFound', 'The slicer has been deleted.');
  return x;
}
function slicerProp<K extends 'top' | 'left' | 'width' | 'height' | 'caption'>(key: K, check: (v: unknown) => SlicerModel[K]): PropDef<SlicerModel> {
  return { get: (x) => x[key], set: (x, v) => void (liveSlicer(x)[key] = check(v)) };
}
export class Slicer extends Base<SlicerModel> {
  delete(): void {
    this._queue('delete', null, (x) => void (liveSlicer(x).deleted = true));
  }
}
def(Slicer, {
  name: 'Slicer',
  navs: [],
  props: {
    id: { get: (x) => x.id },
    name: {
      get: (x) => x.name,
      set: (x, v, o) => {
        const name = str(v);
        if (model(o).slicers.some((y) => y !== x && !y.deleted && y.name.toLowerCase() === name.toLowerCase())) fail('InvalidArgument', `A slicer named "${name}" already exists.`);
        liveSlicer(x).name = name;
      },
    },
    caption: slicerProp('caption', str),
    top: slicerProp('top', (v) => Math.max(0, num(v))),
    left: slicerProp('left', (v) => Math.max(0, num(v))),
    width: slicerProp('width', positive),
    height: slicerProp('height', positive),
  },
});

// ----------------------------------------------------------------------- page layout (rule 14)

/** Worksheet.pageLayout (ExcelApi 1.9): orientation, zoom (scale or fit to pages), print title rows. */
export class PageLayout extends Base<SheetModel> {
  /** rule 14.3: whole rows of this sheet ("$4:$4", "4:5" or a Range of entire rows). [ASSUMPTION] anything else → InvalidArgument. */
  setPrintTitleRows(rows: unknown): void {
    this._queue('setPrintTitleRows', [typeof rows === 'string' ? rows : '[Range]'], (s) => {
      let rect: Rect;
      if (typeof rows === 'string') {
        const { sheet, ref } = splitSheet(rows.replace(/\$/g, ''));
        if (sheet !== undefined && model(this).sheet(sheet) !== s) fail('InvalidArgument', 'Print title rows are on the same worksheet.');
        if (!/^\d+(:\d+)?$/.test(ref)) fail('InvalidArgument', 'Print title rows are whole rows ("$1:$1").');
        rect = parseRef(ref.includes(':') ? ref : `${ref}:${ref}`);
      } else {
        const r = rangeArg(this, rows)._target();
        if (r.sheet !== s || !isWholeRows(r.rect)) fail('InvalidArgument', 'Print title rows are whole rows of this worksheet.');
        rect = r.rect;
      }
      pageLayoutOf(s).printTitleRows = { r0: rect.r0, r1: rect.r1 };
    });
  }
  getPrintTitleRowsOrNullObject(): Range {
    return make(Range, this.context, () => {
      const s = this._target();
      const t = s.pageLayout?.printTitleRows;
      return t ? { sheet: s, rect: { r0: t.r0, r1: t.r1, c0: 0, c1: MAX_COLS - 1 } } : null;
    }, 'nullable', 'PageLayout.getPrintTitleRowsOrNullObject');
  }
}
def(PageLayout, {
  name: 'PageLayout',
  navs: [],
  props: {
    orientation: {
      get: (s) => pageLayoutOf(s).orientation,
      set: (s, v) => {
        const orientation = oneOf(v, ['Portrait', 'Landscape']) as 'Portrait' | 'Landscape';
        pageLayoutOf(s).orientation = orientation;
      },
    },
    zoom: {
      get: (s) => ({ ...pageLayoutOf(s).zoom }),
      set: (s, v) => {
        const zoom = checkZoom(v);
        pageLayoutOf(s).zoom = zoom;
      },
    },
  },
});

// ----------------------------------------------------------------------- pivot tables (rule 13)

export interface PivotsT {
  sheet: SheetModel | null;
}

export class PivotTableCollection extends Base<PivotsT> {
  add(name: string, source: unknown, destination: unknown): PivotTable {
    let created: PivotTableModel | undefined;
    return make(PivotTable, this.context, () => {
      if (created) return created;
      const m = model(this);
      const t = this._target();
      let src: PivotTableModel['source'];
      if (source instanceof Table) src = { table: m.liveTable(source._target()) };
      else if (source instanceof Range) src = { sheet: source._target().sheet, rect: source._target().rect };
      else if (typeof source === 'string') {
        const table = m.tableByName(source);
        if (table) src = { table };
        else {
          const { sheet, ref } = splitSheet(source);
          src = { sheet: sheet !== undefined ? m.sheet(sheet) : must(t.sheet ?? m.activeSheet, 'The worksheet'), rect: parseRef(ref) };
        }
      } else return fail('InvalidArgument', 'The source must be a Range, a Table or an address.');
      let dest: { sheet: SheetModel; rect: Rect };
      if (destination instanceof Range) dest = destination._target();
      else if (typeof destination === 'string') {
        const { sheet, ref } = splitSheet(destination);
        dest = { sheet: sheet !== undefined ? m.sheet(sheet) : must(t.sheet ?? m.activeSheet, 'The worksheet'), rect: parseRef(ref) };
      } else return fail('InvalidArgument', 'The destination must be a Range or an address.');
      return (created = m.addPivotTable(t.sheet, name, src, dest));
    }, 'eager', 'PivotTableCollection.add', [name, '[source]', '[destination]']);
  }
  private list(): PivotTableModel[] {
    return model(this).pivotsOn(this._target().sheet);
  }
  getItem(name: string): PivotTable {
    return make(PivotTable, this.context, () => must(this.list().find((p) => p.name.toLowerCase() === String(name).toLowerCase()) ?? null, `The PivotTable "${name}"`), 'lazy', 'PivotTableCollection.getItem');
  }
  getItemOrNullObject(name: string): PivotTable {
    return make(PivotTable, this.context, () => this.list().find((p) => p.name.toLowerCase() === String(name).toLowerCase()) ?? null, 'nullable', 'PivotTableCollection.getItemOrNullObject', [name]);
  }
  getCount(): { value: number } {
    return resultOf(this, 'getCount', null, () => this.list().length);
  }
  refreshAll(): void {
    this._queue('refreshAll', null, () => {
      for (const p of this.list()) model(this).refreshPivot(p);
    });
  }
}
def(PivotTableCollection, {
  name: 'PivotTableCollection',
  navs: [],
  props: {},
  items: (t, o) => model(o).pivotsOn(t.sheet),
  item: (o, p) => new PivotTable(o.context, () => p as PivotTableModel, true),
});

export class PivotTable extends Base<PivotTableModel> {
  private live(): PivotTableModel {
    return model(this).livePivot(this._target());
  }
  get worksheet(): Worksheet {
    return nav(this, 'worksheet', Worksheet, () => this.live().sheet);
  }
  get hierarchies(): PivotHierarchyCollection {
    return nav(this, 'hierarchies', PivotHierarchyCollection, () => this.live());
  }
  get rowHierarchies(): RowColumnPivotHierarchyCollection {
    return nav(this, 'rowHierarchies', RowColumnPivotHierarchyCollection, (): AxisT2 => ({ pivot: this.live(), axis: 'rows' }));
  }
  get columnHierarchies(): RowColumnPivotHierarchyCollection {
    return nav(this, 'columnHierarchies', RowColumnPivotHierarchyCollection, (): AxisT2 => ({ pivot: this.live(), axis: 'columns' }));
  }
  get filterHierarchies(): RowColumnPivotHierarchyCollection {
    return nav(this, 'filterHierarchies', RowColumnPivotHierarchyCollection, (): AxisT2 => ({ pivot: this.live(), axis: 'filters' }));
  }
  get dataHierarchies(): DataPivotHierarchyCollection {
    return nav(this, 'dataHierarchies', DataPivotHierarchyCollection, () => this.live());
  }
  refresh(): void {
    this._queue('refresh', null, (p) => model(this).refreshPivot(p));
  }
  delete(): void {
    this._queue('delete', null, (p) => {
      model(this).livePivot(p).deleted = true;
      model(this).pivotTables.splice(model(this).pivotTables.indexOf(p), 1);
    });
  }
}
def(PivotTable, {
  name: 'PivotTable',
  navs: ['worksheet', 'hierarchies', 'rowHierarchies', 'columnHierarchies', 'filterHierarchies', 'dataHierarchies'],
  props: {
    id: { get: (p) => p.id },
    name: { get: (p) => p.name, set: (p, v, o) => void (p.name = model(o).checkPivotName(p.sheet, v, p)) },
  },
});

export interface HierT {
  pivot: PivotTableModel;
  field: string;
}
export class PivotHierarchyCollection extends Base<PivotTableModel> {
  getItem(name: string): PivotHierarchy {
    return make(PivotHierarchy, this.context, () => {
      const p = model(this).livePivot(this._target());
      const field = p.fields.find((f) => f.toLowerCase() === String(name).toLowerCase());
      return { pivot: p, field: must(field ?? null, `The hierarchy "${name}"`) };
    }, 'lazy', 'PivotHierarchyCollection.getItem');
  }
}
def(PivotHierarchyCollection, {
  name: 'PivotHierarchyCollection',
  navs: [],
  props: {},
  items: (p) => p.fields.map((field) => ({ pivot: p, field })),
  item: (o, h) => new PivotHierarchy(o.context, () => h as HierT, true),
});
export class PivotHierarchy extends Base<HierT> {}
def(PivotHierarchy, { name: 'PivotHierarchy', navs: [], props: { name: { get: (h) => h.field }, id: { get: (h) => h.field } } });

function hierarchyArg(self: ClientObject<any>, h: unknown): HierT {
  if (!(h instanceof PivotHierarchy)) return fail('InvalidArgument', 'Expected a PivotHierarchy.');
  self._checkContext(h);
  return h._target();
}

export interface AxisT2 {
  pivot: PivotTableModel;
  axis: 'rows' | 'columns' | 'filters';
}
export class RowColumnPivotHierarchyCollection extends Base<AxisT2> {
  add(pivotHierarchy: unknown): PivotHierarchy {
    let done: HierT | undefined;
    return make(PivotHierarchy, this.context, () => {
      if (done) return done;
      const t = this._target();
      const h = hierarchyArg(this, pivotHierarchy);
      if (h.pivot !== t.pivot) fail('InvalidArgument', 'The hierarchy belongs to another PivotTable.');
      model(this).addAxisHierarchy(t.pivot, t.axis, h.field);
      return (done = h);
    }, 'eager', 'RowColumnPivotHierarchyCollection.add');
  }
  getCount(): { value: number } {
    return resultOf(this, 'getCount', null, (t) => t.pivot[t.axis].length);
  }
}
def(RowColumnPivotHierarchyCollection, {
  name: 'RowColumnPivotHierarchyCollection',
  navs: [],
  props: {},
  items: (t) => t.pivot[t.axis].map((field) => ({ pivot: t.pivot, field })),
  item: (o, h) => new PivotHierarchy(o.context, () => h as HierT, true),
});

export class DataPivotHierarchyCollection extends Base<PivotTableModel> {
  add(pivotHierarchy: unknown): DataPivotHierarchy {
    let done: DataHierarchyModel | undefined;
    return make(DataPivotHierarchy, this.context, () => {
      if (done) return done;
      const p = this._target();
      const h = hierarchyArg(this, pivotHierarchy);
      if (h.pivot !== p) fail('InvalidArgument', 'The hierarchy belongs to another PivotTable.');
      return (done = model(this).addDataHierarchy(p, h.field));
    }, 'eager', 'DataPivotHierarchyCollection.add');
  }
  getCount(): { value: number } {
    return resultOf(this, 'getCount', null, (p) => p.data.length);
  }
}
def(DataPivotHierarchyCollection, {
  name: 'DataPivotHierarchyCollection',
  navs: [],
  props: {},
  items: (p) => p.data,
  item: (o, d) => new DataPivotHierarchy(o.context, () => d as DataHierarchyModel, true),
});

/** [ASSUMPTION] the default name is Excel's English one, "Sum of X" / "Count of X", until set. */
export function dataHierarchyName(d: DataHierarchyModel): string {
  return d.name ?? `${d.summarizeBy === 'Count' || d.summarizeBy === 'CountNumbers' ? 'Count' : d.summarizeBy === 'Automatic' ? 'Sum' : d.summarizeBy} of ${d.field}`;
}
export class DataPivotHierarchy extends Base<DataHierarchyModel> {}
def(DataPivotHierarchy, {
  name: 'DataPivotHierarchy',
  navs: [],
  props: {
    id: { get: (d) => String(d.id) },
    name: { get: (d) => dataHierarchyName(d), set: (d, v) => void (d.name = str(v)) },
    summarizeBy: { get: (d) => d.summarizeBy, set: (d, v) => void (d.summarizeBy = oneOf(v, AGGREGATIONS)) },
    numberFormat: { get: (d) => d.numberFormat, set: (d, v) => void (d.numberFormat = str(v)) },
  },
});

export function rangeOfObject(o: unknown): RangeT {
  if (!(o instanceof Range)) throw new Error('not a Range');
  return o._target();
}

export { rectAddress };
