// Issue #20: "Analizar un archivo" in the pane, on a CSV larger than a sheet. A 1,100,000-row sales
// file (≈ 40 MB, written to a temporary folder) is picked through the pane's file input, its columns
// mapped by the same step as a range, and analysed: the file is read in the engine worker and never
// enters the workbook. The results' total revenue and client count are checked against sums made
// while generating the file; a row with an unreadable date beyond the grid (line 1,050,001) is
// reported with the file's name and that line. A first run is cancelled while the file is read. Prints the time and the memory (renderer process RSS,
// which holds the worker, sampled with ps; the page's JS heap through CDP); asserts no speed.
//   PANEFILE_ROWS=200000 npm run test:e2e -- paneFile   (a smaller file)
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { check } from './helpers.mjs';

const ROWS = Number(process.env.PANEFILE_ROWS ?? 1_100_000);
const CLIENTS = 20_000;
const NAME = `ventas-${ROWS}.csv`;
/** the line (record number, the header is line 1) with an unreadable date: beyond the grid's 1,048,576 rows */
const BAD_LINE = Math.min(ROWS, 1_050_001);
/** a second, gzipped file picked after the first run (.csv.gz, decompressed in the worker) */
const GZ_ROWS = 60_000;
const GZ_NAME = `ventas-${GZ_ROWS}.csv.gz`;
const GZ_BAD_LINE = 30_001;

/** Runs on a slow, busy machine: generous, and no timing is asserted. */
export const timeoutMs = 1_200_000;

/** The CSV, and the sums made while writing it: revenue of the readable rows (cents), distinct clients. */
function writeSalesCsv(file, rows = ROWS, badLine = BAD_LINE) {
  let seed = 2026;
  const rnd = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const start = Date.UTC(2025, 0, 1);
  const clients = new Set();
  let cents = 0;
  const parts = ['Fecha,Nº factura,Código cliente,Importe\r\n'];
  let chunk = '';
  for (let i = 0; i < rows; i++) {
    const line = i + 2;
    // 300 days: every sale is within the 12 months before the last one (the KPI "Ventas 12 meses" is the total)
    const day = new Date(start + Math.floor((i / rows) * 300) * 86_400_000).toISOString().slice(0, 10);
    const client = `C${String(1 + Math.floor(rnd() ** 2 * CLIENTS)).padStart(5, '0')}`;
    const amount = 500 + Math.floor(rnd() * 50_000);
    if (line === badLine) {
      chunk += `2025-02-30,FV${line},${client},${(amount / 100).toFixed(2)}\n`;
    } else {
      clients.add(client);
      cents += amount;
      // every third line ends with CRLF, the others with LF
      chunk += `${day},FV${line},${client},${(amount / 100).toFixed(2)}${i % 3 === 0 ? '\r\n' : '\n'}`;
    }
    if (chunk.length > 1 << 20) {
      parts.push(chunk);
      chunk = '';
    }
  }
  parts.push(chunk);
  writeFileSync(file, parts.join(''));
  return { cents, clients: clients.size };
}

/** RSS (kB) of every process below this one (the browser and its renderers), by pid. */
function descendantsRss() {
  const out = execFileSync('ps', ['-eo', 'pid=,ppid=,rss='], { encoding: 'utf8' });
  const rows = out
    .trim()
    .split('\n')
    .map((l) => l.trim().split(/\s+/).map(Number));
  const below = new Set([process.pid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, ppid] of rows) {
      if (below.has(ppid) && !below.has(pid)) {
        below.add(pid);
        grew = true;
      }
    }
  }
  below.delete(process.pid);
  return rows.filter(([pid]) => below.has(pid)).map(([pid, , rss]) => ({ pid, rss }));
}

/** Cents as the KPI shows money in Spanish (no currency column: no symbol). */
const money = (cents) => `${Math.floor(cents / 100).toLocaleString('es-ES').replace(/\u00a0/g, '.')},${String(cents % 100).padStart(2, '0')}`;

