// The simulated workbook's active sheet as a virtualised grid: only the cells in view are rendered,
// so 1,048,576 rows cost what 40 do. Values show with their number formats, tables with their style
// (header fill, banded rows), colour scales and data bars, charts drawn over the cells, and a click
// selects cells through `wb.select` so the task pane's selection events fire as in Excel.
import * as React from 'react';
import { type SimWorkbook } from '../host';
import { MAX_COLS, MAX_ROWS, type Rect, columnIndex, columnLetters, parseRef, rectAddress, splitSheet } from '../host/address';
import { DEFAULT_COLUMN_WIDTH } from '../host/model';
import type { Locale } from '../i18n';
import { ChartView } from './ChartView';
import { colorScale, stopValue, type ColorStop } from './colorScale';
import { columnAt, columnLayout } from './columnLayout';
import { localizeNumberText } from './localizeNumberText';
import { tableStyle, type TableLook } from './tableStyle';
import { MAX_SCROLL_PX, virtualScroll } from './virtualScroll';

export const ROW_HEIGHT = 20;
export const HEADER_HEIGHT = 22;
export const ROW_HEADER_WIDTH = 60;
const PT = 4 / 3;
/** Average digit width of the grid font (13 px Calibri). */
const CHAR_PX = 7;
const GRID_LINE = '#E1E1E1';
const HEADER_BG = '#F3F3F3';
const SELECTED_HEADER_BG = '#D3E3D9';
const ACCENT = '#107C41';

export interface SheetGridProps {
  wb: SimWorkbook;
  sheet: string;
  /** changes whenever the workbook model changes */
  version: number;
  locale: Locale;
  label: string;
}

interface TableZone {
  rect: Rect;
  look: TableLook;
}

interface CfZone {
  rect: Rect;
  kind: 'scale' | 'bar' | 'rule';
  stops: ColorStop[];
  min: number;
  max: number;
  /** kind 'rule': a Custom formula comparing one cell with a number, and the format it applies */
  rule?: CellRule;
}

/** "=$G8>0": the referenced cell (column/row absolute or relative to the range's top-left), operator, number. */
interface CellRule {
  column: number;
  columnFixed: boolean;
  row: number;
  rowFixed: boolean;
  op: string;
  value: number;
  fill?: string;
  fontColor?: string;
}

/** The Custom formulas the grid can show (a cell compared with a number); others are not drawn. */
function cellRule(formula: unknown, format: unknown): CellRule | null {
  const m = typeof formula === 'string' ? /^=(\$?)([A-Z]{1,3})(\$?)(\d+)\s*(>=|<=|<>|>|<|=)\s*(-?\d+(?:\.\d+)?)$/.exec(formula.trim()) : null;
  if (!m) return null;
  const f = (format ?? {}) as { fill?: string; fontColor?: string };
  return { columnFixed: m[1] === '$', column: columnIndex(m[2]), rowFixed: m[3] === '$', row: Number(m[4]) - 1, op: m[5], value: Number(m[6]), fill: f.fill, fontColor: f.fontColor };
}

function ruleHolds(wb: SimWorkbook, sheet: string, zone: CfZone, r: number, c: number): boolean {
  const rule = zone.rule!;
  const row = rule.rowFixed ? rule.row : rule.row + (r - zone.rect.r0);
  const col = rule.columnFixed ? rule.column : rule.column + (c - zone.rect.c0);
  const v = wb.cell(sheet, row, col).value;
  const x = typeof v === 'number' ? v : v === '' || v === null ? 0 : NaN;
  if (Number.isNaN(x)) return false;
  const y = rule.value;
  return rule.op === '>' ? x > y : rule.op === '>=' ? x >= y : rule.op === '<' ? x < y : rule.op === '<=' ? x <= y : rule.op === '=' ? x === y : x !== y;
}

function rectOf(address: string): Rect | null {
  try {
    return parseRef(splitSheet(address).ref);
  } catch {
    return null;
  }
}

/** Approximate width in px of a displayed number: digits 7 px, separators and spaces 3.5 px. */
function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[.,:/ '\u00a0]/.test(ch) ? 3.5 : CHAR_PX;
  return w;
}

const inRect = (r: number, c: number, x: Rect): boolean => r >= x.r0 && r <= x.r1 && c >= x.c0 && c <= x.c1;

