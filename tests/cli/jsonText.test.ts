// Issue #20: the --json document is written a piece at a time, with the same text as before.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { analyze } from '../../src/cli/analyze';
import { buildJson } from '../../src/cli/buildJson';
import { ingestTables } from '../../src/cli/ingestTables';
import { main } from '../../src/cli/main';
import { readTable } from '../../src/cli/readTable';

jest.setTimeout(300_000);

const dir = mkdtempSync(path.join(tmpdir(), 'cartera-json-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The CLI's stdout pieces for a CSV of these lines, and the analysis it made (read again apart). */
async function piecesOf(name: string, lines: string[]) {
  const file = path.join(dir, name);
  writeFileSync(file, lines.join('\n') + '\n');
  const pieces: string[] = [];
  const code = await main(['analyze', '--sales', file, '--quiet'], {
    stdout: (t) => void pieces.push(t),
    stderr: () => undefined,
  });
  expect(code).toBe(0);
  const ingested = ingestTables(file, await readTable(file), null, null);
  const result = analyze(ingested, { asOf: null, period: 'month', timeUnit: null });
  const whole = JSON.stringify(buildJson(result, ingested.clients.inList), null, 1) + '\n';
  return { pieces, result, whole };
}

test('25,000 clients: stdout gets the document in pieces, byte for byte JSON.stringify of the whole document', async () => {
  const lines = ['Cliente,Fecha,Importe'];
  for (let i = 0; i < 25_000; i++) lines.push(`C${i},2024-0${1 + (i % 9)}-1${i % 10},${(i % 97) + 0.5}`);
  const { pieces, whole } = await piecesOf('v.csv', lines);
  expect(pieces.length).toBeGreaterThan(3);
  expect(pieces.join('')).toBe(whole);
});

test('12,500 rejected rows: the quality list in pieces too, byte for byte JSON.stringify of the whole document', async () => {
  const lines = ['Cliente,Fecha,Importe'];
  for (let i = 0; i < 25_000; i++)
    lines.push(
      i % 2
        ? `,2024-01-1${i % 10},${i % 97}`
        : `C${i % 300},2024-0${1 + (i % 9)}-1${i % 10},${(i % 97) + 0.5}`,
    );
  const { pieces, result, whole } = await piecesOf('r.csv', lines);
  expect(result.analysis.quality.rejected).toHaveLength(12_500);
  expect(pieces.join('')).toBe(whole);
  // no piece holds the whole rejected list
  const rejectedText = JSON.stringify(result.analysis.quality.rejected, null, 1).length;
  expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(rejectedText);
});
