// Files ⇄ SimWorkbook through ExcelJS (xlsx) and src/files (text). No fs: works in node and the browser.
import ExcelJS from 'exceljs';
import { FileError } from '../files/FileError';
import { readTextFile } from '../files/readTextFile';
import { csvCell } from '../files/csvCell';
import { xlsxCellValue } from '../files/xlsxCellValue';
import { sheetNameFor } from '../files';
import { sniffText, SNIFF_BYTES } from '../files/sniffText';
import { textFileWarnings, type TextFileWarning } from '../files/textFileWarnings';
import { type Rect, cellAddress, parseRef, rectAddress } from './address';
import { SimWorkbook, createWorkbook } from './index';
import type { SheetModel, Visibility } from './model';
import { BOOL, type CellStyle, ERR, FORMULA, NUM, STR } from './store';

const MS_PER_DAY = 86_400_000;
const EPOCH_1900 = 25_569;

/** Excel column width (characters of the default font) → points, and back (Calibri 11: 7 px/char + 5 px). */
export function charsToPoints(chars: number): number {
  return Math.round(Math.round(chars * 7 + 5) * 0.75 * 100) / 100;
}
export function pointsToChars(points: number): number {
  return Math.max(0, Math.round(((points / 0.75 - 5) / 7) * 100) / 100);
}

/** A file name → a sheet name Excel accepts. */
function sheetNameFrom(fileName: string): string {
  return sheetNameFor(fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, ''));
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** An ISO date ("2024-03-01", from 1900) as Excel's date serial, as Excel opens it from a text file; else null. */
function isoDateSerial(text: string, date1904: boolean): number | null {
  const m = ISO_DATE.exec(text);
  if (!m) return null;
  const ms = Date.UTC(+m[1], +m[2] - 1, +m[3]);
  const d = new Date(ms);
  if (d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3] && +m[1] >= 1900)
    return ms / MS_PER_DAY + EPOCH_1900 - (date1904 ? 1462 : 0);
  return null;
}

function loadCsv(buffer: ArrayBuffer, fileName: string, warnings?: TextFileWarning[]): SimWorkbook {
  const name = sheetNameFrom(fileName);
  const text = readTextFile(new Uint8Array(buffer), fileName.replace(/^.*[\\/]/, ''));
  if (warnings) warnings.push(...textFileWarnings(text.rows));
  const wb = createWorkbook({ sheets: [name] });
  const sheet = wb.model.findSheet(name) as SheetModel;
  const dateFmt = wb.model.formats.id('yyyy-mm-dd');
  for (let i = 0; i < text.rows.length; i++) {
    const r = text.rows[i];
    // A record whose quote is never closed shows its raw text in column A (as text): the analysis
    // rejects it and lists it; the rows below keep their numbers.
    if (r.broken !== undefined) {
      if (r.broken.trim() !== '') sheet.store.setRaw(i, 0, r.broken);
      continue;
    }
    const row = r.cells;
    for (let j = 0; j < row.length; j++) {
      // typed as the CLI types them (src/files csvCell); ISO dates become dated serials, as in Excel
      const value = csvCell(row[j]);
      if (value === '') continue;
      const serial = typeof value === 'string' ? isoDateSerial(value.trim(), false) : null;
      if (serial === null) sheet.store.setRaw(i, j, value);
      else {
        sheet.store.setRaw(i, j, serial);
        sheet.store.setFmtId(i, j, dateFmt);
      }
    }
  }
  return wb;
}

function argbToHex(argb: unknown): string | undefined {
  if (typeof argb !== 'string' || argb.length < 6) return undefined;
  return '#' + argb.slice(-6).toUpperCase();
}

const H_ALIGN_IN: Record<string, string> = {
  left: 'Left', center: 'Center', right: 'Right', fill: 'Fill', justify: 'Justify',
  centerContinuous: 'CenterAcrossSelection', distributed: 'Distributed',
};
const H_ALIGN_OUT: Record<string, ExcelJS.Alignment['horizontal']> = {
  Left: 'left', Center: 'center', Right: 'right', Fill: 'fill', Justify: 'justify',
  CenterAcrossSelection: 'centerContinuous', Distributed: 'distributed',
};

