// A chart of the simulated workbook drawn as SVG from the host's chart object: column, bar, line,
// area, pie, scatter, Pareto, and combos (per-series type, secondary value axis).
import * as React from 'react';
import type { CellValue, ChartInfo, ChartSeriesInfo } from '../host';
import { formatValue } from '../host/numberFormat';
import { SERIES_COLORS, isStacked, isStacked100, markKind, niceTicks, type MarkKind } from './chartGeometry';

const PT = 4 / 3;
const FONT = '"Segoe UI", system-ui, sans-serif';

const num = (v: CellValue | undefined): number => (typeof v === 'number' ? v : typeof v === 'boolean' ? Number(v) : NaN);

function label(v: CellValue | undefined, format: string): string {
  if (v === undefined || v === '') return '';
  return formatValue(v, format || 'General');
}

function short(n: number, format: string): string {
  if (format && format !== 'General') return formatValue(n, format);
  const a = Math.abs(n);
  if (a >= 1e9) return `${+(n / 1e9).toFixed(1)}G`;
  if (a >= 1e6) return `${+(n / 1e6).toFixed(1)}M`;
  if (a >= 1e4) return `${+(n / 1e3).toFixed(0)}k`;
  return formatValue(n, 'General');
}

interface Plotted {
  series: ChartSeriesInfo;
  kind: MarkKind;
  color: string;
  values: number[];
  secondary: boolean;
}

export function ChartView({ chart }: { chart: ChartInfo }): React.ReactElement {
  const width = Math.max(160, chart.position.width * PT);
  const height = Math.max(120, chart.position.height * PT);
  const title = chart.title;
  const type = chart.type || 'ColumnClustered';
  const pareto = /pareto/i.test(type);
  const baseKind = markKind(type);

  let series = chart.series;
  let categories: CellValue[] = series[0]?.xValues ?? [];
  if (pareto && series[0]) {
    const order = series[0].values.map((v, i) => [num(v), i] as const).sort((a, b) => b[0] - a[0]);
    const sorted = order.map(([v]) => v);
    const total = sorted.reduce((s, v) => s + (Number.isFinite(v) ? v : 0), 0);
    let cum = 0;
    categories = order.map(([, i]) => series[0].xValues[i]);
    series = [
      { ...series[0], values: sorted, chartType: 'ColumnClustered', axisGroup: 'Primary' },
      {
        ...series[0],
        name: '%',
        values: sorted.map((v) => ((cum += Number.isFinite(v) ? v : 0), total ? cum / total : 0)),
        chartType: 'Line',
        axisGroup: 'Secondary',
      },
    ];
  }
  const plotted: Plotted[] = series.map((s, i) => ({
    series: s,
    kind: markKind(s.chartType || type),
    color: SERIES_COLORS[i % SERIES_COLORS.length],
    values: s.values.map(num),
    secondary: s.axisGroup === 'Secondary',
  }));
  const legendItems =
    baseKind === 'pie'
      ? categories.map((c, i) => ({ name: label(c, chart.axes.category.numberFormat) || String(i + 1), color: SERIES_COLORS[i % SERIES_COLORS.length] }))
      : plotted.map((p) => ({ name: p.series.name, color: p.color }));

  const top = title ? 28 : 10;
  const legendH = chart.legend.visible && legendItems.length > 0 ? 22 : 0;
  const body =
    baseKind === 'pie' ? (
      <PieMarks plotted={plotted[0]} x={10} y={top} w={width - 20} h={height - top - legendH - 6} />
    ) : (
      <CartesianMarks chart={chart} plotted={plotted} categories={categories} x={0} y={top} w={width} h={height - top - legendH} pareto={pareto} />
    );
  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={title || chart.name}
      style={{ background: '#FFFFFF', border: '1px solid #D9D9D9', fontFamily: FONT, display: 'block' }}
    >
      {title ? (
        <text x={width / 2} y={19} textAnchor="middle" fontSize={13} fill="#404040">
          {title}
        </text>
      ) : null}
      {body}
      {legendH > 0 ? <Legend items={legendItems.slice(0, 12)} y={height - 14} width={width} /> : null}
    </svg>
  );
}

