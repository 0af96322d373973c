// Issue #19 in the pane: the Visits tab (per salesperson, the next weeks' visits with the overdue ones
// first and flagged, workload against capacity, under/over-served) and the client card's contact
// details, 12-month purchases, last invoices, top products and overdue next visit.
import * as React from 'react';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { axe, toHaveNoViolations } from 'jest-axe';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createSalesReader, readClientList } from '../../src/engine/clean';
import { dayFromYmd } from '../../src/engine/dates';
import { analyse } from '../../src/engine/pipeline';
import { transferables } from '../../src/engine/transferables';
import { clientHistory, type VisitLog } from '../../src/engine/visits';
import { ClientCard } from '../../src/taskpane/ClientCard';
import { clientCardModel } from '../../src/taskpane/resultsModel';
import { VisitsView } from '../../src/taskpane/VisitsView';
import { visitsModel } from '../../src/taskpane/visitsModel';
import type { EngineWorkerApi } from '../../src/taskpane/engine.worker';
import '../../src/taskpane/messages';
import { AS_OF, CLIENT_ROWS, SALES_ROWS } from './fixtures';

let workerApi: EngineWorkerApi;
jest.mock('comlink', () => ({
  expose: (exposed: EngineWorkerApi) => void (workerApi = exposed),
  transfer: <T,>(value: T) => value,
}));
jest.mock('@fluentui/react-charts', () => jest.requireActual('./chartMock'));
expect.extend(toHaveNoViolations);
afterEach(cleanup);

const inFluent = (node: React.ReactElement) => render(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);
const text = (el: Element | null) => (el?.textContent ?? '').replace(/[\u00a0\u202f]/g, ' ');

// The pane's small workbook plus a salesperson column and a product line; C001 (A, at risk: every 26
// days) was last visited on 1 April → due 27 April → 64 days overdue at 30 June.
const withSalesperson = CLIENT_ROWS.map((r, k) => [...r, k === 0 ? 'Vendedor' : ['Luis', 'Ana', 'Luis', 'Ana', '', 'Luis'][k - 1]]);
const list = readClientList(
  withSalesperson.slice(1) as never,
  { client: 0, name: 1, region: 2, gender: 3, birthDate: 4, income: 5, email: 6, phone: 7, special: 8, salesperson: 9 },
  { sheet: 'Clientes', headerRow: 1, firstColumn: 0, headers: withSalesperson[0] as string[] },
);
const salesMapping = { date: 0, invoice: 1, client: 2, amount: 3, product: 5 };
const salesSource = { sheet: 'Ventas', headerRow: 1, firstColumn: 0, headers: [...(SALES_ROWS[0] as string[]), 'Línea'] };
const salesRows = SALES_ROWS.slice(1).map((r, k) => [...r, k % 3 === 0 ? 'Tornillería' : 'Herramientas']) as never;
const reader = createSalesReader(salesMapping, salesSource, { clientList: list });
reader.add(salesRows);
const ingested = reader.finish();
const sales = { ...ingested.sales, client: ingested.sales.client.slice(), day: ingested.sales.day.slice(), amount: ingested.sales.amount.slice() };
const log: VisitLog = {
  length: 1,
  client: Int32Array.from([ingested.clients.ids.indexOf('C001')]),
  day: Int32Array.from([dayFromYmd(2025, 4, 1)]),
  salesperson: null,
  row: Int32Array.from([2]),
};
const analysis = analyse({ ...ingested, visits: log }, { asOf: AS_OF });
const c001 = analysis.ids.indexOf('C001');

describe('the client card', () => {
  const card = clientCardModel(analysis, ingested.clients, c001);
  const history = clientHistory(sales, c001, AS_OF);

  test('the model: contact fields from the list, the salesperson, days the next visit is overdue', () => {
    expect(card.contacts).toEqual([
      { role: 'email', value: 'ana@example.es' },
      { role: 'phone', value: '+34 600 000 001' },
    ]);
    expect(card.salesperson).toBe('Luis');
    expect(card.nextVisit).toBe(dayFromYmd(2025, 4, 27));
    expect(card.visitDaysOverdue).toBe(64);
  });

  test('shows contacts, the overdue badge, 12 months, last invoices and top products', async () => {
    const { container } = inFluent(<ClientCard locale="es" model={card} hasAnalysis currency="EUR" history={history} />);
    const contacts = screen.getByTestId('card-contacts');
    expect(text(contacts)).toContain('Email');
    expect(within(contacts).getByRole('link', { name: 'ana@example.es' })).toHaveAttribute('href', 'mailto:ana@example.es');
    expect(text(contacts)).toContain('Teléfono+34 600 000 001');
    expect(text(screen.getByTestId('card-next-visit'))).toBe('27/04/2025 Vencida · 64 días');
    expect(screen.getByTestId('card-visit-overdue')).toBeInTheDocument();
    const months = within(screen.getByTestId('card-months')).getAllByRole('listitem');
    expect(months).toHaveLength(12);
    // C001 bought 1,000 € in January, March and April 2025 (and late January): months labelled with money
    expect(months.map((m) => (m.getAttribute('aria-label') ?? '').replace(/[\u00a0\u202f]/g, ' '))).toContain('ene 25: 2.000,00 €');
    const invoices = within(screen.getByTestId('card-invoices')).getAllByRole('row').slice(1);
    expect(invoices.map((r) => text(r))).toEqual(['01/04/2025F0041.000,00 €', '02/03/2025F0031.000,00 €', '31/01/2025F0021.000,00 €', '01/01/2025F0011.000,00 €']);
    const products = within(screen.getByTestId('card-products')).getAllByRole('row').slice(1);
    expect(products.map((r) => text((r as HTMLTableRowElement).cells[0]))).toEqual(['Tornillería', 'Herramientas']);
    expect(await axe(container)).toHaveNoViolations();
  });

  test('a visit not yet due has no badge; in Portuguese and English the badge is translated', () => {
    inFluent(<ClientCard locale="pt-BR" model={card} hasAnalysis history={history} />);
    expect(text(screen.getByTestId('card-next-visit'))).toContain('Vencida · 64 dias');
    cleanup();
    inFluent(<ClientCard locale="en" model={{ ...card, visitDaysOverdue: -3 }} hasAnalysis history={history} />);
    expect(screen.queryByTestId('card-visit-overdue')).toBeNull();
    expect(screen.getByText('Purchases by month (last 12 months)')).toBeInTheDocument();
  });

  test('while the history loads the card says so; without a contact column it says there is none', () => {
    inFluent(<ClientCard locale="es" model={{ ...card, contacts: [] }} hasAnalysis />);
    expect(screen.getByText('Cargando el historial…')).toBeInTheDocument();
    expect(screen.getByText('La lista de clientes no tiene datos de contacto de este cliente.')).toBeInTheDocument();
  });
});

