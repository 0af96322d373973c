// Errors and rejected rows of the cleaning rules reach the user in their language (codes with
// parameters rendered from the catalogues), through the run and the quality check.
import { dayFromIso } from '../../src/engine/dates';
import { CarteraError } from '../../src/engine/types';
import { readPortfolioInput, runAnalysis, type RunAnalysisInput } from '../../src/excel/runAnalysis';
import type { ExcelRun } from '../../src/excel/types';
import { createWorkbook, type SimWorkbook } from '../../src/host';
import { LOCALES, t, type MessageKey } from '../../src/i18n';

function workbook(rows: (string | number)[][]): SimWorkbook {
  const wb = createWorkbook({ sheets: ['Ventas'] });
  wb.setCells('Ventas', 'A1', rows);
  return wb;
}
const runOf = (wb: SimWorkbook): ExcelRun => wb.run.bind(wb) as ExcelRun;
const input = (address: string, extra: Partial<RunAnalysisInput> = {}): RunAnalysisInput => ({
  sales: { kind: 'address', address },
  locale: 'es',
  ...extra,
});

async function failure(work: Promise<unknown>): Promise<CarteraError> {
  try {
    await work;
  } catch (e) {
    if (e instanceof CarteraError) return e;
    throw e;
  }
  throw new Error('no CarteraError');
}

const CURRENCIES = [
  ['Cliente', 'Fecha', 'Importe', 'Moneda'],
  ['C1', 45000, 10, 'EUR'],
  ['C2', 45001, 'US$ 10,00', 'EUR'],
];

describe('engine errors in the user language', () => {
  test('a currency column that contradicts the amounts: in Spanish, with sheet, column and rows', async () => {
    const e = await failure(runAnalysis(runOf(workbook(CURRENCIES)), input('Ventas!A1:D3')));
    expect(e.code).toBe('currency_mismatch');
    expect(e.message).toBe(
      'La columna C (Importe) de la hoja «Ventas» tiene un importe en USD (fila 3), pero la columna de moneda D (Moneda) dice EUR (fila 2). Analice una moneda cada vez o corrija la columna de moneda.',
    );
    const check = await failure(
      readPortfolioInput(runOf(workbook(CURRENCIES)), input('Ventas!A1:D3', { locale: 'pt-BR' })),
    );
    expect(check.message).toMatch(
      /^A coluna C \(Importe\) da planilha "Ventas" tem um valor em USD \(linha 3\)/,
    );
  });

  test('an as-of date far after the data', async () => {
    const wb = workbook([
      ['Cliente', 'Fecha', 'Importe'],
      ['C1', 45000, 10],
    ]);
    const e = await failure(
      runAnalysis(runOf(wb), input('Ventas!A1:C2', { options: { asOf: dayFromIso('9999-12-31') } })),
    );
    expect(e.code).toBe('as_of_too_late');
    expect(e.message).toBe(
      'La fecha de análisis 31/12/9999 es más de 10 años posterior a la última venta (15/03/2023). Elija una fecha hasta el 15/03/2033.',
    );
  });

  test('every new reason and error has its text in es, pt and en', () => {
    const keys: MessageKey[] = [
      'reason.too_large',
      'reason.implausible_date',
      'reason.imprecise_id',
      'error.mixed_currency',
      'error.currency_mismatch',
      'error.as_of_too_late',
      'warn.metrics.too_many_periods',
    ];
    for (const locale of LOCALES) for (const key of keys) expect(t(locale, key)).not.toBe(key);
    expect(t('es', 'reason.implausible_date')).not.toBe(t('en', 'reason.implausible_date'));
  });
});