function Legend({ items, y, width }: { items: { name: string; color: string }[]; y: number; width: number }): React.ReactElement {
  const itemW = Math.min(140, (width - 20) / Math.max(1, items.length));
  const x0 = (width - itemW * items.length) / 2;
  return (
    <g fontSize={10} fill="#595959">
      {items.map((it, i) => (
        <g key={i} transform={`translate(${x0 + i * itemW},${y})`}>
          <rect x={0} y={-7} width={8} height={8} fill={it.color} />
          <text x={11} y={0}>
            {it.name.length > 20 ? `${it.name.slice(0, 19)}…` : it.name}
          </text>
        </g>
      ))}
    </g>
  );
}

function PieMarks({ plotted, x, y, w, h }: { plotted?: Plotted; x: number; y: number; w: number; h: number }): React.ReactElement | null {
  if (!plotted) return null;
  const values = plotted.values.map((v) => (Number.isFinite(v) && v > 0 ? v : 0));
  const total = values.reduce((s, v) => s + v, 0);
  if (total <= 0) return null;
  const r = Math.max(10, Math.min(w, h) / 2 - 4);
  const cx = x + w / 2;
  const cy = y + h / 2;
  const doughnut = /doughnut/i.test(plotted.series.chartType);
  let angle = -Math.PI / 2;
  return (
    <g>
      {values.map((v, i) => {
        const a0 = angle;
        const a1 = (angle += (v / total) * 2 * Math.PI);
        if (v === 0) return null;
        const large = a1 - a0 > Math.PI ? 1 : 0;
        const p = (a: number, rr: number) => `${cx + rr * Math.cos(a)},${cy + rr * Math.sin(a)}`;
        const full = v === total;
        const d = full
          ? `M${p(0, r)} A${r},${r} 0 1 1 ${p(Math.PI, r)} A${r},${r} 0 1 1 ${p(0, r)} Z`
          : `M${cx},${cy} L${p(a0, r)} A${r},${r} 0 ${large} 1 ${p(a1, r)} Z`;
        const mid = (a0 + a1) / 2;
        const share = v / total;
        return (
          <g key={i}>
            <path d={d} fill={SERIES_COLORS[i % SERIES_COLORS.length]} stroke="#FFFFFF" strokeWidth={1} />
            {share >= 0.05 ? (
              <text x={cx + r * 0.65 * Math.cos(mid)} y={cy + r * 0.65 * Math.sin(mid) + 4} textAnchor="middle" fontSize={10} fill="#FFFFFF">
                {`${Math.round(share * 100)}%`}
              </text>
            ) : null}
          </g>
        );
      })}
      {doughnut ? <circle cx={cx} cy={cy} r={r * 0.5} fill="#FFFFFF" /> : null}
    </g>
  );
}

function domain(plotted: Plotted[], secondary: boolean, categories: number): { min: number; max: number; percent: boolean } {
  const group = plotted.filter((p) => p.secondary === secondary);
  let min = Infinity;
  let max = -Infinity;
  const stacked = group.some((p) => isStacked(p.series.chartType));
  const percent = group.some((p) => isStacked100(p.series.chartType));
  if (percent) return { min: 0, max: 1, percent };
  if (stacked) {
    for (let i = 0; i < categories; i++) {
      let pos = 0;
      let neg = 0;
      for (const p of group) {
        const v = p.values[i];
        if (!Number.isFinite(v)) continue;
        if (v >= 0) pos += v;
        else neg += v;
      }
      min = Math.min(min, neg);
      max = Math.max(max, pos);
    }
  } else {
    for (const p of group)
      for (const v of p.values)
        if (Number.isFinite(v)) {
          min = Math.min(min, v);
          max = Math.max(max, v);
        }
  }
  if (!Number.isFinite(min)) return { min: 0, max: 1, percent };
  return { min, max, percent };
}