/** Numbers of a range (capped: a colour scale over a million cells samples the first 200,000). */
function numbersIn(wb: SimWorkbook, sheet: string, rect: Rect, usedRows: number): number[] {
  const out: number[] = [];
  const r1 = Math.min(rect.r1, usedRows - 1);
  for (let r = rect.r0; r <= r1 && out.length < 200_000; r++) {
    for (let c = rect.c0; c <= rect.c1; c++) {
      const v = wb.cell(sheet, r, c).value;
      if (typeof v === 'number') out.push(v);
    }
  }
  return out.sort((a, b) => a - b);
}

function useViewportSize(ref: React.RefObject<HTMLDivElement | null>): { w: number; h: number } {
  const [size, setSize] = React.useState({ w: 900, h: 520 });
  React.useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      if (el.clientWidth > 0 && el.clientHeight > 0) setSize({ w: el.clientWidth, h: el.clientHeight });
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return size;
}

export function SheetGrid({ wb, sheet, version, locale, label }: SheetGridProps): React.ReactElement {
  const scroller = React.useRef<HTMLDivElement>(null);
  const [scroll, setScroll] = React.useState({ top: 0, left: 0 });
  const anchor = React.useRef<{ r: number; c: number } | null>(null);
  const size = useViewportSize(scroller);

  React.useEffect(() => {
    if (scroller.current) {
      scroller.current.scrollTop = 0;
      scroller.current.scrollLeft = 0;
    }
    setScroll({ top: 0, left: 0 });
    anchor.current = null;
  }, [sheet, wb]);

  const model = React.useMemo(() => {
    const used = wb.usedRange(sheet, false);
    const usedRows = used ? used.rowIndex + used.rowCount : 0;
    const usedCols = used ? used.columnIndex + used.columnCount : 0;
    const charts = wb.charts(sheet);
    let chartBottom = 0;
    let chartRight = 0;
    for (const ch of charts) {
      chartBottom = Math.max(chartBottom, Math.ceil(((ch.position.top + ch.position.height) * PT) / ROW_HEIGHT));
      chartRight = Math.max(chartRight, (ch.position.left + ch.position.width) * PT);
    }
    const explicit = wb.columnWidths(sheet);
    const widthPx = (c: number) => Math.round((explicit.get(c) ?? DEFAULT_COLUMN_WIDTH) * PT);
    let cols = Math.min(MAX_COLS, Math.max(26, usedCols + 5));
    let x = 0;
    for (let c = 0; c < cols; c++) x += widthPx(c);
    while (x < chartRight + 200 && cols < MAX_COLS) x += widthPx(cols++);
    const widths = Array.from({ length: cols }, (_, c) => widthPx(c));
    const rows = Math.min(MAX_ROWS, Math.max(100, usedRows + 50, chartBottom + 10));
    const tables: TableZone[] = wb
      .tables()
      .filter((t) => t.sheet.toLowerCase() === sheet.toLowerCase())
      .flatMap((t) => {
        const rect = rectOf(t.address);
        return rect ? [{ rect, look: tableStyle(t.style) }] : [];
      });
    const cfs: CfZone[] = [];
    for (const cf of wb.conditionalFormats(sheet)) {
      const rect = rectOf(cf.address);
      if (!rect) continue;
      const type = cf.type.toLowerCase();
      if (type === 'colorscale' && cf.criteria) {
        const sorted = numbersIn(wb, sheet, rect, usedRows);
        const crit = cf.criteria as Record<string, { type?: string; formula?: string | null; color?: string } | undefined>;
        const stops = (['minimum', 'midpoint', 'maximum'] as const)
          .map((k) => crit[k])
          .filter((c): c is { type?: string; formula?: string | null; color: string } => Boolean(c && c.color))
          .map((c) => ({ value: stopValue(c, sorted), color: c.color }))
          .sort((a, b) => a.value - b.value);
        cfs.push({ rect, kind: 'scale', stops, min: sorted[0] ?? 0, max: sorted[sorted.length - 1] ?? 0 });
      } else if (type === 'databar') {
        const sorted = numbersIn(wb, sheet, rect, usedRows);
        cfs.push({ rect, kind: 'bar', stops: [], min: Math.min(0, sorted[0] ?? 0), max: sorted[sorted.length - 1] ?? 0 });
      } else if (type === 'custom') {
        const rule = cellRule((cf.rule as { formula?: unknown } | undefined)?.formula, cf.format);
        if (rule) cfs.push({ rect, kind: 'rule', stops: [], min: 0, max: 0, rule });
      }
    }
    return { layout: columnLayout(widths), rows, tables, cfs, charts, frozen: wb.frozenPanes(sheet) };
    // version: the model changed
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [wb, sheet, version]);

  const { layout, rows, tables, cfs, charts } = model;
  const fr = Math.min(model.frozen.rows, rows - 1);
  const fc = Math.min(model.frozen.columns, layout.count - 1);
  const frozenH = fr * ROW_HEIGHT;
  const frozenW = layout.starts[fc];
  const realH = (rows - fr) * ROW_HEIGHT;
  const cappedH = Math.min(realH, MAX_SCROLL_PX);
  const viewH = Math.max(ROW_HEIGHT, size.h - HEADER_HEIGHT - frozenH);
  const viewW = Math.max(20, size.w - ROW_HEADER_WIDTH - frozenW);
  const vTop = virtualScroll(scroll.top, viewH, realH, cappedH);
  const vLeft = Math.min(scroll.left, Math.max(0, layout.total - frozenW - viewW));

  const firstRow = fr + Math.floor(vTop / ROW_HEIGHT);
  const lastRow = Math.min(rows - 1, fr + Math.floor((vTop + viewH) / ROW_HEIGHT));
  const firstCol = columnAt(layout, frozenW + vLeft);
  const lastCol = columnAt(layout, frozenW + vLeft + viewW);
  const rowList: number[] = [];
  for (let r = 0; r < fr; r++) rowList.push(r);
  for (let r = Math.max(fr, firstRow); r <= lastRow; r++) rowList.push(r);
  const colList: number[] = [];
  for (let c = 0; c < fc; c++) colList.push(c);
  for (let c = Math.max(fc, firstCol); c <= lastCol; c++) colList.push(c);

  const rowY = (r: number) => (r < fr ? HEADER_HEIGHT + r * ROW_HEIGHT : HEADER_HEIGHT + frozenH + (r - fr) * ROW_HEIGHT - vTop);
  const colX = (c: number) => (c < fc ? ROW_HEADER_WIDTH + layout.starts[c] : ROW_HEADER_WIDTH + layout.starts[c] - vLeft);

  const sel = wb.selection();
  const selection = sel.sheet.toLowerCase() === sheet.toLowerCase() ? rectOf(sel.address) : null;

  const select = (r: number, c: number, extend: boolean) => {
    const a = extend && anchor.current ? anchor.current : { r, c };
    if (!extend) anchor.current = { r, c };
    const rect = { r0: Math.min(a.r, r), c0: Math.min(a.c, c), r1: Math.max(a.r, r), c1: Math.max(a.c, c) };
    wb.select(sheet, rectAddress(rect));
  };

  const reveal = (r: number, c: number) => {
    const el = scroller.current;
    if (!el || realH > cappedH) return;
    if (r >= fr) {
      const y = (r - fr) * ROW_HEIGHT;
      if (y < el.scrollTop) el.scrollTop = y;
      else if (y + ROW_HEIGHT > el.scrollTop + viewH) el.scrollTop = y + ROW_HEIGHT - viewH;
    }
    if (c >= fc) {
      const x0 = layout.starts[c] - frozenW;
      const x1 = layout.starts[c + 1] - frozenW;
      if (x0 < el.scrollLeft) el.scrollLeft = x0;
      else if (x1 > el.scrollLeft + viewW) el.scrollLeft = x1 - viewW;
    }
  };

  const onMouseDown = (e: React.MouseEvent) => {
    const target = (e.target as HTMLElement).closest('[data-r]') as HTMLElement | null;
    if (!target) return;
    select(Number(target.dataset.r), Number(target.dataset.c), e.shiftKey);
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    const moves: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1], Enter: [1, 0], Tab: [0, 1] };
    const m = moves[e.key];
    if (!m) return;
    e.preventDefault();
    const cur = anchor.current ?? (selection ? { r: selection.r0, c: selection.c0 } : { r: 0, c: 0 });
    const r = Math.min(MAX_ROWS - 1, Math.max(0, cur.r + m[0]));
    const c = Math.min(layout.count - 1, Math.max(0, cur.c + m[1]));
    select(r, c, false);
    reveal(r, c);
  };

  const cells: React.ReactElement[] = [];
  for (const r of rowList) {
    const y = rowY(r);
    for (const c of colList) {
      const x = colX(c);
      const w = layout.starts[c + 1] - layout.starts[c];
      const info = wb.cell(sheet, r, c);
      const style: React.CSSProperties = { left: x, top: y, width: w - 1, height: ROW_HEIGHT - 1 };
      const table = tables.find((t) => inRect(r, c, t.rect));
      let fill: string | null = info.format.fill;
      let color = info.format.color !== '#000000' ? info.format.color : undefined;
      let bold = info.format.bold;
      if (table && !fill) {
        if (r === table.rect.r0) {
          fill = table.look.headerFill;
          color = color ?? table.look.headerColor;
          bold = true;
          style.borderBottom = `1px solid ${table.look.headerBorder}`;
        } else if ((r - table.rect.r0 - 1) % 2 === 0) fill = table.look.bandFill;
      }
      let bar: React.ReactElement | null = null;
      for (const cf of cfs)
        if (cf.kind === 'rule' && inRect(r, c, cf.rect) && ruleHolds(wb, sheet, cf, r, c)) {
          if (cf.rule!.fill) fill = cf.rule!.fill;
          if (cf.rule!.fontColor) color = cf.rule!.fontColor;
        }
      if (typeof info.value === 'number') {
        for (const cf of cfs) {
          if (!inRect(r, c, cf.rect)) continue;
          if (cf.kind === 'scale' && cf.stops.length > 0) fill = colorScale(info.value, cf.stops);
          else if (cf.kind === 'bar' && cf.max > cf.min) {
            const share = Math.max(0, Math.min(1, (info.value - cf.min) / (cf.max - cf.min)));
            bar = <span className="cg-bar" style={{ width: `${share * 100}%` }} />;
          }
        }
      }
      if (fill) style.background = fill;
      if (color) style.color = color;
      if (bold) style.fontWeight = 600;
      if (info.format.italic) style.fontStyle = 'italic';
      const h = info.format.horizontalAlignment;
      const align =
        h && h !== 'General'
          ? h.toLowerCase()
          : typeof info.value === 'number'
            ? 'right'
            : typeof info.value === 'boolean' || (typeof info.value === 'string' && info.value.startsWith('#') && info.formula)
              ? 'center'
              : 'left';
      style.textAlign = align === 'centeracrossselection' ? 'center' : (align as React.CSSProperties['textAlign']);
      let text = typeof info.value === 'number' ? localizeNumberText(info.text, locale) : info.text;
      // Like Excel, a number too wide for its column shows as ####.
      if (typeof info.value === 'number' && textWidth(text) + 4 > w) text = '#'.repeat(Math.max(1, Math.floor((w - 4) / CHAR_PX)));
      cells.push(
        <div key={`${r}:${c}`} className="cg-cell" data-r={r} data-c={c} style={style} title={text.length * 7 > w ? text : undefined}>
          {bar}
          <span className="cg-text">{text}</span>
        </div>,
      );
    }
  }

  const headers: React.ReactElement[] = [];
  for (const c of colList) {
    const on = selection !== null && c >= selection.c0 && c <= selection.c1;
    headers.push(
      <div
        key={`h${c}`}
        className="cg-colhead"
        style={{ left: colX(c), width: layout.starts[c + 1] - layout.starts[c] - 1, background: on ? SELECTED_HEADER_BG : HEADER_BG, color: on ? ACCENT : undefined }}
      >
        {columnLetters(c)}
      </div>,
    );
  }
  for (const r of rowList) {
    const on = selection !== null && r >= selection.r0 && r <= selection.r1;
    headers.push(
      <div key={`r${r}`} className="cg-rowhead" style={{ top: rowY(r), background: on ? SELECTED_HEADER_BG : HEADER_BG, color: on ? ACCENT : undefined }}>
        {r + 1}
      </div>,
    );
  }

  let selectionBox: React.ReactElement | null = null;
  if (selection) {
    const top = Math.max(HEADER_HEIGHT - 2, rowY(Math.max(selection.r0, 0)));
    const bottomRow = Math.min(selection.r1, lastRow);
    const bottom = selection.r1 < firstRow && selection.r1 >= fr ? -1 : rowY(bottomRow) + ROW_HEIGHT;
    const left = Math.max(ROW_HEADER_WIDTH - 2, colX(selection.c0));
    const right = colX(Math.min(selection.c1, lastCol)) + (layout.starts[Math.min(selection.c1, lastCol) + 1] - layout.starts[Math.min(selection.c1, lastCol)]);
    if (bottom > top && right > left) {
      selectionBox = (
        <div
          className="cg-selection"
          style={{ top: top - 1, left: left - 1, width: right - left, height: bottom - top, background: selection.r0 === selection.r1 && selection.c0 === selection.c1 ? 'transparent' : 'rgba(16,124,65,0.08)' }}
        />
      );
    }
  }

  const chartViews = charts.map((ch) => {
    const cy = ch.position.top * PT;
    const cx = ch.position.left * PT;
    const top = cy < frozenH ? HEADER_HEIGHT + cy : HEADER_HEIGHT + cy - vTop;
    const left = cx < frozenW ? ROW_HEADER_WIDTH + cx : ROW_HEADER_WIDTH + cx - vLeft;
    if (top > size.h || left > size.w || top + ch.position.height * PT < 0 || left + ch.position.width * PT < 0) return null;
    return (
      <div key={ch.id} className="cg-chart" style={{ top, left }} data-chart={ch.name}>
        <ChartView chart={ch} />
      </div>
    );
  });

  const spacerW = ROW_HEADER_WIDTH + layout.total;
  const spacerH = HEADER_HEIGHT + frozenH + cappedH;
  return (
    <div
      ref={scroller}
      className="cg-scroller"
      role="grid"
      aria-label={label}
      aria-rowcount={rows}
      aria-colcount={layout.count}
      tabIndex={0}
      onScroll={(e) => setScroll({ top: e.currentTarget.scrollTop, left: e.currentTarget.scrollLeft })}
      onKeyDown={onKeyDown}
    >
      <div className="cg-layer" style={{ width: size.w, height: size.h }} onMouseDown={onMouseDown}>
        {cells}
        {selectionBox}
        {chartViews}
        {headers}
        <div className="cg-corner" />
      </div>
      <div style={{ width: spacerW, height: spacerH, marginTop: -size.h }} />
    </div>
  );
}

