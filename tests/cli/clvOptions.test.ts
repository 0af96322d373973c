// Issue #17: the CLV options on the command line (--horizon, --discount, --margin), what they
// assume in the JSON, and the partial period's rows flagged in the JSON (SPEC §6, §7).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { parseArgs } from '../../src/cli/parseArgs';


const dir = mkdtempSync(path.join(tmpdir(), 'cartera-clv-'));
const SALES = path.join(dir, 'ventas.csv');
// 3 clients, January to mid-March 2024: March is partial (as-of = the last sale, the 15th)
writeFileSync(
  SALES,
  ['Cliente;Fecha;Importe', 'A;10/01/2024;100', 'B;12/01/2024;200', 'A;03/02/2024;50', 'C;14/02/2024;40', 'A;15/03/2024;200'].join('\n'),
);

async function json(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(['analyze', '--sales', SALES, '--quiet', ...args], {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
  });
  return { code, stderr, json: code === 0 ? JSON.parse(stdout) : null };
}

describe('--horizon, --discount, --margin', () => {
  test('parsed as months and fractions; percent or fraction accepted', () => {
    const o = parseArgs(['analyze', '--sales', 'a.csv', '--horizon', '24', '--discount', '8%', '--margin', '0,35']);
    expect([o.horizonMonths, o.discountRate, o.marginRate]).toEqual([24, 0.08, 0.35]);
    expect(parseArgs(['analyze', '--sales', 'a.csv', '--discount=0.1', '--margin=100%'])).toMatchObject({ discountRate: 0.1, marginRate: 1 });
    expect(parseArgs(['analyze', '--sales', 'a.csv'])).toMatchObject({ horizonMonths: null, discountRate: null, marginRate: null });
  });

  test.each([
    [['--horizon', '0'], '--horizon: "0" is not a whole number of months from 1 to 600'],
    [['--horizon', '6.5'], '--horizon: "6.5" is not a whole number of months'],
    [['--discount', '10'], '--discount: "10" is ambiguous: write 10% or 0.1'],
    [['--discount', '0'], '--discount: the discount rate must be above 0'],
    [['--margin', '120%'], '--margin: "120%" is not a rate such as 0.10 or 10%'],
    [['--margin', 'mucho'], '--margin: "mucho" is not a rate'],
  ])('%j → exit 2: %s', async (args, message) => {
    const r = await json(args as string[]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr.split('\n')).toHaveLength(2);
  });

  test('the options reach the model, and the JSON says what the CLV assumes', async () => {
    const plain = (await json([])).json;
    expect(plain.model.assumptions).toMatchObject({
      horizonMonths: 12,
      discountRate: 0.1,
      marginRate: 1,
      marginSource: 'default',
      currentClients: 3,
      retentionClients: 3,
      fallbackReason: 'too_few_clients',
    });
    const set = (await json(['--horizon', '24', '--discount', '8%', '--margin', '35%'])).json;
    expect(set.model.assumptions).toMatchObject({ horizonMonths: 24, discountRate: 0.08, marginRate: 0.35, marginSource: 'parameter' });
  });

  test('rows of the partial period carry "partial": true, without rates against the previous period', async () => {
    const { metrics } = (await json([])).json as { metrics: { period: string; metric: string; dimension: string; partial?: boolean }[] };
    const march = metrics.filter((m) => m.period === '2024-03');
    expect(march.length).toBeGreaterThan(0);
    expect(march.every((m) => m.partial === true)).toBe(true);
    expect(metrics.filter((m) => m.period !== '2024-03').some((m) => 'partial' in m)).toBe(false);
    expect(march.some((m) => ['retention_rate', 'churn_rate', 'nrr', 'grr'].includes(m.metric))).toBe(false);
    expect(metrics.some((m) => m.period === '2024-02' && m.metric === 'retention_rate')).toBe(true);
  });
});
