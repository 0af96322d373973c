// A full-height sales sheet (1,048,576 rows: the header and 1,048,575 sales) opened in the playground
// and analysed through the pane. Prints the longest main-thread task during the run (PerformanceObserver
// 'longtask') and the times; it asserts the result, not the speed (figures are printed, not tested).
//   BIGSHEET_ROWS=200000 npm run test:e2e -- bigsheet   (a smaller sheet)
//   E2E_TIMEOUT_MS=1200000 npm run test:e2e -- bigsheet (a slow machine)
//   BIGSHEET_PROFILE=1 npm run test:e2e -- bigsheet      (CPU profile: names the code behind each task ≥ 50 ms)
import path from 'node:path';
import { attribute, startProfile } from './cpuProfile.mjs';

const ROWS = Number(process.env.BIGSHEET_ROWS ?? 1_048_575);
const CLIENTS = 20_000;

function check(condition, message) {
  if (!condition) throw new Error(message);
}

/** CSV of ROWS sales: ISO date, client id, amount with two decimals (deterministic). */
function salesCsv(rows) {
  const parts = ['Fecha,Código cliente,Importe\n'];
  let seed = 12345;
  const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const start = Date.UTC(2022, 0, 1);
  let chunk = '';
  for (let i = 0; i < rows; i++) {
    const day = new Date(start + Math.floor((i / rows) * 1095) * 86_400_000).toISOString().slice(0, 10);
    const client = `C${String(1 + Math.floor(rnd() ** 2 * CLIENTS)).padStart(5, '0')}`;
    const amount = (5 + rnd() * 500).toFixed(2);
    chunk += `${day},${client},${amount}\n`;
    if (chunk.length > 1 << 20) {
      parts.push(chunk);
      chunk = '';
    }
  }
  parts.push(chunk);
  return Buffer.from(parts.join(''), 'utf8');
}

