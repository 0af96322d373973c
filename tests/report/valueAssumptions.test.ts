// Issue #17: on the Portfolio value sheet the total is followed by what it assumes.
import { analyse } from '../../src/engine/pipeline';
import { clvAssumptionLines } from '../../src/report/clvAssumptions';
import { fullReport } from '../../src/report/fullReport';
import type { NoteBlock, OutputTable } from '../../src/report/types';
import { pipelineInput } from './pipelineFixture';

const plain = (lines: string[]) => lines.map((l) => l.replace(/[\u00a0\u202f]/g, ' '));
const valueSheet = (options = {}) => fullReport(analyse(pipelineInput(), options), { locale: 'es' }).sheets.find((s) => s.key === 'value')!;

test('the total is followed by the assumed margin, horizon, discount and the retention-model clients', () => {
  const sheet = valueSheet();
  expect(sheet.blocks.map((b) => b.key).slice(0, 3)).toEqual(['kpis', 'assumed', 'method']);
  const lines = plain((sheet.blocks[1] as NoteBlock).lines);
  expect(lines[0]).toBe('Supuestos: horizonte de 12 meses, descuento anual del 10,0 %.');
  expect(lines[1]).toMatch(/^Margen supuesto: 100,0 % \(no hay columna de margen ni de coste/);
  expect(lines[2]).toMatch(/^4 de 4 clientes se valoran con el modelo de retención simple/);
  // r = 0 here (less than two years of data): each is worth 0 times its margin
  expect(lines[2]).toMatch(/cada uno vale 0,0 veces su margen de los últimos 12 meses\.$/);
});

test('options given in the run are the ones the sheet states', () => {
  const lines = plain((valueSheet({ horizonMonths: 6, discountRate: 0.15, marginRate: 0.4 }).blocks[1] as NoteBlock).lines);
  expect(lines.slice(0, 2)).toEqual([
    'Supuestos: horizonte de 6 meses, descuento anual del 15,0 %.',
    'Margen: 40,0 % para todos los clientes (indicado en las opciones).',
  ]);
});

test('the Clients sheet puts the margin each CLV uses beside it, named "assumed" without a margin column', () => {
  const clientsTable = (options = {}) => {
    const sheet = fullReport(analyse(pipelineInput(), options), { locale: 'es' }).sheets.find((x) => x.key === 'clients')!;
    return sheet.blocks.find((b) => b.key === 'clients') as OutputTable;
  };
  const table = clientsTable();
  const keys = table.columns.map((c) => c.key);
  expect(keys.indexOf('clvMargin')).toBe(keys.indexOf('clv') + 1);
  expect(table.columns.find((c) => c.key === 'clvMargin')!.header).toBe('Margen supuesto del CLV');
  const margin = table.rows.map((r) => r[keys.indexOf('clvMargin')]);
  expect(margin.filter((v) => v !== '')).toEqual([1, 1, 1, 1]); // the 4 clients with purchases
  const given = clientsTable({ marginRate: 0.4 });
  expect(given.columns.find((c) => c.key === 'clvMargin')!.header).toBe('Margen del CLV');
});

test('a measured retention of 100 % is explained: the perpetuity is worth 10 × the annual margin at d = 10 %', () => {
  const lines = clvAssumptionLines('es', {
    horizonMonths: 12,
    discountRate: 0.1,
    marginRate: 1,
    marginSource: 'default',
    currentClients: 8,
    retentionClients: 8,
    retentionRate: 1,
    retentionSource: 'data',
    retainedClients: 7,
    previousClients: 7,
    fallbackReason: 'too_few_clients',
  }).map((l) => l.replace(/[\u00a0\u202f]/g, ' '));
  expect(lines[2]).toBe(
    '8 de 8 clientes se valoran con el modelo de retención simple m × r / (1 + d − r), con r = 100,0 % (medida en los datos: 7 de los 7 clientes que compraron en los 12 meses anteriores volvieron a comprar en los últimos 12) y d = 10,0 %, porque: pocos clientes con compras para ajustar el modelo. Es una renta perpetua, no limitada al horizonte: cada uno vale 10,0 veces su margen de los últimos 12 meses.',
  );
});