function styleFromCell(cell: ExcelJS.Cell): CellStyle {
  const s: CellStyle = {};
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  if (fill && fill.type === 'pattern' && fill.pattern === 'solid') {
    const c = argbToHex(fill.fgColor?.argb);
    if (c) s.fill = c;
  }
  const font = cell.font;
  if (font) {
    if (font.bold) s.bold = true;
    if (font.italic) s.italic = true;
    const c = argbToHex(font.color?.argb);
    if (c && c !== '#000000') s.color = c;
  }
  const al = cell.alignment;
  if (al?.horizontal && H_ALIGN_IN[al.horizontal]) s.hAlign = H_ALIGN_IN[al.horizontal];
  if (al?.wrapText) s.wrap = true;
  return s;
}

async function loadXlsx(buffer: ArrayBuffer, fileName: string): Promise<SimWorkbook> {
  const file = fileName.replace(/^.*[\\/]/, '');
  const head = new Uint8Array(buffer, 0, Math.min(4, buffer.byteLength));
  // not a zip at all: say what it is (an old .xls, an image...) when the bytes tell
  if (!(head[0] === 0x50 && head[1] === 0x4b)) sniffText(new Uint8Array(buffer, 0, Math.min(buffer.byteLength, SNIFF_BYTES)), file);
  const xl = new ExcelJS.Workbook();
  try {
    await xl.xlsx.load(buffer);
  } catch {
    // JSZip's and ExcelJS's own English messages are not for the user
    throw new FileError('file_corrupt_xlsx', { file });
  }
  const date1904 = !!(xl.properties as { date1904?: boolean }).date1904;
  const sheets = xl.worksheets;
  if (sheets.length === 0) throw new FileError('file_no_sheets', { file });
  const wb = createWorkbook({ sheets: sheets.map((s) => s.name), date1904 });
  (wb.model as unknown as { fileName: string }).fileName = fileName.replace(/^.*[\\/]/, '');
  const m = wb.model;
  sheets.forEach((ws, idx) => {
    const sheet = m.sheets[idx];
    const state = ws.state as string;
    sheet.visibility = (state === 'hidden' ? 'Hidden' : state === 'veryHidden' ? 'VeryHidden' : 'Visible') as Visibility;
    const st = sheet.store;
    ws.columns?.forEach((col, c) => {
      if (col && typeof col.width === 'number') st.colWidths.set(c, charsToPoints(col.width));
    });
    const view = ws.views?.[0] as { state?: string; xSplit?: number; ySplit?: number } | undefined;
    if (view?.state === 'frozen') {
      sheet.frozenRows = view.ySplit ?? 0;
      sheet.frozenColumns = view.xSplit ?? 0;
    }
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        const r = rowNumber - 1, c = colNumber - 1;
        const v = cell.value as unknown;
        if (v && typeof v === 'object' && !(v instanceof Date) && ('formula' in v || 'sharedFormula' in v)) {
          const o = v as { formula?: string; result?: unknown };
          const f = o.formula ?? (cell as unknown as { formula?: string }).formula;
          const result = xlsxCellValue(o.result, date1904);
          if (f) st.setFormula(r, c, '=' + f, result === null ? undefined : result);
          else st.setRaw(r, c, result);
        } else if (v && typeof v === 'object' && 'error' in (v as object)) st.setString(r, c, String((v as { error: string }).error), ERR);
        else st.setRaw(r, c, xlsxCellValue(v, date1904));
        if (v && typeof v === 'object' && typeof (v as { hyperlink?: unknown }).hyperlink === 'string') {
          const target = (v as { hyperlink: string }).hyperlink;
          const inBook = /^[^!]+![A-Za-z]+\d+$/.test(target);
          sheet.hyperlinks.set(`${r},${c}`, inBook ? { documentReference: target } : { address: target });
        }
        if (cell.numFmt) st.setFmtId(r, c, m.formats.id(cell.numFmt));
        const style = styleFromCell(cell);
        if (Object.keys(style).length > 0) st.setStyleId(r, c, m.styles.id(style));
      });
    });
    for (const t of ws.getTables() as unknown as { table?: Record<string, unknown> }[]) {
      const model = (t.table ?? t) as { name?: string; tableRef?: string; ref?: string; totalsRow?: boolean; style?: { theme?: string; showRowStripes?: boolean; showColumnStripes?: boolean } };
      const ref = model.tableRef ?? model.ref;
      if (!ref || !model.name) continue;
      const rect = parseRef(ref);
      m.tables.push({
        id: m.newId('T'),
        name: model.name,
        sheet,
        rect,
        style: model.style?.theme ?? 'TableStyleMedium2',
        showTotals: !!model.totalsRow,
        showHeaders: true,
        showBandedRows: model.style?.showRowStripes ?? true,
        showBandedColumns: model.style?.showColumnStripes ?? false,
        showFilterButton: true,
        columnIds: Array.from({ length: rect.c1 - rect.c0 + 1 }, (_, j) => j + 1),
        nextColumnId: rect.c1 - rect.c0 + 2,
        deleted: false,
      });
    }
    for (const cf of (ws as unknown as { conditionalFormattings?: { ref: string; rules: Record<string, unknown>[] }[] }).conditionalFormattings ?? []) {
      loadConditionalFormat(wb, sheet, cf);
    }
  });
  m.activeSheet = m.sheets.find((s) => s.visibility === 'Visible') ?? m.sheets[0];
  return wb;
}

