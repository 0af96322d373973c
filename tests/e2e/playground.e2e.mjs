// The playground as a manager meets it (issue #14): the language dropdown opens and switches the
// page (no grey layer over it), "load the sample data" chooses the sample's ranges so the next step
// is open, a new step starts at its top, replacing the workbook asks first (cancel keeps it), after a
// run the table picker offers no Cartera output and does not widen the pane, and a bad file (a PNG
// renamed .csv, a corrupt .xlsx) is refused with a Spanish notice while the workbook stays.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { check, excel } from './helpers.mjs';

/** Marks the workbook on display, to tell later whether it is still the same one. */
const markWorkbook = (page, mark) => page.evaluate((mark) => (globalThis.carteraPlayground.workbook.e2eMark = mark), mark);
const workbookMark = (page) => page.evaluate(() => globalThis.carteraPlayground.workbook.e2eMark ?? null);

/** Is the element at the centre of `locator` the locator's own element (or inside it)? */
const reachable = (locator) =>
  locator.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    return hit !== null && (hit === el || el.contains(hit));
  });

export default async function playground({ page, baseUrl, screenshots, repo }) {
  const shot = (name) => page.screenshot({ path: path.join(screenshots, `playground-${name}.png`) });
  const failures = [];
  /** A step that fails is reported, and the next steps still run. */
  const step = async (name, body) => {
    try {
      await body();
      console.log(`  ✓ ${name}`);
    } catch (error) {
      failures.push(`${name}: ${error.message.split('\n')[0]}`);
      console.log(`  ✗ ${name}: ${error.message.split('\n')[0]}`);
      await shot(`failed-${name.replace(/\W+/g, '-')}`).catch(() => undefined);
      await page.keyboard.press('Escape').catch(() => undefined);
    }
  };

  await page.goto(`${baseUrl}/index.html?lang=es`);
  await page.getByRole('grid').waitFor({ timeout: 90_000 });
  const pane = page.getByRole('complementary', { name: 'Panel de Cartera' });
  await pane.getByRole('heading', { name: 'Cartera de clientes' }).waitFor({ timeout: 60_000 });
  await shot('01-start');

  await step('language dropdown', async () => {
    await page.getByRole('combobox', { name: 'Idioma' }).click();
    const english = page.getByRole('option', { name: 'English' });
    await english.waitFor({ timeout: 10_000 });
    await shot('02-language-open');
    // Fluent's portal node carries the theme, not the page's layout class (that covered everything in grey).
    const outside = await page.evaluate(() => [...document.querySelectorAll('.pg-root')].filter((el) => !el.closest('#root')).length);
    check(outside === 0, `${outside} portal node(s) outside the page carry its layout class`);
    check(await reachable(english), 'the "English" option is covered by another element');
    await english.click();
    await page.getByRole('heading', { name: 'Cartera · playground' }).waitFor({ timeout: 10_000 });
    const enPane = page.getByRole('complementary', { name: 'Cartera pane' });
    await enPane.getByRole('heading', { name: 'Client portfolio' }).waitFor({ timeout: 60_000 });
    check((await page.evaluate(() => document.documentElement.lang)) === 'en', 'html lang is not en');
    // Nothing left over the page: the sheet tabs answer clicks.
    const clientes = page.getByRole('tablist', { name: 'Sheets' }).getByRole('tab', { name: 'Clientes', exact: true });
    check(await reachable(clientes), 'the sheet tabs are covered after choosing a language');
    await clientes.click();
    await page.getByRole('tablist', { name: 'Sheets' }).getByRole('tab', { name: 'Clientes', selected: true }).waitFor({ timeout: 5_000 });
    await shot('03-english');
    await page.getByRole('combobox', { name: 'Language' }).click();
    await page.getByRole('option', { name: 'Español' }).click();
    await pane.getByRole('heading', { name: 'Cartera de clientes' }).waitFor({ timeout: 60_000 });
  });

  await step('load the sample and go on', async () => {
    await pane.getByRole('button', { name: 'Cargar los datos de ejemplo' }).click();
    const sales = pane.getByRole('region', { name: 'Ventas (obligatorio)' });
    await sales.getByText(/^Origen: Ventas!A1:L\d+ · [\d.]+ filas × 12 columnas$/).waitFor({ timeout: 60_000 });
    await pane.getByRole('region', { name: 'Lista de clientes (opcional)' }).getByText(/^Origen: Clientes!A1:Q\d+/).waitFor();
    await pane.getByRole('region', { name: 'Registro de visitas (opcional)' }).getByText(/^Origen: Visitas!A1:C\d+/).waitFor();
    await shot('04-sample-loaded');
    const next = pane.getByRole('button', { name: 'Siguiente: columnas' });
    check(await next.isEnabled(), '"Siguiente: columnas" is disabled after loading the sample');
    await next.click();
    await pane.getByRole('tab', { name: '2. Columnas', selected: true }).waitFor();
  });

  await step('a new step starts at its top', async () => {
    const scroller = page.locator('.pg-pane');
    await scroller.evaluate((el) => (el.scrollTop = el.scrollHeight));
    const before = await scroller.evaluate((el) => el.scrollTop);
    check(before > 100, `the columns step does not scroll (scrollTop ${before})`);
    await pane.getByRole('button', { name: 'Siguiente: opciones' }).click();
    await pane.getByRole('tab', { name: '3. Opciones', selected: true }).waitFor();
    await page.waitForTimeout(100);
    const after = await scroller.evaluate((el) => el.scrollTop);
    check(after === 0, `the options step opened scrolled down (scrollTop ${after}, was ${before})`);
    check(await reachable(pane.getByRole('tab', { name: '3. Opciones' })), 'the step tabs are not in view');
    await shot('05-options-top');
  });

  await step('replacing the workbook asks first; cancel keeps it', async () => {
    await markWorkbook(page, 'kept');
    await page.getByRole('button', { name: 'Restablecer ejemplo' }).click();
    const dialog = page.getByRole('dialog', { name: '¿Descartar el libro actual?' });
    await dialog.waitFor({ timeout: 10_000 });
    await dialog.getByText(/se pierden los cambios y los resultados/).waitFor();
    await page.waitForTimeout(500); // the dialog's fade-in, for a legible screenshot
    await shot('06-confirm');
    await dialog.getByRole('button', { name: 'Cancelar' }).click();
    await dialog.waitFor({ state: 'hidden' });
    check((await workbookMark(page)) === 'kept', 'cancelling "Restablecer ejemplo" replaced the workbook');
    await pane.getByRole('tab', { name: '3. Opciones', selected: true }).waitFor();
    // Opening a file asks too (the file is named).
    await page.getByTestId('open-file').setInputFiles({ name: 'ventas.csv', mimeType: 'text/csv', buffer: Buffer.from('Fecha;Cliente;Importe\n01/02/2025;C1;10\n') });
    const open = page.getByRole('dialog', { name: '¿Descartar el libro actual?' });
    await open.getByText(/Abrir «ventas\.csv» sustituye el libro actual/).waitFor({ timeout: 10_000 });
    await open.getByRole('button', { name: 'Cancelar' }).click();
    await open.waitFor({ state: 'hidden' });
    check((await workbookMark(page)) === 'kept', 'cancelling the file replaced the workbook');
    check(!(await page.getByText('Abierto «ventas.csv»').isVisible()), 'the file was opened after Cancel');
  });

  await step('after a run the table picker offers no Cartera output and fits the pane', async () => {
    // A table of the user's with a long name: it must stay offered, cut to the pane's width.
    const longName = 'Ventas_historicas_de_todas_las_delegaciones_y_canales_2019_2026';
    await excel(
      page,
      async (ctx, name) => {
        const ws = ctx.workbook.worksheets.add('Histórico');
        ws.getRange('A1:C3').values = [['Fecha', 'Cliente', 'Importe'], [45700, 'C1', 10], [45701, 'C2', 20]];
        ws.tables.add('A1:C3', true).name = name;
        await ctx.sync();
      },
      longName,
    );
    await pane.getByRole('tab', { name: '4. Ejecutar' }).click();
    await pane.getByRole('button', { name: 'Analizar la cartera' }).click();
    await pane.getByRole('tab', { name: '5. Resultados', selected: true }).waitFor({ timeout: 150_000 });
    const outputs = await excel(page, async (ctx) => {
      const item = ctx.workbook.settings.getItem('Cartera.outputs');
      item.load('value');
      await ctx.sync();
      const stored = typeof item.value === 'string' ? JSON.parse(item.value) : item.value;
      return stored.sheets.flatMap((s) => s.tables);
    });
    check(outputs.length >= 10, `the run recorded only ${outputs.length} output tables`);
    await pane.getByRole('tab', { name: '1. Datos' }).click();
    await pane.getByRole('button', { name: 'Actualizar tablas' }).click();
    const picker = pane.getByRole('region', { name: 'Ventas (obligatorio)' }).getByRole('combobox', { name: 'Tabla de Excel' });
    await picker.locator(`option[value="${longName}"]`).waitFor({ state: 'attached', timeout: 10_000 });
    const offered = await picker.locator('option').evaluateAll((os) => os.map((o) => o.value).filter(Boolean));
    const own = offered.filter((name) => outputs.includes(name));
    check(own.length === 0, `the table picker offers Cartera's outputs: ${own.join(', ')}`);
    check(offered.length === 1, `the picker offers ${offered.join(', ')}`);
    await picker.selectOption(longName);
    await pane.getByRole('region', { name: 'Ventas (obligatorio)' }).getByText(/^Origen: .*A1:C3 · 2 filas × 3 columnas$/).waitFor({ timeout: 10_000 });
    const widths = await page.locator('.pg-pane').evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    check(widths.scroll <= widths.client, `the pane overflows sideways: ${widths.scroll} px of content in ${widths.client} px`);
    const pickerBox = await picker.boundingBox();
    const paneBox = await page.locator('.pg-pane').boundingBox();
    check(pickerBox.x + pickerBox.width <= paneBox.x + paneBox.width, 'the table picker sticks out of the pane');
    check((await picker.getAttribute('title'))?.startsWith(longName), 'the chosen table has no tooltip with its whole name');
    await picker.scrollIntoViewIfNeeded();
    await page.locator('.pg-pane').screenshot({ path: path.join(screenshots, 'playground-07-table-picker.png') });
  });

  // The refusal itself is the `files` helper's (issue #15); this checks it end to end.
  const badFile = async (name, buffer) => {
    await markWorkbook(page, `before ${name}`);
    await page.getByTestId('open-file').setInputFiles({ name, mimeType: 'application/octet-stream', buffer });
    // The confirmation comes first, unless the file is refused before it is asked for.
    const dialog = page.getByRole('dialog', { name: '¿Descartar el libro actual?' });
    const notice = page.locator('.pg-notice, [role="alert"]').filter({ hasText: name }).first();
    const seen = (locator) => locator.waitFor({ timeout: 30_000 }).catch(() => undefined);
    await Promise.race([seen(dialog), seen(notice)]);
    if (await dialog.isVisible()) {
      await dialog.getByRole('button', { name: 'Descartar y abrir' }).click();
      await dialog.waitFor({ state: 'hidden' });
    }
    await notice.waitFor({ timeout: 30_000 });
    const text = await notice.innerText();
    check(text.includes(name), `the notice does not name the file: ${text}`);
    check(!/unsupported|jszip|http|error:|end of central directory|invalid|signature/i.test(text), `the notice is not plain Spanish: ${text}`);
    check((await workbookMark(page)) === `before ${name}`, `the workbook was replaced by ${name}`);
    return text;
  };
  await step('a PNG renamed .csv is refused in Spanish', async () => {
    const text = await badFile('ventas.csv', readFileSync(path.join(repo, 'assets/icon-32.png')));
    await shot('08-png-as-csv');
    console.log(`    notice: ${text}`);
  });
  await step('a corrupt .xlsx is refused in Spanish', async () => {
    const corrupt = Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(2_000, 7)]);
    const text = await badFile('ventas.xlsx', corrupt);
    await shot('09-corrupt-xlsx');
    console.log(`    notice: ${text}`);
  });

  check(failures.length === 0, `${failures.length} step(s) failed:\n${failures.join('\n')}`);
}
