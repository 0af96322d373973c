// A fresh clone has no ../shared beside it: the suite must pass there (issue #14). These tests keep it so.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  describeIfShared,
  describeIfSharedWith,
  isCi,
  SHARED_DATA,
  sharedDataFile,
  sharedDataPlan,
  sharedDataNeed,
} from './sharedData';

const TESTS = __dirname;
const FIXTURES = path.join(TESTS, 'fixtures/cdnow');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'fixtures' || e.name === 'node_modules' ? [] : sourceFiles(full);
    return /\.(ts|tsx|mjs|js)$/.test(e.name) ? [full] : [];
  });
}

const ABSENT = sharedDataFile('no-such-dir/no-such-file.csv');

/** describeIfShared over fakes: what it declared and printed. */
function declare(files: string[], ci: boolean) {
  const log: string[] = [];
  const run = describeIfSharedWith({
    exists: (f) => f !== ABSENT,
    ci: () => ci,
    write: (line) => void log.push(`write ${line}`),
    describe: (title, body) => {
      log.push(`describe ${title}`);
      body();
    },
    skip: (title, reason) => void log.push(`skip ${title}: ${reason}`),
  });
  run(...files)('suite', () => void log.push('body'));
  return log;
}

describe('tests that need ../shared/data', () => {
  test('no test reads ../shared except through tests/sharedData.ts', () => {
    const offenders = sourceFiles(TESTS)
      .filter((f) => f !== path.join(TESTS, 'sharedData.ts'))
      .filter((f) => /['"`](\.\.\/)+shared\b/.test(readFileSync(f, 'utf8')))
      .map((f) => path.relative(TESTS, f));
    expect(offenders).toEqual([]);
  });

  test('absent → skipped; absent on CI → fails; present → runs', () => {
    expect(sharedDataPlan(true, false)).toBe('run');
    expect(sharedDataPlan(true, true)).toBe('run');
    expect(sharedDataPlan(false, false)).toBe('skip');
    expect(sharedDataPlan(false, true)).toBe('fail');
    expect([undefined, '', '0', 'false', 'FALSE'].map(isCi)).toEqual([false, false, false, false, false]);
    expect(['true', '1', 'yes'].map(isCi)).toEqual([true, true, true]);
  });

  test('present: the suite runs as a plain describe', () => {
    expect(declare([sharedDataFile('x.csv')], false)).toEqual(['describe suite', 'body']);
    expect(declare([sharedDataFile('x.csv')], true)).toEqual(['describe suite', 'body']);
  });

  test('absent: the body is not run, one line says what is missing, one skipped test keeps the reason', () => {
    const need = 'needs ../shared/data/no-such-dir/no-such-file.csv (absent here; CI has it)';
    expect(declare([sharedDataFile('x.csv'), ABSENT], false)).toEqual([
      `write skipped "suite": ${need}\n`,
      `skip suite: ${need}`,
    ]);
    expect(sharedDataNeed([ABSENT, sharedDataFile('b.csv')])).toBe(
      'needs ../shared/data/no-such-dir/no-such-file.csv and ../shared/data/b.csv (absent here; CI has it)',
    );
  });

  test('absent under CI: the test file fails instead of skipping', () => {
    expect(() => declare([ABSENT], true)).toThrow(
      'cannot run "suite": needs ../shared/data/no-such-dir/no-such-file.csv (absent here; CI has it), but CI is set and must have ../shared',
    );
  });
});

describe('the CDNOW fixtures', () => {
  test('are in the repository, with their source named', () => {
    const readme = readFileSync(path.join(FIXTURES, 'README.md'), 'utf8');
    expect(readme).toMatch(/Fader, Hardie & Lee/);
    for (const f of [
      'CDNOW_sample.txt',
      'cdnow_customers_summary.csv',
      'cdnow_customers_summary_with_transactions.csv',
    ])
      expect(readme).toContain(`\`${f}\``);
  });

  describeIfShared(path.join(SHARED_DATA, 'cdnow'))('against ../shared/data/cdnow', () => {
    test('are byte-for-byte the shared copies', () => {
      for (const f of [
        'CDNOW_sample.txt',
        'cdnow_customers_summary.csv',
        'cdnow_customers_summary_with_transactions.csv',
      ])
        expect(
          readFileSync(path.join(FIXTURES, f)).equals(readFileSync(path.join(SHARED_DATA, 'cdnow', f))),
        ).toBe(true);
    });
  });
});
