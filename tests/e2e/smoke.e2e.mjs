// Smoke: the playground opens on the sample workbook with the real task pane beside it.
import path from 'node:path';

function check(condition, message) {
  if (!condition) throw new Error(message);
}

export default async function smoke({ page, baseUrl, screenshots }) {
  await page.goto(`${baseUrl}/index.html?lang=es`);
  const grid = page.getByRole('grid');
  await grid.waitFor({ timeout: 90_000 });

  // Sheet tabs of the sample, in order, with Ventas active (the sample selects Ventas!A1).
  const sheetTabs = page.getByRole('tablist', { name: 'Hojas' });
  check((await sheetTabs.getByRole('tab').count()) === 3, 'not three sheet tabs');
  let x = -1;
  for (const name of ['Clientes', 'Ventas', 'Visitas']) {
    const box = await sheetTabs.getByRole('tab', { name, exact: true }).boundingBox();
    check(box !== null && box.x > x, `tab ${name} missing or out of order`);
    x = box.x;
  }
  check((await sheetTabs.getByRole('tab', { name: 'Ventas', exact: true }).getAttribute('aria-selected')) === 'true', 'Ventas is not the active tab');
  check((await page.getByLabel('Cuadro de nombres').inputValue()) === 'A1', 'the name box does not show A1');
  // A date with its number format, and an amount with its currency format in Spanish separators.
  await grid.getByText('01/11/2023').first().waitFor();
  check((await grid.getByText(/^\d{1,3}(\.\d{3})*,\d{2} €$/).count()) > 10, 'no euro amounts in the Ventas grid');

  // The client list: a known client name, and the formula-like name shown as text.
  await sheetTabs.getByRole('tab', { name: 'Clientes' }).click();
  await grid.getByText('Talleres Pérez S.L.', { exact: true }).waitFor();
  // Selecting a cell goes through wb.select: the name box and formula bar follow.
  await grid.getByText('Talleres Pérez S.L.', { exact: true }).click();
  // The page redraws on the next animation frame after the selection changes.
  await page
    .waitForFunction(() => document.querySelector('input[aria-label="Cuadro de nombres"]')?.value === 'B9', null, { timeout: 5_000 })
    .catch(() => undefined);
  check((await page.getByLabel('Cuadro de nombres').inputValue()) === 'B9', 'clicking B9 did not select it');
  check((await page.getByLabel('Barra de fórmulas').inputValue()) === 'Talleres Pérez S.L.', 'formula bar');

  // Scrolling renders further rows (row 44 holds a name that looks like a formula: shown as text).
  await grid.evaluate((el) => el.scrollBy(0, 30 * 20));
  await grid.getByText('=HYPERLINK("http://x","y")', { exact: true }).waitFor();
  check((await grid.getByText('44', { exact: true }).count()) === 1, 'row header 44 not rendered after scrolling');
  await grid.evaluate((el) => el.scrollTo(0, 0));

  // The task pane is rendered beside the grid.
  const pane = page.getByRole('complementary', { name: 'Panel de Cartera' });
  await pane.getByRole('heading').first().waitFor({ timeout: 60_000 });
  check(/Cartera/.test(await pane.innerText()), 'the pane does not name Cartera');

  // The virtualised grid renders only what is in view.
  const rendered = await grid.locator('[data-r]').count();
  check(rendered > 100 && rendered < 3000, `rendered cells: ${rendered}`);

  await page.screenshot({ path: path.join(screenshots, 'smoke.png') });
}