function loadConditionalFormat(wb: SimWorkbook, sheet: SheetModel, cf: { ref: string; rules: Record<string, unknown>[] }): void {
  let rect: Rect;
  try {
    rect = parseRef(cf.ref.split(' ')[0]);
  } catch {
    return;
  }
  for (const rule of [...cf.rules].reverse()) {
    const cfvo = (rule.cfvo as { type: string; value?: unknown }[] | undefined) ?? [];
    const colors = (rule.color as { argb?: string }[] | undefined) ?? [];
    const crit = (i: number) => {
      const v = cfvo[i];
      const type = { min: 'LowestValue', max: 'HighestValue', num: 'Number', percent: 'Percent', percentile: 'Percentile', formula: 'Formula' }[v?.type ?? 'min'] ?? 'LowestValue';
      return { type, formula: type === 'LowestValue' || type === 'HighestValue' ? null : String(v?.value ?? ''), color: argbToHex(colors[i]?.argb) ?? '#FFFFFF' };
    };
    if (rule.type === 'colorScale') {
      const model = wb.model.addConditionalFormat(sheet, rect, 'ColorScale');
      model.colorScale = cfvo.length >= 3 ? { minimum: crit(0), midpoint: crit(1), maximum: crit(2) } : { minimum: crit(0), maximum: crit(1) };
    } else if (rule.type === 'dataBar') {
      const model = wb.model.addConditionalFormat(sheet, rect, 'DataBar');
      const color = argbToHex((rule.color as { argb?: string } | undefined)?.argb);
      if (color && model.dataBar) model.dataBar.positiveFormat = { fillColor: color, gradientFill: rule.gradient !== false, borderColor: '' };
    } else if (rule.type === 'iconSet') {
      const model = wb.model.addConditionalFormat(sheet, rect, 'IconSet');
      const style = String(rule.iconSet ?? '3TrafficLights1').replace(/^3/, 'Three').replace(/^4/, 'Four').replace(/^5/, 'Five');
      model.iconSet = {
        style,
        reverseIconOrder: rule.reverse === true,
        showIconOnly: rule.showValue === false,
        criteria: cfvo.map((v, k) => ({
          type: crit(k).type === 'LowestValue' ? 'Percent' : crit(k).type,
          operator: (v as { gte?: boolean }).gte === false ? 'GreaterThan' : 'GreaterThanOrEqual',
          formula: String(v?.value ?? '0'),
        })),
      };
    } else if (rule.type === 'expression') {
      const model = wb.model.addConditionalFormat(sheet, rect, 'Custom');
      model.rule = { formula: '=' + String((rule.formulae as string[] | undefined)?.[0] ?? '') };
      const style = rule.style as { fill?: { bgColor?: { argb?: string }; fgColor?: { argb?: string } }; font?: { color?: { argb?: string }; bold?: boolean } } | undefined;
      model.format = { fill: argbToHex(style?.fill?.bgColor?.argb ?? style?.fill?.fgColor?.argb), fontColor: argbToHex(style?.font?.color?.argb), bold: style?.font?.bold };
    }
  }
}

/**
 * Reads an .xlsx (every sheet: values with dates as serials, number formats, formats, tables) or a
 * text file (.csv/.txt/.tsv through src/files). A file that cannot be read is a FileError (a code
 * the caller renders in its language); what the text reader found in the rows (unclosed quotes,
 * bytes that are not UTF-8) is added to `warnings`.
 */
export async function loadWorkbookFile(buffer: ArrayBuffer, fileName: string, warnings?: TextFileWarning[]): Promise<SimWorkbook> {
  const file = fileName.replace(/^.*[\\/]/, '');
  const ext = /\.[^.]*$/.exec(file)?.[0].toLowerCase() ?? '';
  if (ext === '.csv' || ext === '.txt' || ext === '.tsv') return loadCsv(buffer, fileName, warnings);
  if (ext === '.xlsx' || ext === '.xlsm') return loadXlsx(buffer, fileName);
  throw new FileError('file_unsupported_type', { file, ext: ext || file, accepted: '.csv, .txt, .tsv, .xlsx' });
}

