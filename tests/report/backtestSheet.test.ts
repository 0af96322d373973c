// The back-test's outputs (SPEC §7 validation): the sheet with its chart in es/pt/en, the JSON
// field and the --holdout flag. The engine figures come from CDNOW (tests/engine/clv/modelBacktest.test.ts).
import { buildJson } from '../../src/cli/buildJson';
import { parseArgs } from '../../src/cli/parseArgs';
import { modelBacktest, type ModelBacktest } from '../../src/engine/clv';
import { dayFromYmd } from '../../src/engine/dates';
import { analyse, type FullAnalysis } from '../../src/engine/pipeline';
import { purchaseOccasions } from '../../src/engine/purchaseOccasions';
import { LOCALES } from '../../src/i18n';
import { backtestSheet } from '../../src/report/backtestSheet';
import { resultsModel } from '../../src/taskpane/resultsModel';
import type { KpiBlock, NoteBlock, OutputTable } from '../../src/report/types';
import { cdnowSales } from '../engine/clv/cdnow';
import { AS_OF, pipelineInput } from './pipelineFixture';

const HOLDOUT_END = dayFromYmd(1998, 6, 30);
const { sales, clientCount } = cdnowSales();
const cdnow = modelBacktest(purchaseOccasions(sales, clientCount, HOLDOUT_END), clientCount, HOLDOUT_END, {
  timeUnit: 'weeks',
  holdout: 39,
});
const input = pipelineInput();
const fixture = analyse(input, { asOf: AS_OF });
const withValidation = (v: ModelBacktest): FullAnalysis => ({
  ...fixture,
  clv: { ...fixture.clv!, validation: v },
});
const RAW_KEY = /^(sheet|heading|validation|table|col|chart|axis)\.[A-Za-z0-9_.]+/;

describe('back-test sheet', () => {
  test.each(LOCALES)(
    'CDNOW (%s): KPIs, the table by calibration frequency and its native chart',
    (locale) => {
      const sheet = backtestSheet(withValidation(cdnow), { locale });
      expect(sheet.key).toBe('validation');
      expect(sheet.title.length).toBeLessThan(32);
      const kpis = sheet.blocks.find((b) => b.type === 'kpis') as KpiBlock;
      expect(kpis.items.map((i) => i.value)).toEqual([
        dayFromYmd(1997, 9, 30),
        HOLDOUT_END,
        39,
        2357,
        Math.round(cdnow.predictedTotal * 10) / 10,
        1882,
        cdnow.predictedTotal / 1882 - 1,
        cdnow.mae,
      ]);
      const table = sheet.blocks.find((b) => b.type === 'table') as OutputTable;
      expect(table.rows.map((r) => r[0])).toEqual(['0', '1', '2', '3', '4', '5', '6', '7+']);
      expect(table.rows.map((r) => r.slice(1))).toEqual(
        cdnow.byFrequency.map((r) => [r.clients, r.predicted, r.actual]),
      );
      expect(sheet.charts).toHaveLength(1);
      const chart = sheet.charts[0];
      expect([chart.kind, chart.table, chart.category]).toEqual(['column', 'ModelValidation', 'frequency']);
      expect(chart.series.map((s) => s.column)).toEqual(['predicted', 'actual']);
      const texts = [
        sheet.title,
        sheet.heading,
        sheet.subtitle!,
        chart.title,
        ...chart.series.map((s) => s.name),
      ];
      texts.push(...kpis.items.map((i) => i.label), ...table.columns.map((c) => c.header));
      for (const text of texts) expect(text).not.toMatch(RAW_KEY);
    },
  );

  test('Spanish subtitle names the periods; statuses other than ok are a localized note, no chart', () => {
    expect(backtestSheet(withValidation(cdnow), { locale: 'es' }).subtitle).toBe(
      'Ajustado con las compras hasta el 30/09/1997; previsto y comparado con lo ocurrido hasta el 30/06/1998 (39 semanas)',
    );
    const failed = backtestSheet(fixture, { locale: 'pt-BR' }); // 4 clients: the fit cannot run
    expect(fixture.clv!.validation.status).toBe('fit_failed');
    expect(failed.charts).toEqual([]);
    const note = failed.blocks[0] as NoteBlock;
    expect(note.lines[0]).toMatch(/^O modelo não pôde ser ajustado/);
    const short = backtestSheet(withValidation({ ...cdnow, status: 'too_short' }), { locale: 'es' });
    expect((short.blocks[0] as NoteBlock).lines[0]).toBe(
      'No hay historia suficiente para reservar un periodo de prueba de 39 semanas.',
    );
  });
});

describe('back-test in the CLI', () => {
  test('--holdout N in the time unit; a bad value is a one-line error', () => {
    expect(parseArgs(['analyze', '--sales', 'a.csv', '--holdout', '39']).holdout).toBe(39);
    expect(parseArgs(['analyze', '--sales', 'a.csv']).holdout).toBeNull();
    expect(() => parseArgs(['analyze', '--sales', 'a.csv', '--holdout', '-3'])).toThrow(/--holdout: "-3"/);
    expect(() => parseArgs(['analyze', '--sales', 'a.csv', '--holdout', 'x'])).toThrow(/--holdout/);
  });

  test('JSON "validation": SPEC §7 fields, ISO dates, numbers null unless the back-test ran', () => {
    const inList = new Uint8Array(fixture.clientCount);
    const json = buildJson(
      {
        analysis: withValidation(cdnow),
        metrics: fixture.metrics,
        clv: { ...fixture.clv!, validation: cdnow },
      },
      inList,
    );
    expect(json.validation).toMatchObject({
      status: 'ok',
      calibrationEnd: '1997-09-30',
      holdoutEnd: '1998-06-30',
      predictedTotal: cdnow.predictedTotal,
      actualTotal: 1882,
      mae: cdnow.mae,
    });
    expect(json.validation!.byFrequency[7]).toEqual(cdnow.byFrequency[7]);
    const failed = buildJson({ analysis: fixture, metrics: fixture.metrics, clv: fixture.clv }, inList);
    expect(failed.validation).toMatchObject({
      status: 'fit_failed',
      predictedTotal: null,
      actualTotal: null,
      mae: null,
    });
    const noClv = buildJson(
      { analysis: { ...fixture, clv: null }, metrics: fixture.metrics, clv: null },
      inList,
    );
    expect(noClv.validation).toBeNull();
  });

  test('the holdout option reaches the engine and is checked', () => {
    const a = analyse(input, { asOf: AS_OF, holdout: 4, timeUnit: 'weeks' });
    expect([a.clv!.validation.holdoutDays, a.clv!.validation.calibrationEnd]).toEqual([28, AS_OF - 28]);
    expect(() => analyse(input, { asOf: AS_OF, holdout: 0 })).toThrow(/holdout/);
  });
});

describe('back-test in the pane model', () => {
  test('the Results view gets the totals when the back-test ran, nothing otherwise', () => {
    expect(resultsModel(withValidation(cdnow)).validation).toEqual({
      holdout: 39,
      timeUnit: 'weeks',
      predicted: cdnow.predictedTotal,
      actual: 1882,
      mae: cdnow.mae,
    });
    expect(resultsModel(fixture).validation).toBeNull();
  });
});
