// The pane's few layout rules. Colours come from Fluent's CSS variables, so light and dark themes follow.
export const PANE_CSS = `
.cartera-pane { box-sizing: border-box; background: var(--colorNeutralBackground1); color: var(--colorNeutralForeground1); }
.fui-legend__legend { text-transform: none !important; }
.cartera-main { padding: 8px 10px 24px; display: flex; flex-direction: column; gap: 8px; }
.cartera-title { margin: 0; }
.cartera-tabs { flex-wrap: wrap; border-bottom: 1px solid var(--colorNeutralStroke2); }
.cartera-panel { display: flex; flex-direction: column; gap: 12px; }
.cartera-step { display: flex; flex-direction: column; gap: 12px; }
.cartera-section { display: flex; flex-direction: column; gap: 6px; }
.cartera-section h2, .cartera-section h3, .cartera-step h2 { margin: 4px 0 0; }
.cartera-row { display: flex; flex-wrap: wrap; gap: 8px; align-items: flex-end; }
.cartera-column { display: flex; flex-direction: column; gap: 4px; align-items: stretch; }
.cartera-grow { flex: 1 1 120px; min-width: 0; }
.cartera-source { margin: 0; overflow-wrap: anywhere; }
.cartera-section { min-width: 0; }
.cartera-table-select { min-width: 0; max-width: 100%; }
.cartera-table-select select { min-width: 0; width: 100%; text-overflow: ellipsis; }
.cartera-step p { margin: 0; }
.cartera-preview { overflow-x: auto; border: 1px solid var(--colorNeutralStroke2); border-radius: 4px; padding: 4px; }
.cartera-preview:focus-visible { outline: 2px solid var(--colorStrokeFocus2); }
.cartera-preview table { table-layout: auto; width: max-content; min-width: 100%; }
.cartera-preview td, .cartera-preview th { white-space: nowrap; overflow: visible; padding: 0 6px; }
.cartera-preview td > *, .cartera-preview th > * { overflow: visible; }
.cartera-mapping { display: flex; flex-direction: column; gap: 6px; }
.cartera-mapping-row { display: flex; gap: 6px; align-items: flex-end; }
.cartera-badge { margin-bottom: 6px; flex: 0 0 auto; }
.cartera-num { text-align: right; justify-content: flex-end; font-variant-numeric: tabular-nums; }
.cartera-caption { margin: 6px 0 0; }
.cartera-kpis { display: grid; grid-template-columns: repeat(auto-fill, minmax(140px, 1fr)); gap: 8px; margin: 0; }
.cartera-kpi { border: 1px solid var(--colorNeutralStroke2); border-radius: 6px; padding: 8px;
  background: var(--colorNeutralBackground2); }
.cartera-kpi dt { font-size: 12px; color: var(--colorNeutralForeground2); }
.cartera-kpi dd { margin: 2px 0 0; font-size: 18px; font-weight: 600; font-variant-numeric: tabular-nums; }
.cartera-kpi:has(.cartera-kpi-notes) { grid-column: 1 / -1; }
.cartera-kpi-notes { list-style: none; padding: 0; margin: 4px 0 0; font-weight: 400; }
.cartera-pareto { margin: 0; }
.cartera-chart { min-height: 240px; }
.cartera-details summary { cursor: pointer; font-size: 12px; }
.cartera-facts { display: grid; grid-template-columns: 1fr; gap: 4px; margin: 0; }
.cartera-facts div { display: flex; justify-content: space-between; gap: 8px;
  border-bottom: 1px solid var(--colorNeutralStroke3); padding: 2px 0; }
.cartera-facts dt { color: var(--colorNeutralForeground2); }
.cartera-facts dd { margin: 0; text-align: right; font-weight: 600; }
.cartera-card-head { display: flex; flex-direction: column; gap: 4px; }
.cartera-actions { margin: 0; padding-left: 18px; }
.cartera-group { border: 1px solid var(--colorNeutralStroke2); border-radius: 6px; padding: 8px;
  display: flex; flex-direction: column; gap: 8px; }
.cartera-group h3 { margin: 0; }
.cartera-condition { display: flex; flex-direction: column; gap: 4px; padding-bottom: 6px;
  border-bottom: 1px dashed var(--colorNeutralStroke3); align-items: stretch; }
.cartera-condition > button { align-self: flex-start; }
.cartera-condition > .cartera-grow, .cartera-condition > .cartera-row { flex: 0 0 auto; }
.cartera-condition .cartera-row > .cartera-grow { flex: 1 1 0; min-width: 0; }
.cartera-grow .fui-Select, .cartera-grow .fui-Input { min-width: 0; width: 100%; }
.cartera-grow select { min-width: 0; }
.cartera-fieldset { border: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0 8px; }
.cartera-fieldset legend { font-size: 14px; padding: 0 0 2px; }
.cartera-or { margin: 0; }
.cartera-count { min-height: 24px; }
.cartera-bar { flex-shrink: 0; }
.cartera-meter { height: 10px; border-radius: 5px; background: var(--colorNeutralBackground3);
  border: 1px solid var(--colorNeutralStroke2); overflow: hidden; }
.cartera-meter-fill { height: 100%; background: var(--colorBrandBackground); }
.cartera-meter-over { background: var(--colorPaletteRedBackground3); }
.cartera-overdue td { background: var(--colorPaletteRedBackground1); }
.cartera-agenda .fui-Badge { white-space: nowrap; }
.cartera-months { display: flex; align-items: flex-end; gap: 2px; height: 72px; margin: 0; padding: 0; list-style: none; }
.cartera-months li { flex: 1 1 0; display: flex; flex-direction: column; justify-content: flex-end; align-items: center;
  height: 100%; min-width: 0; }
.cartera-months .cartera-month-bar { width: 100%; background: var(--colorBrandBackground); min-height: 1px; }
.cartera-months .cartera-month-bar.cartera-negative { background: var(--colorPaletteRedBackground3); }
.cartera-months .cartera-month-label { font-size: 10px; color: var(--colorNeutralForeground3); }
`;
