// SPEC §2: ids of 16 or more digits keep their exact text — two such ids one apart stay two clients,
// through the CLI's CSV reader and the simulated workbook's CSV loader alike.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { loadWorkbookFile } from '../../src/host/xlsx';

const CSV = 'Cliente,Fecha,Importe\n9007199254740993,2024-01-05,10\n9007199254740992,2024-01-06,20\n123,2024-02-01,5\n';

test('the CLI keeps 9007199254740993 and 9007199254740992 apart', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'cartera-ids-'));
  try {
    writeFileSync(path.join(dir, 'v.csv'), CSV);
    const out = path.join(dir, 'o.json');
    const lines: string[] = [];
    const io = { stdout: (s: string) => lines.push(s), stderr: (s: string) => lines.push(s) };
    const code = await main(['analyze', '--sales', path.join(dir, 'v.csv'), '--json', out, '--quiet'], io as never);
    expect(code).toBe(0);
    const json = JSON.parse(readFileSync(out, 'utf8'));
    expect(json.clients.map((c: { id: string }) => c.id).sort()).toEqual(['123', '9007199254740992', '9007199254740993']);
    expect(json.quality.rowsRejected).toBe(0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the simulated workbook opens long ids as text', async () => {
  const bytes = new TextEncoder().encode(CSV);
  const wb = await loadWorkbookFile(bytes.buffer as ArrayBuffer, 'v.csv');
  const sheet = wb.sheets()[0].name;
  const values = wb.values(sheet, 'A2:A4');
  expect(values.map((r) => r[0])).toEqual(['9007199254740993', '9007199254740992', 123]);
});
