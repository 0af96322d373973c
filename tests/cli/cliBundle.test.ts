// The bin runs a bundle of the CLI's sources (src/cli/cliBundle.js, issue #20: no transpiling at
// every start), rebuilt whenever a bundled source changes, and gives what the sources give under tsx.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { cliBundle } = require('../../src/cli/cliBundle.js') as {
  cliBundle: (root: string, entry: string, name: string) => string | null;
};

const BIN = path.resolve(__dirname, '../../src/cli/cartera.js');
const BUNDLER = path.resolve(__dirname, '../../src/cli/cliBundle.js');

describe('cliBundle', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'cartera-bundle-'));
  mkdirSync(path.join(root, 'src'));
  const write = (file: string, text: string, mtime?: number) => {
    writeFileSync(path.join(root, file), text);
    if (mtime !== undefined) utimesSync(path.join(root, file), mtime, mtime);
  };
  const load = (bundle: string): { answer: () => string } => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require(bundle) as { answer: () => string };
  };

  test('built once, reused while the sources are unchanged, rebuilt when one changes', () => {
    write(
      'src/main.ts',
      "import { word } from './word';\nexport const answer = (): string => word.toUpperCase();\n",
    );
    write('src/word.ts', "export const word: string = 'uno';\n", 1_700_000_000);
    const first = cliBundle(root, 'src/main.ts', 'test');
    expect(first).not.toBeNull();
    expect(load(first!).answer()).toBe('UNO');
    expect(cliBundle(root, 'src/main.ts', 'test')).toBe(first);
    // same size, another mtime: an edit all the same
    write('src/word.ts', "export const word: string = 'dos';\n", 1_700_000_100);
    const second = cliBundle(root, 'src/main.ts', 'test');
    expect(second).not.toBe(first);
    expect(load(second!).answer()).toBe('DOS');
    const manifest = JSON.parse(readFileSync(path.join(root, '.cache/test/manifest.json'), 'utf8'));
    expect(manifest.inputs.map((i: [string]) => i[0]).sort()).toEqual(['src/main.ts', 'src/word.ts']);
  });

  test('loadBundle keeps V8 code cache beside the bundle, written once and then used', () => {
    write('src/main.ts', "export const answer = (): string => 'tres';\n");
    const bundle = cliBundle(root, 'src/main.ts', 'test')!;
    const child = () =>
      spawnSync(
        process.execPath,
        ['-e', `process.stdout.write(require(${JSON.stringify(BUNDLER)}).loadBundle(${JSON.stringify(bundle)}).answer())`],
        { encoding: 'utf8' },
      );
    const first = child();
    expect(first.stdout).toBe('tres');
    const cache = `${bundle}.v8cache`;
    expect(existsSync(cache)).toBe(true);
    const written = statSync(cache).mtimeMs;
    const second = child();
    expect(second.stdout).toBe('tres');
    // accepted by V8: not written again
    expect(statSync(cache).mtimeMs).toBe(written);
  });

  test('a source that no longer builds → null (the bin falls back to tsx)', () => {
    write('src/main.ts', "import { gone } from './gone';\nexport const answer = gone;\n");
    expect(cliBundle(root, 'src/main.ts', 'test')).toBeNull();
  });
});

describe('cartera bin: the bundle and the sources under tsx give the same bytes', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'cartera-bundle-bin-'));
  const sales = path.join(dir, 'ventas.csv');
  writeFileSync(
    sales,
    [
      'Cliente;Fecha;Importe;Factura',
      '101;05/01/2024;100,00;F1',
      '102;01/02/2024;80;F2',
      '101;20/03/2024;1.234,50;F3',
    ].join('\n'),
  );
  const run = (env: Record<string, string>, out: string) => {
    const r = spawnSync(process.execPath, [BIN, 'analyze', '--sales', sales, '--json', out, '--quiet'], {
      encoding: 'utf8',
      env: { ...process.env, ...env },
    });
    return { code: r.status, stderr: r.stderr, json: readFileSync(out, 'utf8') };
  };

  test('CARTERA_NO_BUNDLE=1 (tsx) and the default (bundle)', () => {
    const bundled = run({}, path.join(dir, 'a.json'));
    const tsx = run({ CARTERA_NO_BUNDLE: '1' }, path.join(dir, 'b.json'));
    expect(bundled.code).toBe(0);
    expect(tsx.code).toBe(0);
    expect(bundled.json).toBe(tsx.json);
    expect(JSON.parse(bundled.json).clients).toHaveLength(2);
    // the bundle's dynamic import() (ExcelJS, loaded only for --out) works under loadBundle
    const xlsx = path.join(dir, 'c.xlsx');
    const withOut = spawnSync(process.execPath, [BIN, 'analyze', '--sales', sales, '--out', xlsx, '--quiet'], {
      encoding: 'utf8',
    });
    expect({ code: withOut.status, stderr: withOut.stderr }).toEqual({ code: 0, stderr: '' });
    expect(readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK');
    // the default run went through the bundle: its manifest lists the CLI's entry
    const manifest = JSON.parse(
      readFileSync(path.resolve(__dirname, '../../.cache/cli/manifest.json'), 'utf8'),
    );
    const inputs: string[] = manifest.inputs.map((i: [string]) => i[0]);
    expect(inputs).toContain('src/cli/main.ts');
    // @stdlib's one-function packages are in the bundle (≈ 40 ms of module loading at every start)
    expect(inputs.some((f) => f.includes('node_modules/@stdlib/math-base-special-hyp2f1/'))).toBe(true);
    expect(readFileSync(path.resolve(__dirname, '../../.cache/cli', manifest.bundle), 'utf8')).not.toMatch(
      /require\("@stdlib\//,
    );
  });
});
