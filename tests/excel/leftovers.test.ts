// Issue #15: what a failed run may leave behind is recognised and cleaned up by the next run, and a
// cancelled re-run keeps the previous run's columns.
import { runAnalysis, type RunAnalysisInput } from '../../src/excel/runAnalysis';
import type { ExcelRun } from '../../src/excel/types';
import type { SimWorkbook } from '../../src/host';
import { clientListWorkbook, modelSnapshot } from './fixtures';

const runOf = (wb: SimWorkbook): ExcelRun => wb.run.bind(wb) as ExcelRun;
const input = (table: boolean, extra: Partial<RunAnalysisInput> = {}): RunAnalysisInput => ({
  sales: { kind: 'address', address: 'Ventas!A1:D12' },
  clients: table ? { kind: 'table', name: 'TablaClientes' } : { kind: 'address', address: 'Clientes!A1:D7' },
  locale: 'es',
  ...extra,
});
const snap = (wb: SimWorkbook) => modelSnapshot(wb, { ignoreIds: true });

const workbook = clientListWorkbook;

async function cleanRun(table: boolean): Promise<string> {
  const wb = await workbook(table);
  await runAnalysis(runOf(wb), input(table));
  return snap(wb);
}

describe('leftovers of failed runs are cleaned up by the next run (issue #15)', () => {
  test('hidden "Cartera tmp …" sheets (their creating request applied, its answer lost, no rollback) are deleted', async () => {
    const wb = await workbook(false);
    await wb.run(async (ctx) => {
      for (const key of ['summary', 'clients', 'abc'])
        ctx.workbook.worksheets.add(`Cartera tmp ${key}`).visibility = 'Hidden';
      await ctx.sync();
    });
    await runAnalysis(runOf(wb), input(false));
    expect(wb.sheets().some((s) => s.name.startsWith('Cartera tmp'))).toBe(false);
    expect(snap(wb)).toBe(await cleanRun(false));
  });

  test('temporaries listed in Cartera.pending (a run whose rollback failed, or an earlier version) are deleted with the list', async () => {
    const wb = await workbook(false);
    const ids = await wb.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.add('Cartera tmp old');
      ws.visibility = 'Hidden';
      ws.load('id');
      await ctx.sync();
      ctx.workbook.settings.add('Cartera.pending', JSON.stringify({ sheetIds: [ws.id] }));
      await ctx.sync();
      return [ws.id];
    });
    await runAnalysis(runOf(wb), input(false));
    expect(wb.sheets().some((s) => ids.includes(s.id))).toBe(false);
    expect(wb.settings()['Cartera.pending']).toBeUndefined();
  });

  test('a table with half-written "Cartera: …" columns (one renamed "Cartera: Clase ABC2" by Excel) gets exactly one set', async () => {
    const wb = await workbook(true);
    await wb.run(async (ctx) => {
      const t = ctx.workbook.tables.getItem('TablaClientes');
      t.columns.add(null as unknown as number, undefined, 'Cartera: Clase ABC');
      t.columns.add(null as unknown as number, undefined, 'Cartera: Clase ABC');
      t.columns.add(null as unknown as number, [['Cartera: Posición ABC'], [1], [2], [3], [''], [''], ['']]);
      await ctx.sync();
    });
    expect(wb.tables()[0].headers).toContain('Cartera: Clase ABC2');
    await runAnalysis(runOf(wb), input(true));
    const headers = wb.tables().find((t) => t.name === 'TablaClientes')!.headers;
    expect(headers.filter((h) => h === 'Cartera: Clase ABC')).toHaveLength(1);
    expect(headers.some((h) => /ABC\d$/.test(h))).toBe(false);
    expect(snap(wb)).toBe(await cleanRun(true));
  });

  test('half-written "Cartera: …" columns beside a plain range (no record of them) are re-used, not in the way', async () => {
    const wb = await workbook(false);
    wb.setCells(
      'Clientes',
      'E1',
      [
        ['Cartera: Clase ABC', 'Cartera: Posición ABC'],
        ['A', 1],
        ['A', 2],
      ],
      { numberFormat: '@' },
    );
    const result = await runAnalysis(runOf(wb), input(false));
    expect(result.write.stored.clientColumns).not.toBeNull();
    expect(result.write.notes).toEqual([]);
    expect(snap(wb)).toBe(await cleanRun(false));
  });
});

