// Pure geometry for the playground's SVG charts: which mark each series uses, nice axis ticks.

export type MarkKind = 'column' | 'bar' | 'line' | 'area' | 'pie' | 'scatter';

/** The mark of an Excel chart type string (ColumnClustered, BarStacked, LineMarkers, Pie, XYScatter...). */
export function markKind(chartType: string): MarkKind {
  const t = chartType.toLowerCase();
  if (t.includes('pie') || t.includes('doughnut')) return 'pie';
  if (t.startsWith('xyscatter') || t.startsWith('bubble')) return 'scatter';
  if (t.startsWith('bar') || t.includes('barclustered') || t.includes('barstacked') || t === 'funnel') return 'bar';
  if (t.startsWith('line') || t.startsWith('3dline') || t.startsWith('radar')) return 'line';
  if (t.startsWith('area') || t.startsWith('3darea')) return 'area';
  return 'column';
}

export function isStacked(chartType: string): boolean {
  return /stacked/i.test(chartType);
}

export function isStacked100(chartType: string): boolean {
  return /stacked100/i.test(chartType);
}

/** About `count` round tick values covering [min, max] (0 included when `zero`). */
export function niceTicks(min: number, max: number, count = 5, zero = true): number[] {
  let lo = Number.isFinite(min) ? min : 0;
  let hi = Number.isFinite(max) ? max : 1;
  if (zero) {
    lo = Math.min(lo, 0);
    hi = Math.max(hi, 0);
  }
  if (lo === hi) hi = lo + 1;
  const raw = (hi - lo) / count;
  const mag = Math.pow(10, Math.floor(Math.log10(raw)));
  const norm = raw / mag;
  const step = (norm < 1.5 ? 1 : norm < 3 ? 2 : norm < 7 ? 5 : 10) * mag;
  const first = Math.floor(lo / step + 1e-9) * step;
  const last = Math.ceil(hi / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let v = first; v <= last + step / 2; v += step) ticks.push(Math.abs(v) < step * 1e-9 ? 0 : +v.toPrecision(12));
  return ticks;
}

/** Office's default series colours. */
export const SERIES_COLORS = ['#4472C4', '#ED7D31', '#A5A5A5', '#FFC000', '#5B9BD5', '#70AD47', '#264478', '#9E480E', '#636363', '#997300'];
