// The add-in bundle ships neither the simulated host (src/host) nor the playground: every module the
// add-in's entry (src/taskpane/index.tsx) can reach — static, `export … from`, dynamic import() and the
// engine worker's `new URL(…)` — is outside those folders. A plain regex resolver over the sources, so
// it runs without a build (the production bundle's sizes are in src/playground/README.md, "Page entries").
import * as fs from 'node:fs';
import * as path from 'node:path';

const src = path.resolve(__dirname, '../../src');

const SPECIFIERS = [
  /\b(?:import|export)\s+(?:type\s+)?[^'";]*?\bfrom\s*['"]([^'"]+)['"]/g,
  /\bimport\s*['"]([^'"]+)['"]/g,
  /\bimport\s*\(\s*(?:\/\*[\s\S]*?\*\/\s*)?['"]([^'"]+)['"]\s*\)/g,
  /\bnew\s+URL\s*\(\s*['"]([^'"]+)['"]\s*,\s*import\.meta\.url\s*\)/g,
];

function resolveModule(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null; // a package
  const base = path.resolve(path.dirname(from), specifier);
  for (const candidate of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    path.join(base, 'index.ts'),
    path.join(base, 'index.tsx'),
  ]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  throw new Error(`${path.relative(src, from)}: cannot resolve ${specifier}`);
}

/** Every source file reachable from `entry`, with one importer of each (for the message). */
function reachable(entry: string): Map<string, string | null> {
  const seen = new Map<string, string | null>([[entry, null]]);
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.shift()!;
    const text = fs.readFileSync(file, 'utf8').replace(/^\s*\/\/.*$/gm, '');
    for (const pattern of SPECIFIERS) {
      for (const match of text.matchAll(pattern)) {
        const target = resolveModule(file, match[1]);
        if (target && !seen.has(target)) {
          seen.set(target, file);
          queue.push(target);
        }
      }
    }
  }
  return seen;
}

const rel = (file: string) => path.relative(src, file).split(path.sep).join('/');

function chain(graph: Map<string, string | null>, file: string): string {
  const steps: string[] = [];
  for (let f: string | null = file; f; f = graph.get(f) ?? null) steps.unshift(rel(f));
  return steps.join(' → ');
}

describe('the add-in bundle', () => {
  const graph = reachable(path.join(src, 'taskpane/index.tsx'));
  const files = [...graph.keys()].map(rel);

  test('the walk reaches the pane, its worker and the Excel I/O (the resolver works)', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'taskpane/mount.tsx',
        'taskpane/TaskpaneApp.tsx',
        'taskpane/engine.worker.ts',
        'excel/officeContext.ts',
        'excel/runAnalysis.ts',
        'report/fullReport.ts',
        'engine/pipeline.ts',
      ]),
    );
  });

  test('reaches no file of src/host or src/playground', () => {
    const wrong = [...graph.keys()].filter((f) => /^(host|playground)\//.test(rel(f)));
    expect(wrong.map((f) => chain(graph, f))).toEqual([]);
  });

  test('the ribbon commands\' entry (commands.html) reaches the engine and Excel I/O, never React, host or playground', () => {
    const commands = reachable(path.join(src, 'commands/commands.ts'));
    const names = [...commands.keys()].map(rel);
    expect(names).toEqual(expect.arrayContaining(['excel/officeContext.ts', 'excel/runAnalysis.ts', 'engine/pipeline.ts']));
    const wrong = [...commands.keys()].filter((f) => /^(host|playground|taskpane)\//.test(rel(f)));
    expect(wrong.map((f) => chain(commands, f))).toEqual([]);
  });

  test('the playground entry does reach the simulated host (the check can see it)', () => {
    const playground = [...reachable(path.join(src, 'playground/index.tsx')).keys()].map(rel);
    expect(playground).toEqual(
      expect.arrayContaining(['playground/mountPlayground.tsx', 'host/index.ts', 'taskpane/mount.tsx']),
    );
  });
});