function CartesianMarks(props: {
  chart: ChartInfo;
  plotted: Plotted[];
  categories: CellValue[];
  x: number;
  y: number;
  w: number;
  h: number;
  pareto: boolean;
}): React.ReactElement {
  const { chart, plotted, x, y, w, h, pareto } = props;
  const n = Math.max(props.categories.length, ...plotted.map((p) => p.values.length), 1);
  const horizontal = plotted.length > 0 && plotted.every((p) => p.kind === 'bar');
  const scatter = plotted.some((p) => p.kind === 'scatter');
  const hasSecondary = plotted.some((p) => p.secondary);
  const primary = domain(plotted, false, n);
  const second = domain(plotted, true, n);
  const pTicks = niceTicks(primary.min, primary.max, 5, !scatter);
  const sTicks = pareto ? [0, 0.2, 0.4, 0.6, 0.8, 1] : niceTicks(second.min, second.max, 5, true);
  const valueFormat = primary.percent ? '0%' : chart.axes.value.numberFormat;
  const secondFormat = pareto || second.percent ? '0%' : chart.axes.secondaryValue.numberFormat;
  const left = x + (horizontal ? 78 : 48);
  const right = x + w - (hasSecondary ? 44 : 14);
  const topY = y + 4;
  const bottom = y + h - (horizontal ? 18 : 22);
  const plotW = Math.max(10, right - left);
  const plotH = Math.max(10, bottom - topY);
  const scale = (ticks: number[]) => (v: number) => {
    const lo = ticks[0];
    const hi = ticks[ticks.length - 1];
    const t = hi === lo ? 0 : (v - lo) / (hi - lo);
    return horizontal ? left + t * plotW : bottom - t * plotH;
  };
  const vp = scale(pTicks);
  const vs = scale(sTicks);
  // Scatter: numeric x axis from the x values.
  const xs = scatter ? plotted[0]?.series.xValues.map(num) ?? [] : [];
  const xTicks = scatter ? niceTicks(Math.min(...xs.filter(Number.isFinite)), Math.max(...xs.filter(Number.isFinite)), 5, false) : [];
  const band = (horizontal ? plotH : plotW) / n;
  const catPos = (i: number) => (horizontal ? topY + band * (i + 0.5) : left + band * (i + 0.5));
  const xPos = (i: number) => {
    if (!scatter) return catPos(i);
    const lo = xTicks[0];
    const hi = xTicks[xTicks.length - 1];
    return left + ((xs[i] - lo) / (hi - lo || 1)) * plotW;
  };

  const barSeries = plotted.filter((p) => p.kind === 'column' || p.kind === 'bar');
  const stackedBars = barSeries.some((p) => isStacked(p.series.chartType));
  const slots = stackedBars ? 1 : Math.max(1, barSeries.length);
  const barW = (band * 0.7) / slots;
  const posBase = new Float64Array(n);
  const negBase = new Float64Array(n);
  const catFormat = chart.axes.category.numberFormat;
  const labelEvery = Math.max(1, Math.ceil(n / Math.max(1, Math.floor((horizontal ? plotH : plotW) / 48))));

  const marks: React.ReactElement[] = [];
  barSeries.forEach((p, k) => {
    const v = p.secondary ? vs : vp;
    const percent = isStacked100(p.series.chartType);
    p.values.forEach((raw, i) => {
      if (!Number.isFinite(raw)) return;
      let val = raw;
      if (percent) {
        const total = barSeries.reduce((s, q) => s + Math.abs(Number.isFinite(q.values[i]) ? q.values[i] : 0), 0);
        val = total ? raw / total : 0;
      }
      let from = 0;
      if (stackedBars) {
        from = val >= 0 ? posBase[i] : negBase[i];
        if (val >= 0) posBase[i] += val;
        else negBase[i] += val;
      }
      const a = v(from);
      const b = v(from + val);
      const offset = catPos(i) - (band * 0.7) / 2 + (stackedBars ? 0 : k * barW);
      marks.push(
        horizontal ? (
          <rect key={`b${k}-${i}`} x={Math.min(a, b)} y={offset} width={Math.abs(b - a)} height={Math.max(1, barW - 1)} fill={p.color} />
        ) : (
          <rect key={`b${k}-${i}`} x={offset} y={Math.min(a, b)} width={Math.max(1, barW - 1)} height={Math.abs(b - a)} fill={p.color} />
        ),
      );
    });
  });
  plotted.forEach((p, k) => {
    if (p.kind !== 'line' && p.kind !== 'area' && p.kind !== 'scatter') return;
    const v = p.secondary ? vs : vp;
    const pts = p.values.map((val, i) => (Number.isFinite(val) ? [xPos(i), v(val)] : null)).filter((q): q is number[] => q !== null);
    if (pts.length === 0) return;
    const path = pts.map((q, i) => `${i ? 'L' : 'M'}${q[0]},${q[1]}`).join(' ');
    if (p.kind === 'area') {
      marks.push(<path key={`a${k}`} d={`${path} L${pts[pts.length - 1][0]},${v(0)} L${pts[0][0]},${v(0)} Z`} fill={p.color} fillOpacity={0.6} />);
    } else if (p.kind === 'line' || /lines/i.test(p.series.chartType)) {
      marks.push(<path key={`l${k}`} d={path} fill="none" stroke={p.color} strokeWidth={2} />);
    }
    if (p.kind === 'scatter' || /markers/i.test(p.series.chartType)) {
      pts.forEach((q, i) => marks.push(<circle key={`m${k}-${i}`} cx={q[0]} cy={q[1]} r={3} fill={p.color} />));
    }
  });

  const grid = pTicks.map((t) => {
    const pos = vp(t);
    return horizontal ? (
      <g key={`g${t}`}>
        <line x1={pos} x2={pos} y1={topY} y2={bottom} stroke="#E7E7E7" />
        <text x={pos} y={bottom + 13} textAnchor="middle" fontSize={9} fill="#595959">
          {short(t, valueFormat)}
        </text>
      </g>
    ) : (
      <g key={`g${t}`}>
        <line x1={left} x2={right} y1={pos} y2={pos} stroke="#E7E7E7" />
        <text x={left - 4} y={pos + 3} textAnchor="end" fontSize={9} fill="#595959">
          {short(t, valueFormat)}
        </text>
      </g>
    );
  });
  const secondaryAxis = hasSecondary
    ? sTicks.map((t) => (
        <text key={`s${t}`} x={right + 4} y={vs(t) + 3} fontSize={9} fill="#595959">
          {short(t, secondFormat)}
        </text>
      ))
    : null;
  const catLabels = scatter
    ? xTicks.map((t) => (
        <text key={`x${t}`} x={left + ((t - xTicks[0]) / (xTicks[xTicks.length - 1] - xTicks[0] || 1)) * plotW} y={bottom + 13} textAnchor="middle" fontSize={9} fill="#595959">
          {short(t, catFormat)}
        </text>
      ))
    : Array.from({ length: n }, (_, i) => i)
        .filter((i) => i % labelEvery === 0)
        .map((i) => {
          const text = label(props.categories[i], catFormat) || String(i + 1);
          const shown = text.length > 14 ? `${text.slice(0, 13)}…` : text;
          return horizontal ? (
            <text key={`c${i}`} x={left - 4} y={catPos(i) + 3} textAnchor="end" fontSize={9} fill="#595959">
              {shown}
            </text>
          ) : (
            <text key={`c${i}`} x={catPos(i)} y={bottom + 13} textAnchor="middle" fontSize={9} fill="#595959">
              {shown}
            </text>
          );
        });
  return (
    <g>
      {grid}
      {marks}
      <line x1={left} x2={horizontal ? left : right} y1={bottom} y2={horizontal ? topY : bottom} stroke="#BFBFBF" />
      {catLabels}
      {secondaryAxis}
    </g>
  );
}
