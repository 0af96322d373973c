// The engine worker hands a CarteraError of the analysis (a far as-of date) back with its code and
// parameters, so the pane shows that message, not "the data could not be read".
import { createSalesReader } from '../../src/engine/clean';
import { dayFromIso } from '../../src/engine/dates';
import type { EngineWorkerApi } from '../../src/taskpane/engine.worker';

let api: EngineWorkerApi;
jest.mock('comlink', () => ({
  expose: (exposed: EngineWorkerApi) => void (api = exposed),
  transfer: <T>(value: T) => value,
}));

test('an analysis refused by the engine comes back as { error } with code and parameters', async () => {
  await import('../../src/taskpane/engine.worker');
  const reader = createSalesReader(
    { client: 0, date: 1, amount: 2 },
    { sheet: 'Ventas', headerRow: 1, firstColumn: 0, headers: [] },
  );
  reader.add([['C1', 45000, 10]]);
  const r = api.analyse(reader.finish(), { asOf: dayFromIso('9999-12-31') });
  expect(r).toEqual({
    error: expect.objectContaining({
      code: 'as_of_too_late',
      where: expect.objectContaining({ latestDay: dayFromIso('2033-03-15') }),
    }),
  });
});
