// The number formats of a chart's axes, taken from the cells it draws, so that the axis reads like
// the table beside it: "20 %" for rates, "2.500.000 €" for money (grouped with the user's
// separators), never the raw 0.2 or "2.5M".
import type { ChartSpec, OutputTable } from './types';

export interface ChartAxisFormats {
  category?: string;
  value?: string;
  secondary?: string;
}

/** A column's number format without decimals ("#,##0.00 €" → "#,##0 €", "0.0%" → "0%"); undefined for text. */
function axisFormat(numberFormat: string | undefined): string | undefined {
  if (!numberFormat || numberFormat === '@') return undefined;
  return numberFormat.replace(/0\.0+/g, '0');
}

export function chartAxisFormats(spec: ChartSpec, table: OutputTable): ChartAxisFormats {
  const formatOf = (key: string | undefined) => axisFormat(table.columns.find((c) => c.key === key)?.numberFormat);
  const primary = spec.series.find((s) => !s.secondaryLine);
  const secondary = spec.series.find((s) => s.secondaryLine);
  return {
    category: formatOf(spec.category),
    value: formatOf(primary?.column),
    secondary: spec.secondaryAxisFormat ?? (secondary ? formatOf(secondary.column) : undefined),
  };
}
