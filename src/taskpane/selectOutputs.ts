// The pane's outputs option, applied to a report: the rule lives in src/report/selectOutputs.ts
// (the ribbon's "analyse again" command applies it too).
export { ALWAYS_WRITTEN, selectOutputs } from '../report/selectOutputs';
