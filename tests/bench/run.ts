// Benchmark entry (`npm run bench [-- name...]`): runs every tests/bench/*.bench.ts module in turn.
// A bench module exports `default async function (): Promise<void>` that prints its own figures.
import * as fs from 'fs';
import * as path from 'path';

async function main(): Promise<void> {
  const filters = process.argv.slice(2);
  const files = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => filters.length === 0 || filters.some((w) => f.includes(w)))
    .sort();
  if (files.length === 0) {
    console.log(`No bench module matches ${filters.join(', ') || '*.bench.ts'}.`);
    return;
  }
  console.log(`node ${process.version}, ${process.platform}/${process.arch}`);
  let failed = 0;
  for (const file of files) {
    console.log(`\n=== ${file} ===`);
    const t0 = performance.now();
    try {
      const mod = (await import(path.join(__dirname, file))) as { default?: unknown; run?: unknown };
      const run = (typeof mod.default === 'function' ? mod.default : mod.run) as (() => Promise<void> | void) | undefined;
      if (typeof run !== 'function') throw new Error('the module exports no default function');
      await run();
    } catch (err) {
      failed++;
      console.error(`${file} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    }
    console.log(`(${file}: ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  }
  if (failed > 0) process.exitCode = 1;
}

void main();
