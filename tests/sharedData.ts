// The large public data sets live beside the repository, in ../shared/data, and are never copied in
// (UCI Online Retail, 7.6 MB; the full CDNOW master file, 1.9 MB). A suite that reads them is declared
// with `describeIfShared(file, ...)(title, body)`: present → it runs; absent → it is skipped with one
// line saying why; absent under CI=true (CI always has ../shared) → the test file fails, so a broken
// layout cannot hide tests.
import { existsSync } from 'node:fs';
import path from 'node:path';

export const SHARED_DATA = path.resolve(__dirname, '../../shared/data');

/** Absolute path of a file under ../shared/data. */
export function sharedDataFile(relative: string): string {
  return path.join(SHARED_DATA, relative);
}

/** What to do with a suite whose files are all present or not, on CI or not. */
export function sharedDataPlan(present: boolean, ci: boolean): 'run' | 'skip' | 'fail' {
  return present ? 'run' : ci ? 'fail' : 'skip';
}

/** CI=true / CI=1 as CI services set it; unset, empty, 0 or false is not CI. */
export function isCi(value: string | undefined): boolean {
  return value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false';
}

/** Why a suite cannot run (`missing`: absolute paths). */
export function sharedDataNeed(missing: readonly string[]): string {
  const names = missing.map(
    (m) => `../shared/data/${path.relative(SHARED_DATA, m).split(path.sep).join('/')}`,
  );
  return `needs ${names.join(' and ')} (absent here; CI has it)`;
}

interface Deps {
  exists: (file: string) => boolean;
  ci: () => boolean;
  write: (line: string) => void;
  describe: (title: string, body: () => void) => void;
  skip: (title: string, reason: string) => void;
}

/** `describeIfShared` over given effects (the test of this file passes fakes). */
export function describeIfSharedWith(deps: Deps) {
  return (...files: string[]) =>
    (title: string, body: () => void): void => {
      const missing = files.filter((f) => !deps.exists(f));
      const plan = sharedDataPlan(missing.length === 0, deps.ci());
      if (plan === 'run') return deps.describe(title, body);
      const need = sharedDataNeed(missing);
      if (plan === 'fail')
        throw new Error(`cannot run "${title}": ${need}, but CI is set and must have ../shared`);
      deps.write(`skipped "${title}": ${need}\n`);
      deps.skip(title, need);
    };
}

/** `describe`, when every file exists; otherwise one line saying why and one skipped test (or, on CI, an error). */
export const describeIfShared = describeIfSharedWith({
  exists: existsSync,
  ci: () => isCi(process.env.CI),
  write: (line) => process.stderr.write(line),
  describe: (title, body) => describe(title, body),
  // The body is not run (it may read the file while collecting); the reason stays visible as the
  // title of one skipped test (--verbose, --json).
  skip: (title, reason) => describe(title, () => test.skip(reason, () => undefined)),
});
