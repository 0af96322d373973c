// Writes one OutputSheet into an (empty, new) worksheet: text formats first, values in blocks,
// then number formats, tables, widths, colour scales, charts.
import type { Cell } from '../engine/types';
import { chartAxisFormats } from '../report/chartAxisFormats';
import { columnLetter } from '../engine/clean/columnLetter';
import { sheetLayout, cellAddress, legendVisible, POINTS_PER_CHAR, type BlockPlacement, type SheetLayout } from '../report/sheetLayout';
import type { ChartSpec, ColourScale, IconSetSpec, OutputSheet, OutputTable, PivotBlock, RowHighlight } from '../report/types';
import type { ApiSupport } from './apiSupport';
import { blocksByBytes, jsonBytes, type SyncBatcher } from './syncBatcher';

export interface WrittenSheet {
  /** table names as created (temporary names until the swap) */
  tables: { key: string; name: string; finalName: string }[];
  charts: string[];
  /** charts left out or simplified (ExcelApi missing), for a note */
  degraded: boolean;
  rows: number;
}

export interface WriteSheetOptions {
  support: ApiSupport;
  /** bytes of one values block */
  blockBytes: number;
  /** suffix of the temporary table names (renamed at the swap) */
  tableSuffix: string;
  /** final names of the output sheets by key (links point there: they are not updated by the swap's renames) */
  sheetNames?: Record<string, string>;
  /** false: no charts (a sheet rewritten in place gets them at the commit) */
  charts?: boolean;
  /**
   * false: the cells only, no Excel tables (a sheet rewritten in place keeps its own tables: the
   * commit copies the cells over them, and a copied range holding a table could paste one)
   */
  tables?: boolean;
  /** rows written so far (for progress), called after each block */
  onRows?: (rows: number) => void;
}

const CHART_TYPE: Record<ChartSpec['kind'], string> = {
  pareto: 'ColumnClustered',
  column: 'ColumnClustered',
  bar: 'BarClustered',
  pie: 'Pie',
  line: 'Line',
  scatterLine: 'XYScatterLinesNoMarkers',
};

