/** @jest-environment node */
// The engine worker keeps the sales it cleans: finishing a session hands the page a handle without
// any per-row array, the analysis works on the handle, and only the analysis (never the kept sales'
// buffers) is transferred back. A CarteraError of the analysis (a far as-of date) comes back with
// its code and parameters, so the pane shows that message, not "the data could not be read".
import { dayFromIso, dayFromYmd } from '../../src/engine/dates';
import type { EngineWorkerApi, Guarded } from '../../src/taskpane/engine.worker';

let api: EngineWorkerApi;
const transferred: ArrayBuffer[][] = [];
jest.mock('comlink', () => ({
  expose: (exposed: EngineWorkerApi) => void (api = exposed),
  // as postMessage does: the page gets a copy, and the transferred buffers are emptied here
  transfer: <T>(value: T, buffers: ArrayBuffer[]) => (transferred.push(buffers), structuredClone(value, { transfer: buffers })),
}));

const value = <T>(r: Guarded<T>): T => {
  if ('error' in r) throw new Error(r.error.message);
  return r.value;
};
const source = { sheet: 'Ventas', headerRow: 1, firstColumn: 0, headers: ['Cliente', 'Fecha', 'Importe'] };
const ROWS = 3000;
const rows = Array.from({ length: ROWS }, (_, i) => [`C${i % 40}`, dayFromYmd(2024, 1 + (i % 12), 1 + (i % 28)), 10 + (i % 7)]);

/** Every typed array (path and length) reachable in a value that crosses to the page. */
function typedArrays(v: unknown, path = '', out: [string, number][] = [], seen = new Set<object>()): [string, number][] {
  if (v === null || typeof v !== 'object' || seen.has(v)) return out;
  seen.add(v);
  if (ArrayBuffer.isView(v)) out.push([path, (v as unknown as { length: number }).length]);
  else for (const [k, x] of Object.entries(v)) typedArrays(x, `${path}.${k}`, out, seen);
  return out;
}

async function kept() {
  await import('../../src/taskpane/engine.worker');
  const session = value(api.startSales({ client: 0, date: 1, amount: 2 }, source, {}));
  for (let i = 0; i < ROWS; i += 1000) value(api.addSales(session, rows.slice(i, i + 1000)));
  return value(api.finishSales(session));
}

test('finishing a session gives a handle: counts, dates, clients and quality, no per-row array', async () => {
  const handle = await kept();
  expect(handle).toMatchObject({ rows: ROWS, firstDay: dayFromYmd(2024, 1, 1), lastDay: dayFromYmd(2024, 12, 28) });
  expect(handle.clients.ids).toHaveLength(40);
  expect(handle.quality.rowsUsed).toBe(ROWS);
  // the sales (client, day, amount, row: one entry per line) stayed in the worker
  expect(typedArrays(handle).filter(([, length]) => length >= ROWS)).toEqual([]);
  expect(JSON.stringify(handle).length).toBeLessThan(5_000);
});

test('the analysis runs on the handle; the kept sales are never transferred (the card still reads them)', async () => {
  const handle = await kept();
  transferred.length = 0;
  const r = value(api.analyse(handle.id, {}, { asOf: dayFromYmd(2024, 12, 31) }));
  expect(r.ids).toHaveLength(40);
  expect(transferred).toHaveLength(1);
  expect(transferred[0].length).toBeGreaterThan(0);
  // the worker's sales were not emptied by the transfer: the card's history still reads all of them
  const history = api.clientHistory(r.ids.indexOf('C1'));
  expect(history?.total).toBe(rows.filter((x) => x[0] === 'C1').reduce((a, x) => a + Number(x[2]), 0));
});

test('dropped sales are gone: analysing them is refused', async () => {
  const handle = await kept();
  api.dropSales(handle.id);
  expect(() => api.analyse(handle.id, {}, {})).toThrow(`no sales kept as ${handle.id}`);
});

test('an analysis refused by the engine comes back as { error } with code and parameters', async () => {
  const handle = await kept();
  const r = api.analyse(handle.id, {}, { asOf: dayFromIso('9999-12-31') });
  expect(r).toEqual({
    error: expect.objectContaining({
      code: 'as_of_too_late',
      where: expect.objectContaining({ latestDay: dayFromIso('2034-12-28') }),
    }),
  });
});
