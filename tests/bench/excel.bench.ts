// The whole read → clean → analyse → write cycle on the simulated host (src/host), as the pane
// runs it on Excel on the web: 100,000 and 1,048,576 sales rows. Prints syncs, the largest
// request/response (must stay under 5 MB) and the time per stage.
import { runAnalysis } from '../../src/excel/runAnalysis';
import type { ExcelRun, Stage } from '../../src/excel/types';
import { createWorkbook } from '../../src/host';
import { loadGenerated } from '../excel/generated';

const MB = 1024 * 1024;

async function cycle(rows: number, clients: number): Promise<void> {
  const wb = createWorkbook({ sheets: ['Clientes', 'Ventas'] });
  let t0 = performance.now();
  loadGenerated(wb, rows, clients);
  const load = performance.now() - t0;
  wb.resetStats();
  const stageStart: Partial<Record<Stage, number>> = {};
  const stageTime: Partial<Record<Stage, number>> = {};
  t0 = performance.now();
  await runAnalysis(wb.run.bind(wb) as ExcelRun, {
    sales: { kind: 'address', address: `Ventas!A1:E${rows + 1}` },
    clients: { kind: 'address', address: `Clientes!A1:C${clients + 1}` },
    locale: 'es',
    onProgress: (p) => {
      const now = performance.now();
      stageStart[p.stage] ??= now;
      stageTime[p.stage] = now - stageStart[p.stage]!;
    },
  });
  const total = performance.now() - t0;
  const s = wb.stats;
  const ok = s.maxRequestBytes < 5 * MB && s.maxResponseBytes < 5 * MB;
  const fmt = (n: number | undefined) => `${Math.round(n ?? 0)} ms`;
  console.log(
    `excel: ${rows.toLocaleString('en')} sales rows, ${clients.toLocaleString('en')} clients — ` +
      `${s.syncs} syncs, max request ${(s.maxRequestBytes / MB).toFixed(2)} MB, max response ${(s.maxResponseBytes / MB).toFixed(2)} MB ` +
      `(${ok ? 'under' : 'OVER'} 5 MB), total request ${(s.totalRequestBytes / MB).toFixed(1)} MB, response ${(s.totalResponseBytes / MB).toFixed(1)} MB; ` +
      `time ${fmt(total)} (read ${fmt(stageTime.read)}, clean ${fmt(stageTime.clean)}, analyse ${fmt(stageTime.analyse)}, write ${fmt(stageTime.write)}); ` +
      `setCells load ${fmt(load)}`,
  );
}

export async function run(): Promise<void> {
  await cycle(100_000, 20_000); // warm-up of the JIT and the module loader, then measured again
  await cycle(100_000, 20_000);
  await cycle(1_048_575, 100_000); // the whole grid: header + 1,048,575 rows
}

if (require.main === module) void run();
