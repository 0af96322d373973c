// The generic, host-independent output model: what the add-in writes into a workbook, as plain data.
// Built by pure functions from engine results (portfolioSheets, ...); written by src/excel.
import type { Cell } from '../engine/types';
import type { FormatKind } from '../i18n';

export type ColumnKind = FormatKind;

export interface OutputColumn {
  /** stable id, independent of the language (used by charts and colour scales) */
  key: string;
  header: string;
  kind: ColumnKind;
  /** Excel number-format code ("@" for text) */
  numberFormat: string;
  /** column width in characters, when the default is too narrow */
  width?: number;
}

/** Three-colour (or two-colour) scale over a table column or a matrix body. */
export interface ColourScale {
  /** low → high colours, "#RRGGBB" */
  colours: [string, string] | [string, string, string];
}

/** A formatted Excel table, one row per fact. Cells: numbers (dates as day serials), strings, booleans, null = empty. */
export interface OutputTable {
  type: 'table';
  key: string;
  /** Excel table name (workbook-unique, ASCII) */
  name: string;
  title?: string;
  columns: OutputColumn[];
  rows: Cell[][];
  style?: string;
  /** column keys that get a colour scale */
  colourScales?: { column: string; scale: ColourScale }[];
  /** whole rows filled (a conditional format) where the column's value is above `above`, e.g. overdue visits */
  rowHighlights?: RowHighlight[];
  /** column keys that get a data bar (amounts: the bar's length reads as the amount) */
  dataBars?: { column: string; colour: string }[];
  /** column keys that get an icon set (scores: one icon per score) */
  iconSets?: { column: string; icons: IconSetSpec }[];
}

/** A conditional format over a table's rows: fill (and font colour) where `column` > `above`. */
export interface RowHighlight {
  column: string;
  above: number;
  /** "#RRGGBB" */
  fill: string;
  fontColor?: string;
}

/**
 * An icon set over a column of scores: `style` an Excel.IconSet value ("FiveRating", "ThreeArrows"),
 * `thresholds` the lower bound of each icon above the lowest (icons = thresholds + 1), as numbers.
 */
export interface IconSetSpec {
  style: 'ThreeArrows' | 'FiveArrows' | 'FiveRating' | 'ThreeSymbols';
  thresholds: number[];
}

/** Label/value pairs (KPIs), written as a small two-column block. */
export interface KpiBlock {
  type: 'kpis';
  key: string;
  title?: string;
  items: { label: string; value: Cell; kind: ColumnKind; numberFormat: string }[];
}

/** Free text lines (method notes, the Pareto sentence, warnings). */
export interface NoteBlock {
  type: 'notes';
  key: string;
  title?: string;
  lines: string[];
}

/** A small cross-tab (e.g. RFM R × F), with a colour scale over its body. */
export interface MatrixBlock {
  type: 'matrix';
  key: string;
  title?: string;
  /** text in the top-left corner, e.g. "R \\ F" */
  corner: string;
  rowLabels: string[];
  columnLabels: string[];
  values: number[][];
  numberFormat: string;
  colourScale?: ColourScale;
}

/** Lines that link to other output sheets (the Summary's contents), one per line. */
export interface LinksBlock {
  type: 'links';
  key: string;
  title?: string;
  /** `sheet`: the OutputSheet key linked to (its final name is known to the writer only) */
  items: { label: string; sheet: string; tip: string }[];
}

/**
 * A PivotTable over a table of another output sheet (ExcelApi 1.8; left out without it). Fields are
 * the source table's headers (PivotTable hierarchies are named by them).
 */
export interface PivotBlock {
  type: 'pivot';
  key: string;
  title?: string;
  /** PivotTable name (unique on its sheet) */
  name: string;
  source: { sheet: string; table: string };
  rows: string[];
  columns: string[];
  values: { field: string; name: string; summarizeBy: 'Sum' | 'Count'; numberFormat: string }[];
  /** fields that get a slicer beside the PivotTable (ExcelApi 1.10) */
  slicers?: string[];
}

export type OutputBlock = OutputTable | KpiBlock | NoteBlock | MatrixBlock | LinksBlock | PivotBlock;

/** scatterLine: numeric x values (a curve such as the Lorenz curve), not categories */
export type ChartKind = 'pareto' | 'column' | 'bar' | 'pie' | 'line' | 'scatterLine';

export interface ChartSeriesSpec {
  /** column key in the source table */
  column: string;
  name: string;
  /** draw as a line on the secondary axis (combo charts; ExcelApi 1.7/1.8, else dropped) */
  secondaryLine?: boolean;
}

export interface ChartSpec {
  key: string;
  /** chart name on the sheet (stable across runs) */
  name: string;
  kind: ChartKind;
  title: string;
  /** key of the OutputTable (same sheet) holding the data */
  table: string;
  /** column key of the categories */
  category: string;
  series: ChartSeriesSpec[];
  categoryAxisTitle?: string;
  valueAxisTitle?: string;
  secondaryAxisTitle?: string;
  /** number format of the secondary axis (e.g. "0%"); the others follow their columns (chartAxisFormats) */
  secondaryAxisFormat?: string;
}

export interface OutputSheet {
  /** stable id: 'summary', 'clients', 'abc', 'rfm', 'quality', ... */
  key: string;
  /** sheet name (localized, < 32 characters, no : \ / ? * [ ]) */
  title: string;
  /** heading in A1 */
  heading: string;
  /** second line under the heading (as-of date, source) */
  subtitle?: string;
  blocks: OutputBlock[];
  charts: ChartSpec[];
  /** freeze the rows above the first table's data (for one-table sheets) */
  freezeHeader?: boolean;
  /** print setup for lists a manager prints: landscape, one page wide, the first table's header on every page */
  print?: PrintSetup;
}

export interface PrintSetup {
  landscape: boolean;
  fitToWidth: boolean;
  /** repeat the first table's header row at the top of every page */
  repeatHeader: boolean;
}

/** The print setup of the lists a manager prints (visit plan, campaign lists). */
export const LIST_PRINT: PrintSetup = { landscape: true, fitToWidth: true, repeatHeader: true };

/** Per-client columns written beside the user's client list (classification columns). */
export interface ClientColumns {
  columns: OutputColumn[];
  /** one row per client index (ClientsData order) */
  rows: Cell[][];
}

export interface Report {
  sheets: OutputSheet[];
  clientColumns?: ClientColumns;
}
