// Issue #14, the pane as the playground's manager meets it: the table picker leaves out Cartera's own
// outputs and cuts long names, the visits log's clear button has its own label, a new step starts at
// its top, and the pane can start with the sample's ranges chosen.
import * as React from 'react';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { StoredOutputs } from '../../src/excel/outputStore';
import type { TableInfo } from '../../src/excel/listTables';
import { LOCALES, t, type Locale } from '../../src/i18n';
import { DataStep } from '../../src/taskpane/DataStep';
import { scrollToTop, type Scrollable } from '../../src/taskpane/scrollToTop';
import { sourceTables } from '../../src/taskpane/sourceTables';
import { TaskpaneApp } from '../../src/taskpane/TaskpaneApp';
import { sampleSources } from '../../src/sample/sampleSources';
import { sampleWorkbookData } from '../../src/sample/sampleWorkbookData';
import '../../src/taskpane/messages';
import '../../src/playground/messages';
import { CLIENTS_INFO, fakeController, SALES_INFO, VISITS_INFO } from './fakeController';

jest.mock('@fluentui/react-charts', () => jest.requireActual('./chartMock'));
afterEach(cleanup);


const SAMPLE = sampleWorkbookData();
const table = (name: string, sheet: string): TableInfo => ({ name, sheet, address: `${sheet}!A1:B3`, rows: 2, columns: 2, headers: ['a', 'b'] });

describe('sourceTables', () => {
  const outputs: StoredOutputs = {
    version: 1,
    sheets: [
      { key: 'clients', id: '{s-1}', name: 'Cartera - Clientes', tables: ['Cartera_Clients'], charts: [] },
      { key: 'abc', id: '{s-2}', name: 'Cartera - ABC', tables: ['Cartera_abc', 'Cartera_abc_curve_2'], charts: ['c1'] },
      { key: 'summary', id: '{s-3}', name: 'Cartera - Resumen', tables: [], charts: [] },
    ],
    clientColumns: null,
  };

  test('leaves out the tables a run recorded as its outputs, and any table on an output sheet', () => {
    const tables = [
      table('Ventas2025', 'Ventas'),
      table('Cartera_Clients', 'Cartera - Clientes'),
      table('CARTERA_ABC', 'Cartera - ABC'),
      table('Cartera_abc_curve_2', 'Cartera - ABC'),
      table('Notas', 'Cartera - Resumen'),
      table('Cartera_2024', 'Clientes'),
    ];
    expect(sourceTables(tables, outputs).map((x) => x.name)).toEqual(['Ventas2025', 'Cartera_2024']);
  });

  test('without recorded outputs every table is offered (a user table may well be called "Cartera…")', () => {
    const tables = [table('Cartera_Clients', 'Hoja1'), table('Ventas', 'Ventas')];
    expect(sourceTables(tables, null)).toEqual(tables);
  });
});

describe('scrollToTop', () => {
  /** A chain of boxes: each scroller shows its content from its own `top`; the element sits at `offset` in the innermost. */
  function chain(scrolled: { top: number; scrollTop: number }[], offset: number): { element: Scrollable; boxes: Scrollable[] } {
    let parent: Scrollable | null = null;
    const boxes: Scrollable[] = [];
    for (const s of scrolled) {
      const outer: Scrollable | null = parent;
      const box: Scrollable = {
        parentElement: outer,
        scrollTop: s.scrollTop,
        getBoundingClientRect: () => ({ top: s.top - (outer ? outer.scrollTop : 0) }),
      };
      boxes.push(box);
      parent = box;
    }
    const inner = parent!;
    const element: Scrollable = {
      parentElement: inner,
      getBoundingClientRect: () => ({ top: inner.getBoundingClientRect().top + offset - inner.scrollTop }),
      scrollTop: 0,
    };
    return { element, boxes };
  }

  test("brings the pane's top back into view in its own scroller", () => {
    const { element, boxes } = chain([{ top: 0, scrollTop: 0 }, { top: 60, scrollTop: 900 }], 0);
    scrollToTop(element, boxes[0]);
    expect(boxes[1].scrollTop).toBe(0);
  });

  test('scrolls only as far as the top of the pane (content above it in the scroller stays hidden)', () => {
    const { element, boxes } = chain([{ top: 0, scrollTop: 0 }, { top: 0, scrollTop: 500 }], 200);
    scrollToTop(element, boxes[0]);
    expect(boxes[1].scrollTop).toBe(200);
  });

  test('a page scrolled down to a pane whose top is in view is left alone', () => {
    // The document's scroller (root): its visible top is the viewport's top, 0.
    const { element, boxes } = chain([{ top: 0, scrollTop: 700 }], 800);
    scrollToTop(element, boxes[0]);
    expect(boxes[0].scrollTop).toBe(700);
  });
});

