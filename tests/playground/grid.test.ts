/**
 * @jest-environment jsdom
 */
import '@testing-library/jest-dom';
import { act, createElement } from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createWorkbook, type SimWorkbook } from '../../src/host';
import { Playground } from '../../src/playground/Playground';
import { SheetGrid } from '../../src/playground/SheetGrid';
import { sampleSources } from '../../src/sample/sampleSources';
import { sampleWorkbookData } from '../../src/sample/sampleWorkbookData';

// The real pane belongs to the pane engineer; here it only has to be mounted through renderTaskpane
// (the deps of the last mount are kept, to play the pane's part).
type PaneDeps = { displayLanguage?: string; onLoadSample?: () => Promise<void>; initialSources?: unknown };
const panes: PaneDeps[] = [];
jest.mock('../../src/taskpane/mount', () => ({
  renderTaskpane: (element: HTMLElement, deps: PaneDeps) => {
    element.textContent = `pane ${deps.displayLanguage}`;
    panes.push(deps);
    return { unmount: () => undefined, render: () => undefined };
  },
}));

import { TextDecoder, TextEncoder } from 'node:util';

// jsdom has no TextEncoder/TextDecoder (the CSV loader decodes bytes) nor File.arrayBuffer.
Object.assign(globalThis, { TextEncoder, TextDecoder });
function fileOf(text: string, name: string): File {
  const file = new File([text], name);
  const bytes = new TextEncoder().encode(text);
  Object.defineProperty(file, 'arrayBuffer', { value: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) });
  return file;
}

