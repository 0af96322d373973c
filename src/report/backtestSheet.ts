// "Model validation" (SPEC §7): the back-test of the purchase model — fitted on the history up to
// the calibration end, predicted over the holdout, compared with what the clients actually did —
// in total, as a mean absolute error per client, and by number of calibration repeat purchases
// (0 … 7+, as Fader–Hardie–Lee), with a native column chart of predicted vs actual.
import { BACKTEST_FREQUENCY_ROWS, type ModelBacktest } from '../engine/clv';
import type { FullAnalysis } from '../engine/pipeline';
import { defineMessages, formatDate, formatNumber, type MessageKey } from '../i18n';
import { failedNote } from './metricsSheets';
import { reportContext, tableName, type ReportOptions } from './reportContext';
import type { ChartSpec, KpiBlock, OutputBlock, OutputSheet } from './types';

export const backtestMessages = defineMessages({
  es: {
    'sheet.validation': 'Cartera - Validación modelo',
    'heading.validation': 'Validación del modelo de compras (back-test)',
    'validation.subtitle':
      'Ajustado con las compras hasta el {calibrationEnd}; previsto y comparado con lo ocurrido hasta el {holdoutEnd} ({holdout} {unit})',
    'validation.kpis': 'Previsto frente a real',
    'validation.calibrationEnd': 'Fin del periodo de ajuste',
    'validation.holdoutEnd': 'Fin del periodo de prueba',
    'validation.holdout': 'Periodo de prueba ({unit})',
    'validation.clients': 'Clientes del periodo de ajuste',
    'validation.predictedTotal': 'Compras repetidas previstas',
    'validation.actualTotal': 'Compras repetidas reales',
    'validation.difference': 'Diferencia (previsto / real − 1)',
    'validation.mae': 'Error absoluto medio por cliente (compras)',
    'validation.unit.weeks': 'semanas',
    'validation.unit.days': 'días',
    'validation.note':
      'Una compra es un día con compra. Cada fila agrupa a los clientes por sus compras repetidas en el periodo de ajuste (7 = 7 o más) y da la media prevista y la real en el periodo de prueba.',
    'validation.status.too_short':
      'No hay historia suficiente para reservar un periodo de prueba de {holdout} {unit}.',
    'validation.status.fit_failed':
      'El modelo no pudo ajustarse con los datos del periodo de ajuste ({reason}).',
    'validation.status.invalid_holdout': 'El periodo de prueba indicado no es válido.',
    'table.validation': 'Compras repetidas en el periodo de prueba por frecuencia en el ajuste',
    'col.validationFrequency': 'Compras repetidas (ajuste)',
    'col.validationPredicted': 'Previstas por cliente',
    'col.validationActual': 'Reales por cliente',
    'chart.validation': 'Compras repetidas por cliente: previstas frente a reales',
    'axis.validationFrequency': 'Compras repetidas en el periodo de ajuste',
    'axis.validationPurchases': 'Compras por cliente en el periodo de prueba',
  },
  pt: {
    'sheet.validation': 'Cartera - Validação modelo',
    'heading.validation': 'Validação do modelo de compras (back-test)',
    'validation.subtitle':
      'Ajustado com as compras até {calibrationEnd}; previsto e comparado com o ocorrido até {holdoutEnd} ({holdout} {unit})',
    'validation.kpis': 'Previsto versus real',
    'validation.calibrationEnd': 'Fim do período de ajuste',
    'validation.holdoutEnd': 'Fim do período de teste',
    'validation.holdout': 'Período de teste ({unit})',
    'validation.clients': 'Clientes do período de ajuste',
    'validation.predictedTotal': 'Compras repetidas previstas',
    'validation.actualTotal': 'Compras repetidas reais',
    'validation.difference': 'Diferença (previsto / real − 1)',
    'validation.mae': 'Erro absoluto médio por cliente (compras)',
    'validation.unit.weeks': 'semanas',
    'validation.unit.days': 'dias',
    'validation.note':
      'Uma compra é um dia com compra. Cada linha agrupa os clientes pelas compras repetidas no período de ajuste (7 = 7 ou mais) e dá a média prevista e a real no período de teste.',
    'validation.status.too_short':
      'Não há histórico suficiente para reservar um período de teste de {holdout} {unit}.',
    'validation.status.fit_failed':
      'O modelo não pôde ser ajustado com os dados do período de ajuste ({reason}).',
    'validation.status.invalid_holdout': 'O período de teste indicado não é válido.',
    'table.validation': 'Compras repetidas no período de teste por frequência no ajuste',
    'col.validationFrequency': 'Compras repetidas (ajuste)',
    'col.validationPredicted': 'Previstas por cliente',
    'col.validationActual': 'Reais por cliente',
    'chart.validation': 'Compras repetidas por cliente: previstas versus reais',
    'axis.validationFrequency': 'Compras repetidas no período de ajuste',
    'axis.validationPurchases': 'Compras por cliente no período de teste',
  },
  en: {
    'sheet.validation': 'Cartera - Model validation',
    'heading.validation': 'Purchase model validation (back-test)',
    'validation.subtitle':
      'Fitted on the purchases up to {calibrationEnd}; predicted and compared with what happened up to {holdoutEnd} ({holdout} {unit})',
    'validation.kpis': 'Predicted vs actual',
    'validation.calibrationEnd': 'End of the calibration period',
    'validation.holdoutEnd': 'End of the holdout period',
    'validation.holdout': 'Holdout ({unit})',
    'validation.clients': 'Clients in the calibration period',
    'validation.predictedTotal': 'Predicted repeat purchases',
    'validation.actualTotal': 'Actual repeat purchases',
    'validation.difference': 'Difference (predicted / actual − 1)',
    'validation.mae': 'Mean absolute error per client (purchases)',
    'validation.unit.weeks': 'weeks',
    'validation.unit.days': 'days',
    'validation.note':
      'A purchase is a day with a purchase. Each row groups the clients by their repeat purchases in the calibration period (7 = 7 or more) and gives the mean predicted and actual in the holdout.',
    'validation.status.too_short': 'Not enough history to set aside a holdout of {holdout} {unit}.',
    'validation.status.fit_failed': 'The model could not be fitted on the calibration data ({reason}).',
    'validation.status.invalid_holdout': 'The holdout given is not valid.',
    'table.validation': 'Repeat purchases in the holdout by calibration frequency',
    'col.validationFrequency': 'Repeat purchases (calibration)',
    'col.validationPredicted': 'Predicted per client',
    'col.validationActual': 'Actual per client',
    'chart.validation': 'Repeat purchases per client: predicted vs actual',
    'axis.validationFrequency': 'Repeat purchases in the calibration period',
    'axis.validationPurchases': 'Purchases per client in the holdout',
  },
});

