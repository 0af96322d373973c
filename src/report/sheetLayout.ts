// Where each block and chart of an OutputSheet goes (0-based rows/columns), so the writer only
// copies positions and tests can check the layout without a host.
import { columnLetter } from '../engine/clean/columnLetter';
import type { ChartSpec, OutputBlock, OutputSheet } from './types';

export interface BlockPlacement {
  block: OutputBlock;
  /** row of the block's title, or -1 when it has none */
  titleRow: number;
  /** first row of the block's content (a table's header row) */
  top: number;
  left: number;
  rows: number;
  columns: number;
}

export interface ChartPlacement {
  /** A1 cells of the chart's top-left and bottom-right corners */
  topLeft: { row: number; column: number };
  bottomRight: { row: number; column: number };
}

export interface SheetLayout {
  headingRow: number;
  subtitleRow: number;
  blocks: BlockPlacement[];
  charts: ChartPlacement[];
  /** rows to freeze (0 = none) */
  freezeRows: number;
  /** 0-based header row of the first table (print title row), -1 without a table */
  headerRow: number;
  /** widest column count of the blocks */
  width: number;
  /** width in characters of each column the blocks use (index = column); beyond, Excel's default */
  columnWidths: number[];
}

export const CHART_HEIGHT_ROWS = 16;
/** Narrowest chart, in points (≈ 640 px): wide enough for a dozen category labels. */
export const CHART_MIN_POINTS = 480;
/** Points per character of column width (Calibri 11). */
export const POINTS_PER_CHAR = 7;
/**
 * A table wider than this (points, ≈ 1,200 px: a laptop screen beside the pane) gets its charts
 * below it, from column A, rather than beside it off screen (Métricas' trend table and Visitas' by-
 * salesperson table are 2,400–3,300 pt wide with their long headers).
 */
export const BESIDE_MAX_POINTS = 900;
/** Excel's default column (8.43 characters = 64 px). */
const DEFAULT_COLUMN_POINTS = 48;

/** A legend is shown when it tells series apart: two series or more, or the slices of a pie. */
export function legendVisible(spec: ChartSpec): boolean {
  return spec.kind === 'pie' || spec.series.length > 1;
}

/**
 * Points a one-line legend under the chart needs to show every series name whole (legend text is
 * 9 pt: ≈ 5 pt a character, plus the key and the gap), so that no name is cut to "Ventas de cl…".
 */
export function legendPoints(spec: ChartSpec): number {
  if (!legendVisible(spec) || spec.kind === 'pie') return 0;
  return 24 + spec.series.reduce((sum, s) => sum + 5 * s.name.length + 24, 0);
}

/** Rows a block occupies below its title. An empty table still gets one (blank) data row: Excel tables need it. */
export function blockSize(block: OutputBlock): { rows: number; columns: number } {
  switch (block.type) {
    case 'table':
      return { rows: 1 + Math.max(1, block.rows.length), columns: block.columns.length };
    case 'kpis':
      return { rows: block.items.length, columns: 2 };
    case 'notes':
      return { rows: block.lines.length, columns: 1 };
    case 'links':
      return { rows: block.items.length, columns: 1 };
    case 'pivot':
      // its size is Excel's: nothing is placed below it
      return { rows: 1, columns: 1 };
    case 'matrix':
      return { rows: 1 + block.rowLabels.length, columns: 1 + block.columnLabels.length };
  }
}

export function sheetLayout(sheet: OutputSheet): SheetLayout {
  let row = 0;
  const headingRow = row++;
  const subtitleRow = sheet.subtitle ? row++ : -1;
  row++; // blank line under the heading
  const columnWidths = widthsOf(sheet.blocks);
  const points = (c: number) => (columnWidths[c] !== undefined ? columnWidths[c] * POINTS_PER_CHAR : DEFAULT_COLUMN_POINTS);
  const chartAt = (spec: ChartSpec, top: number, left: number): ChartPlacement => {
    const need = Math.max(CHART_MIN_POINTS, legendPoints(spec));
    let right = left;
    for (let sum = points(left); sum < need; sum += points(right)) right++;
    return { topLeft: { row: top, column: left }, bottomRight: { row: top + CHART_HEIGHT_ROWS - 1, column: right } };
  };
  const charts: (ChartPlacement | undefined)[] = sheet.charts.map(() => undefined);
  const blocks: BlockPlacement[] = [];
  let width = 1;
  for (const block of sheet.blocks) {
    const titleRow = block.title ? row++ : -1;
    const { rows, columns } = blockSize(block);
    blocks.push({ block, titleRow, top: row, left: 0, rows, columns });
    let next = row + rows + 1;
    if (block.type === 'table') {
      // The charts drawn from this table, stacked beside it from its title down; the next block
      // starts below them, so a chart never covers cells nor sits far from its data.
      const first = titleRow >= 0 ? titleRow : row;
      let tableRight = 0;
      for (let c = 0; c < columns; c++) tableRight += points(c);
      let k = 0;
      if (tableRight <= BESIDE_MAX_POINTS) {
        sheet.charts.forEach((spec, i) => {
          if (spec.table !== block.key || charts[i]) return;
          charts[i] = chartAt(spec, first + k++ * (CHART_HEIGHT_ROWS + 1), columns + 1);
        });
        next = Math.max(next, first + k * (CHART_HEIGHT_ROWS + 1));
      } else {
        // below the wide table, side by side from column A
        let left = 0;
        sheet.charts.forEach((spec, i) => {
          if (spec.table !== block.key || charts[i]) return;
          charts[i] = chartAt(spec, next, left);
          left = charts[i].bottomRight.column + 2;
          k++;
        });
        if (k > 0) next += CHART_HEIGHT_ROWS + 1;
      }
    }
    row = next;
    width = Math.max(width, columns);
  }
  const firstTable = blocks.find((b) => b.block.type === 'table');
  const freezeRows = sheet.freezeHeader && firstTable ? firstTable.top + 1 : 0;
  // A chart whose table is not on the sheet (a builder's mistake): right of every block, as before.
  let spare = (subtitleRow >= 0 ? subtitleRow : headingRow) + 2;
  const placed = sheet.charts.map((spec, i) => {
    if (charts[i]) return charts[i];
    const p = chartAt(spec, spare, width + 1);
    spare += CHART_HEIGHT_ROWS + 1;
    return p;
  });
  return { headingRow, subtitleRow, blocks, charts: placed, freezeRows, headerRow: firstTable ? firstTable.top : -1, width, columnWidths };
}

/** The widest need of each column over the blocks, in characters. */
function widthsOf(blocks: OutputBlock[]): number[] {
  const widths: number[] = [];
  for (const block of blocks) {
    if (block.type === 'table') block.columns.forEach((col, c) => (widths[c] = Math.max(widths[c] ?? 0, col.width ?? 10)));
    else if (block.type === 'kpis') {
      widths[0] = Math.max(widths[0] ?? 0, ...block.items.map((i) => Math.min(40, i.label.length + 2)));
      widths[1] = Math.max(widths[1] ?? 0, 14);
    }
  }
  return widths;
}

/** "B3" from 0-based row and column. */
export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row + 1}`;
}