// jsdom has no ResizeObserver (Fluent UI's toolbar and the grid use it when present).
(globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

function book(): SimWorkbook {
  const wb = createWorkbook({ sheets: ['Datos', 'Otra'] });
  const rows: (string | number)[][] = [['Cliente', 'Fecha', 'Importe', 'Cuota']];
  for (let i = 1; i <= 5000; i++) rows.push([`C${i}`, 45231 + i, i * 1000.5, i / 50]);
  wb.setCells('Datos', 'A2', rows.slice(1), { numberFormat: ['@', 'dd/mm/yyyy', '#,##0.00 "€"', '0.0%'] });
  wb.setCells('Datos', 'A1', [rows[0]]);
  for (let c = 0; c < 4; c++) wb.setColumnWidth('Datos', c, 80);
  wb.setCells('Otra', 'A1', [['Zona', 'Ventas', 'Clientes'], ['Norte', 10, 3], ['Sur', 30, 5], ['Este', 20, 4]]);
  return wb;
}

/** The playground's confirmation dialog (found in the DOM: role queries over the whole page are slow). */
const openDialog = () =>
  waitFor(
    () => {
      const dialog = document.querySelector<HTMLElement>('[role="dialog"]');
      if (!dialog) throw new Error('no dialog');
      return dialog;
    },
    { timeout: 20_000 },
  );

/**
 * Answers the confirmation dialog, then waits until it has gone. `hidden: true`: in jsdom, Fluent's
 * focus manager (tabster) can leave a dialog opened right after another one marked aria-hidden; the
 * browser test (tests/e2e/playground.e2e.mjs) checks the real dialogs by their accessible roles.
 */
async function answerDialog(button: string): Promise<void> {
  fireEvent.click(within(await openDialog()).getByRole('button', { name: button, hidden: true }));
  await waitFor(() => expect(document.querySelector('[role="dialog"]')).toBeNull(), { timeout: 20_000 });
}

const gridOf = (wb: SimWorkbook, sheet = 'Datos', locale: 'es' | 'en' = 'es', version = 0) =>
  createElement(SheetGrid, { wb, sheet, version, locale, label: 'Hoja' });

const cellText = (grid: HTMLElement, r: number, c: number): HTMLElement | null => grid.querySelector(`[data-r="${r}"][data-c="${c}"]`);

describe('SheetGrid', () => {
  test('renders only the cells in view, with number formats in the user’s separators', () => {
    const wb = book();
    render(gridOf(wb));
    const grid = screen.getByRole('grid');
    expect(grid).toHaveAttribute('aria-rowcount', String(5001 + 50));
    const cells = grid.querySelectorAll('[data-r]');
    // The default 900 × 520 viewport: ~25 rows × ~13 columns, not 5,050 × 26.
    expect(cells.length).toBeGreaterThan(100);
    expect(cells.length).toBeLessThan(600);
    expect(cellText(grid, 1, 0)).toHaveTextContent('C1');
    expect(cellText(grid, 1, 1)).toHaveTextContent('02/11/2023');
    expect(cellText(grid, 2, 2)).toHaveTextContent('2.001,00 €');
    expect(cellText(grid, 2, 3)).toHaveTextContent('4,0%');
    expect(cellText(grid, 2, 2)).toHaveStyle({ textAlign: 'right' });
    expect(cellText(grid, 2, 0)).toHaveStyle({ textAlign: 'left' });
    expect(within(grid).queryByText('C4000')).toBeNull();
    expect(within(grid).getByText('A')).toBeInTheDocument();
    expect(within(grid).getByText('H')).toBeInTheDocument();
  });

  test('a number too wide for its column shows as ####, text overflows', () => {
    const wb = createWorkbook();
    wb.setCells('Sheet1', 'A1', [[123456789012, 'a long text that does not fit']]);
    wb.setColumnWidth('Sheet1', 0, 30); // 40 px
    render(gridOf(wb, 'Sheet1'));
    expect(cellText(screen.getByRole('grid'), 0, 0)).toHaveTextContent(/^#{5}$/);
    expect(cellText(screen.getByRole('grid'), 0, 1)).toHaveTextContent('a long text that does not fit');
  });

  test('English keeps the invariant separators', () => {
    render(gridOf(book(), 'Datos', 'en'));
    expect(cellText(screen.getByRole('grid'), 2, 2)).toHaveTextContent('2,001.00 €');
  });

  test('scrolling renders the rows in view', () => {
    render(gridOf(book()));
    const grid = screen.getByRole('grid');
    fireEvent.scroll(grid, { target: { scrollTop: 4000 * 20 } });
    expect(cellText(grid, 4000, 0)).toHaveTextContent('C4000');
    expect(cellText(grid, 1, 0)).toBeNull();
    expect(within(grid).getByText('4001')).toBeInTheDocument(); // row header
  });

  test('a sheet using row 1,048,576 scrolls to its last row through the capped spacer', () => {
    const wb = book();
    wb.setCells('Datos', 'A1048576', [['último']]);
    render(gridOf(wb));
    const grid = screen.getByRole('grid');
    expect(grid).toHaveAttribute('aria-rowcount', '1048576');
    fireEvent.scroll(grid, { target: { scrollTop: 50_000_000 } });
    expect(cellText(grid, 1_048_575, 0)).toHaveTextContent('último');
    expect(within(grid).getByText('1048576')).toBeInTheDocument();
  });

  test('clicks select through wb.select, so the pane’s selection events fire', async () => {
    const wb = book();
    const seen: string[] = [];
    await wb.run(async (context) => {
      context.workbook.worksheets.getItem('Datos').onSelectionChanged.add(async (e) => {
        seen.push(e.address);
      });
      await context.sync();
    });
    const { rerender } = render(gridOf(wb));
    const grid = screen.getByRole('grid');
    fireEvent.mouseDown(within(cellText(grid, 3, 0)!).getByText('C3'));
    expect(wb.selection()).toEqual({ sheet: 'Datos', address: 'A4' });
    fireEvent.mouseDown(cellText(grid, 5, 2)!, { shiftKey: true });
    expect(wb.selection()).toEqual({ sheet: 'Datos', address: 'A4:C6' });
    fireEvent.keyDown(grid, { key: 'ArrowDown' });
    expect(wb.selection()).toEqual({ sheet: 'Datos', address: 'A5' });
    await wb.flushEvents();
    expect(seen).toEqual(['A4', 'A4:C6', 'A5']);
    rerender(gridOf(wb, 'Datos', 'es', 1));
    expect(grid.querySelector('.cg-selection')).not.toBeNull();
  });

  test('tables, colour scales and charts written through Excel.run are drawn', async () => {
    const wb = book();
    await wb.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Otra');
      const table = sheet.tables.add('A1:C4', true);
      table.style = 'TableStyleMedium2';
      const cf = sheet.getRange('B2:B4').conditionalFormats.add('ColorScale');
      cf.colorScale.criteria = {
        minimum: { type: 'LowestValue', color: '#F8696B' },
        maximum: { type: 'HighestValue', color: '#63BE7B' },
      };
      const chart = sheet.charts.add('ColumnClustered', sheet.getRange('A1:C4'), 'Columns');
      chart.title.text = 'Ventas por zona';
      chart.top = 100;
      chart.left = 260;
      const second = chart.series.getItemAt(1);
      second.chartType = 'Line';
      second.axisGroup = 'Secondary';
      sheet.charts.add('Pie', sheet.getRange('A1:B4'), 'Columns').title.text = 'Reparto';
      await context.sync();
    });
    render(gridOf(wb, 'Otra'));
    const grid = screen.getByRole('grid');
    expect(cellText(grid, 0, 0)).toHaveStyle({ background: '#4472C4', color: '#FFFFFF', fontWeight: '600' });
    expect(cellText(grid, 1, 0)).toHaveStyle({ background: '#D9E1F2' });
    expect(cellText(grid, 2, 0)!.style.background).toBe('');
    // Colour scale on B2:B4 (10, 30, 20): lowest red, highest green, in between interpolated.
    expect(cellText(grid, 1, 1)).toHaveStyle({ background: '#F8696B' });
    expect(cellText(grid, 2, 1)).toHaveStyle({ background: '#63BE7B' });
    expect(cellText(grid, 3, 1)!.style.background).toBe('rgb(174, 148, 115)'); // halfway: (248+99)/2, (105+190)/2, (107+123)/2
    const combo = screen.getByRole('img', { name: 'Ventas por zona' });
    expect(combo.querySelectorAll('rect[fill="#4472C4"]').length).toBe(3 + 1); // 3 bars + legend key
    expect(combo.querySelectorAll('path[stroke="#ED7D31"]').length).toBe(1); // the line series
    expect(within(combo as unknown as HTMLElement).getByText('Norte')).toBeInTheDocument();
    const pie = screen.getByRole('img', { name: 'Reparto' });
    expect(pie.querySelectorAll('path').length).toBe(3);
    expect(within(pie as unknown as HTMLElement).getByText('50%')).toBeInTheDocument(); // 30 of 60
  });

  test('a Custom rule comparing a cell with a number paints the rows where it holds (the visit agenda)', async () => {
    const wb = book();
    await wb.run(async (context) => {
      // rows 2–4 of A:C, red where column C (Clientes: 3, 5, 4) is above 4; the column fixed, the row relative
      const cf = context.workbook.worksheets.getItem('Otra').getRange('A2:C4').conditionalFormats.add('Custom');
      cf.custom.rule.formula = '=$C2>4';
      cf.custom.format.fill.color = '#FFC7CE';
      cf.custom.format.font.color = '#9C0006';
      await context.sync();
    });
    render(gridOf(wb, 'Otra'));
    const grid = screen.getByRole('grid');
    for (const c of [0, 1, 2]) {
      expect(cellText(grid, 2, c)).toHaveStyle({ background: '#FFC7CE', color: '#9C0006' });
      expect(cellText(grid, 1, c)!.style.background).toBe('');
      expect(cellText(grid, 3, c)!.style.background).toBe('');
    }
  });
});

