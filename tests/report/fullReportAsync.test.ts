import { createSalesReader } from '../../src/engine/clean';
import { dayFromYmd } from '../../src/engine/dates';
import { analyse } from '../../src/engine/pipeline';
import type { Cell } from '../../src/engine/types';
import { fullReport, fullReportAsync } from '../../src/report/fullReport';
import { drain, ROWS_PER_STEP } from '../../src/report/steps';
import { AGENDA_WEEKS, visitsSheets, visitsSheetsSteps } from '../../src/report/visitsSheets';
import { visitAgenda } from '../../src/engine/visits';
import { AS_OF, pipelineInput } from './pipelineFixture';

/** `clients` clients, client k buying 1 + k % 3 times in 2024. */
function manyClients(clients: number) {
  const rows: Cell[][] = [];
  for (let k = 0; k < clients; k++)
    for (let p = 0; p <= k % 3; p++) rows.push([dayFromYmd(2024, 1 + ((k + 4 * p) % 12), 1 + (k % 28)), `C${k}`, 10 + (k % 97) + p]);
  const reader = createSalesReader(
    { date: 0, client: 1, amount: 2 },
    { sheet: 'Ventas', headerRow: 1, firstColumn: 0, headers: ['Fecha', 'Cliente', 'Importe'] },
  );
  reader.add(rows);
  return analyse({ ...reader.finish(), salesSheet: 'Ventas' }, { asOf: dayFromYmd(2024, 12, 31) });
}

async function stepwise(a: ReturnType<typeof analyse>, options: Parameters<typeof fullReport>[1]) {
  let pauses = 0;
  const report = await fullReportAsync(a, options, async () => {
    pauses++;
  });
  return { report, pauses };
}

describe('fullReportAsync (the pane builds the report a part at a time)', () => {
  test('gives the same report as fullReport, pausing between parts', async () => {
    const input = pipelineInput({ product: true, visits: true });
    const a = analyse(input, { asOf: AS_OF });
    const { report, pauses } = await stepwise(a, { locale: 'pt-BR', clients: input.clients });
    expect(pauses).toBeGreaterThanOrEqual(4);
    expect(report).toEqual(fullReport(a, { locale: 'pt-BR', clients: input.clients }));
  });

  test('pauses within the per-client tables too: steps grow with the clients, same report', async () => {
    const n = 3 * ROWS_PER_STEP + 5;
    const small = manyClients(20);
    const large = manyClients(n);
    expect(large.clientCount).toBe(n);
    const few = await stepwise(small, { locale: 'es' });
    const many = await stepwise(large, { locale: 'es' });
    // at least the Clients table, the ABC ranking, the columns beside the list, the Clients
    // table's extra fields and the visit plan: 3 pauses each inside (rows 2048, 4096, 6144)
    expect(many.pauses - few.pauses).toBeGreaterThanOrEqual(5 * 3);
    expect(many.report).toEqual(fullReport(large, { locale: 'es' }));
    const clients = many.report.sheets.find((s) => s.key === 'clients')!.blocks.find((b) => b.type === 'table')!;
    expect(clients.type === 'table' && clients.rows.length).toBe(n);
    expect(clients.type === 'table' && clients.rows[n - 1][0]).toBe(`C${n - 1}`);
  });

  test('the visit plan and the agenda pause every ROWS_PER_STEP rows, same sheets as visitsSheets', () => {
    const count = (a: ReturnType<typeof analyse>) => {
      const steps = visitsSheetsSteps(a, { locale: 'es' });
      let yields = 0;
      for (let r = steps.next(); !r.done; r = steps.next()) yields++;
      return yields;
    };
    const large = manyClients(3 * ROWS_PER_STEP + 5);
    const agendaRows = visitAgenda({ owner: large.visits!.owner, plan: large.visits!.plan, asOf: large.asOf, weeks: AGENDA_WEEKS })
      .reduce((n, g) => n + g.client.length, 0);
    expect(agendaRows).toBeGreaterThan(ROWS_PER_STEP);
    // the plan: 3 pauses; the agenda: one before each further ROWS_PER_STEP rows
    expect(count(large) - count(manyClients(20))).toBe(3 + Math.floor((agendaRows - 1) / ROWS_PER_STEP));
    expect(drain(visitsSheetsSteps(large, { locale: 'es' }))).toEqual(visitsSheets(large, { locale: 'es' }));
  });
});

