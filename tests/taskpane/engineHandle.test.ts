/** @jest-environment node */
// Issue #16: the pane's controller works on sales kept by the engine. A quality check frees what it
// read; a run leaves the sales with the engine (the client card reads them) and hands back the full
// analysis as runAnalysis typed it; a cancelled run frees them.
import type { SalesHandle } from '../../src/engine/createSalesEngine';
import { localEngine } from '../../src/excel/localEngine';
import { createController } from '../../src/taskpane/controller';
import type { EngineClient } from '../../src/taskpane/engineClient';
import { smallWorkbook } from '../excel/fixtures';

const REQUEST = { sales: { kind: 'address', address: 'Ventas!A1:D12' }, clients: { kind: 'address', address: 'Clientes!A1:D7' }, options: {} } as const;

function recordingEngine(calls: string[]): EngineClient {
  const here = localEngine();
  return {
    ...here,
    async ingest(mapping, source, options) {
      const ingest = await here.ingest(mapping, source, options);
      return {
        ...ingest,
        async finish() {
          const handle: SalesHandle = await ingest.finish();
          calls.push(`finish ${handle.id}`);
          return handle;
        },
      };
    },
    analyse(handle, request, options, signal) {
      calls.push(`analyse ${handle.id}`);
      return here.analyse(handle, request, options, signal);
    },
    release(handle) {
      calls.push(`release ${handle.id}`);
      here.release(handle);
    },
    dispose: () => undefined,
  };
}

test('a quality check releases the sales it read; a run keeps them for the client card', async () => {
  const wb = smallWorkbook();
  const calls: string[] = [];
  const controller = createController((b) => wb.run(b), 'es', recordingEngine(calls));
  const quality = await controller.checkQuality(REQUEST);
  expect(quality.rowsRead).toBe(11);
  expect(calls).toEqual(['finish 1', 'release 1']);

  const outcome = await controller.run(REQUEST, () => undefined, new AbortController().signal);
  expect(calls.slice(2)).toEqual(['finish 2', 'analyse 2']);
  // the full analysis as runAnalysis returned it: the later parts are there, no cast on the way
  expect(outcome.analysis).toBe(outcome.result.analysis);
  expect(outcome.analysis.clv).not.toBeNull();
  const c = outcome.analysis.ids.indexOf(outcome.analysis.ids[0]);
  const history = await controller.clientHistory!(c);
  expect(history?.total).toBe(outcome.analysis.facts.revenueAll[c] / 100);
});

test('a run cancelled while it analyses releases the kept sales and says cancelled', async () => {
  const wb = smallWorkbook();
  const calls: string[] = [];
  const abort = new AbortController();
  const engine = recordingEngine(calls);
  const controller = createController((b) => wb.run(b), 'es', {
    ...engine,
    analyse: async (handle, request, options, signal) => {
      const analysis = await engine.analyse(handle, request, options, signal);
      abort.abort();
      return analysis;
    },
  });
  await expect(controller.run(REQUEST, () => undefined, abort.signal)).rejects.toMatchObject({ code: 'cancelled' });
  expect(calls).toEqual(['finish 1', 'analyse 1', 'release 1']);
  expect(await controller.clientHistory!(0)).toBeNull();
});