describe('DataStep labels', () => {
  const renderStep = (locale: Locale, tables: TableInfo[] = []) =>
    render(
      <FluentProvider theme={webLightTheme}>
        <DataStep
          locale={locale}
          tables={tables}
          sales={null}
          clients={{ source: { kind: 'address', address: CLIENTS_INFO.address }, info: CLIENTS_INFO, suggestion: { mapping: {}, confidence: {} } as never, mapping: {} }}
          visits={{ source: { kind: 'address', address: VISITS_INFO.address }, info: VISITS_INFO }}
          busy={false}
          onSales={() => undefined}
          onClients={() => undefined}
          onVisits={() => undefined}
          onRefreshTables={() => undefined}
          onNext={() => undefined}
        />
      </FluentProvider>,
    );

  test.each([
    ['es', 'Registro de visitas (opcional)', 'Sin registro de visitas', 'Sin lista de clientes'],
    ['pt-BR', 'Registro de visitas (opcional)', 'Sem registro de visitas', 'Sem lista de clientes'],
    ['pt-PT', 'Registo de visitas (opcional)', 'Sem registo de visitas', 'Sem lista de clientes'],
    ['en', 'Visits log (optional)', 'No visits log', 'No client list'],
  ] as const)("%s: the visits log's clear button names the visits log, not the client list", (locale, region, visitsLabel, clientsLabel) => {
    renderStep(locale);
    const visits = screen.getByRole('region', { name: region });
    expect(within(visits).getByRole('button', { name: visitsLabel })).toBeInTheDocument();
    expect(within(visits).queryByRole('button', { name: clientsLabel })).toBeNull();
    expect(screen.getAllByRole('button', { name: clientsLabel })).toHaveLength(1);
  });

  test('a long table name is offered whole in its tooltip, and the picker can shrink to the pane', () => {
    const long = 'Tabla_de_ventas_historicas_de_todas_las_delegaciones_2019_2026';
    renderStep('es', [table(long, 'Ventas históricas')]);
    const select = within(screen.getByRole('region', { name: 'Ventas (obligatorio)' })).getByRole('combobox');
    const option = within(select).getByRole('option', { name: `${long} (Ventas históricas)` });
    expect(option).toHaveAttribute('title', `${long} (Ventas históricas)`);
    expect(select.closest('.cartera-table-select')).not.toBeNull();
  });
});

describe('the pane', () => {
  test('a new step starts at its top', async () => {
    const scroller = document.createElement('div');
    document.body.appendChild(scroller);
    const rect = jest.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
      const top = this.tagName === 'MAIN' ? -scroller.scrollTop : 0;
      return { top, left: 0, right: 300, bottom: top + 2000, width: 300, height: 2000, x: 0, y: top, toJSON: () => ({}) };
    });
    try {
      render(<TaskpaneApp controller={fakeController()} locale="es" />, { container: scroller });
      scroller.scrollTop = 640;
      fireEvent.click(screen.getByRole('tab', { name: '3. Opciones' }));
      await screen.findByLabelText('Umbral A (%)');
      await waitFor(() => expect(scroller.scrollTop).toBe(0));
    } finally {
      rect.mockRestore();
      scroller.remove();
    }
  });

  test('with the sample just loaded (no settings yet) it starts with its ranges chosen, and the user can go on', async () => {
    const sources = sampleSources(SAMPLE);
    const controller = fakeController();
    render(<TaskpaneApp controller={controller} locale="es" initialSources={sources} onLoadSample={async () => undefined} />);
    await within(screen.getByRole('region', { name: 'Ventas (obligatorio)' })).findByText(`Origen: ${SALES_INFO.address} · 1.200 filas × 3 columnas`);
    expect(controller.open).toHaveBeenCalledWith(sources.sales);
    expect(controller.open).toHaveBeenCalledWith(sources.clients);
    expect(controller.open).toHaveBeenCalledWith(sources.visits);
    expect(screen.queryByText('¿Primera vez?')).toBeNull();
    const next = screen.getByRole('button', { name: 'Siguiente: columnas' });
    await waitFor(() => expect(next).toBeEnabled());
    fireEvent.click(next);
    expect(screen.getByRole('tab', { name: '2. Columnas', selected: true })).toBeInTheDocument();
  });

  test("the workbook's own settings win over the starting ranges", async () => {
    const controller = fakeController({ loadSettings: jest.fn(async () => ({ sales: { kind: 'address' as const, address: 'Hoja1!A1:C9' } })) });
    render(<TaskpaneApp controller={controller} locale="es" initialSources={sampleSources(SAMPLE)} />);
    await screen.findByText(/^Origen: /);
    expect(controller.open).toHaveBeenCalledTimes(1);
    expect(controller.open).toHaveBeenCalledWith({ kind: 'address', address: 'Hoja1!A1:C9' });
  });
});

describe('sampleSources', () => {
  test('the whole of each sample sheet, header row included', () => {
    const data = SAMPLE;
    const rows = (name: string) => data.sheets.find((s) => s.name === name)!.values.length;
    expect(sampleSources(data)).toEqual({
      sales: { kind: 'address', address: `Ventas!A1:L${rows('Ventas')}` },
      clients: { kind: 'address', address: `Clientes!A1:Q${rows('Clientes')}` },
      visits: { kind: 'address', address: `Visitas!A1:C${rows('Visitas')}` },
    });
  });
});

describe('playground confirmation texts', () => {
  const keys = (['title', 'reset', 'open', 'sample', 'sampleAction', 'openAction', 'cancel'] as const).map((k) => `playground.confirm.${k}` as const);

  test('exist in every language, and the Spanish and Portuguese ones are not the English ones', () => {
    for (const key of keys) {
      for (const locale of LOCALES) expect(t(locale, key, { file: 'ventas.csv' })).not.toBe(key);
      expect(t('es', key)).not.toBe(t('en', key));
      expect(t('pt-BR', key)).not.toBe(t('en', key));
    }
    expect(t('es', 'playground.confirm.open', { file: 'ventas.csv' })).toContain('«ventas.csv»');
  });
});
