// Issue #15: the write path under faults. Every request of a clean run is made to fail in turn, in
// both modes of the simulated host (`refuse`: nothing applied; `lostAnswer`: applied, answer lost —
// an [ASSUMPTION] about Excel on the web), for first runs and re-runs, with the client list as an
// Excel table and as a plain range; and every progress point is cancelled. A run that rejects must
// leave the workbook exactly as it was (its previous outputs included); a run that resolves must
// have written exactly what a clean run writes; and a clean run afterwards must equal a clean run on
// a fresh copy (anything orphaned is cleaned up).
import { CarteraError } from '../../src/engine/types';
import { runAnalysis, type RunAnalysisInput } from '../../src/excel/runAnalysis';
import type { ExcelRun } from '../../src/excel/types';
import { createWorkbook, type SimWorkbook } from '../../src/host';
import { modelSnapshot } from './fixtures';
import { loadGenerated } from './generated';

const SALES = 300;
const CLIENTS = 90;
/** Small payload budget: the sheets, the reads and the client columns take several syncs each. */
const LIMITS = { payloadBytes: 12_000 };

type ListKind = 'table' | 'range';
type RunKind = 'first' | 'rerun';

const runOf = (wb: SimWorkbook): ExcelRun => wb.run.bind(wb) as ExcelRun;

function input(list: ListKind, locale: 'es' | 'en', extra: Partial<RunAnalysisInput> = {}): RunAnalysisInput {
  return {
    sales: { kind: 'address', address: `Ventas!A1:E${SALES + 1}` },
    clients: list === 'table' ? { kind: 'table', name: 'TablaClientes' } : { kind: 'address', address: `Clientes!A1:C${CLIENTS + 1}` },
    locale,
    limits: LIMITS,
    ...extra,
  };
}

async function fresh(list: ListKind): Promise<SimWorkbook> {
  const wb = createWorkbook({ sheets: ['Clientes', 'Ventas'] });
  // a few prospects: clients of the list without sales
  loadGenerated(wb, SALES, CLIENTS);
  if (list === 'table')
    await wb.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Clientes').tables.add(`A1:C${CLIENTS + 1}`, true).name = 'TablaClientes';
      await ctx.sync();
    });
  return wb;
}

/** The workbook before the run under test: fresh, or after a clean first run (in Spanish). */
async function before(list: ListKind, kind: RunKind): Promise<SimWorkbook> {
  const wb = await fresh(list);
  if (kind === 'rerun') await runAnalysis(runOf(wb), input(list, 'es'));
  return wb;
}

/** The run under test: a re-run is in English, so sheet names, headers and client columns all change. */
const runInput = (list: ListKind, kind: RunKind, extra: Partial<RunAnalysisInput> = {}) =>
  input(list, kind === 'first' ? 'es' : 'en', extra);

const snap = (wb: SimWorkbook) => modelSnapshot(wb, { ignoreIds: true });

interface Outcome {
  tried: number;
  unclean: string[];
}

async function check(
  list: ListKind,
  kind: RunKind,
  label: string,
  expected: { old: string; new: string },
  prepare: (wb: SimWorkbook) => Partial<RunAnalysisInput>,
  outcome: Outcome,
): Promise<void> {
  const wb = await before(list, kind);
  const extra = prepare(wb);
  let resolved = false;
  let error: unknown = null;
  try {
    await runAnalysis(runOf(wb), runInput(list, kind, extra));
    resolved = true;
  } catch (e) {
    error = e;
  }
  wb.faults = null;
  outcome.tried++;
  const after = snap(wb);
  const where = `${list} ${kind} ${label}`;
  if (error && !(error instanceof CarteraError)) outcome.unclean.push(`${where}: not a CarteraError (${String(error)})`);
  if (resolved && after !== expected.new) outcome.unclean.push(`${where}: resolved but the outputs are not the new ones`);
  if (!resolved && after !== expected.old) outcome.unclean.push(`${where}: rejected (${(error as Error)?.message}) but the workbook changed`);
  await runAnalysis(runOf(wb), runInput(list, kind));
  if (snap(wb) !== expected.new) outcome.unclean.push(`${where}: the next clean run differs from a clean run`);
}

describe('fault injection over the write path (issue #15)', () => {
  test('every sync fails in turn (refused, applied with the answer lost) and every progress point is cancelled: 0 unclean outcomes', async () => {
    const outcome: Outcome = { tried: 0, unclean: [] };
    const perScenario: string[] = [];
    for (const list of ['table', 'range'] as const) {
      for (const kind of ['first', 'rerun'] as const) {
        const expected = { old: snap(await before(list, kind)), new: '' };
        // a clean run: its outputs, its requests and its progress points
        const clean = await before(list, kind);
        clean.faults = { failAtSync: Number.POSITIVE_INFINITY, mode: 'refuse' };
        let points = 0;
        await runAnalysis(runOf(clean), runInput(list, kind, { onProgress: () => void points++ }));
        const requests = clean.faults.seen ?? 0;
        expected.new = snap(clean);
        expect(expected.new).not.toBe(expected.old);
        const start = outcome.tried;

        for (let k = 1; k <= requests; k++)
          for (const mode of ['refuse', 'lostAnswer'] as const)
            await check(list, kind, `${mode} at request ${k}/${requests}`, expected, (wb) => ((wb.faults = { failAtSync: k, mode }), {}), outcome);

        for (let k = 1; k <= points; k++)
          await check(list, kind, `cancel at progress point ${k}/${points}`, expected, () => {
            const controller = new AbortController();
            let n = 0;
            return {
              signal: controller.signal,
              onProgress: () => {
                if (++n === k) controller.abort();
              },
            };
          }, outcome);
        perScenario.push(`${list}/${kind}: ${requests} requests, ${points} progress points, ${outcome.tried - start} cases`);
      }
    }
    console.log(
      `fault injection: ${outcome.tried} cases tried (${perScenario.join('; ')}), ${outcome.unclean.length} unclean outcomes` +
        (outcome.unclean.length ? `\n${outcome.unclean.slice(0, 40).join('\n')}` : ''),
    );
    expect(outcome.unclean).toEqual([]);
  }, 240_000);
});