describe('the Visits tab', () => {
  const model = visitsModel(analysis, ingested.clients)!;

  test('the model: salespeople in name order, the unassigned last; overdue first with days overdue', () => {
    expect(model.groups.map((g) => (g.blank ? '(blank)' : g.member))).toEqual(['Ana', 'Luis', '(blank)']);
    const luis = model.groups[1];
    expect(luis.items[0]).toMatchObject({ id: 'C001', daysOverdue: 64 });
    expect(luis.overdue).toBe(1);
    expect(luis.capacityHours).toBe(1400);
    expect(model.source).toBe('log');
  });

  test('shows the picked salesperson: overdue row first and flagged, workload meter, served counts', async () => {
    const { container } = inFluent(<VisitsView locale="es" model={model} hasAnalysis />);
    fireEvent.change(screen.getByLabelText('Vendedor'), { target: { value: '1' } });
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveAttribute('data-overdue', 'true');
    expect(text(rows[0])).toContain('Ana García (C001)');
    expect(text(rows[0])).toContain('27/04/2025');
    expect(text(rows[0])).toContain('Atrasada · 64 días');
    for (const r of rows.slice(1)) expect(r).not.toHaveAttribute('data-overdue');
    expect(text(screen.getByTestId('visits-summary'))).toMatch(/^3 clientes · \d+ visitas en las próximas 4 semanas · 1 atrasadas$/);
    const meter = screen.getByRole('meter');
    expect(meter).toHaveAttribute('aria-valuenow', String(Math.round(model.groups[1].plannedHours)));
    expect(text(screen.getByTestId('visits-under'))).toBe(String(model.groups[1].underServed));
    expect(model.groups[1].underServed).toBeGreaterThan(0);
    // the under-served clients themselves, behind the count
    const under = screen.getByTestId('visits-under-list');
    expect(under.querySelectorAll('li')).toHaveLength(model.groups[1].underServed);
    expect(text(under)).toContain('Ana García (C001) · A — 1 visitas en 12 meses, plan 14 al año');
    expect(await axe(container)).toHaveNoViolations();
  });

  test('before a run it asks for one; an analysis without a visit plan says so', () => {
    inFluent(<VisitsView locale="en" model={null} hasAnalysis={false} />);
    expect(screen.queryByRole('table')).toBeNull();
    cleanup();
    inFluent(<VisitsView locale="en" model={null} hasAnalysis />);
    expect(screen.getByText('This analysis has no visit plan.')).toBeInTheDocument();
  });
});

describe('the history comes from where the sales are', () => {
  test('the worker keeps the last analysis\'s sales and answers clientHistory; null before any analysis', async () => {
    await import('../../src/taskpane/engine.worker');
    expect(workerApi.clientHistory(0)).toBeNull();
    const session = workerApi.startSales(salesMapping, salesSource, { clientList: list });
    if (!('value' in session)) throw new Error('no session');
    workerApi.addSales(session.value, salesRows);
    const handle = workerApi.finishSales(session.value);
    if (!('value' in handle)) throw new Error('no handle');
    const r = workerApi.analyse(handle.value.id, {}, { asOf: AS_OF });
    expect('value' in r).toBe(true);
    expect(workerApi.clientHistory(c001)).toEqual(clientHistory(sales, c001, AS_OF));
  });

  test('transferring the analysis to the page leaves the worker\'s sales intact (no shared buffers)', () => {
    const input = { ...ingested, sales: { ...sales }, visits: log };
    const own = new Set(transferables(input.sales));
    const shared = transferables(analyse(input, { asOf: AS_OF })).filter((b) => own.has(b));
    expect(shared).toEqual([]);
  });

});