describe('a cancelled re-run keeps the previous columns (issue #15)', () => {
  test.each([[false], [true]])(
    'cancelled at the end of the write, before the swap (client list as a table: %s)',
    async (table) => {
      const wb = await workbook(table);
      await runAnalysis(runOf(wb), input(table));
      const before = modelSnapshot(wb);
      const controller = new AbortController();
      const onProgress = (p: { stage: string; stageFraction: number }) => {
        if (p.stage === 'write' && p.stageFraction === 1) controller.abort();
      };
      await expect(
        runAnalysis(runOf(wb), input(table, { locale: 'en', signal: controller.signal, onProgress })),
      ).rejects.toMatchObject({
        code: 'cancelled',
      });
      expect(modelSnapshot(wb)).toBe(before);
    },
  );
});

describe('a swap that Excel stops half-way (rule 1.10: the commands before the failing one stay applied)', () => {
  test('a sheet the user names like an output during the run: the rename fails, the previous outputs are intact', async () => {
    const wb = await workbook(false);
    await runAnalysis(runOf(wb), input(false));
    const before = modelSnapshot(wb);
    const english = await workbook(false);
    // "Cartera - Summary" (the Spanish outputs' names differ)
    const taken = (await runAnalysis(runOf(english), input(false, { locale: 'en' }))).write.stored.sheets[0]
      .name;
    let added = false;
    const onProgress = (p: { stage: string; stageFraction: number }) => {
      if (p.stage === 'write' && p.stageFraction === 1 && !added) {
        added = true;
        wb.addSheet(taken);
      }
    };
    await expect(runAnalysis(runOf(wb), input(false, { locale: 'en', onProgress }))).rejects.toMatchObject({
      code: 'write_failed',
    });
    await wb.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(taken).delete();
      await ctx.sync();
    });
    expect(modelSnapshot(wb)).toBe(before);
    // and the next run goes through
    await runAnalysis(runOf(wb), input(false, { locale: 'en' }));
    expect(snap(wb)).toBe(snap(english));
  });

  test('…and its rollback fails too: the next run removes the shown temporaries (by their recorded ids)', async () => {
    const wb = await workbook(false);
    await runAnalysis(runOf(wb), input(false));
    const spanish = new Set(wb.sheets().map((s) => s.name));
    const english = await workbook(false);
    const names = (await runAnalysis(runOf(english), input(false, { locale: 'en' }))).write.stored.sheets.map(
      (s) => s.name,
    );
    // the last output whose English name differs: the temporaries before it are renamed and shown
    const taken = names.filter((name) => !spanish.has(name)).pop()!;
    let added = false;
    const onProgress = (p: { stage: string; stageFraction: number }) => {
      if (p.stage === 'write' && p.stageFraction === 1 && !added) {
        added = true;
        wb.addSheet(taken);
        // request 1: the extents read before the swap; 2: the swap (stopped at the rename); 3: the rollback's first, refused
        wb.faults = { failAtSync: 3, mode: 'refuse' };
      }
    };
    // without Table.resize (ExcelApi 1.13) every output is replaced by its temporary: the swap shows them
    const apiSupport = (version: string) => version !== '1.13';
    await expect(runAnalysis(runOf(wb), input(false, { locale: 'en', onProgress, apiSupport }))).rejects.toMatchObject({
      code: 'write_failed',
    });
    wb.faults = null;
    // temporaries renamed and shown before the failure: only their recorded ids tell them apart
    const pending = JSON.parse(String(wb.settings()['Cartera.pending'])) as { sheetIds: string[] };
    const shown = wb.sheets().filter((s) => pending.sheetIds.includes(s.id) && s.visibility === 'Visible');
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.some((s) => s.name.startsWith('Cartera tmp'))).toBe(false);
    await wb.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(taken).delete();
      await ctx.sync();
    });
    await runAnalysis(runOf(wb), input(false, { locale: 'en' }));
    expect(snap(wb)).toBe(snap(english));
  });
});
