// Issue #20: a JSON-only run skips the parts the JSON does not hold (visits, cross-selling) only when
// that loses no warning: sales without product lines keep cross-selling's no_product_line warning.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { leftOutOfJson } from '../../src/cli/analyze';
import { main } from '../../src/cli/main';
import { analyse } from '../../src/engine/pipeline';
import type { ClientsData, SalesData } from '../../src/engine/types';
import { CROSS_SELL_MAX_GRID } from '../../src/engine/visits';
import { AS_OF, pipelineInput } from '../report/pipelineFixture';

const dir = mkdtempSync(path.join(tmpdir(), 'cartera-left-out-'));

async function jsonOf(lines: string[]) {
  const sales = path.join(dir, `s${lines.length}.csv`);
  writeFileSync(sales, lines.join('\n') + '\n');
  let stdout = '';
  const code = await main(['analyze', '--sales', sales, '--quiet'], {
    stdout: (t) => void (stdout += t),
    stderr: () => {},
  });
  expect(code).toBe(0);
  return JSON.parse(stdout);
}

const ROWS = ['C1,2024-01-05,100,F1', 'C1,2024-03-20,50,F2', 'C2,2024-02-01,80,F3', 'C3,2024-03-01,30,F4'];

test('sales without product lines: the JSON still has the cross-selling warning', async () => {
  const json = await jsonOf(['Cliente,Fecha,Importe,Factura', ...ROWS]);
  expect(json.warnings).toEqual([expect.objectContaining({ part: 'crossSell', code: 'no_product_line' })]);
});

test('sales with product lines: no warning either way', async () => {
  const lines = ROWS.map((r, i) => `${r},L${i % 2}`);
  const json = await jsonOf(['Cliente,Fecha,Importe,Factura,Línea', ...lines]);
  expect(json.warnings).toEqual([]);
});

const product = (labels: number) => ({
  codes: new Int32Array(0),
  labels: Array.from({ length: labels }, String),
});
const sales = (p: SalesData['product']) => ({ product: p }) as SalesData;
const clients = (n: number) => ({ ids: Array.from({ length: n }, String) }) as unknown as ClientsData;

test('cross-selling is skipped only when its grid cannot exceed the limit', () => {
  expect(leftOutOfJson(sales(null), clients(10))).toEqual(['visits']);
  expect(leftOutOfJson(sales(product(100)), clients(10))).toEqual(['visits', 'crossSell']);
  const labels = Math.floor(CROSS_SELL_MAX_GRID / 1000);
  expect(leftOutOfJson(sales(product(labels)), clients(999))).toEqual(['visits', 'crossSell']);
  expect(leftOutOfJson(sales(product(labels + 1)), clients(999))).toEqual(['visits']);
});

test('analyse: skipped parts are null without a warning, the others as in a full run', () => {
  const full = analyse(pipelineInput(), { asOf: AS_OF });
  const skipped = analyse(pipelineInput(), { asOf: AS_OF }, ['visits', 'crossSell']);
  expect(full.visits).not.toBeNull();
  expect(full.crossSell).not.toBeNull();
  expect(skipped).toEqual({ ...full, visits: null, crossSell: null });
});
