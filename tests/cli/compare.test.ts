// CLI --compare (SPEC §11): the JSON fields, a bad date and a date after the as-of date.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { parseArgs } from '../../src/cli/parseArgs';
import { dayFromIso } from '../../src/engine/dates';

const dir = mkdtempSync(path.join(tmpdir(), 'cartera-compare-'));
const sales = path.join(dir, 'ventas.csv');
writeFileSync(
  sales,
  [
    'Cliente,Fecha,Importe',
    'A1,2023-01-10,100',
    'A1,2024-03-01,100',
    'B2,2024-02-01,1000',
    'C3,2023-06-01,50',
  ].join('\n'),
);

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(['analyze', '--sales', sales, '--quiet', ...args], {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
  });
  return { code, stdout, stderr };
}

describe('cartera analyze --compare', () => {
  test('parsed as a day; absent = null (as-of − 12 months)', () => {
    expect(parseArgs(['analyze', '--sales', 'x.csv', '--compare', '2024-01-15']).compareDate).toBe(
      dayFromIso('2024-01-15'),
    );
    expect(parseArgs(['analyze', '--sales', 'x.csv']).compareDate).toBeNull();
  });

  test('the JSON has abcBefore / statusBefore per client, compareDate, migration and the action lists', async () => {
    const r = await run(['--compare', '2023-12-31']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const j = JSON.parse(r.stdout);
    expect(j.compareDate).toBe('2023-12-31');
    const byId = Object.fromEntries(j.clients.map((c: { id: string }) => [c.id, c]));
    expect(byId.A1).toMatchObject({ abcBefore: 'A', abc: 'B' });
    expect(byId.B2).toMatchObject({ abcBefore: null, statusBefore: null, abc: 'A', status: 'new' });
    expect(j.migration.abc).toEqual(
      expect.arrayContaining([{ from: null, to: 'A', clients: 1, revenue12: 1000 }]),
    );
    expect(j.actionLists.newlyA).toEqual(['B2']);
    expect(j.actionLists.droppedOutOfA).toEqual(['A1', 'C3']);
    // default: as-of (2024-03-01) − 12 months
    expect(JSON.parse((await run([])).stdout).compareDate).toBe('2023-03-01');
  });

  test.each([
    [['--compare', '2024-13-01'], '--compare: "2024-13-01" is not a date in the form YYYY-MM-DD'],
    [
      ['--compare', '2024-03-02'],
      '--compare: the comparison date 2024-03-02 is after the as-of date 2024-03-01',
    ],
    [
      ['--compare', '2024-03-02', '--lang', 'es'],
      '--compare: la fecha de comparación 2024-03-02 es posterior a la fecha de análisis 2024-03-01',
    ],
  ])('%j → one line, exit 2', async (args, message) => {
    const r = await run(args);
    expect(r).toEqual({ code: 2, stdout: '', stderr: `cartera: ${message}\n` });
  });
});