export async function writeSheet(
  worksheet: Excel.Worksheet,
  sheet: OutputSheet,
  batcher: SyncBatcher,
  options: WriteSheetOptions,
): Promise<WrittenSheet> {
  const layout = sheetLayout(sheet);
  const at = (row: number, column: number, rows = 1, columns = 1) => worksheet.getRangeByIndexes(row, column, rows, columns);
  const setText = async (row: number, column: number, text: string, bold = false) => {
    await batcher.reserve(text.length * 2 + 40);
    const cell = at(row, column);
    cell.numberFormat = [['@']];
    cell.values = [[text]];
    if (bold) cell.format.font.bold = true;
  };

  // 1. "@" on every cell that will hold text, before any value (text never becomes a formula).
  for (const p of layout.blocks) await textFormats(p, at, batcher);

  // 2. Values.
  await setText(layout.headingRow, 0, sheet.heading, true);
  if (sheet.subtitle && layout.subtitleRow >= 0) await setText(layout.subtitleRow, 0, sheet.subtitle);
  let rowsWritten = 0;
  for (const p of layout.blocks) {
    if (p.block.title) await setText(p.titleRow, 0, p.block.title, true);
    const block = p.block;
    switch (block.type) {
      case 'kpis': {
        if (block.items.length === 0) break;
        const values = block.items.map((item) => [item.label, item.value]);
        await batcher.reserve(jsonBytes(values));
        at(p.top, 0, values.length, 2).values = values as unknown[][];
        for (let k = 0; k < block.items.length; k++) {
          const item = block.items[k];
          if (item.kind !== 'text') {
            await batcher.reserve(item.numberFormat.length + 8);
            at(p.top + k, 1).numberFormat = [[item.numberFormat]];
          }
        }
        break;
      }
      case 'notes': {
        if (block.lines.length === 0) break;
        const values = block.lines.map((line) => [line]);
        await batcher.reserve(jsonBytes(values));
        at(p.top, 0, values.length, 1).values = values;
        break;
      }
      case 'links': {
        if (block.items.length === 0) break;
        const values = block.items.map((item) => [item.label]);
        await batcher.reserve(jsonBytes(values));
        at(p.top, 0, values.length, 1).values = values;
        // Range.hyperlink is ExcelApi 1.7: before it the lines are plain text
        if (!options.support('1.7')) break;
        for (let k = 0; k < block.items.length; k++) {
          const name = options.sheetNames?.[block.items[k].sheet];
          if (!name) continue;
          await batcher.reserve(2 * (name.length + block.items[k].tip.length) + 80);
          at(p.top + k, 0).hyperlink = { documentReference: `'${name.replace(/'/g, "''")}'!A1`, screenTip: block.items[k].tip };
        }
        break;
      }
      case 'matrix': {
        const values: Cell[][] = [[block.corner, ...block.columnLabels]];
        block.values.forEach((row, k) => values.push([block.rowLabels[k], ...row]));
        await batcher.reserve(jsonBytes(values));
        at(p.top, 0, values.length, values[0].length).values = values as unknown[][];
        at(p.top, 0, 1, values[0].length).format.font.bold = true;
        at(p.top, 0, values.length, 1).format.font.bold = true;
        // an empty matrix (no cohort before the as-of day) is its corner and labels only: a range of zero rows is invalid
        if (block.rowLabels.length === 0 || block.columnLabels.length === 0) break;
        const body = at(p.top + 1, 1, block.rowLabels.length, block.columnLabels.length);
        body.numberFormat = block.numberFormat as unknown as unknown[][]; // one format for the range (rule 2.8)
        if (block.colourScale && options.support('1.6')) await colourScale(body, block.colourScale, batcher);
        break;
      }
      case 'table':
        rowsWritten += await tableValues(block, p, at, batcher, options, rowsWritten);
        break;
    }
  }

  // 3. Number formats of the non-text table columns, then the tables themselves.
  const tables: WrittenSheet['tables'] = [];
  for (const p of layout.blocks) {
    if (p.block.type !== 'table') continue;
    const block = p.block;
    const dataRows = Math.max(1, block.rows.length);
    for (let c = 0; c < block.columns.length; c++) {
      const col = block.columns[c];
      if (col.kind === 'text') continue;
      await batcher.reserve(col.numberFormat.length + 8);
      at(p.top + 1, p.left + c, dataRows, 1).numberFormat = col.numberFormat as unknown as unknown[][];
    }
    if (options.tables !== false) {
      await batcher.reserve(200);
      const table = worksheet.tables.add(at(p.top, p.left, dataRows + 1, block.columns.length), true);
      const name = `${block.name}${options.tableSuffix}`;
      table.name = name;
      if (block.style) table.style = block.style;
      tables.push({ key: block.key, name, finalName: block.name });
    }
    // Conditional formats (ExcelApi 1.6) over a column's data cells; without 1.6 the table has none.
    const body = (key: string) => {
      const c = block.columns.findIndex((col) => col.key === key);
      return c >= 0 && block.rows.length > 0 && options.support('1.6') ? at(p.top + 1, p.left + c, block.rows.length, 1) : null;
    };
    for (const scale of block.colourScales ?? []) {
      const range = body(scale.column);
      if (range) await colourScale(range, scale.scale, batcher);
    }
    for (const bar of block.dataBars ?? []) {
      const range = body(bar.column);
      if (range) await dataBar(range, bar.colour, batcher);
    }
    for (const icons of block.iconSets ?? []) {
      const range = body(icons.column);
      if (range) await iconSet(range, icons.icons, batcher);
    }
    for (const h of block.rowHighlights ?? []) {
      const c = block.columns.findIndex((col) => col.key === h.column);
      if (c >= 0 && block.rows.length > 0 && options.support('1.6'))
        await rowHighlight(at(p.top + 1, p.left, block.rows.length, block.columns.length), `$${columnLetter(p.left + c)}${p.top + 2}`, h, batcher);
    }
  }

  // 4. Column widths.
  await writeColumnWidths(worksheet, sheet, batcher);

  // 5. Charts (for a sheet rewritten in place, at the commit instead: writeCharts).
  const { charts, degraded } = options.charts === false ? { charts: [], degraded: false } : await writeCharts(worksheet, sheet, batcher, options.support);

  if (layout.freezeRows > 0) {
    await batcher.reserve(40);
    worksheet.freezePanes.freezeRows(layout.freezeRows);
  }
  // Print setup (ExcelApi 1.9): landscape, one page wide, the header row on every page.
  if (sheet.print && options.support('1.9')) {
    await batcher.reserve(200);
    const page = worksheet.pageLayout;
    if (sheet.print.landscape) page.orientation = 'Landscape' as Excel.PageOrientation;
    if (sheet.print.fitToWidth) page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    if (sheet.print.repeatHeader && layout.headerRow >= 0) page.setPrintTitleRows(`$${layout.headerRow + 1}:$${layout.headerRow + 1}`);
  }
  return { tables, charts, degraded, rows: rowsWritten };
}

