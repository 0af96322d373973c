// @fluentui/react-charts is ESM with d3 ESM dependencies, which jest's CommonJS runtime cannot load:
// the tests replace the chart by a stand-in that shows the data it was given.
import * as React from 'react';

export function VerticalBarChart(props: { data?: { x: string | number; y: number; lineData?: { y: number } }[]; chartTitle?: string }) {
  return (
    <figure data-testid="pareto-chart" aria-label={props.chartTitle}>
      {(props.data ?? []).map((p) => `${p.x}:${p.y}/${p.lineData?.y}`).join(' ')}
    </figure>
  );
}