export default async function paneFile({ page, baseUrl, repo }) {
  const shots = path.join(repo, '.cache/screenshots');
  mkdirSync(shots, { recursive: true });
  const dir = mkdtempSync(path.join(tmpdir(), 'cartera-panefile-'));
  try {
    const file = path.join(dir, NAME);
    let t = Date.now();
    const expected = writeSalesCsv(file);
    const size = statSync(file).size;
    console.log(`  CSV: ${ROWS.toLocaleString('en')} rows, ${(size / 1e6).toFixed(1)} MB, ${expected.clients} clients, written in ${Date.now() - t} ms`);

    await page.goto(`${baseUrl}/index.html?lang=es`);
    await page.getByRole('grid').waitFor({ timeout: 120_000 });
    const pane = page.getByRole('complementary', { name: 'Panel de Cartera' });
    await pane.getByRole('heading', { name: 'Cartera de clientes' }).waitFor({ timeout: 120_000 });
    const sheetsBefore = await page.evaluate(() => globalThis.carteraPlayground.workbook.sheets().map((s) => s.name));

    // 1. Data: the file (the pane reads its first rows in the worker and proposes the columns).
    const sales = pane.getByRole('region', { name: 'Ventas (obligatorio)' });
    const chooser = page.waitForEvent('filechooser');
    await sales.getByRole('button', { name: 'Analizar un archivo (CSV, también .csv.gz) Elegir archivo…' }).click();
    await (await chooser).setFiles(file);
    const chosen = sales.getByText(/^Archivo: /);
    await chosen.waitFor({ timeout: 120_000 });
    const chosenText = await chosen.textContent();
    check(chosenText.startsWith(`Archivo: ${NAME} · `) && chosenText.endsWith(' MB · 4 columnas'), chosenText);
    console.log(`  ${chosenText}`);
    await pane.getByRole('table', { name: `Vista previa de ${NAME}` }).waitFor();
    await page.screenshot({ path: path.join(shots, 'panefile-data.png') });

    // 2. Columns: the same mapping step as a range.
    await pane.getByRole('tab', { name: '2. Columnas', exact: true }).click();
    const map = pane.getByRole('region', { name: 'Columnas de ventas' });
    const role = (label) => map.getByLabel(label);
    check((await role(/^Cliente \(código\)/).inputValue()) === '2', 'client column');
    check((await role(/^Fecha/).inputValue()) === '0', 'date column');
    check((await role(/^Importe/).inputValue()) === '3', 'amount column');
    check((await role(/^Nº factura \/ pedido/).inputValue()) === '1', 'invoice column');

    // 4. Run: progress while the worker reads the file, then the results.
    await pane.getByRole('tab', { name: '4. Ejecutar', exact: true }).click();
    await pane.getByRole('tab', { name: '4. Ejecutar', exact: true }).waitFor();
    await pane.getByText(`Ventas: ${NAME}`).waitFor();
    const readAbove = (f) =>
      page.waitForFunction(
        (f) => (globalThis.__cartera?.progress ?? []).some((p) => p.stage === 'read' && p.stageFraction > f && p.stageFraction < 0.9),
        f,
        { timeout: 600_000, polling: 50 },
      );

    // Cancel while the worker reads the file: the pane says so and the workbook is as it was.
    await pane.getByRole('button', { name: 'Analizar la cartera' }).click();
    await readAbove(0.05).catch(() => undefined);
    await pane.getByRole('button', { name: 'Cancelar' }).click();
    await pane.getByText('Análisis cancelado: el libro queda como estaba.').waitFor({ timeout: 120_000 });
    const afterCancel = await page.evaluate(() => globalThis.carteraPlayground.workbook.sheets().map((s) => s.name));
    check(JSON.stringify(afterCancel) === JSON.stringify(sheetsBefore), `sheets after a cancel: ${afterCancel.join(', ')}`);
    await page.evaluate(() => (globalThis.__cartera.progress.length = 0));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    let peakRenderer = 0;
    let peakAll = 0;
    let peakHeap = 0;
    const sample = async () => {
      const rss = descendantsRss();
      peakRenderer = Math.max(peakRenderer, ...rss.map((p) => p.rss));
      peakAll = Math.max(peakAll, rss.reduce((s, p) => s + p.rss, 0));
      const { metrics } = await cdp.send('Performance.getMetrics').catch(() => ({ metrics: [] }));
      peakHeap = Math.max(peakHeap, metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0);
    };
    const before = descendantsRss().reduce((m, p) => Math.max(m, p.rss), 0);
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        await sample();
        await new Promise((r) => setTimeout(r, 250));
      }
    })();
    t = Date.now();
    await pane.getByRole('button', { name: 'Analizar la cartera' }).click();
    // a screenshot while the worker reads the file (the bar between 15 % and 90 %)
    await readAbove(0.15).catch(() => undefined);
    await page.screenshot({ path: path.join(shots, 'panefile-progress.png') });
    await pane.getByRole('tab', { name: '5. Resultados', selected: true }).waitFor({ timeout: 1_100_000 });
    const wall = Date.now() - t;
    sampling = false;
    await sampler;

    const kpi = async (label) =>
      (await pane.locator('.cartera-kpi', { hasText: new RegExp(`^${label}`) }).locator('dd').first().textContent()).replace(/[\u00a0\u202f]/g, ' ');
    const clientsKpi = await kpi('Clientes');
    const revenueKpi = await kpi('Ventas 12 meses');
    const engine = await page.evaluate(() => {
      const { analysis, seconds } = globalThis.__cartera.outcome;
      let cents = 0;
      // the facts are integer cents
      for (const v of analysis.facts.revenueAll) cents += v;
      const q = analysis.quality;
      return {
        seconds,
        clients: analysis.clientCount,
        cents,
        used: q.rowsUsed,
        read: q.rowsRead,
        rejected: q.rejected.map((r) => ({ sheet: r.sheet, row: r.row, reason: r.reason })),
        stages: globalThis.__cartera.progress,
        heap: performance.memory?.usedJSHeapSize ?? null,
        end: performance.now(),
      };
    });
    const firsts = [];
    for (const p of engine.stages) if (!firsts.length || firsts[firsts.length - 1].stage !== p.stage) firsts.push(p);
    console.log(`  run: ${wall} ms wall (pane's own figure ${engine.seconds.toFixed(1)} s); stages from their first event: ${firsts.map((p, k) => `${p.stage} ${Math.round((k + 1 < firsts.length ? firsts[k + 1].t : engine.end) - p.t)} ms`).join(', ')}`);
    console.log(`  ${engine.read.toLocaleString('en')} rows read, ${engine.used.toLocaleString('en')} used, ${engine.clients.toLocaleString('en')} clients; KPIs: Clientes ${clientsKpi}, Ventas 12 meses ${revenueKpi}`);
    console.log(
      `  memory: renderer process (page + engine worker) peak RSS ${(peakRenderer / 1024).toFixed(0)} MB (${(before / 1024).toFixed(0)} MB before the run); ` +
        `all browser processes ${(peakAll / 1024).toFixed(0)} MB; page JS heap peak ${(peakHeap / 1e6).toFixed(0)} MB (CDP), ` +
        `${engine.heap === null ? 'n/a' : (engine.heap / 1e6).toFixed(0)} MB at the end (performance.memory)`,
    );

    check(engine.read === ROWS, `rows read ${engine.read} ≠ ${ROWS}`);
    check(engine.used === ROWS - 1, `rows used ${engine.used} ≠ ${ROWS - 1}`);
    check(engine.clients === expected.clients, `clients ${engine.clients} ≠ ${expected.clients}`);
    check(engine.cents === expected.cents, `revenue ${engine.cents} ≠ ${expected.cents} cents`);
    check(Number(clientsKpi.replace(/\./g, '')) === expected.clients, `KPI Clientes ${clientsKpi} ≠ ${expected.clients}`);
    check(revenueKpi === money(expected.cents), `KPI Ventas 12 meses ${revenueKpi} ≠ ${money(expected.cents)}`);
    check(
      JSON.stringify(engine.rejected.map((r) => [r.sheet, r.row])) === JSON.stringify([[NAME, BAD_LINE]]),
      `rejected ${JSON.stringify(engine.rejected)}`,
    );
    // Cartera's sheets were written; no sheet holds the file's rows.
    const sheetsAfter = await page.evaluate(() => globalThis.carteraPlayground.workbook.sheets().map((s) => s.name));
    const added = sheetsAfter.filter((n) => !sheetsBefore.includes(n));
    check(added.length > 0 && added.every((n) => n.startsWith('Cartera')), `sheets added: ${added.join(', ')}`);
    await page.screenshot({ path: path.join(shots, 'panefile-results.png') });

    // The quality sheet names the file and the line beyond the grid.
    await pane.getByRole('button', { name: 'Ir a la hoja Cartera - Calidad de datos' }).click();
    await page.getByRole('grid').getByText(NAME).first().waitFor({ timeout: 60_000 });
    await page.screenshot({ path: path.join(shots, 'panefile-quality-sheet.png') });

    // The run step still shows how many rows the reading bar counted, in Spanish.
    await pane.getByRole('tab', { name: '4. Ejecutar', exact: true }).click();
    const readLabel = (await pane.getByText(/^Leyendo · /).textContent()).replace(/[\u00a0\u202f]/g, ' ');
    check(readLabel === `Leyendo · 100 % · ${ROWS.toLocaleString('es-ES').replace(/\u00a0/g, '.')} filas`, `reading label: ${readLabel}`);

    // A .csv.gz picked the same way: decompressed in the worker, the same checks on its own sums.
    const gzFile = path.join(dir, GZ_NAME);
    const plain = path.join(dir, 'plain.csv');
    const gzExpected = writeSalesCsv(plain, GZ_ROWS, GZ_BAD_LINE);
    writeFileSync(gzFile, gzipSync(readFileSync(plain)));
    await pane.getByRole('tab', { name: '1. Datos', exact: true }).click();
    const chooserGz = page.waitForEvent('filechooser');
    await pane
      .getByRole('region', { name: 'Ventas (obligatorio)' })
      .getByRole('button', { name: 'Analizar un archivo (CSV, también .csv.gz) Elegir archivo…' })
      .click();
    await (await chooserGz).setFiles(gzFile);
    await pane.getByText(new RegExp(`^Archivo: ${GZ_NAME.replace(/\./g, '\\.')} · `)).waitFor({ timeout: 120_000 });
    await pane.getByRole('tab', { name: '4. Ejecutar', exact: true }).click();
    await pane.getByText(`Ventas: ${GZ_NAME}`).waitFor();
    await pane.getByRole('button', { name: 'Analizar la cartera' }).click();
    await pane.getByRole('tab', { name: '5. Resultados', selected: true }).waitFor({ timeout: 600_000 });
    const gz = await page.evaluate(() => {
      const { analysis } = globalThis.__cartera.outcome;
      let cents = 0;
      for (const v of analysis.facts.revenueAll) cents += v;
      return { cents, clients: analysis.clientCount, read: analysis.quality.rowsRead, rejected: analysis.quality.rejected.map((r) => [r.sheet, r.row]) };
    });
    console.log(`  ${GZ_NAME}: ${gz.read.toLocaleString('en')} rows read, ${gz.clients.toLocaleString('en')} clients`);
    check(gz.read === GZ_ROWS, `gz rows read ${gz.read} ≠ ${GZ_ROWS}`);
    check(gz.clients === gzExpected.clients, `gz clients ${gz.clients} ≠ ${gzExpected.clients}`);
    check(gz.cents === gzExpected.cents, `gz revenue ${gz.cents} ≠ ${gzExpected.cents} cents`);
    check(JSON.stringify(gz.rejected) === JSON.stringify([[GZ_NAME, GZ_BAD_LINE]]), `gz rejected ${JSON.stringify(gz.rejected)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
