// Conditional-format colour scales: the colour of a value between the scale's stops.

export interface ColorStop {
  value: number;
  color: string;
}

function rgb(color: string): [number, number, number] {
  const hex = color.replace('#', '');
  const full = hex.length === 3 ? hex.replace(/./g, (x) => x + x) : hex;
  const n = parseInt(full.slice(0, 6), 16);
  return Number.isNaN(n) ? [255, 255, 255] : [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

const hex2 = (x: number): string => Math.round(x).toString(16).padStart(2, '0').toUpperCase();

/** Linear interpolation in RGB between the stops (sorted by value), clamped at the ends. */
export function colorScale(value: number, stops: ColorStop[]): string {
  if (stops.length === 0) return '#FFFFFF';
  if (value <= stops[0].value) return stops[0].color.toUpperCase();
  for (let i = 1; i < stops.length; i++) {
    const a = stops[i - 1];
    const b = stops[i];
    if (value <= b.value) {
      const t = b.value === a.value ? 1 : (value - a.value) / (b.value - a.value);
      const [r0, g0, b0] = rgb(a.color);
      const [r1, g1, b1] = rgb(b.color);
      return `#${hex2(r0 + (r1 - r0) * t)}${hex2(g0 + (g1 - g0) * t)}${hex2(b0 + (b1 - b0) * t)}`;
    }
  }
  return stops[stops.length - 1].color.toUpperCase();
}

/** The stop values of a colour-scale criterion over the range's numbers (lowest/highest/number/percent/percentile). */
export function stopValue(criterion: { type?: string; formula?: string | null }, sorted: number[]): number {
  const lo = sorted[0] ?? 0;
  const hi = sorted[sorted.length - 1] ?? 0;
  const x = Number(criterion.formula);
  switch ((criterion.type ?? '').toLowerCase()) {
    case 'lowestvalue':
      return lo;
    case 'highestvalue':
      return hi;
    case 'number':
      return Number.isFinite(x) ? x : lo;
    case 'percent':
      return lo + ((Number.isFinite(x) ? x : 50) / 100) * (hi - lo);
    case 'percentile': {
      if (sorted.length === 0) return 0;
      const p = (Number.isFinite(x) ? x : 50) / 100;
      const pos = p * (sorted.length - 1);
      const i = Math.floor(pos);
      return sorted[i] + (sorted[Math.min(i + 1, sorted.length - 1)] - sorted[i]) * (pos - i);
    }
    default:
      return Number.isFinite(x) ? x : lo;
  }
}
