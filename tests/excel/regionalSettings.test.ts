// Issue #17 / SPEC §2 regional settings: text numbers and dates are read with Excel's culture
// (Application.cultureInfo, ExcelApi 1.11; date order from 1.12), else the region of the display
// language; a locale named by the caller (the CLI's --locale) comes first.
import { compareVersions, createWorkbook, type SimWorkbook } from '../../src/host';
import { runAnalysis, readPortfolioInput, type RunAnalysisInput } from '../../src/excel/runAnalysis';
import { localEngine } from '../../src/excel/localEngine';
import type { ExcelRun } from '../../src/excel/types';
import { dayFromYmd } from '../../src/engine/dates';

/** Amounts written as text "1,500"-style (each reads both ways) and dates whose day is ≤ 12. */
const ROWS: (string | number)[][] = [
  ['Cliente', 'Fecha', 'Importe'],
  ['C1', '03/04/2024', '1,500'],
  ['C2', '05/06/2024', '12,000'],
  ['C3', '07/08/2024', '233,500'],
];

function workbook(culture?: string | Record<string, string>): SimWorkbook {
  const wb = createWorkbook({ sheets: ['Ventas'], ...(culture ? { culture } : {}) });
  wb.setCells('Ventas', 'A1', ROWS, { numberFormat: '@' });
  return wb;
}

const runOf = (wb: SimWorkbook): ExcelRun => wb.run.bind(wb) as ExcelRun;
const input = (extra: Partial<RunAnalysisInput> = {}): RunAnalysisInput => ({
  sales: { kind: 'address', address: 'Ventas!A1:C4' },
  locale: 'es',
  ...extra,
});
const upTo = (max: string) => (v: string) => compareVersions(v, max) <= 0;

async function analysed(wb: SimWorkbook, extra: Partial<RunAnalysisInput> = {}) {
  const result = await runAnalysis(runOf(wb), input(extra));
  const cents = Array.from(result.analysis.facts.revenueAll).reduce((a, b) => a + b, 0);
  return { total: cents / 100, asOf: result.analysis.asOf };
}

describe('text numbers and dates follow the workbook culture', () => {
  test('es-MX: "1,500" is one thousand five hundred; dates day-first', async () => {
    const { total, asOf } = await analysed(workbook('es-MX'));
    expect(total).toBe(247_000);
    expect(asOf).toBe(dayFromYmd(2024, 8, 7));
  });

  test('en-US: "1,500" is one thousand five hundred; dates month-first', async () => {
    const { total, asOf } = await analysed(workbook('en-US'));
    expect(total).toBe(247_000);
    expect(asOf).toBe(dayFromYmd(2024, 7, 8));
  });

  test('es-ES stays as before: "1,500" is one and a half', async () => {
    const { total, asOf } = await analysed(workbook('es-ES'));
    expect(total).toBe(247);
    expect(asOf).toBe(dayFromYmd(2024, 8, 7));
  });

  test('the culture wins over the language of the outputs', async () => {
    expect((await analysed(workbook('es-MX'), { locale: 'pt-BR' })).total).toBe(247_000);
    expect((await analysed(workbook('es-ES'), { locale: 'en' })).total).toBe(247);
  });

  test("Excel's own separators and short date pattern are used as given", async () => {
    const wb = workbook({
      name: 'es-ES',
      numberDecimalSeparator: '.',
      numberGroupSeparator: ',',
      shortDatePattern: 'MM/dd/yyyy',
    });
    const { total, asOf } = await analysed(wb);
    expect(total).toBe(247_000);
    expect(asOf).toBe(dayFromYmd(2024, 7, 8));
  });

  test('the quality check before a run reads the same way', async () => {
    // the sales stay with the engine: read them through its analysis
    const engine = localEngine();
    const read = await readPortfolioInput(runOf(workbook('en-US')), { ...input(), engine });
    const a = await engine.analyse(read.handle, {}, {});
    expect(Array.from(a.facts.revenueAll)).toEqual([150_000, 1_200_000, 23_350_000]);
    expect(Array.from(a.facts.firstPurchase)).toEqual([
      dayFromYmd(2024, 3, 4),
      dayFromYmd(2024, 5, 6),
      dayFromYmd(2024, 7, 8),
    ]);
  });
});

describe('where the culture is not exposed', () => {
  test('ExcelApi 1.11 without 1.12: separators from the culture, date order from its region', async () => {
    const { total, asOf } = await analysed(workbook('en-US'), { apiSupport: upTo('1.11') });
    expect(total).toBe(247_000);
    expect(asOf).toBe(dayFromYmd(2024, 7, 8));
  });

  test('before ExcelApi 1.11: the region of the display language', async () => {
    const wb = workbook('es-ES');
    expect((await analysed(wb, { apiSupport: upTo('1.10'), displayLanguage: 'es-MX' })).total).toBe(247_000);
    expect((await analysed(wb, { apiSupport: upTo('1.10'), displayLanguage: 'es-ES' })).total).toBe(247);
    // no display language either: the language of the outputs (en → en-US)
    expect((await analysed(wb, { apiSupport: upTo('1.10'), locale: 'en' })).total).toBe(247_000);
  });

  test('a locale named by the caller (the CLI --locale) comes before the culture', async () => {
    expect((await analysed(workbook('es-ES'), { workbookLocale: 'es-MX' })).total).toBe(247_000);
    expect((await analysed(workbook('en-US'), { workbookLocale: 'es-ES' })).total).toBe(247);
  });
});

describe('Application.cultureInfo on the simulated host', () => {
  test('load rules like any property; read-only; default es-ES', async () => {
    const wb = createWorkbook({ culture: 'es-MX' });
    await wb.run(async (context) => {
      const culture = context.workbook.application.cultureInfo;
      expect(() => culture.name).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      culture.load('name');
      culture.numberFormat.load('numberDecimalSeparator,numberGroupSeparator');
      culture.datetimeFormat.load('shortDatePattern');
      await context.sync();
      expect([
        culture.name,
        culture.numberFormat.numberDecimalSeparator,
        culture.numberFormat.numberGroupSeparator,
      ]).toEqual(['es-MX', '.', ',']);
      expect(culture.datetimeFormat.shortDatePattern).toBe('d/M/yyyy');
      expect(() => ((culture as unknown as { name: string }).name = 'en-US')).toThrow(/read-only/);
    });
    await createWorkbook().run(async (context) => {
      const culture = context.workbook.application.cultureInfo;
      culture.load('name, numberFormat/numberDecimalSeparator');
      await context.sync();
      expect([culture.name, culture.numberFormat.numberDecimalSeparator]).toEqual(['es-ES', ',']);
    });
  });
});