/** Column widths: the widest need of each column over the blocks. */
export async function writeColumnWidths(worksheet: Excel.Worksheet, sheet: OutputSheet, batcher: SyncBatcher): Promise<void> {
  const widths = sheetLayout(sheet).columnWidths;
  for (let c = 0; c < widths.length; c++) {
    await batcher.reserve(40);
    worksheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = Math.round(widths[c] * POINTS_PER_CHAR);
  }
}

/** The sheet's charts over its tables (as written at the sheet's layout). */
export async function writeCharts(
  worksheet: Excel.Worksheet,
  sheet: OutputSheet,
  batcher: SyncBatcher,
  support: ApiSupport,
): Promise<{ charts: string[]; degraded: boolean }> {
  const layout = sheetLayout(sheet);
  const charts: string[] = [];
  let degraded = false;
  for (let k = 0; k < sheet.charts.length; k++) {
    const result = await addChart(worksheet, sheet.charts[k], layout, k, batcher, support);
    if (result.name) charts.push(result.name);
    degraded = degraded || result.degraded;
  }
  return { charts, degraded };
}

/**
 * The sheet's PivotTables (ExcelApi 1.8; left out before it: the sheet's note says how to make one)
 * and their slicers, over the tables named in `tableNames` by table key. Added by the commit, once
 * the source tables have their final names and headers (a table rewritten in place takes its new
 * headers only then).
 */
export async function writePivots(
  worksheet: Excel.Worksheet,
  sheet: OutputSheet,
  batcher: SyncBatcher,
  support: ApiSupport,
  tableNames: Record<string, string>,
): Promise<number> {
  const layout = sheetLayout(sheet);
  const at = (row: number, column: number) => worksheet.getRangeByIndexes(row, column, 1, 1);
  let pivots = 0;
  for (const p of layout.blocks) {
    if (p.block.type !== 'pivot' || !support('1.8')) continue;
    const source = tableNames[p.block.source.table];
    if (!source) continue;
    const pivot = await addPivot(worksheet, p.block, source, at(p.top, p.left), batcher);
    pivots++;
    // Slicers (ExcelApi 1.10) right of where the PivotTable grows, one under the other.
    if (!support('1.10')) continue;
    for (let k = 0; k < (p.block.slicers ?? []).length; k++) {
      await batcher.reserve(300);
      const slicer = worksheet.context.workbook.slicers.add(pivot, p.block.slicers![k], worksheet);
      slicer.left = SLICER_LEFT;
      slicer.top = p.top * ROW_POINTS + k * (SLICER_HEIGHT + 10);
      slicer.height = SLICER_HEIGHT;
    }
  }

  return pivots;
}

type At = (row: number, column: number, rows?: number, columns?: number) => Excel.Range;

async function textFormats(p: BlockPlacement, at: At, batcher: SyncBatcher): Promise<void> {
  const block = p.block;
  const text = async (range: Excel.Range) => {
    await batcher.reserve(16);
    range.numberFormat = '@' as unknown as unknown[][];
  };
  switch (block.type) {
    case 'table': {
      const dataRows = Math.max(1, block.rows.length);
      await text(at(p.top, p.left, 1, block.columns.length));
      for (let c = 0; c < block.columns.length; c++)
        if (block.columns[c].kind === 'text') await text(at(p.top + 1, p.left + c, dataRows, 1));
      break;
    }
    case 'kpis':
      if (block.items.length === 0) break;
      await text(at(p.top, 0, block.items.length, 1));
      for (let k = 0; k < block.items.length; k++) if (block.items[k].kind === 'text') await text(at(p.top + k, 1));
      break;
    case 'notes':
      if (block.lines.length > 0) await text(at(p.top, 0, block.lines.length, 1));
      break;
    case 'links':
      if (block.items.length > 0) await text(at(p.top, 0, block.items.length, 1));
      break;
    case 'matrix':
      await text(at(p.top, 0, 1, 1 + block.columnLabels.length));
      if (block.rowLabels.length > 0) await text(at(p.top + 1, 0, block.rowLabels.length, 1));
      break;
  }
}