export default async function bigsheet({ page, baseUrl, screenshots, repo }) {
  await page.goto(`${baseUrl}/index.html?lang=es`);
  await page.getByRole('grid').waitFor({ timeout: 90_000 });
  const csv = salesCsv(ROWS);
  console.log(`  CSV: ${ROWS.toLocaleString('en')} sales rows, ${(csv.length / 1e6).toFixed(1)} MB`);
  let t = Date.now();
  await page.getByTestId('open-file').setInputFiles({ name: 'ventas-grandes.csv', mimeType: 'text/csv', buffer: csv });
  // Opening a file replaces the workbook on display: the playground asks first.
  await page.getByRole('dialog').getByRole('button', { name: 'Descartar y abrir' }).click();
  await page.getByRole('tab', { name: 'ventas-grandes', exact: true }).waitFor({ timeout: 300_000 });
  console.log(`  loaded into the playground in ${Date.now() - t} ms`);

  const pane = page.getByRole('complementary', { name: 'Panel de Cartera' });
  await pane.getByRole('heading', { name: 'Cartera de clientes' }).waitFor({ timeout: 60_000 });
  await page.evaluate(() =>
    globalThis.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('ventas-grandes').getRange('A1').select();
      await ctx.sync();
    }),
  );
  // Long tasks on the main thread from choosing the ranges to the written results.
  await page.evaluate(() => {
    globalThis.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) globalThis.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: false });
  });
  const profiler = process.env.BIGSHEET_PROFILE ? await startProfile(page) : null;
  const started = await page.evaluate(() => performance.now());
  const sales = pane.getByRole('region', { name: 'Ventas (obligatorio)' });
  await sales.getByRole('button', { name: 'Usar la selección' }).click();
  const source = await sales.getByText(/^Origen: /).textContent();
  check(source.includes(`${(ROWS).toLocaleString('es-ES').replace(/\u00a0/g, '.')} filas`) || source.includes('filas'), source);
  console.log(`  ${source}`);

  await pane.getByRole('tab', { name: '4. Ejecutar', exact: true }).click();
  t = Date.now();
  const runStarted = await page.evaluate(() => performance.now());
  await pane.getByRole('button', { name: 'Analizar la cartera' }).click();
  // The pane stays responsive: while the run goes on, switching tabs answers.
  await page.waitForTimeout(1500);
  const before = Date.now();
  await pane.getByRole('tab', { name: '3. Opciones', exact: true }).click();
  await pane.getByLabel('Umbral A (%)').waitFor();
  const tabSwitch = Date.now() - before;
  await pane.getByRole('tab', { name: '4. Ejecutar', exact: true }).click();
  await page.screenshot({ path: path.join(screenshots, 'bigsheet-running.png') });
  await pane.getByRole('tab', { name: '5. Resultados', selected: true }).waitFor({ timeout: 1_500_000 });
  const total = Date.now() - t;
  const { tasks, end, progress } = await page.evaluate(() => ({
    tasks: globalThis.__longTasks,
    end: performance.now(),
    progress: globalThis.__cartera.progress,
  }));
  // The stage each long task started in (from the pane's progress events).
  const stageAt = (t) => {
    let stage = 'before';
    for (const p of progress) if (p.t <= t) stage = `${p.stage} ${Math.round(p.stageFraction * 100)} %`;
    return t > progress[progress.length - 1]?.t ? `after ${stage}` : stage;
  };
  const during = tasks.filter((x) => x.start >= started && x.start <= end);
  const longest = during.reduce((m, x) => Math.max(m, x.duration), 0);
  const over100 = during.filter((x) => x.duration > 100);
  const kpi = await pane.locator('.cartera-kpi', { hasText: /^Clientes/ }).locator('dd').first().textContent();
  const engine = await page.evaluate(() => ({
    clients: globalThis.__cartera.outcome.analysis.clientCount,
    used: globalThis.__cartera.outcome.analysis.quality.rowsUsed,
    seconds: globalThis.__cartera.outcome.seconds,
  }));
  console.log(`  run: ${total} ms wall (pane's own figure ${engine.seconds.toFixed(1)} s); ${engine.used.toLocaleString('en')} rows used, ${engine.clients.toLocaleString('en')} clients (KPI ${kpi})`);
  console.log(`  tab switch during the run answered in ${tabSwitch} ms`);
  // Time from the first progress event of each stage to the next stage's (the last: to the results).
  const firsts = [];
  for (const p of progress) if (!firsts.length || firsts[firsts.length - 1].stage !== p.stage) firsts.push(p);
  console.log(
    `  stages: ${firsts.map((p, k) => `${p.stage} ${Math.round((k + 1 < firsts.length ? firsts[k + 1].t : end) - p.t)} ms`).join(', ')}`,
  );
  console.log(
    `  main-thread long tasks from choosing the range to the results: ${during.length}, longest ${Math.round(longest)} ms, ` +
      `${over100.length} over 100 ms (sum ${Math.round(over100.reduce((s, x) => s + x.duration, 0))} ms)`,
  );
  const at = (x) => (x.start < runStarted ? `choosing the range, ${Math.round(x.start - started)} ms` : `run + ${Math.round(x.start - runStarted)} ms, ${stageAt(x.start)}`);
  for (const x of during) if (x.duration >= 70) console.log(`    ${Math.round(x.duration)} ms (${at(x)})`);
  if (profiler) {
    const profile = await profiler.stop();
    const slow = during.filter((x) => x.duration >= 50);
    for (const a of await attribute(profile, slow, path.join(repo, 'dist/playground'))) {
      console.log(`  task ${Math.round(a.window.duration)} ms (${at(a.window)}), ${a.samples} samples (clock shift ${a.shift} ms)\n    self:\n      ${a.self.join('\n      ')}\n    total:\n      ${a.total.join('\n      ')}`);
    }
  }
  check(engine.used === ROWS, `rows used ${engine.used} ≠ ${ROWS}`);
  check(Number(kpi.replace(/\./g, '')) === engine.clients, `KPI ${kpi} ≠ ${engine.clients}`);
  await page.screenshot({ path: path.join(screenshots, 'bigsheet-results.png') });
}
