import { CarteraError } from '../../src/engine/types';
import { runAnalysis, type RunAnalysisInput } from '../../src/excel/runAnalysis';
import type { ExcelRun } from '../../src/excel/types';
import type { SimWorkbook } from '../../src/host';
import { CLIENT_ROWS, modelSnapshot, smallWorkbook } from './fixtures';

const runOf = (wb: SimWorkbook): ExcelRun => wb.run.bind(wb) as ExcelRun;
const input = (extra: Partial<RunAnalysisInput> = {}): RunAnalysisInput => ({
  sales: { kind: 'address', address: 'Ventas!A1:D12' },
  clients: { kind: 'table', name: 'TablaClientes' },
  locale: 'pt-BR',
  ...extra,
});

async function withTable(): Promise<SimWorkbook> {
  const wb = smallWorkbook();
  await wb.run(async (ctx) => {
    const t = ctx.workbook.worksheets.getItem('Clientes').tables.add('A1:D7', true);
    t.name = 'TablaClientes';
    await ctx.sync();
  });
  return wb;
}

function failOnSync(wb: SimWorkbook, k: number): { run: ExcelRun; count: () => number } {
  let n = 0;
  const run = (<T>(batch: (ctx: Excel.RequestContext) => Promise<T>) =>
    wb.run((ctx) =>
      batch(
        new Proxy(ctx, {
          get(target, prop, receiver) {
            if (prop !== 'sync') return Reflect.get(target, prop, receiver);
            return async () => {
              if (++n === k) throw Object.assign(new Error('injected'), { code: 'GeneralException' });
              return target.sync();
            };
          },
        }),
      ),
    )) as ExcelRun;
  return { run, count: () => n };
}

describe('classification columns in the client Excel table', () => {
  test('are added as new table columns, then updated in place', async () => {
    const wb = await withTable();
    await runAnalysis(runOf(wb), input());
    const table = wb.tables().find((t) => t.name === 'TablaClientes')!;
    expect(table.headers.slice(0, 4)).toEqual(CLIENT_ROWS[0]);
    expect(table.headers.slice(4, 7)).toEqual(['Cartera: Classe ABC', 'Cartera: Posição ABC', 'Cartera: Valor ABC']);
    expect(table.address).toBe('Clientes!A1:O7');
    expect(wb.values('Clientes', 'E2:E7').map((r) => r[0])).toEqual(['A', 'A', 'A', 'B', 'C', '']);
    // user cells untouched
    expect(wb.values('Clientes', 'A1:D7')).toEqual(CLIENT_ROWS);

    const first = modelSnapshot(wb, { ignoreIds: true });
    await runAnalysis(runOf(wb), input());
    expect(modelSnapshot(wb, { ignoreIds: true })).toBe(first);
  });

  test('a re-run in another language replaces our columns (and only ours)', async () => {
    const wb = await withTable();
    await runAnalysis(runOf(wb), input());
    await runAnalysis(runOf(wb), input({ locale: 'en' }));
    const table = wb.tables().find((t) => t.name === 'TablaClientes')!;
    expect(table.headers.slice(0, 5)).toEqual([...CLIENT_ROWS[0], 'Cartera: ABC class']);
    expect(table.headers).toHaveLength(15);
  });

  test('a failure at any sync (including while writing the table columns) rolls back', async () => {
    const probe = await withTable();
    await runAnalysis(runOf(probe), input());
    const counter = failOnSync(probe, -1);
    await runAnalysis(counter.run, input({ locale: 'en' }));
    const total = counter.count();
    for (let k = 2; k < total; k++) {
      const wb = await withTable();
      await runAnalysis(runOf(wb), input());
      const before = modelSnapshot(wb);
      // a different language, so that the columns are deleted and re-added
      await expect(runAnalysis(failOnSync(wb, k).run, input({ locale: 'en' }))).rejects.toBeInstanceOf(CarteraError);
      expect(modelSnapshot(wb)).toBe(before);
    }
  }, 240_000);
});