async function tableValues(
  block: OutputTable,
  p: BlockPlacement,
  at: At,
  batcher: SyncBatcher,
  options: WriteSheetOptions,
  rowsBefore: number,
): Promise<number> {
  const header = [block.columns.map((c) => c.header)];
  await batcher.reserve(jsonBytes(header));
  at(p.top, p.left, 1, block.columns.length).values = header;
  if (block.rows.length === 0) return 0;
  for (const [start, end, bytes] of blocksByBytes(block.rows, options.blockBytes)) {
    const rows = start === 0 && end === block.rows.length ? block.rows : block.rows.slice(start, end);
    await batcher.reserve(bytes);
    at(p.top + 1 + start, p.left, end - start, block.columns.length).values = rows as unknown[][];
    options.onRows?.(rowsBefore + end);
  }
  return block.rows.length;
}

async function colourScale(range: Excel.Range, scale: ColourScale, batcher: SyncBatcher): Promise<void> {
  await batcher.reserve(300);
  const cf = range.conditionalFormats.add('ColorScale' as Excel.ConditionalFormatType);
  const [low, mid, high] = scale.colours.length === 3 ? scale.colours : [scale.colours[0], undefined, scale.colours[1]];
  cf.colorScale.criteria = {
    minimum: { formula: null as unknown as string, type: 'LowestValue', color: low },
    ...(mid ? { midpoint: { formula: '50', type: 'Percentile', color: mid } } : {}),
    maximum: { formula: null as unknown as string, type: 'HighestValue', color: high! },
  } as Excel.ConditionalColorScaleCriteria;
}

/** A custom rule on the table's rows: the formula is relative to the range's first row ("=$G5>0"). */
async function rowHighlight(range: Excel.Range, firstCell: string, h: RowHighlight, batcher: SyncBatcher): Promise<void> {
  await batcher.reserve(300);
  const cf = range.conditionalFormats.add('Custom' as Excel.ConditionalFormatType);
  cf.custom.rule.formula = `=${firstCell}>${h.above}`;
  cf.custom.format.fill.color = h.fill;
  if (h.fontColor) cf.custom.format.font.color = h.fontColor;
}

/** Slicers start this far right (points: ≈ 13 default columns, clear of a PivotTable of a few salespeople). */
const SLICER_LEFT = 640;
const SLICER_HEIGHT = 180;
/** Excel's default row height, in points. */
const ROW_POINTS = 15;

async function addPivot(worksheet: Excel.Worksheet, block: PivotBlock, source: string, destination: Excel.Range, batcher: SyncBatcher): Promise<Excel.PivotTable> {
  await batcher.reserve(400 + 200 * (block.rows.length + block.columns.length + block.values.length));
  const pivot = worksheet.pivotTables.add(block.name, worksheet.context.workbook.tables.getItem(source), destination);
  for (const field of block.rows) pivot.rowHierarchies.add(pivot.hierarchies.getItem(field));
  for (const field of block.columns) pivot.columnHierarchies.add(pivot.hierarchies.getItem(field));
  for (const v of block.values) {
    const data = pivot.dataHierarchies.add(pivot.hierarchies.getItem(v.field));
    data.summarizeBy = v.summarizeBy as Excel.AggregationFunction;
    data.name = v.name;
    data.numberFormat = v.numberFormat;
  }
  return pivot;
}

async function dataBar(range: Excel.Range, colour: string, batcher: SyncBatcher): Promise<void> {
  await batcher.reserve(200);
  const cf = range.conditionalFormats.add('DataBar' as Excel.ConditionalFormatType);
  cf.dataBar.barDirection = 'LeftToRight' as Excel.ConditionalDataBarDirection;
  cf.dataBar.positiveFormat.fillColor = colour;
}

async function iconSet(range: Excel.Range, icons: IconSetSpec, batcher: SyncBatcher): Promise<void> {
  await batcher.reserve(300 + 80 * icons.thresholds.length);
  const cf = range.conditionalFormats.add('IconSet' as Excel.ConditionalFormatType);
  cf.iconSet.style = icons.style as Excel.IconSet;
  // the first criterion is the lowest icon's: Excel ignores its type, operator and formula
  cf.iconSet.criteria = [
    {} as Excel.ConditionalIconCriterion,
    ...icons.thresholds.map(
      (n) => ({ type: 'Number', operator: 'GreaterThanOrEqual', formula: String(n) }) as Excel.ConditionalIconCriterion,
    ),
  ];
}

