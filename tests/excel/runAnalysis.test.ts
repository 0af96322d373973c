import { CarteraError } from '../../src/engine/types';
import { createSalesEngine } from '../../src/engine/createSalesEngine';
import { runAnalysis, type AnalysisEngine, type RunAnalysisInput } from '../../src/excel/runAnalysis';
import type { ExcelRun } from '../../src/excel/types';
import type { SimWorkbook } from '../../src/host';
import { modelSnapshot, smallWorkbook, snapshot } from './fixtures';

const input = (extra: Partial<RunAnalysisInput> = {}): RunAnalysisInput => ({
  sales: { kind: 'address', address: 'Ventas!A1:D12' },
  clients: { kind: 'address', address: 'Clientes!A1:D7' },
  locale: 'es',
  ...extra,
});
const runOf = (wb: SimWorkbook): ExcelRun => wb.run.bind(wb) as ExcelRun;

/** Values, formulas and formats of a fixed rectangle (the user's source cells). */
function cells(wb: SimWorkbook, sheet: string, rows: number, cols: number): string {
  const out: unknown[] = [];
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) {
    const i = wb.cell(sheet, r, c);
    out.push([i.value, i.formula, i.numberFormat]);
  }
  return JSON.stringify(out);
}

/** A run whose k-th sync (1-based) fails, as a host failure mid-write would. */
function failingRun(wb: SimWorkbook, k: number): { run: ExcelRun; count: () => number } {
  let n = 0;
  const run = (<T>(batch: (ctx: Excel.RequestContext) => Promise<T>) =>
    wb.run((ctx) => {
      const wrapped = new Proxy(ctx, {
        get(target, prop, receiver) {
          if (prop === 'sync')
            return async () => {
              n++;
              if (n === k) throw Object.assign(new Error('injected failure'), { code: 'GeneralException' });
              return target.sync();
            };
          return Reflect.get(target, prop, receiver);
        },
      });
      return batch(wrapped);
    })) as ExcelRun;
  return { run, count: () => n };
}

