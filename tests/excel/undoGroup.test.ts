// Issue #18: the write as one undo step where Excel supports it — Excel.run({ mergeUndoGroup: true })
// (ExcelApi 1.20), feature-detected; refused as not undoable (UndoNotSupported) → written without it.
import { runAnalysis, type RunAnalysisInput } from '../../src/excel/runAnalysis';
import type { ExcelRun } from '../../src/excel/types';
import { undoGroupRun } from '../../src/excel/undoGroup';
import type { SimWorkbook } from '../../src/host';
import { modelSnapshot, smallWorkbook } from './fixtures';

const runOf = (wb: SimWorkbook): ExcelRun => wb.run.bind(wb) as ExcelRun;
const input: RunAnalysisInput = {
  sales: { kind: 'address', address: 'Ventas!A1:D12' },
  locale: 'es',
  undoGroup: true,
};
const g = globalThis as { Excel?: unknown };

/** A global Excel.run (as Office.js has) over the simulated workbook, recording the options it got. */
function officeExcel(wb: SimWorkbook, refuse = false): { options: unknown[] } {
  const seen = { options: [] as unknown[] };
  g.Excel = {
    run: (options: unknown, batch: (c: Excel.RequestContext) => Promise<unknown>) => {
      seen.options.push(options);
      if (refuse)
        return Promise.reject(Object.assign(new Error('UndoNotSupported'), { code: 'UndoNotSupported' }));
      return wb.run(batch);
    },
  };
  return seen;
}

afterEach(() => delete g.Excel);

describe('mergeUndoGroup (issue #18)', () => {
  test('detected: only with ExcelApi 1.20 and an Excel.run', () => {
    expect(undoGroupRun(() => true)).toBeNull();
    officeExcel(smallWorkbook());
    expect(undoGroupRun((v) => v !== '1.20')).toBeNull();
    expect(undoGroupRun(() => true)).not.toBeNull();
  });

  test('where supported the write is one grouped batch; the result equals a plain run', async () => {
    const plain = smallWorkbook();
    await runAnalysis(runOf(plain), { ...input, undoGroup: false });
    const wb = smallWorkbook();
    const seen = officeExcel(wb);
    await runAnalysis(runOf(wb), { ...input, apiSupport: () => true });
    expect(seen.options).toEqual([{ mergeUndoGroup: true }]);
    expect(modelSnapshot(wb, { ignoreIds: true })).toBe(modelSnapshot(plain, { ignoreIds: true }));
  });

  test('Excel refuses the group (UndoNotSupported): written again without it', async () => {
    const plain = smallWorkbook();
    await runAnalysis(runOf(plain), { ...input, undoGroup: false });
    const wb = smallWorkbook();
    const seen = officeExcel(wb, true);
    await runAnalysis(runOf(wb), { ...input, apiSupport: () => true });
    expect(seen.options.length).toBeGreaterThanOrEqual(1);
    expect(modelSnapshot(wb, { ignoreIds: true })).toBe(modelSnapshot(plain, { ignoreIds: true }));
  });
});
