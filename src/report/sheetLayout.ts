// Where each block and chart of an OutputSheet goes (0-based rows/columns), so the writer only
// copies positions and tests can check the layout without a host.
import type { OutputBlock, OutputSheet } from './types';

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
  /** widest column count of the blocks */
  width: number;
}

export const CHART_WIDTH_COLUMNS = 8;
export const CHART_HEIGHT_ROWS = 16;

/** Rows a block occupies below its title. An empty table still gets one (blank) data row: Excel tables need it. */
export function blockSize(block: OutputBlock): { rows: number; columns: number } {
  switch (block.type) {
    case 'table':
      return { rows: 1 + Math.max(1, block.rows.length), columns: block.columns.length };
    case 'kpis':
      return { rows: block.items.length, columns: 2 };
    case 'notes':
      return { rows: block.lines.length, columns: 1 };
    case 'matrix':
      return { rows: 1 + block.rowLabels.length, columns: 1 + block.columnLabels.length };
  }
}

export function sheetLayout(sheet: OutputSheet): SheetLayout {
  let row = 0;
  const headingRow = row++;
  const subtitleRow = sheet.subtitle ? row++ : -1;
  row++; // blank line under the heading
  const blocks: BlockPlacement[] = [];
  let width = 1;
  for (const block of sheet.blocks) {
    const titleRow = block.title ? row++ : -1;
    const { rows, columns } = blockSize(block);
    blocks.push({ block, titleRow, top: row, left: 0, rows, columns });
    row += rows + 1;
    width = Math.max(width, columns);
  }
  const firstTable = blocks.find((b) => b.block.type === 'table');
  const freezeRows = sheet.freezeHeader && firstTable ? firstTable.top + 1 : 0;
  const chartLeft = width + 1;
  const charts: ChartPlacement[] = sheet.charts.map((_, i) => {
    const top = (subtitleRow >= 0 ? subtitleRow : headingRow) + 2 + i * (CHART_HEIGHT_ROWS + 1);
    return {
      topLeft: { row: top, column: chartLeft },
      bottomRight: { row: top + CHART_HEIGHT_ROWS - 1, column: chartLeft + CHART_WIDTH_COLUMNS - 1 },
    };
  });
  return { headingRow, subtitleRow, blocks, charts, freezeRows, width };
}

/** Excel column letters of a 0-based column index (0 → "A", 26 → "AA"). */
export function columnLetter(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** "B3" from 0-based row and column. */
export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row + 1}`;
}