describe('Playground page', () => {
  // Role queries over a few hundred cells are slow on a loaded machine: the page tests query the DOM directly.
  test('shows the workbook and the pane in the chosen language; tabs switch sheets', async () => {
    const wb = book();
    render(createElement(Playground, { initialLocale: 'pt-BR', makeWorkbook: () => wb }));
    expect(screen.getByRole('button', { name: 'Abrir arquivo CSV/XLSX' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Restaurar exemplo' })).toBeInTheDocument();
    expect(await screen.findByText('pane pt-BR')).toBeInTheDocument();
    const grid = () => document.querySelector('[role="grid"]') as HTMLElement;
    expect(grid()).toHaveAttribute('aria-label', 'Planilha Datos');
    fireEvent.click(screen.getByRole('tab', { name: 'Otra' }));
    expect(wb.activeSheet()).toBe('Otra');
    await waitFor(() => expect(grid()).toHaveAttribute('aria-label', 'Planilha Otra'));
    fireEvent.mouseDown(within(grid()).getByText('Norte'));
    await waitFor(() => expect(screen.getByLabelText('Caixa de nome')).toHaveValue('A2'));
    expect(screen.getByLabelText('Barra de fórmulas')).toHaveValue('Norte');
  }, 240_000);

  // Loading ExcelJS and Papa Parse on first use takes seconds on a busy machine.
  test('opens a CSV file into a new simulated workbook, and says why a file cannot be opened', async () => {
    render(createElement(Playground, { initialLocale: 'es', makeWorkbook: book }));
    const input = screen.getByTestId('open-file');
    const csv = fileOf('Cliente,Importe\nC1,12.5\nC2,30\n', 'ventas.csv');
    await act(async () => {
      fireEvent.change(input, { target: { files: [csv] } });
    });
    await answerDialog('Descartar y abrir');
    expect(await screen.findByText(/Abierto «ventas\.csv»: 1 hoja/, {}, { timeout: 30_000 })).toBeInTheDocument();
    expect(await within(document.querySelector('[role="grid"]') as HTMLElement).findByText('C2')).toBeInTheDocument();
    const pdf = fileOf('%PDF', 'informe.pdf');
    await act(async () => {
      fireEvent.change(input, { target: { files: [pdf] } });
    });
    await answerDialog('Descartar y abrir');
    expect(await screen.findByText(/No se pudo abrir «informe\.pdf»: .*\.pdf/, {}, { timeout: 30_000 })).toBeInTheDocument();
  }, 240_000);

  test("the page's layout class stays off Fluent's portal nodes: the language list opens over the page", async () => {
    const { container } = render(createElement(Playground, { initialLocale: 'es', makeWorkbook: book }));
    fireEvent.click(screen.getByRole('combobox', { name: 'Idioma' }));
    const listbox = await screen.findByRole('listbox');
    expect(container.contains(listbox)).toBe(false); // a portal
    expect(listbox.closest('.pg-root')).toBeNull();
    expect([...document.querySelectorAll('.pg-root')].every((el) => container.contains(el))).toBe(true);
    fireEvent.click(screen.getByRole('option', { name: 'English' }));
    expect(await screen.findByRole('button', { name: 'Reset sample' })).toBeInTheDocument();
  }, 240_000);

  test('replacing the workbook asks first; cancel keeps the workbook', async () => {
    const wb = book();
    render(createElement(Playground, { initialLocale: 'es', makeWorkbook: () => wb }));
    const shown = () => (globalThis as { carteraPlayground?: { workbook: SimWorkbook } }).carteraPlayground?.workbook;
    await waitFor(() => expect(shown()).toBe(wb));
    fireEvent.click(screen.getByRole('button', { name: 'Restablecer ejemplo' }));
    const dialog = await openDialog();
    expect(within(dialog).getByText('¿Descartar el libro actual?')).toBeInTheDocument();
    await answerDialog('Cancelar');
    const input = screen.getByTestId('open-file');
    await act(async () => {
      fireEvent.change(input, { target: { files: [fileOf('Cliente\nC1\n', 'otra.csv')] } });
    });
    expect(within(await openDialog()).getByText(/Abrir «otra\.csv» sustituye el libro actual/)).toBeInTheDocument();
    await answerDialog('Cancelar');
    expect(shown()).toBe(wb);
    expect(screen.queryByText(/Abierto «otra\.csv»/)).toBeNull();
  }, 240_000);

  test("the pane's 'load the sample data' starts the new pane with the sample's ranges; over an opened file it asks first", async () => {
    render(createElement(Playground, { initialLocale: 'es', makeWorkbook: book }));
    await waitFor(() => expect(panes.length).toBeGreaterThan(0));
    // On a file the user opened: the dialog first; cancel resolves the pane's call and keeps the file.
    await act(async () => {
      fireEvent.change(screen.getByTestId('open-file'), { target: { files: [fileOf('Cliente,Importe\nC1,1\n', 'mia.csv')] } });
    });
    await answerDialog('Descartar y abrir');
    await screen.findByText(/Abierto «mia\.csv»/, {}, { timeout: 30_000 });
    await waitFor(() => expect(panes.at(-1)?.initialSources).toBeUndefined());
    let settled = false;
    await act(async () => {
      void panes.at(-1)!.onLoadSample!().then(() => (settled = true));
    });
    expect(within(await openDialog()).getByText(/Cargar los datos de ejemplo sustituye el libro abierto/)).toBeInTheDocument();
    await answerDialog('Cancelar');
    await waitFor(() => expect(settled).toBe(true));
    expect(within(screen.getByRole('tablist')).getByRole('tab', { name: 'mia' })).toBeInTheDocument();
    // Confirmed: the sample, and the pane mounted on it starts with its ranges chosen.
    const mounts = panes.length;
    await act(async () => {
      void panes.at(-1)!.onLoadSample!();
    });
    await answerDialog('Descartar y cargar el ejemplo');
    await waitFor(() => expect(panes.length).toBeGreaterThan(mounts), { timeout: 30_000 });
    expect(panes.at(-1)!.initialSources).toEqual(sampleSources(sampleWorkbookData()));
    expect(await within(screen.getByRole('tablist')).findByRole('tab', { name: 'Ventas' }, { timeout: 20_000 })).toBeInTheDocument();
  }, 240_000);
});
