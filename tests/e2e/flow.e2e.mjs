// The manager's whole flow in the playground on the sample workbook: data (with a blank selection
// refused) → columns and quality → options → a cancelled run → the run → results → client card →
// segment → create list. The written sheets are checked against the engine's own results
// (window.__cartera, set by the pane) and the source cells against a copy taken before.
import path from 'node:path';
import { check, excel } from './helpers.mjs';

const select = (page, sheet, address) =>
  excel(
    page,
    async (ctx, { sheet, address }) => {
      ctx.workbook.worksheets.getItem(sheet).getRange(address).select();
      await ctx.sync();
    },
    { sheet, address },
  );

/** A digest of a range's values, formulas and number formats (the used range when no address), read in blocks under the 5 MB cap. */
const usedCells = (page, sheet, address) =>
  excel(
    page,
    async (ctx, { sheet, address }) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      const r = address ? ws.getRange(address) : ws.getUsedRange();
      r.load('address,rowIndex,columnIndex,rowCount,columnCount');
      await ctx.sync();
      let h = 2166136261;
      const mix = (text) => {
        for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
      };
      for (let row = 0; row < r.rowCount; row += 4000) {
        const block = ws.getRangeByIndexes(r.rowIndex + row, r.columnIndex, Math.min(4000, r.rowCount - row), r.columnCount);
        block.load('values,numberFormat,formulas');
        await ctx.sync();
        mix(JSON.stringify([block.values, block.numberFormat, block.formulas]));
      }
      return `${r.address}#${h.toString(16)}`;
    },
    { sheet, address },
  );

const sheetNames = (page) =>
  excel(page, async (ctx) => {
    ctx.workbook.worksheets.load('items/name');
    await ctx.sync();
    return ctx.workbook.worksheets.items.map((s) => s.name);
  });

const tableValues = (page, name) =>
  excel(
    page,
    async (ctx, name) => {
      const r = ctx.workbook.tables.getItem(name).getRange();
      r.load('values,address');
      await ctx.sync();
      return { address: r.address, values: r.values };
    },
    name,
  );

