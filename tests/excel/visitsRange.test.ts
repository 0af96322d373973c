import { dayFromYmd } from '../../src/engine/dates';
import { runAnalysis } from '../../src/excel/runAnalysis';
import { localEngine } from '../../src/excel/localEngine';
import { createWorkbook } from '../../src/host';
import { CarteraError } from '../../src/engine/types';

function workbook() {
  const wb = createWorkbook({ sheets: ['Ventas', 'Visitas'] });
  const d = (m: number, day: number) => dayFromYmd(2024, m, day);
  wb.setCells('Ventas', 'A1', [
    ['Cliente', 'Fecha', 'Importe'],
    ['C1', d(1, 10), 100],
    ['C1', d(3, 10), 100],
    ['C2', d(2, 10), 50],
    ['C2', d(6, 30), 50],
  ]);
  wb.setCells('Visitas', 'A1', [
    ['Cliente', 'Fecha', 'Vendedor'],
    ['C1', d(5, 2), 'Ana'],
    ['C1', d(6, 1), 'Ana'],
    ['C9', d(6, 1), 'Ana'],
  ]);
  return wb;
}

describe('runAnalysis with a visits log range', () => {
  test('the visits log is read and feeds the visit plan (last visit, visits in 12 months)', async () => {
    const wb = workbook();
    const { analysis: result } = await runAnalysis((b) => wb.run(b), {
      sales: { kind: 'address', address: 'Ventas!A1:C5' },
      visits: { kind: 'address', address: 'Visitas!A1:C4' },
      locale: 'es',
      engine: localEngine(),
    });
    expect(result.visits).toBeTruthy();
    const c1 = result!.ids.indexOf('C1');
    const c2 = result!.ids.indexOf('C2');
    expect(result!.visits!.plan.visits12[c1]).toBe(2);
    expect(result!.visits!.plan.lastVisit[c1]).toBe(dayFromYmd(2024, 6, 1));
    expect(result!.visits!.plan.visits12[c2]).toBe(0);
  });

  test('a visits range without client and date columns is refused, naming the range, and nothing is written', async () => {
    const wb = workbook();
    wb.setCells('Visitas', 'A1', [['Nota', 'Texto', 'Otro']]);
    const before = wb.sheets().map((s) => s.name);
    await expect(
      runAnalysis((b) => wb.run(b), {
        sales: { kind: 'address', address: 'Ventas!A1:C5' },
        visits: { kind: 'address', address: 'Visitas!A1:C4' },
        locale: 'en',
        engine: localEngine(),
      }),
    ).rejects.toThrow(CarteraError);
    expect(wb.sheets().map((s) => s.name)).toEqual(before);
  });
});