describe('runAnalysis on a small workbook', () => {
  test('writes the classification beside the list, the sheets, tables and charts', async () => {
    const wb = smallWorkbook();
    const result = await runAnalysis(runOf(wb), input());
    expect(result.write.notes).toEqual([]);
    expect(wb.sheets().map((s) => [s.name, s.visibility])).toEqual([
      ['Clientes', 'Visible'],
      ['Ventas', 'Visible'],
      ['Cartera - Resumen', 'Visible'],
      ['Cartera - Clientes', 'Visible'],
      ['Cartera - ABC', 'Visible'],
      ['Cartera - RFM', 'Visible'],
      ['Cartera - Calidad de datos', 'Visible'],
    ]);
    // Beside the list (E1 onwards, the cells were empty): class, rank, value...
    const row = (r: number) => wb.values('Clientes', `E${r}:G${r}`)[0];
    expect(row(1)).toEqual(['Cartera: Clase ABC', 'Cartera: Posición ABC', 'Cartera: Valor ABC']);
    expect([2, 3, 4, 5, 6, 7].map((r) => row(r)[0])).toEqual(['A', 'A', 'A', 'B', 'C', '']);
    expect(row(2)).toEqual(['A', 1, 5000]);
    expect(wb.cell('Clientes', 'G2').numberFormat).toBe('#,##0.00');
    // The prospect's status, localized
    expect(wb.values('Clientes', 'J7')[0][0]).toBe('Potencial');

    const tables = wb.tables().map((t) => t.name);
    expect(tables).toEqual(
      expect.arrayContaining(['Cartera_Clients', 'Cartera_Pareto', 'Cartera_ParetoCurve', 'Cartera_RfmSegments', 'Cartera_Rejected', 'Cartera_Issues']),
    );
    const pareto = wb.charts('Cartera - ABC')[0];
    expect(pareto.name).toBe('CarteraPareto');
    expect(pareto.title).toBe('Curva de Pareto: ventas y % acumulado');
    expect(pareto.series.map((s) => [s.name, s.chartType, s.axisGroup])).toEqual([
      ['Valor', 'ColumnClustered', 'Primary'],
      ['% acumulado', 'Line', 'Secondary'],
      ['Umbral A', 'Line', 'Secondary'],
      ['Umbral B', 'Line', 'Secondary'],
    ]);
    expect(pareto.series[0].values).toEqual([5000, 2500, 1500, 600, 400]);
    expect(pareto.series[1].values).toEqual([0.5, 0.75, 0.9, 0.96, 1]);
    expect(pareto.series[0].xValues).toEqual(['C001', 'C002', 'C003', 'C004', 'C005']);
    expect(pareto.axes.secondaryValue.title).toBe('% acumulado');
    expect(wb.charts('Cartera - RFM').map((c) => c.type)).toEqual(['BarClustered', 'BarClustered']);
    expect(wb.conditionalFormats('Cartera - RFM').map((c) => c.type)).toEqual(['ColorScale']);

    // Data quality: the row without a client id, named by sheet, row and column.
    const quality = wb.tables().find((t) => t.name === 'Cartera_Rejected')!;
    const [, body] = quality.address.split('!');
    const first = wb.values('Cartera - Calidad de datos', body)[1];
    expect(first[0]).toBe('Ventas');
    expect(first[1]).toBe(12);
    expect(String(first[2])).toMatch(/^C/);
    expect(first[3]).toBe('Falta el código de cliente');

    // Settings: the list of outputs, no personal data (no client ids or names).
    const stored = JSON.parse(wb.settings()['Cartera.outputs'] as string);
    expect(stored.sheets.map((s: { key: string }) => s.key)).toEqual(['summary', 'clients', 'abc', 'rfm', 'quality']);
    expect(JSON.stringify(stored)).not.toMatch(/C00\d|Talleres|HYPERLINK/);
    expect(wb.settings()['Cartera.pending']).toBeUndefined();
  });

  test('text from the data is never written as a formula', async () => {
    const wb = smallWorkbook();
    await runAnalysis(runOf(wb), input());
    const table = wb.tables().find((t) => t.name === 'Cartera_Clients')!;
    const [, body] = table.address.split('!');
    const values = wb.values('Cartera - Clientes', body);
    const nameCol = values[0].indexOf('Razón social') >= 0 ? values[0].indexOf('Razón social') : values[0].indexOf('Nombre');
    const names = values.slice(1).map((r) => r[nameCol]);
    expect(names).toEqual(
      expect.arrayContaining(['=HYPERLINK("http://x","y")', '+34 600 000 000', '-foo', '@bar']),
    );
    const top = Number(/\d+/.exec(body)![0]) - 1;
    for (let r = 1; r < values.length; r++) {
      const cell = wb.cell('Cartera - Clientes', top + r, nameCol);
      expect(cell.formula).toBeNull();
      expect(cell.numberFormat).toBe('@');
    }
  });

  test("the user's cells are identical before and after", async () => {
    const wb = smallWorkbook();
    const sales = snapshot(wb, 'Ventas');
    const clients = cells(wb, 'Clientes', 7, 4);
    await runAnalysis(runOf(wb), input());
    await runAnalysis(runOf(wb), input());
    expect(snapshot(wb, 'Ventas')).toBe(sales);
    expect(cells(wb, 'Clientes', 7, 4)).toBe(clients);
  });

  test('a second run changes nothing else (same model, sheets re-created in place)', async () => {
    const wb = smallWorkbook();
    await runAnalysis(runOf(wb), input());
    const first = modelSnapshot(wb, { ignoreIds: true });
    const result = await runAnalysis(runOf(wb), input());
    expect(modelSnapshot(wb, { ignoreIds: true })).toBe(first);
    expect(result.write.stored.clientColumns).toMatchObject({ sheet: 'Clientes', column: 4, rows: 6 });
  });

  test('a re-run in another language replaces the outputs and the columns', async () => {
    const wb = smallWorkbook();
    await runAnalysis(runOf(wb), input());
    await runAnalysis(runOf(wb), input({ locale: 'en' }));
    expect(wb.sheets().map((s) => s.name)).toEqual([
      'Clientes',
      'Ventas',
      'Cartera - Summary',
      'Cartera - Clients',
      'Cartera - ABC',
      'Cartera - RFM',
      'Cartera - Data quality',
    ]);
    expect(wb.values('Clientes', 'E1:F1')[0]).toEqual(['Cartera: ABC class', 'Cartera: ABC rank']);
  });

  test('user sheets named like an output are kept and ours take another name', async () => {
    const wb = smallWorkbook();
    wb.addSheet('Cartera - ABC');
    wb.setCells('Cartera - ABC', 'A1', [['mine']]);
    await runAnalysis(runOf(wb), input());
    expect(wb.values('Cartera - ABC', 'A1')[0][0]).toBe('mine');
    expect(wb.sheets().map((s) => s.name)).toContain('Cartera - ABC (2)');
  });

  test('non-empty cells right of a plain client list: no columns there, a note instead', async () => {
    const wb = smallWorkbook();
    wb.setCells('Clientes', 'H3', [['nota del usuario']]);
    const before = cells(wb, 'Clientes', 8, 12);
    const result = await runAnalysis(runOf(wb), input());
    expect(result.write.stored.clientColumns).toBeNull();
    expect(result.write.notes[0]).toMatch(/Cartera - Clientes/);
    expect(cells(wb, 'Clientes', 8, 12)).toBe(before);
  });
});

