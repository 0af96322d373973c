// The small Pareto chart of the Results view: value share per decile of ranked clients (bars) and its
// running total (line). Loaded on demand: the charting library is the pane's heaviest dependency.
import * as React from 'react';
import { VerticalBarChart, type VerticalBarChartDataPoint } from '@fluentui/react-charts';
import { formatNumber, localeTag, t, type Locale } from '../i18n';
import type { ParetoPoint } from './resultsModel';

const BAR_COLOUR = '#0F6CBD';
const LINE_COLOUR = '#C43E1C';

export interface ParetoChartProps {
  locale: Locale;
  points: ParetoPoint[];
}

export function paretoChartData(locale: Locale, points: ParetoPoint[]): VerticalBarChartDataPoint[] {
  const share = t(locale, 'pane.pareto.share');
  return points.map((p) => ({
    x: `${p.decile * 10} %`,
    y: Math.round(p.share * 10) / 10,
    legend: share,
    xAxisCalloutData: t(locale, 'pane.pareto.decileLabel', { decile: p.decile }),
    yAxisCalloutData: `${formatNumber(locale, p.share, 1)} %`,
    barLabel: formatNumber(locale, p.share, 0),
    lineData: { y: Math.round(p.cumulative * 10) / 10, yAxisCalloutData: `${formatNumber(locale, p.cumulative, 1)} %` },
  }));
}

export default function ParetoChart({ locale, points }: ParetoChartProps): React.ReactElement {
  const data = React.useMemo(() => paretoChartData(locale, points), [locale, points]);
  return (
    <VerticalBarChart
      data={data}
      height={220}
      barWidth={16}
      useSingleColor
      colors={[BAR_COLOUR]}
      lineLegendColor={LINE_COLOUR}
      hideLegend={false}
      lineLegendText={t(locale, 'pane.pareto.cumulative')}
      yMaxValue={100}
      culture={localeTag(locale)}
      chartTitle={t(locale, 'pane.pareto.chart')}
      xAxisTitle={t(locale, 'pane.pareto.decile')}
      wrapXAxisLables={false}
    />
  );
}