async function addChart(
  worksheet: Excel.Worksheet,
  spec: ChartSpec,
  layout: SheetLayout,
  index: number,
  batcher: SyncBatcher,
  support: ApiSupport,
): Promise<{ name?: string; degraded: boolean }> {
  const placement = layout.blocks.find((b) => b.block.type === 'table' && b.block.key === spec.table);
  if (!placement || placement.block.type !== 'table' || placement.block.rows.length === 0) return { degraded: false };
  const table = placement.block;
  const rows = table.rows.length;
  const columnOf = (key: string) => table.columns.findIndex((c) => c.key === key);
  const data = (key: string) => worksheet.getRangeByIndexes(placement.top + 1, placement.left + columnOf(key), rows, 1);
  const categoryColumn = columnOf(spec.category);
  if (categoryColumn < 0 || spec.series.some((s) => columnOf(s.column) < 0)) return { degraded: false };

  const series17 = support('1.7');
  const combo = series17 && support('1.8');
  let degraded = false;
  let wanted = spec.series;
  if (!combo && wanted.some((s) => s.secondaryLine)) {
    wanted = wanted.filter((s) => !s.secondaryLine);
    degraded = true;
  }
  if (!series17) {
    // ExcelApi 1.1 only: the category and first series must be adjacent columns.
    if (columnOf(wanted[0].column) !== categoryColumn + 1) return { degraded: true };
    wanted = wanted.slice(0, 1);
  }
  await batcher.reserve(600 + 300 * wanted.length);
  let chart: Excel.Chart;
  if (series17) {
    chart = worksheet.charts.add(CHART_TYPE[spec.kind] as Excel.ChartType, data(wanted[0].column), 'Columns');
    const first = chart.series.getItemAt(0);
    first.name = wanted[0].name;
    first.setXAxisValues(data(spec.category));
    for (const s of wanted.slice(1)) {
      const series = chart.series.add(s.name);
      series.setValues(data(s.column));
      series.setXAxisValues(data(spec.category));
      if (s.secondaryLine) {
        series.chartType = 'Line';
        series.axisGroup = 'Secondary';
      }
    }
  } else {
    const range = worksheet.getRangeByIndexes(placement.top + 1, placement.left + categoryColumn, rows, 2);
    chart = worksheet.charts.add(CHART_TYPE[spec.kind] as Excel.ChartType, range, 'Columns');
    chart.series.getItemAt(0).name = wanted[0].name;
  }
  chart.name = spec.name;
  chart.title.text = spec.title;
  if (spec.kind !== 'pie') {
    const formats = chartAxisFormats(spec, table);
    // ChartAxis.numberFormat is ExcelApi 1.8; before it the axes keep Excel's "linked to source"
    const axisFormats = support('1.8');
    if (spec.categoryAxisTitle) chart.axes.categoryAxis.title.text = spec.categoryAxisTitle;
    if (spec.valueAxisTitle) chart.axes.valueAxis.title.text = spec.valueAxisTitle;
    if (axisFormats && formats.category) chart.axes.categoryAxis.numberFormat = formats.category;
    if (axisFormats && formats.value) chart.axes.valueAxis.numberFormat = formats.value;
    if (spec.kind === 'scatterLine' && formats.category === formats.value && formats.value?.endsWith('%')) {
      // a Lorenz-type curve: both axes are shares from 0 to 100 %
      for (const axis of [chart.axes.categoryAxis, chart.axes.valueAxis]) {
        axis.minimum = 0;
        axis.maximum = 1;
      }
    }
    if (combo && wanted.some((s) => s.secondaryLine)) {
      const secondary = chart.axes.getItem('Value', 'Secondary');
      if (spec.secondaryAxisTitle) secondary.title.text = spec.secondaryAxisTitle;
      if (formats.secondary) secondary.numberFormat = formats.secondary;
      secondary.maximum = 1;
      secondary.minimum = 0;
    }
  }
  chart.legend.visible = legendVisible(spec);
  chart.legend.position = 'Bottom';
  const pos = layout.charts[index];
  chart.setPosition(cellAddress(pos.topLeft.row, pos.topLeft.column), cellAddress(pos.bottomRight.row, pos.bottomRight.column));
  return { name: spec.name, degraded };
}
