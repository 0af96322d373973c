// Parameters of engine messages are written as the user's language writes them (issue #16: no
// String() of a number in a Spanish sentence).
import { dayFromIso } from '../../src/engine/dates';
import { errorText } from '../../src/i18n/errorText';
import { localParams } from '../../src/i18n/localParams';

test('quantities with the locale digits, rows as they are, days as dates, shares as percentages, names from the catalogue', () => {
  const params = {
    periods: 120_000,
    row: 12345,
    currencyRow: 1048576,
    asOfDay: dayFromIso('2026-10-31'),
    aShare: 0.8,
    role: 'amount',
    granularity: 'quarter',
    order: 'mdy',
    sheet: 'Ventas',
  };
  expect(localParams('es', params)).toEqual({
    periods: '120.000',
    row: '12345',
    currencyRow: '1048576',
    asOfDay: '31/10/2026',
    aShare: expect.stringMatching(/^80\s%$/),
    role: 'importe',
    granularity: 'trimestre',
    order: 'mes/día/año',
    sheet: 'Ventas',
  });
  expect(localParams('en', params)).toMatchObject({
    periods: '120,000',
    asOfDay: '2026-10-31',
    aShare: '80%',
    role: 'amount',
    granularity: 'quarter',
  });
  expect(localParams('pt-BR', { count: 1234.5 })).toEqual({ count: '1.234,50' });
});

test('an engine error in three languages, and the English fallback for a code without a message', () => {
  const where = {
    periods: 3000,
    max: 2400,
    firstDay: dayFromIso('1900-03-01'),
    asOfDay: dayFromIso('2150-01-01'),
    granularity: 'month',
  };
  expect(errorText('es', 'too_many_periods', where, '')).toBe(
    'Desde la primera venta (01/03/1900) hasta la fecha de análisis (01/01/2150) hay 3.000 periodos de un mes; se pueden analizar 2.400 como máximo: elija una primera fecha posterior, una fecha de análisis anterior o un periodo más largo.',
  );
  expect(errorText('pt-BR', 'too_many_periods', where, '')).toMatch(
    /^Da primeira venda \(01\/03\/1900\) .* há 3\.000 períodos de um mês/,
  );
  expect(errorText('es', 'error', { detail: 'boom' }, 'boom')).toBe('boom');
});
