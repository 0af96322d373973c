// Issue #16: the pane's controller passes what the entry took from Office (display language,
// requirement-set check) to src/excel, which no longer reads the global Office for them.
import { compareVersions, createWorkbook } from '../../src/host';
import { localEngine } from '../../src/excel/localEngine';
import { createController } from '../../src/taskpane/controller';

/** Amounts written as text "1,500"-style: one and a half in es-ES, fifteen hundred in es-MX. */
function workbook() {
  const wb = createWorkbook({ sheets: ['Ventas'], culture: 'es-ES' });
  wb.setCells(
    'Ventas',
    'A1',
    [
      ['Cliente', 'Fecha', 'Importe'],
      ['C1', '03/04/2024', '1,500'],
      ['C2', '05/06/2024', '12,000'],
      ['C3', '07/08/2024', '233,500'],
    ],
    { numberFormat: '@' },
  );
  return wb;
}

const engine = { ...localEngine(), dispose: () => undefined };

async function total(office?: Parameters<typeof createController>[4]): Promise<number> {
  const wb = workbook();
  const controller = createController((b) => wb.run(b), 'es', engine, undefined, office);
  const outcome = await controller.run(
    { sales: { kind: 'address', address: 'Ventas!A1:C4' }, options: {} },
    () => undefined,
    new AbortController().signal,
  );
  return Array.from(outcome.analysis.facts.revenueAll).reduce((a, b) => a + b, 0) / 100;
}

describe('the controller passes Office’s facts to src/excel', () => {
  test('an Excel before ExcelApi 1.11 (no culture): the region of the display language reads the numbers', async () => {
    const upTo110 = (name: string, version: string) =>
      name === 'ExcelApi' && compareVersions(version, '1.10') <= 0;
    expect(await total({ isSetSupported: upTo110, displayLanguage: 'es-MX' })).toBe(247_000);
    expect(await total({ isSetSupported: upTo110, displayLanguage: 'es-ES' })).toBe(247);
  });

  test('without Office facts (the simulated host) the workbook culture is used', async () => {
    expect(await total()).toBe(247);
    expect(await total({ displayLanguage: 'es-MX' })).toBe(247);
  });
});
