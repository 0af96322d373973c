// Issue #18, the monthly routine in the playground: the sample analysed once; three more months of sales
// appended below the same range (as a manager pastes them); the pane reopened says "+N filas desde el
// último análisis" and offers to make the range a table; "Volver a analizar" reads the new rows in one
// click; the new figures agree with the engine's, and the Cambios sheet has the section "Desde el
// análisis anterior (<fecha>)" whose counts agree with a plain comparison of the two runs.
// Screenshots: .cache/screenshots/monthly-*.png.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { check, excel } from './helpers.mjs';

/** Days added to the copied rows: the last three months again, three months later. */
const SHIFT_DAYS = 92;

export default async function monthly({ page, baseUrl, repo }) {
  const dir = path.join(repo, '.cache/screenshots');
  mkdirSync(dir, { recursive: true });
  const shot = (name) => page.screenshot({ path: path.join(dir, `monthly-${name}.png`) });

  await page.goto(`${baseUrl}/index.html?lang=es`);
  await page.getByRole('grid').waitFor({ timeout: 90_000 });
  const pane = page.getByRole('complementary', { name: 'Panel de Cartera' });
  await pane.getByRole('heading', { name: 'Cartera de clientes' }).waitFor({ timeout: 60_000 });

  // 1. The sample, analysed once.
  await pane.getByRole('button', { name: 'Cargar los datos de ejemplo' }).click();
  const sales = pane.getByRole('region', { name: 'Ventas (obligatorio)' });
  await sales.getByText(/^Origen: Ventas!A1:L\d+ · [\d.]+ filas × 12 columnas$/).waitFor({ timeout: 60_000 });
  await pane.getByRole('tab', { name: '4. Ejecutar', exact: true }).click();
  await pane.getByRole('button', { name: 'Analizar la cartera' }).click();
  await pane.getByRole('tab', { name: '5. Resultados', selected: true }).waitFor({ timeout: 120_000 });
  const first = await page.evaluate(() => {
    const o = globalThis.__cartera.outcome;
    const a = o.analysis;
    // kept on the page for the comparison after the re-run
    globalThis.__monthlyFirst = { ids: a.ids, abc: Array.from(a.abc.classCode), status: Array.from(a.lifecycle.status) };
    return {
      runs: globalThis.__cartera.runs,
      asOf: a.asOf,
      clients: a.clientCount,
      rows: o.result.sales.dataRows,
      address: o.result.sales.address,
      headerRow: o.result.sales.headerRowIndex,
      dateColumn: o.result.salesMapping.date,
      invoiceColumn: o.result.salesMapping.invoice,
    };
  });
  console.log(`  first run: ${first.rows} sales rows (${first.address}), ${first.clients} clients, as of serial ${first.asOf}`);
  await shot('01-first-run');

  // 2. Three more months below the same range: the last three months' rows again, 92 days later, new
  //    invoice numbers; values and number formats as the rows they copy.
  const appended = await excel(
    page,
    async (ctx, { first, shift }) => {
      const ws = ctx.workbook.worksheets.getItem('Ventas');
      const lastRow = first.headerRow + first.rows; // 0-based grid row of the last data row
      const values = [];
      const formats = [];
      // in blocks: a request or an answer over 5 MB is refused, as in Excel on the web
      const BLOCK = 4000;
      for (let start = 0; start < first.rows; start += BLOCK) {
        const body = ws.getRangeByIndexes(first.headerRow + 1 + start, 0, Math.min(BLOCK, first.rows - start), 12);
        body.load('values,numberFormat');
        await ctx.sync();
        body.values.forEach((row, k) => {
          const day = row[first.dateColumn];
          if (typeof day !== 'number' || day <= first.asOf - shift || day > first.asOf) return;
          const copy = row.slice();
          copy[first.dateColumn] = day + shift;
          if (first.invoiceColumn !== undefined && copy[first.invoiceColumn] !== '') copy[first.invoiceColumn] = `${copy[first.invoiceColumn]}-M`;
          values.push(copy);
          formats.push(body.numberFormat[k]);
        });
      }
      for (let start = 0; start < values.length; start += BLOCK) {
        const n = Math.min(BLOCK, values.length - start);
        const target = ws.getRangeByIndexes(lastRow + 1 + start, 0, n, 12);
        target.numberFormat = formats.slice(start, start + n);
        target.values = values.slice(start, start + n);
        await ctx.sync();
      }
      ws.activate();
      ws.getRangeByIndexes(lastRow + values.length, 0, 1, 1).select();
      await ctx.sync();
      return { rows: values.length, firstNew: lastRow + 2, lastNew: lastRow + 1 + values.length };
    },
    { first, shift: SHIFT_DAYS },
  );
  check(appended.rows > 100, `only ${appended.rows} rows to append`);
  console.log(`  appended ${appended.rows} rows (Ventas rows ${appended.firstNew}–${appended.lastNew})`);
  await scrollGridTo(page, appended.firstNew - 12);
  await page.getByRole('grid').getByText(String(appended.firstNew), { exact: true }).waitFor();
  await shot('02-rows-appended');

  // 3. The pane reopened (the playground remounts it on a language change: English, then Spanish again).
  await page.getByRole('combobox', { name: 'Idioma' }).click();
  await page.getByRole('option', { name: 'English' }).click();
  await page.getByRole('complementary', { name: 'Cartera pane' }).getByRole('heading', { name: 'Client portfolio' }).waitFor({ timeout: 60_000 });
  await page.getByRole('combobox', { name: 'Language' }).click();
  await page.getByRole('option', { name: 'Español' }).click();
  await pane.getByRole('heading', { name: 'Cartera de clientes' }).waitFor({ timeout: 60_000 });
  const total = (first.rows + appended.rows).toLocaleString('de-DE');
  const plus = appended.rows.toLocaleString('de-DE');
  const line = `Ventas: ${total} filas (+${plus} desde el último análisis)`;
  await pane.getByText(line, { exact: true }).waitFor({ timeout: 60_000 });
  const newAddress = `Ventas!A1:L${appended.lastNew}`;
  await pane.getByText(`Convertir «${newAddress}» en tabla para que crezca sola`, { exact: true }).waitFor();
  console.log(`  the pane says: "${line}"`);
  await shot('03-pane-reopened');

  // 4. One click.
  await pane.getByRole('button', { name: 'Volver a analizar', exact: true }).click();
  await page.waitForFunction((runs) => globalThis.__cartera?.runs > runs, 0, { timeout: 120_000 });
  await pane.getByRole('tab', { name: '5. Resultados', selected: true }).waitFor({ timeout: 120_000 });
  const again = await page.evaluate(() => {
    const o = globalThis.__cartera.outcome;
    const a = o.analysis;
    const before = globalThis.__monthlyFirst;
    const where = new Map(before.ids.map((id, k) => [id, k]));
    let classChanged = 0;
    let statusChanged = 0;
    let fresh = 0;
    a.ids.forEach((id, i) => {
      const k = where.get(id);
      if (k === undefined) fresh++;
      if (k === undefined || before.abc[k] !== a.abc.classCode[i]) classChanged++;
      if (k === undefined || before.status[k] !== a.lifecycle.status[i]) statusChanged++;
    });
    return {
      asOf: a.asOf,
      clients: a.clientCount,
      rows: o.result.sales.dataRows,
      address: o.result.sales.address,
      classChanged,
      statusChanged,
      fresh,
      sheets: o.sheets.map((s) => s.name),
    };
  });
  check(again.rows === first.rows + appended.rows, `the re-run read ${again.rows} rows, not ${first.rows} + ${appended.rows}`);
  check(again.address === newAddress, `the re-run read ${again.address}, not ${newAddress}`);
  check(again.asOf === first.asOf + SHIFT_DAYS, `as-of ${again.asOf}, expected ${first.asOf + SHIFT_DAYS}`);
  const kpiClients = await pane.locator('.cartera-kpi', { hasText: /^Clientes/ }).locator('dd').first().textContent();
  check(Number(kpiClients.replace(/\./g, '')) === again.clients, `KPI clients ${kpiClients} ≠ ${again.clients}`);
  const clientsTable = await excel(page, async (ctx) => {
    const r = ctx.workbook.tables.getItem('Cartera_Clients').getRange();
    r.load('rowCount');
    await ctx.sync();
    return r.rowCount - 1;
  });
  check(clientsTable === again.clients, `Cartera_Clients has ${clientsTable} rows, the analysis ${again.clients} clients`);
  console.log(
    `  re-run: ${again.rows} rows, ${again.clients} clients; since the previous run: ${again.classChanged} changed class, ${again.statusChanged} changed status, ${again.fresh} new`,
  );
  await shot('04-rerun-results');

  // 5. The Cambios sheet: "since the previous run", with the counts of a plain comparison.
  const cambios = again.sheets.find((s) => s.startsWith('Cartera - Cambios'));
  check(cambios, `no Cambios sheet among ${again.sheets.join(', ')}`);
  const section = await excel(
    page,
    async (ctx, name) => {
      const r = ctx.workbook.worksheets.getItem(name).getUsedRange();
      r.load('values');
      await ctx.sync();
      const values = r.values;
      const right = (label) => {
        for (const row of values) for (let c = 0; c < row.length; c++) if (row[c] === label) return row[c + 1];
        return null;
      };
      const titles = values.flat().filter((v) => typeof v === 'string' && /^(Desde el análisis anterior|Clientes que cambiaron de clase)/.test(v));
      const tableRow = values.findIndex((row) => typeof row[0] === 'string' && row[0].startsWith('Clientes que cambiaron de clase'));
      return {
        titles,
        tableRow,
        classChanged: right('Cambiaron de clase ABC'),
        statusChanged: right('Cambiaron de estado'),
        fresh: right('Clientes nuevos (no estaban en el análisis anterior)'),
      };
    },
    cambios,
  );
  const previousDate = await page.evaluate((serial) => {
    const d = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
    return `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
  }, first.asOf);
  check(section.titles.includes(`Desde el análisis anterior (${previousDate})`), `section titles: ${section.titles.join(' | ')}`);
  check(section.classChanged === again.classChanged, `Cambios: ${section.classChanged} changed class, plain count ${again.classChanged}`);
  check(section.statusChanged === again.statusChanged, `Cambios: ${section.statusChanged} changed status, plain count ${again.statusChanged}`);
  check(section.fresh === again.fresh, `Cambios: ${section.fresh} new clients, plain count ${again.fresh}`);
  await page.getByRole('tablist', { name: 'Hojas' }).getByRole('tab', { name: cambios, exact: true }).click();
  await page.getByRole('grid').getByText(`Desde el análisis anterior (${previousDate})`, { exact: true }).waitFor({ timeout: 30_000 });
  await shot('05-cambios-since-previous');
  // the clients behind the counts, at the end of the sheet
  check(section.tableRow > 0, 'no table of the clients that changed');
  await scrollGridTo(page, section.tableRow - 2);
  await page.getByRole('grid').getByText('Clase ABC: Análisis anterior', { exact: true }).waitFor({ timeout: 30_000 });
  await shot('06-cambios-clients');
}

/** Scrolls the playground's grid so that 1-based row `row` is near its top. */
async function scrollGridTo(page, row) {
  await page.locator('.cg-scroller').evaluate((el, top) => {
    el.scrollTop = top;
  }, Math.max(0, row - 1) * 20);
}
