// Issue #18, "one click to refresh" from the ribbon: the commands page's refreshAnalysis runs the
// pane's stored settings on the simulated host (no pane), writes the outputs and says what it did;
// without stored settings, or with changed headers, it changes nothing and says why.
import { refreshAnalysis, PANE_SETTINGS } from '../../src/commands/refreshAnalysis';
import { readLastRun } from '../../src/excel/lastRun';
import { runAnalysis } from '../../src/excel/runAnalysis';
import type { SimWorkbook } from '../../src/host';
import { modelSnapshot, smallWorkbook, snapshot } from '../excel/fixtures';
import { appendMonths, runOf } from '../excel/monthlyFixture';

const SALES = { kind: 'address', address: 'Ventas!A1:D12' } as const;

async function analysedOnce(): Promise<SimWorkbook> {
  const wb = smallWorkbook();
  await runAnalysis(runOf(wb), { sales: SALES, locale: 'es' });
  wb.model.settings.set(
    PANE_SETTINGS,
    JSON.stringify({
      sales: SALES,
      salesMapping: { date: 0, invoice: 1, client: 2, amount: 3 },
      options: { asOf: null },
      outputs: { columns: true, sheets: true, charts: false },
    }),
  );
  return wb;
}

describe('the ribbon\'s "Volver a analizar" (refreshAnalysis)', () => {
  test('runs the stored settings on the grown range, writes the outputs and reports the new rows', async () => {
    const wb = await analysedOnce();
    appendMonths(wb);
    const outcome = await refreshAnalysis(runOf(wb), { locale: 'es' });
    expect(outcome).toEqual({
      ok: true,
      text: 'Cartera: análisis actualizado con datos hasta el 29/09/2025: 8 clientes, 17 filas de ventas (+6 desde el último análisis).',
    });
    const last = await readLastRun(runOf(wb));
    expect(last).toMatchObject({ asOf: '2025-09-29', sales: { address: 'Ventas!A1:D18', dataRows: 17 } });
    const names = wb.sheets().map((s) => s.name);
    // the full report (as the pane writes it), the stored outputs choice (no charts), and the history
    expect(names).toEqual(expect.arrayContaining(['Cartera - Clientes', 'Cartera - Cambios', 'Cartera - Historial']));
    expect(wb.charts()).toEqual([]);
    expect(wb.tables().map((t) => t.name)).toContain('Cartera_Clients');
    // C008 bought only in the appended rows
    expect(snapshot(wb, 'Cartera - Clientes')).toContain('"C008"');
  }, 120_000);

  test('nothing stored: changes nothing and tells how to start, in the user\'s language', async () => {
    const wb = smallWorkbook();
    const before = modelSnapshot(wb);
    const es = await refreshAnalysis(runOf(wb), { locale: 'es' });
    expect(es.ok).toBe(false);
    expect(es.text).toMatch(/^Cartera aún no analizó este libro: abra «Cartera de clientes»/);
    const pt = await refreshAnalysis(runOf(wb), { locale: 'pt-BR' });
    expect(pt.text).toMatch(/^O Cartera ainda não analisou esta pasta de trabalho/);
    expect(modelSnapshot(wb)).toBe(before);
  });

  test('the sales headers changed since the last run: no run, the pane must confirm the columns', async () => {
    const wb = await analysedOnce();
    wb.setCells('Ventas', 'A1', [['Nº factura', 'Fecha']]);
    const before = modelSnapshot(wb);
    const outcome = await refreshAnalysis(runOf(wb), { locale: 'es' });
    expect(outcome.ok).toBe(false);
    expect(outcome.text).toMatch(/^Las columnas de Ventas cambiaron desde el último análisis/);
    expect(modelSnapshot(wb)).toBe(before);
  });

  test('a failing run is reported (never thrown) and leaves the workbook as it was', async () => {
    const wb = await analysedOnce();
    wb.model.settings.set(PANE_SETTINGS, JSON.stringify({ sales: { kind: 'table', name: 'NoSuchTable' } }));
    const before = modelSnapshot(wb);
    const outcome = await refreshAnalysis(runOf(wb), { locale: 'en' });
    expect(outcome.ok).toBe(false);
    expect(outcome.text).toMatch(/^Cartera could not analyse again: /);
    expect(modelSnapshot(wb)).toBe(before);
  });
});
