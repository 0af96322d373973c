// End to end on the sample workbook: runAnalysis with the full pipeline (and the sample's visits
// log) and fullReport, written into the in-memory Excel host.
import type { Cell } from '../../src/engine/types';
import { runSample } from './sampleRun';

test('the sample workbook: every new sheet, table and chart is written and holds the engine numbers', async () => {
  const { wb, a, result } = await runSample();
  expect(a.warnings).toEqual([]);
  expect(a.visits!.plan.source).toBe('log');
  expect(result.write.notes).toEqual([]);

  const sheets = wb.sheets().map((s) => s.name);
  const expected = [
    'Cartera - Métricas', 'Cartera - Cohortes', 'Cartera - Datos de métricas', 'Cartera - Valor de la cartera',
    'Cartera - Visitas', 'Cartera - Plan de visitas', 'Cartera - Agenda de visitas', 'Cartera - Venta cruzada',
  ];
  expect(sheets).toEqual(expect.arrayContaining(expected));

  const tables = new Map(wb.tables().map((t) => [t.name, t]));
  const body = (name: string) => {
    const t = tables.get(name)!;
    expect(t).toBeDefined();
    const [, address] = t.address.split('!');
    const values = wb.values(t.sheet, address);
    return { header: values[0] as string[], rows: values.slice(1) };
  };

  // the long metrics table: one row per engine row; the NRR of the latest complete period
  const metrics = body('Cartera_MetricsData');
  expect(metrics.rows).toHaveLength(a.metrics!.rows.length);
  const nrr = metrics.rows.find((r) => r[3] === 'nrr' && r[0] === a.metrics!.latestPeriod && r[4] === 'Toda la cartera');
  expect(nrr![6]).toBeCloseTo(a.metrics!.latest.nrr!, 12);

  // portfolio value: the KPI and the central sensitivity cell are the engine's total
  const total = a.clv!.portfolio.total;
  expect(total).toBeGreaterThan(0);
  const valueCells = wb.values('Cartera - Valor de la cartera') as Cell[][];
  expect(valueCells.find((r) => r[0] === 'Valor de la cartera (suma del CLV)')![1]).toBe(total);
  const sens = body('Cartera_ValueSensitivity');
  expect(sens.rows[1][2]).toBe(total);
  const byClass = body('Cartera_ValueByClass');
  expect(byClass.rows.reduce((s, r) => s + Math.round((r[2] as number) * 100), 0)).toBe(Math.round(total * 100));

  // the Clients sheet carries each client's CLV
  const clients = body('Cartera_Clients');
  const clvColumn = clients.header.indexOf('CLV');
  expect(clvColumn).toBeGreaterThan(0);
  const clv = a.clv!.clients.clv;
  for (let i = 0; i < clients.rows.length; i += 97) {
    if (clients.rows[i][clvColumn] !== '') expect(clients.rows[i][clvColumn]).toBe(Math.round(clv[i] * 100) / 100);
  }
  // and so do the columns beside the client list
  const listHeader = wb.values('Clientes', 'A1:AZ1')[0];
  expect(listHeader).toEqual(expect.arrayContaining(['Cartera: CLV', 'Cartera: Probabilidad de seguir activo', 'Cartera: Próxima visita']));

  // visits and cross-selling
  expect(body('Cartera_VisitsBySalesperson').rows).toHaveLength(a.visits!.bySalesperson.length);
  expect(body('Cartera_VisitPlan').rows).toHaveLength(a.clientCount);
  expect(body('Cartera_CrossSellOpportunities').rows).toHaveLength(Math.min(a.crossSell!.opportunities.length, 100_000));

  // charts
  const charts = (sheet: string) => wb.charts(sheet).map((c) => c.name);
  expect(charts('Cartera - Métricas')).toEqual(['CarteraRetentionNrr', 'CarteraNewExistingRevenue', 'CarteraRevenueBySegment', 'CarteraLorenz']);
  expect(charts('Cartera - Valor de la cartera')).toEqual(['CarteraValueByClass', 'CarteraValueBySegment', 'CarteraValueSensitivity']);
  expect(charts('Cartera - Visitas')).toEqual(['CarteraVisitWorkload']);
  expect(charts('Cartera - Validación modelo')).toEqual(['CarteraModelValidation']);
  expect(body('Cartera_ModelValidation').rows).toHaveLength(a.clv!.validation.byFrequency.length);
  const nrrChart = wb.charts('Cartera - Métricas')[0];
  expect(nrrChart.type).toBe('Line');
  expect(nrrChart.series.map((s) => s.name)).toEqual(['Tasa de retención de clientes', 'Retención neta de ingresos (NRR)']);

  // colour scales on the cohort triangle and the penetration grid
  const scales = wb.conditionalFormats().map((f) => f.sheet);
  expect(scales).toEqual(expect.arrayContaining(['Cartera - Cohortes', 'Cartera - Venta cruzada']));

  // nothing written is NaN/Infinity, and no text from the data became a formula
  const bad: string[] = [];
  for (const sheet of expected) {
    const used = wb.usedRange(sheet, false)!;
    const values = wb.values(sheet) as Cell[][];
    values.forEach((row, r) => row.forEach((v, c) => {
      if (typeof v === 'number' && !Number.isFinite(v)) bad.push(`${sheet} ${r},${c}: ${v}`);
    }));
    for (let r = 0; r < Math.min(values.length, 300); r++)
      for (let c = 0; c < values[r].length; c++)
        if (wb.cell(sheet, used.rowIndex + r, used.columnIndex + c).formula !== null) bad.push(`${sheet} ${r},${c}: formula`);
  }
  expect(bad).toEqual([]);
}, 180_000);
