// Issue #20's speed work keeps every output byte: the JSON of `cartera analyze` on Online Retail (the
// bin as a user runs it: the bundle, the sales streamed from the .csv.gz) is the one recorded before
// the optimisations (fifth session's sources, sha256 below). A change meant to alter the JSON updates
// the hash here and says so in its commit. Sixth session: quality issues gained `detail` (code +
// parameters, branch codes) — the only difference from the fifth session's bytes.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describeIfShared, sharedDataFile } from '../sharedData';

jest.setTimeout(240_000);

const ONLINE_RETAIL = sharedDataFile('online-retail/online-retail.csv.gz');
const BIN = path.resolve(__dirname, '../../src/cli/cartera.js');
const SHA256 = 'e241843d12b4464d4f5e20e8c70284ad73e6022ac429c2b3ec9be139dd40f2f6';

describeIfShared(ONLINE_RETAIL)('Online Retail → JSON, byte for byte', () => {
  test('the JSON has the recorded sha256', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'cartera-or-')), 'or.json');
    const r = spawnSync(
      process.execPath,
      [BIN, 'analyze', '--sales', ONLINE_RETAIL, '--json', out, '--quiet'],
      {
        encoding: 'utf8',
      },
    );
    expect({ code: r.status, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    const bytes = readFileSync(out);
    expect(bytes.length).toBe(20_507_297);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(SHA256);
  });
});