function cellOut(sheet: SheetModel, r: number, c: number, date1904: boolean): ExcelJS.CellValue | undefined {
  const st = sheet.store;
  const kind = st.kind(r, c);
  switch (kind) {
    case NUM:
    case STR:
    case BOOL:
      return st.raw(r, c);
    case ERR:
      return { error: st.raw(r, c) as ExcelJS.CellErrorValue['error'] };
    case FORMULA: {
      const cached = st.value(r, c);
      const out: ExcelJS.CellFormulaValue = { formula: (st.formula(r, c) as string).slice(1), date1904 } as ExcelJS.CellFormulaValue;
      if (cached !== '#CALC!') (out as { result?: unknown }).result = cached;
      return out;
    }
    default:
      return undefined;
  }
}

function colorArgb(hex: string): string {
  return 'FF' + hex.slice(1).toUpperCase();
}

/** Writes sheets, values, formulas, number formats, column widths, fills/fonts/alignment, freeze panes, tables and conditional formats. Charts, settings and custom properties are not written (ExcelJS cannot). */
export async function saveWorkbook(wb: SimWorkbook): Promise<Uint8Array> {
  const m = wb.model;
  const xl = new ExcelJS.Workbook();
  (xl.properties as { date1904?: boolean }).date1904 = m.date1904;
  for (const sheet of m.visibleSheets()) {
    const ws = xl.addWorksheet(sheet.name, {
      state: sheet.visibility === 'Hidden' ? 'hidden' : sheet.visibility === 'VeryHidden' ? 'veryHidden' : 'visible',
      views: sheet.frozenRows || sheet.frozenColumns ? [{ state: 'frozen', xSplit: sheet.frozenColumns, ySplit: sheet.frozenRows }] : undefined,
    });
    const st = sheet.store;
    for (const [c, w] of st.colWidths) ws.getColumn(c + 1).width = pointsToChars(w);
    const used = st.usedRect(false);
    const tables = m.tables.filter((t) => t.sheet === sheet && !t.deleted);
    const inTable = (r: number, c: number) => tables.some((t) => r >= t.rect.r0 && r <= t.rect.r1 && c >= t.rect.c0 && c <= t.rect.c1);
    if (used) {
      for (let r = used.r0; r <= used.r1; r++) {
        for (let c = used.c0; c <= used.c1; c++) {
          const v = cellOut(sheet, r, c, m.date1904);
          const fmt = m.formats.items[st.fmtId(r, c)];
          const style = m.styles.items[st.styleId(r, c)];
          if (v === undefined && fmt === 'General' && Object.keys(style).length === 0) continue;
          const cell = ws.getCell(r + 1, c + 1);
          if (v !== undefined && !inTable(r, c)) cell.value = v;
          if (fmt !== 'General') cell.numFmt = fmt;
          if (style.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: colorArgb(style.fill) } };
          if (style.bold || style.italic || style.color) cell.font = { bold: style.bold, italic: style.italic, color: style.color ? { argb: colorArgb(style.color) } : undefined };
          if (style.hAlign || style.wrap) cell.alignment = { horizontal: style.hAlign ? H_ALIGN_OUT[style.hAlign] : undefined, wrapText: style.wrap };
        }
      }
    }
    // Worksheet.pageLayout: orientation, fit to pages, print title rows
    const layout = sheet.pageLayout;
    if (layout) {
      const fit = layout.zoom.horizontalFitToPages !== undefined || layout.zoom.verticalFitToPages !== undefined;
      ws.pageSetup = {
        ...ws.pageSetup,
        orientation: layout.orientation === 'Landscape' ? 'landscape' : 'portrait',
        ...(fit
          ? { fitToPage: true, fitToWidth: layout.zoom.horizontalFitToPages ?? 0, fitToHeight: layout.zoom.verticalFitToPages ?? 0 }
          : { scale: layout.zoom.scale ?? 100 }),
        ...(layout.printTitleRows ? { printTitlesRow: `${layout.printTitleRows.r0 + 1}:${layout.printTitleRows.r1 + 1}` } : {}),
      };
    }
    // Range.hyperlink: a place in the workbook is written as the cell's location ("'Sheet'!A1")
    for (const [key, h] of sheet.hyperlinks) {
      const [r, c] = key.split(',').map(Number);
      const v = cellOut(sheet, r, c, m.date1904);
      const target = h.documentReference ?? h.address;
      if (target) ws.getCell(r + 1, c + 1).value = { text: v === undefined || v === null ? target : String(v), hyperlink: target, tooltip: h.screenTip } as ExcelJS.CellValue;
    }
    for (const t of tables) {
      const headers = m.tableHeaders(t);
      const body: Rect = m.bodyRect(t);
      const rows: ExcelJS.CellValue[][] = [];
      for (let r = body.r0; r <= body.r1; r++) {
        const row: ExcelJS.CellValue[] = [];
        for (let c = t.rect.c0; c <= t.rect.c1; c++) row.push(cellOut(sheet, r, c, m.date1904) ?? null);
        rows.push(row);
      }
      ws.addTable({
        name: t.name,
        ref: cellAddress(t.rect.r0, t.rect.c0),
        headerRow: true,
        totalsRow: t.showTotals,
        style: { theme: (t.style || 'TableStyleMedium2') as ExcelJS.TableStyleProperties['theme'], showRowStripes: t.showBandedRows, showColumnStripes: t.showBandedColumns },
        columns: headers.map((name) => ({ name, filterButton: t.showFilterButton })),
        rows,
      });
    }
    for (const cf of m.conditionalFormats.filter((x) => x.sheet === sheet && !x.deleted)) {
      const ref = rectAddress(cf.rect);
      const cfvoOf = (c: { type: string; formula: string | null }) => {
        const type = ({ LowestValue: 'min', HighestValue: 'max', Number: 'num', Percent: 'percent', Percentile: 'percentile', Formula: 'formula' } as const)[c.type as 'LowestValue'] ?? 'min';
        return c.formula === null ? { type } : { type, value: Number.isFinite(Number(c.formula)) ? Number(c.formula) : c.formula };
      };
      if (cf.type === 'ColorScale' && cf.colorScale?.minimum && cf.colorScale.maximum) {
        const points = [cf.colorScale.minimum, cf.colorScale.midpoint, cf.colorScale.maximum].filter((x): x is NonNullable<typeof x> => !!x);
        ws.addConditionalFormatting({
          ref,
          rules: [{ type: 'colorScale', priority: 1, cfvo: points.map(cfvoOf), color: points.map((p) => ({ argb: colorArgb(p.color) })) } as unknown as ExcelJS.ConditionalFormattingRule],
        });
      } else if (cf.type === 'DataBar') {
        const pos = (cf.dataBar?.positiveFormat ?? {}) as { fillColor?: string; gradientFill?: boolean };
        ws.addConditionalFormatting({
          ref,
          rules: [{ type: 'dataBar', priority: 1, cfvo: [{ type: 'min' }, { type: 'max' }], color: { argb: colorArgb(pos.fillColor ?? '#638EC6') }, gradient: pos.gradientFill !== false } as unknown as ExcelJS.ConditionalFormattingRule],
        });
      } else if (cf.type === 'IconSet' && cf.iconSet) {
        const set = cf.iconSet;
        // OOXML names: ThreeArrows → 3Arrows, FiveRating → 5Rating
        const name = set.style.replace(/^Three/, '3').replace(/^Four/, '4').replace(/^Five/, '5');
        ws.addConditionalFormatting({
          ref,
          rules: [{
            type: 'iconSet',
            priority: 1,
            iconSet: name,
            reverse: set.reverseIconOrder,
            showValue: !set.showIconOnly,
            cfvo: set.criteria.map((c) => ({ ...cfvoOf({ type: c.type, formula: c.formula }), ...(c.operator === 'GreaterThan' ? { gte: false } : {}) })),
          } as unknown as ExcelJS.ConditionalFormattingRule],
        });
      } else if (cf.type === 'Custom' && typeof cf.rule?.formula === 'string') {
        ws.addConditionalFormatting({
          ref,
          rules: [{
            type: 'expression',
            priority: 1,
            formulae: [(cf.rule.formula as string).replace(/^=/, '')],
            style: {
              fill: cf.format?.fill ? { type: 'pattern', pattern: 'solid', bgColor: { argb: colorArgb(cf.format.fill) } } : undefined,
              font: cf.format?.fontColor || cf.format?.bold ? { color: cf.format?.fontColor ? { argb: colorArgb(cf.format.fontColor) } : undefined, bold: cf.format?.bold } : undefined,
            },
          } as unknown as ExcelJS.ConditionalFormattingRule],
        });
      }
    }
  }
  const out = await xl.xlsx.writeBuffer();
  return new Uint8Array(out as ArrayBuffer);
}