const MEAN_FORMAT = '#,##0.000';

export function backtestSheet(analysis: FullAnalysis, options: ReportOptions): OutputSheet {
  const ctx = reportContext(options);
  const clv = analysis.clv;
  const base = {
    key: 'validation',
    title: ctx.text('sheet.validation'),
    heading: ctx.text('heading.validation'),
  };
  if (!clv) return { ...base, blocks: [failedNote(ctx, analysis, 'clv')], charts: [] };
  const v: ModelBacktest = clv.validation;
  const unit = ctx.text(`validation.unit.${v.timeUnit}`);
  const holdout = formatNumber(ctx.locale, v.holdout, Number.isInteger(v.holdout) ? 0 : 1);
  const subtitle = ctx.text('validation.subtitle', {
    calibrationEnd: formatDate(ctx.locale, v.calibrationEnd),
    holdoutEnd: formatDate(ctx.locale, v.holdoutEnd),
    holdout,
    unit,
  });
  if (v.status !== 'ok') {
    const line = ctx.text(`validation.status.${v.status}`, { holdout, unit, reason: v.reason ?? '' });
    return { ...base, subtitle, blocks: [{ type: 'notes', key: 'status', lines: [line] }], charts: [] };
  }
  const f = ctx.formats;
  const item = (
    key: MessageKey,
    value: number,
    kind: KpiBlock['items'][number]['kind'],
    numberFormat = f[kind],
  ) => ({
    label: ctx.text(key, { unit }),
    value,
    kind,
    numberFormat,
  });
  const kpis: KpiBlock = {
    type: 'kpis',
    key: 'kpis',
    title: ctx.text('validation.kpis'),
    items: [
      item('validation.calibrationEnd', v.calibrationEnd, 'date'),
      item('validation.holdoutEnd', v.holdoutEnd, 'date'),
      item('validation.holdout', Math.round(v.holdout * 100) / 100, 'number'),
      item('validation.clients', v.clients, 'integer'),
      item('validation.predictedTotal', Math.round(v.predictedTotal * 10) / 10, 'number'),
      item('validation.actualTotal', v.actualTotal, 'integer'),
      ...(v.actualTotal > 0
        ? [item('validation.difference', v.predictedTotal / v.actualTotal - 1, 'percent')]
        : []),
      item('validation.mae', v.mae, 'number', MEAN_FORMAT),
    ],
  };
  const c = ctx.column;
  const columns = [
    { ...c('frequency', 'text', 'col.validationFrequency'), width: 16 },
    c('clients', 'integer'),
    { ...c('predicted', 'number', 'col.validationPredicted'), numberFormat: MEAN_FORMAT },
    { ...c('actual', 'number', 'col.validationActual'), numberFormat: MEAN_FORMAT },
  ];
  const top = BACKTEST_FREQUENCY_ROWS - 1;
  const rows = v.byFrequency.map((r) => [
    r.x === top ? `${top}+` : String(r.x),
    r.clients,
    r.predicted,
    r.actual,
  ]);
  const blocks: OutputBlock[] = [
    kpis,
    { type: 'notes', key: 'note', lines: [ctx.text('validation.note')] },
    {
      type: 'table',
      key: 'ModelValidation',
      name: tableName('ModelValidation'),
      title: ctx.text('table.validation'),
      columns,
      rows,
      style: 'TableStyleMedium2',
    },
  ];
  const chart: ChartSpec = {
    key: 'validation',
    name: 'CarteraModelValidation',
    kind: 'column',
    title: ctx.text('chart.validation'),
    table: 'ModelValidation',
    category: 'frequency',
    series: [
      { column: 'predicted', name: ctx.text('col.validationPredicted') },
      { column: 'actual', name: ctx.text('col.validationActual') },
    ],
    categoryAxisTitle: ctx.text('axis.validationFrequency'),
    valueAxisTitle: ctx.text('axis.validationPurchases'),
  };
  return { ...base, subtitle, blocks, charts: [chart] };
}

declare module '../i18n' {
  interface MessageCatalogues {
    backtest: typeof backtestMessages;
  }
}
