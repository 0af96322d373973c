// streamTable tells its sink about how many records a file holds before the first block (issue #20:
// the sales reader's columns are then allocated once), from the file's size — or a .gz's trailer —
// over the bytes per record of the first chunk.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { streamTable } from '../../src/cli/readTable';

async function told(file: string): Promise<{ expected: number[]; firstAddAfter: boolean; rows: number }> {
  const expected: number[] = [];
  let rows = 0;
  let firstAddAfter = false;
  await streamTable(file, () => ({
    expect: (n) => void expected.push(n),
    add: (block) => {
      if (rows === 0) firstAddAfter = expected.length === 1;
      rows += block.length;
    },
  }));
  return { expected, firstAddAfter, rows };
}

describe('streamTable: the records to expect', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'cartera-expect-'));
  const lines = ['Cliente,Fecha,Importe'];
  for (let i = 0; i < 60_000; i++)
    lines.push(`C${i % 997},2024-0${1 + (i % 9)}-1${i % 10},${(i % 5000) / 100}`);
  const text = lines.join('\n') + '\n';
  const csv = path.join(dir, 'ventas.csv');
  const gz = path.join(dir, 'ventas.csv.gz');
  writeFileSync(csv, text);
  writeFileSync(gz, gzipSync(text));

  test.each([
    ['a CSV (its size)', csv],
    ['a .csv.gz (its trailer)', gz],
  ])('%s: told once, before the first block, within a few percent above the records', async (_, file) => {
    const { expected, firstAddAfter, rows } = await told(file);
    expect(rows).toBe(60_001);
    expect(expected).toHaveLength(1);
    expect(firstAddAfter).toBe(true);
    expect(expected[0]).toBeGreaterThanOrEqual(60_001);
    expect(expected[0]).toBeLessThanOrEqual(60_001 * 1.06 + 1024);
  });

  test('a .gz whose trailer cannot be right (a member among several): no guess', async () => {
    const two = path.join(dir, 'two.csv.gz');
    // the last member's size only: smaller than the compressed file
    writeFileSync(two, Buffer.concat([gzipSync(text), gzipSync('x\n')]));
    const { expected, rows } = await told(two);
    expect(rows).toBe(60_002);
    expect(expected).toEqual([]);
  });
});