describe('failures and cancellation leave the workbook as it was', () => {
  test('a failure at any sync of a first run leaves no trace', async () => {
    const probe = smallWorkbook();
    const counter = failingRun(probe, -1);
    await runAnalysis(counter.run, input());
    const total = counter.count();
    expect(total).toBeGreaterThan(5);
    for (let k = 2; k <= total; k++) {
      const wb = smallWorkbook();
      const before = modelSnapshot(wb);
      await expect(runAnalysis(failingRun(wb, k).run, input())).rejects.toBeInstanceOf(CarteraError);
      expect(modelSnapshot(wb)).toBe(before);
    }
  }, 240_000);

  test('a failure at any sync of a re-run keeps the previous outputs', async () => {
    const probe = smallWorkbook();
    await runAnalysis(runOf(probe), input());
    const counter = failingRun(probe, -1);
    await runAnalysis(counter.run, input());
    const total = counter.count();
    for (let k = 2; k < total; k++) {
      const wb = smallWorkbook();
      await runAnalysis(runOf(wb), input());
      const before = modelSnapshot(wb);
      await expect(runAnalysis(failingRun(wb, k).run, input())).rejects.toBeInstanceOf(CarteraError);
      expect(modelSnapshot(wb)).toBe(before);
    }
  }, 240_000);

  test('cancelling during the write stage restores the workbook', async () => {
    const wb = smallWorkbook();
    await runAnalysis(runOf(wb), input());
    const before = modelSnapshot(wb);
    const controller = new AbortController();
    const run = runAnalysis(runOf(wb), {
      ...input(),
      signal: controller.signal,
      onProgress: (p) => {
        if (p.stage === 'write' && p.stageFraction > 0.2) controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ code: 'cancelled' });
    expect(modelSnapshot(wb)).toBe(before);
  });

  test('a cancelled read writes nothing', async () => {
    const wb = smallWorkbook();
    const before = modelSnapshot(wb);
    const controller = new AbortController();
    controller.abort();
    await expect(runAnalysis(runOf(wb), { ...input(), signal: controller.signal })).rejects.toMatchObject({ code: 'cancelled' });
    expect(modelSnapshot(wb)).toBe(before);
  });
});

describe('runAnalysis with the sales cleaned and kept elsewhere (engine, as the pane does in its worker)', () => {
  /** An engine across structured clones, as postMessage makes: only what it returns crosses. */
  function clonedEngine(calls: string[]): AnalysisEngine {
    const there = createSalesEngine();
    const clone = structuredClone;
    return {
      async ingest(mapping, source, options) {
        const session = there.startSales(clone(mapping), clone(source), clone(options));
        let queued = Promise.resolve();
        return {
          add(rows) {
            calls.push(`add ${rows.length}`);
            const copy = clone(rows);
            queued = queued.then(() => there.addSales(session, copy));
          },
          async finish() {
            calls.push('finish');
            await queued;
            return clone(there.finishSales(session));
          },
        };
      },
      async analyse(handle, request, options) {
        calls.push('analyse');
        return clone(there.analyse(handle.id, clone(request), clone(options)));
      },
      release: (handle) => void calls.push(`release ${handle.id}`),
    };
  }

  test('an asynchronous engine gives the same analysis and outputs as the engine on this thread', async () => {
    const here = smallWorkbook();
    const base = await runAnalysis(runOf(here), input());
    const there = smallWorkbook();
    const calls: string[] = [];
    const result = await runAnalysis(runOf(there), { ...input(), engine: clonedEngine(calls) });
    expect(calls).toEqual(['add 11', 'finish', 'analyse']);
    expect(result.analysis.ids).toEqual(base.analysis.ids);
    expect(result.analysis.quality).toEqual(base.analysis.quality);
    expect(modelSnapshot(there)).toEqual(modelSnapshot(here));
  });

  test('a cancelled read abandons the ingest (the worker frees its session)', async () => {
    const wb = smallWorkbook();
    const abort = new AbortController();
    const calls: string[] = [];
    const error = await runAnalysis(runOf(wb), {
      ...input(),
      signal: abort.signal,
      engine: {
        ingest: () => ({
          add: () => {
            calls.push('add');
            abort.abort();
          },
          finish: () => {
            throw new Error('finish after a cancelled read');
          },
          abandon: () => void calls.push('abandon'),
        }),
        analyse: () => {
          throw new Error('analysis after a cancelled read');
        },
        release: () => void calls.push('release'),
      },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CarteraError);
    expect((error as CarteraError).code).toBe('cancelled');
    expect(calls).toEqual(['add', 'abandon']);
  });

  test('a run cancelled during the analysis, or failing after it, frees the kept sales', async () => {
    for (const when of ['analyse', 'write'] as const) {
      const wb = smallWorkbook();
      const abort = new AbortController();
      const calls: string[] = [];
      const engine = clonedEngine(calls);
      const error = await runAnalysis(runOf(wb), {
        ...input(),
        signal: abort.signal,
        engine: {
          ...engine,
          analyse: async (handle, request, options) => {
            const analysis = await engine.analyse(handle, request, options);
            if (when === 'analyse') abort.abort();
            return analysis;
          },
        },
        // the outputs cannot be built
        ...(when === 'write' ? { buildReport: () => Promise.reject(new CarteraError('write_failed', 'refused')) } : {}),
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CarteraError);
      expect((error as CarteraError).code).toBe(when === 'analyse' ? 'cancelled' : 'write_failed');
      expect(calls.slice(-2)).toEqual(['analyse', 'release 1']);
    }
  });
});
