// What the add-in writes shows up in the playground: a styled table, a colour scale, and charts
// (column + line on a secondary axis, pie, bar) drawn from the host's chart objects.
import path from 'node:path';

function check(condition, message) {
  if (!condition) throw new Error(message);
}

export default async function features({ page, baseUrl, screenshots }) {
  await page.goto(`${baseUrl}/index.html?lang=pt`);
  await page.getByRole('grid').waitFor({ timeout: 90_000 });
  await page.waitForFunction(() => globalThis.carteraPlayground?.workbook);
  await page.evaluate(async () => {
    const wb = globalThis.carteraPlayground.workbook;
    await wb.run(async (context) => {
      const sheet = context.workbook.worksheets.add('Resumo');
      sheet.getRange('A1:D6').values = [
        ['Classe', 'Clientes', 'Receita', 'Participação'],
        ['A', 320, 48_500_000, 0.8],
        ['B', 410, 9_100_000, 0.15],
        ['C', 1098, 3_000_000, 0.05],
        ['N', 12, 0, 0],
        ['Total', 1840, 60_600_000, 1],
      ];
      sheet.getRange('C2:C6').numberFormat = [['#,##0 "€"'], ['#,##0 "€"'], ['#,##0 "€"'], ['#,##0 "€"'], ['#,##0 "€"']];
      sheet.getRange('D2:D6').numberFormat = [['0.0%'], ['0.0%'], ['0.0%'], ['0.0%'], ['0.0%']];
      sheet.getRange('A:D').format.autofitColumns();
      const table = sheet.tables.add('A1:D6', true);
      table.name = 'ResumoABC';
      table.style = 'TableStyleMedium7';
      const cf = sheet.getRange('C2:C5').conditionalFormats.add('ColorScale');
      cf.colorScale.criteria = {
        minimum: { formula: null, type: 'LowestValue', color: '#F8696B' },
        midpoint: { formula: '50', type: 'Percentile', color: '#FFEB84' },
        maximum: { formula: null, type: 'HighestValue', color: '#63BE7B' },
      };
      const combo = sheet.charts.add('ColumnClustered', sheet.getRange('A1:C5'), 'Columns');
      combo.title.text = 'Clientes e receita por classe';
      combo.top = 110;
      combo.left = 10;
      combo.width = 360;
      combo.height = 220;
      const revenue = combo.series.getItemAt(1);
      revenue.chartType = 'LineMarkers';
      revenue.axisGroup = 'Secondary';
      const pie = sheet.charts.add('Pie', sheet.getRange('A1:B4'), 'Columns');
      pie.title.text = 'Clientes por classe';
      pie.top = 110;
      pie.left = 390;
      pie.width = 260;
      pie.height = 220;
      const bar = sheet.charts.add('BarClustered', sheet.getRange('A1:B4'), 'Columns');
      bar.title.text = 'Clientes';
      bar.top = 340;
      bar.left = 10;
      bar.width = 360;
      bar.height = 200;
      sheet.activate();
      await context.sync();
    });
  });
  const tab = page.getByRole('tablist', { name: 'Planilhas' }).getByRole('tab', { name: 'Resumo', exact: true });
  await tab.waitFor();
  check((await tab.getAttribute('aria-selected')) === 'true', 'the new sheet is not active');
  const grid = page.getByRole('grid');
  await grid.getByText('48.500.000 €', { exact: true }).waitFor();
  await grid.getByText('80,0%', { exact: true }).first().waitFor();
  for (const name of ['Clientes e receita por classe', 'Clientes por classe', 'Clientes']) {
    await page.getByRole('img', { name, exact: true }).waitFor();
  }
  const combo = page.getByRole('img', { name: 'Clientes e receita por classe', exact: true });
  check((await combo.locator('circle').count()) === 4, 'the line-with-markers series has no 4 markers');
  check((await page.getByRole('img', { name: 'Clientes por classe', exact: true }).locator('path').count()) === 3, 'pie slices');
  await page.screenshot({ path: path.join(screenshots, 'features.png') });
}