export const GRID_CSS = `
.cg-scroller { position: relative; overflow: auto; flex: 1 1 auto; min-height: 0; background: #fff; outline: none; }
.cg-scroller:focus-visible { box-shadow: inset 0 0 0 2px ${ACCENT}; }
.cg-layer { position: sticky; top: 0; left: 0; overflow: hidden; font: 13px Calibri, "Segoe UI", system-ui, sans-serif; color: #000; user-select: none; }
.cg-cell { position: absolute; box-sizing: content-box; border-right: 1px solid ${GRID_LINE}; border-bottom: 1px solid ${GRID_LINE}; padding: 0; overflow: hidden; white-space: nowrap; line-height: ${ROW_HEIGHT - 1}px; }
.cg-text { position: relative; padding: 0 3px; }
.cg-bar { position: absolute; left: 1px; top: 2px; bottom: 2px; background: linear-gradient(90deg, #638EC6, #B8CCE8); }
.cg-colhead { position: absolute; top: 0; height: ${HEADER_HEIGHT - 1}px; line-height: ${HEADER_HEIGHT - 1}px; text-align: center; border-right: 1px solid #D0D0D0; border-bottom: 1px solid #D0D0D0; font-size: 12px; color: #444; }
.cg-rowhead { position: absolute; left: 0; width: ${ROW_HEADER_WIDTH - 1}px; height: ${ROW_HEIGHT - 1}px; line-height: ${ROW_HEIGHT - 1}px; text-align: center; border-right: 1px solid #D0D0D0; border-bottom: 1px solid #D0D0D0; font-size: 12px; color: #444; }
.cg-corner { position: absolute; left: 0; top: 0; width: ${ROW_HEADER_WIDTH - 1}px; height: ${HEADER_HEIGHT - 1}px; background: ${HEADER_BG}; border-right: 1px solid #D0D0D0; border-bottom: 1px solid #D0D0D0; }
.cg-selection { position: absolute; border: 2px solid ${ACCENT}; pointer-events: none; box-sizing: border-box; }
.cg-chart { position: absolute; pointer-events: none; box-shadow: 0 1px 3px rgba(0,0,0,0.15); }
`;