export default async function flow({ page, baseUrl, screenshots }) {
  const shot = async (name) => {
    await page.screenshot({ path: path.join(screenshots, `flow-${name}.png`) });
  };
  const started = Date.now();
  await page.goto(`${baseUrl}/index.html?lang=es`);
  await page.getByRole('grid').waitFor({ timeout: 90_000 });
  const pane = page.getByRole('complementary', { name: 'Panel de Cartera' });
  await pane.getByRole('heading', { name: 'Cartera de clientes' }).waitFor({ timeout: 60_000 });
  await pane.getByRole('button', { name: 'Usar la selección' }).first().waitFor();
  console.log(`  pane interactive after ${Date.now() - started} ms (page load to the first button)`);
  const tab = (name) => pane.getByRole('tab', { name, exact: true }).click();

  const ventasBefore = await usedCells(page, 'Ventas');
  const clientesUsed = (await usedCells(page, 'Clientes')).split('#')[0].split('!')[1];
  const clientesBefore = await usedCells(page, 'Clientes', clientesUsed);
  await shot('01-start');

  // 1. Data. A blank range is refused with a message that says what to select.
  const sales = pane.getByRole('region', { name: 'Ventas (obligatorio)' });
  const clients = pane.getByRole('region', { name: 'Lista de clientes (opcional)' });
  await select(page, 'Ventas', 'P3:R8');
  await sales.getByRole('button', { name: 'Usar la selección' }).click();
  await pane.getByText(/El rango Ventas!P3\S* está vacío\. Seleccione la tabla de datos con su fila de títulos\./).waitFor();
  await shot('02-blank-selection');
  await pane.getByRole('button', { name: 'Cerrar el aviso' }).click();

  await select(page, 'Ventas', 'A1');
  await sales.getByRole('button', { name: 'Usar la selección' }).click();
  const salesSource = await sales.getByText(/^Origen: Ventas!A1:L\d+ · [\d.]+ filas × 12 columnas$/).textContent();
  await select(page, 'Clientes', 'A1');
  await clients.getByRole('button', { name: 'Usar la selección' }).click();
  await clients.getByText(/^Origen: Clientes!A1:Q\d+/).waitFor();
  const visits = pane.getByRole('region', { name: 'Registro de visitas (opcional)' });
  await select(page, 'Visitas', 'A1');
  await visits.getByRole('button', { name: 'Usar la selección' }).click();
  await visits.getByText(/^Origen: Visitas!A1:/).waitFor();
  check((await sales.getByRole('table').getByRole('row').count()) === 6, 'the sales preview does not show a header and 5 rows');
  await shot('03-data');

  // 2. Columns: the suggested mapping, then the quality summary.
  await tab('2. Columnas');
  const salesMap = pane.getByRole('region', { name: 'Columnas de ventas' });
  const headerOf = async (label) => {
    const select = salesMap.getByLabel(label, { exact: false }).first();
    return select.evaluate((el) => el.options[el.selectedIndex].text);
  };
  check((await headerOf('Cliente (código)')) === 'Código cliente', 'client column not suggested');
  check((await headerOf('Importe')) === 'Importe', 'amount column not suggested');
  await pane.getByRole('button', { name: 'Revisar la calidad de los datos' }).click();
  const quality = pane.getByRole('table', { name: 'Calidad de los datos' });
  await quality.waitFor({ timeout: 60_000 });
  const figure = async (label) => Number((await quality.getByRole('row', { name: new RegExp(`^${label}`) }).getByRole('cell').nth(1).textContent()).replace(/\./g, ''));
  const read = await figure('Filas leídas');
  const used = await figure('Filas usadas');
  const rejected = await figure('Filas rechazadas');
  const blank = await figure('Filas en blanco');
  check(read > 0 && read === used + rejected + blank, `quality rows do not add up: ${read} ≠ ${used} + ${rejected} + ${blank}`);
  check(rejected > 0, 'the sample has dirty rows: some must be rejected');
  await quality.scrollIntoViewIfNeeded();
  await shot('04-columns-quality');

  // 3. Options (defaults).
  await tab('3. Opciones');
  check((await pane.getByLabel('Umbral A (%)').inputValue()) === '80', 'A threshold default');
  await shot('05-options');

  // 4. Run: a cancelled run first (nothing written), then the real one.
  await tab('4. Ejecutar');
  const sheetsBefore = await sheetNames(page);
  await pane.getByRole('button', { name: 'Analizar la cartera' }).click();
  await pane.getByRole('button', { name: 'Cancelar' }).click();
  await pane.getByText('Análisis cancelado: el libro queda como estaba.').waitFor({ timeout: 60_000 });
  check(JSON.stringify(await sheetNames(page)) === JSON.stringify(sheetsBefore), 'a cancelled run changed the sheets');
  check((await usedCells(page, 'Ventas')) === ventasBefore, 'a cancelled run changed Ventas');
  await shot('06-cancelled');

  const runStarted = Date.now();
  await pane.getByRole('button', { name: 'Analizar la cartera' }).click();
  await pane.getByRole('tab', { name: '5. Resultados', selected: true }).waitFor({ timeout: 120_000 });
  console.log(`  sample run: ${Date.now() - runStarted} ms`);
  await pane.locator('.cartera-chart svg').first().waitFor({ timeout: 30_000 });
  await shot('07-results');

  // The written sheets against the engine's own results.
  const engine = await page.evaluate(() => {
    const o = globalThis.__cartera.outcome;
    const a = o.analysis;
    const abc = ['A', 'B', 'C', 'N'];
    return {
      clients: a.clientCount,
      byId: Object.fromEntries(a.ids.map((id, i) => [id, [a.abc.classCode[i] === 255 ? '' : abc[a.abc.classCode[i]], Math.round(a.facts.revenue12[i]) / 100]])),
      sheets: o.sheets.map((s) => s.name),
    };
  });
  const names = await sheetNames(page);
  for (const s of engine.sheets) check(names.includes(s), `sheet ${s} not written`);
  const table = await tableValues(page, 'Cartera_Clients');
  const [header, ...rows] = table.values;
  const col = (h) => header.indexOf(h);
  check(rows.length === engine.clients, `Clients table has ${rows.length} rows, the analysis ${engine.clients} clients`);
  let compared = 0;
  for (const r of rows) {
    const [abc, revenue] = engine.byId[String(r[col('Código cliente')])];
    check(String(r[col('Clase ABC')] ?? '') === abc, `class of ${r[0]}: sheet ${r[col('Clase ABC')]}, engine ${abc}`);
    check(Math.abs(Number(r[col('Ventas 12 meses')] || 0) - revenue) < 0.005, `revenue of ${r[0]}: sheet ${r[col('Ventas 12 meses')]}, engine ${revenue}`);
    compared++;
  }
  const kpiClients = await pane.locator('.cartera-kpi', { hasText: /^Clientes/ }).locator('dd').first().textContent();
  check(Number(kpiClients.replace(/\./g, '')) === engine.clients, `KPI clients ${kpiClients} ≠ ${engine.clients}`);
  console.log(`  ${compared} client rows match the engine; sales source: ${salesSource}`);

  // Go to a sheet from the results.
  await pane.getByRole('button', { name: 'Ir a la hoja Cartera - ABC' }).click();
  await page.getByRole('tab', { name: 'Cartera - ABC', selected: true }).waitFor();

  // Client card: a cell in a client's row of the client list.
  await page.getByRole('tab', { name: 'Clientes', exact: true }).click();
  await page.getByRole('grid').getByText('Talleres Pérez S.L.', { exact: true }).click();
  await tab('Cliente');
  await pane.getByRole('heading', { name: 'Talleres Pérez S.L.' }).waitFor({ timeout: 30_000 });
  await pane.getByText('Acciones sugeridas').waitFor();
  // issue #19: contact details, 12 monthly bars, last purchases (from the engine worker), products
  await pane.getByTestId('card-invoices').waitFor({ timeout: 30_000 });
  check((await pane.getByTestId('card-months').getByRole('listitem').count()) === 12, 'the card has no 12 monthly bars');
  check((await pane.getByTestId('card-contacts').count()) === 1, 'the card shows no contact details');
  check((await pane.getByTestId('card-invoices').getByRole('row').count()) > 1, 'the card lists no purchases');
  await shot('08-client-card');
  await pane.screenshot({ path: path.join(screenshots, 'flow-pane-client-card.png') });

  // A client whose next visit is past due gets a red badge on its card.
  const overdue = await page.evaluate(() => {
    const o = globalThis.__cartera.outcome;
    const a = o.analysis;
    const listRow = o.result.clients.listRow;
    for (let i = 0; i < a.clientCount; i++) if (a.visits.plan.nextDue[i] < a.asOf && listRow[i] > 0) return { id: a.ids[i], row: listRow[i] };
    return null;
  });
  check(overdue !== null, 'the sample has no overdue visit');
  await select(page, 'Clientes', `A${overdue.row}`);
  await pane.getByText(`Código: ${overdue.id}`).waitFor({ timeout: 30_000 });
  await pane.getByTestId('card-visit-overdue').waitFor({ timeout: 30_000 });
  await pane.screenshot({ path: path.join(screenshots, 'flow-pane-client-overdue.png') });
  await pane.getByTestId('card-invoices').scrollIntoViewIfNeeded();
  await shot('08a-client-history');

  // Visits: a salesperson's agenda, overdue visits first and flagged; workload against capacity.
  await tab('Visitas');
  const agenda = pane.getByRole('table', { name: /Agenda: próximas 4 semanas/ });
  const withOverdue = await pane.getByRole('combobox', { name: 'Vendedor', exact: true }).evaluate((el) => [...el.options].findIndex((o) => o.text.includes('⚠')));
  check(withOverdue >= 0, 'no salesperson has an overdue visit');
  await pane.getByRole('combobox', { name: 'Vendedor', exact: true }).selectOption(String(withOverdue));
  await agenda.waitFor();
  check((await agenda.getByRole('row').nth(1).getAttribute('data-overdue')) === 'true', 'the first agenda row is not an overdue visit');
  await pane.getByRole('meter').waitFor();
  await pane.screenshot({ path: path.join(screenshots, 'flow-pane-visits.png') });

  // The printable agenda sheet: overdue rows painted by a conditional format.
  await page.getByRole('tab', { name: 'Cartera - Agenda de visitas', exact: true }).click();
  await page.getByRole('tab', { name: 'Cartera - Agenda de visitas', selected: true }).waitFor();
  const agendaFormats = await excel(page, async (ctx) => {
    const cfs = ctx.workbook.worksheets.getItem('Cartera - Agenda de visitas').getRange('A1:Z2000').conditionalFormats;
    cfs.load('items/type');
    await ctx.sync();
    return cfs.items.map((c) => c.type);
  });
  check(agendaFormats.includes('Custom'), `no overdue highlight on the agenda sheet: ${agendaFormats}`);
  await shot('08b-visit-agenda-sheet');

  // Campaign segment: "A clients at risk in the North region"; then create the list.
  await tab('Campañas');
  const condition = (n) => pane.getByRole('group', { name: `Condición ${n} del grupo 1` });
  await condition(1).getByLabel('Campo').selectOption('abc');
  await condition(1).getByLabel('Valor').selectOption('A');
  await pane.getByRole('button', { name: 'Añadir condición' }).click();
  await condition(2).getByLabel('Campo').selectOption('status');
  await condition(2).getByLabel('Valor').selectOption('at_risk');
  await pane.getByRole('button', { name: 'Añadir condición' }).click();
  await condition(3).getByLabel('Campo').selectOption('Zona');
  await condition(3).getByLabel('Valor').selectOption('Norte');
  const expected = await page.evaluate(() => {
    const o = globalThis.__cartera.outcome;
    const a = o.analysis;
    const zona = o.result.clients.attributes.Zona;
    const ids = [];
    for (let i = 0; i < a.clientCount; i++)
      if (a.abc.classCode[i] === 0 && a.lifecycle.status[i] === 3 && zona.codes[i] >= 0 && zona.labels[zona.codes[i]] === 'Norte') ids.push(a.ids[i]);
    return ids;
  });
  const count = await pane.getByRole('status').textContent();
  check(count.startsWith(`${expected.length} cliente`), `live count "${count}" ≠ ${expected.length} clients`);
  await pane.getByLabel('Nombre del segmento').fill('A en riesgo Norte');
  await pane.getByRole('button', { name: 'Guardar segmento' }).click();
  await pane.getByText('Segmento «A en riesgo Norte» guardado en el libro.').waitFor();
  await shot('09-segment');
  if (expected.length > 0) {
    await pane.getByRole('button', { name: 'Crear lista' }).click();
    await pane.getByText('Lista creada en la hoja «A en riesgo Norte».').waitFor({ timeout: 30_000 });
    const list = await tableValues(page, 'Cartera_Lista');
    const listIds = list.values.slice(1).map((r) => String(r[0]));
    check(JSON.stringify(listIds) === JSON.stringify(expected), `list ${listIds} ≠ engine ${expected}`);
    check(list.address.startsWith("'A en riesgo Norte'!") || list.address.startsWith('A en riesgo Norte!'), `list on ${list.address}`);
    await shot('10-list');
  }

  // The user's cells are as they were (the classification columns go to the right of the list).
  check((await usedCells(page, 'Ventas')) === ventasBefore, 'the Ventas cells changed');
  check((await usedCells(page, 'Clientes', clientesUsed)) === clientesBefore, 'the Clientes cells changed');

  // Pane-only screenshots, legible at the pane's width.
  await tab('5. Resultados');
  await pane.screenshot({ path: path.join(screenshots, 'flow-pane-results.png') });
  // The Pareto chart's legend reads as the catalogue writes it ("% de ventas", not "% De Ventas":
  // Fluent's charts capitalise legends unless the pane's style says otherwise).
  const legend = pane.getByText('% de ventas', { exact: true }).first();
  await legend.waitFor({ timeout: 60_000 });
  const transform = await legend.evaluate((el) => {
    for (let e = el; e; e = e.parentElement) {
      const t = getComputedStyle(e).textTransform;
      if (t !== 'none') return t;
    }
    return 'none';
  });
  check(transform === 'none', `the legend is shown with text-transform ${transform}`);
}
