import { findHeaderRow } from '../../../src/engine/clean/findHeaderRow';
import { normalizeHeader } from '../../../src/engine/clean/normalizeHeader';
import { suggestClientMapping } from '../../../src/engine/clean/suggestClientMapping';
import { suggestSalesMapping } from '../../../src/engine/clean/suggestSalesMapping';
import type { SalesRole } from '../../../src/engine/types';

describe('normalizeHeader', () => {
  test.each([
    ['CustomerID', 'customer id'],
    ['InvoiceDate', 'invoice date'],
    ['InvoiceNo', 'invoice numero'],
    ['Nº factura', 'numero factura'],
    ['N° Pedido', 'numero pedido'],
    ['Cód. cliente', 'cod cliente'],
    ['  Razón  Social ', 'razon social'],
    ['UnitPrice', 'unit price'],
    ['Margen %', 'margen %'],
    ['Nombre', 'nombre'],
  ])('%s → %s', (h, n) => expect(normalizeHeader(h)).toBe(n));
});

const roleOf = (headers: string[], sample: unknown[][] = []): Record<string, SalesRole | null> => {
  const s = suggestSalesMapping(headers, sample as never);
  return Object.fromEntries(s.columns.map((c) => [c.header, c.role]));
};

describe('suggestSalesMapping', () => {
  test('Online Retail headers (English, camelCase)', () => {
    const headers = ['InvoiceNo', 'StockCode', 'Description', 'Quantity', 'InvoiceDate', 'UnitPrice', 'CustomerID', 'Country'];
    const sample = [[536365, '85123A', 'WHITE HANGING HEART', 6, '2010-12-01 08:26:00', 2.55, 17850, 'United Kingdom']];
    const s = suggestSalesMapping(headers, sample);
    expect(s.mapping).toEqual({ invoice: 0, product: 1, quantity: 3, date: 4, price: 5, client: 6 });
    expect(s.missing).toEqual([]);
    expect(s.confidence.client).toBe(1);
    expect(s.columns[7]).toMatchObject({ header: 'Country', role: null, confidence: 0 });
  });

  test('Spanish headers', () => {
    expect(
      roleOf(['Nº factura', 'Fecha', 'Cód. cliente', 'Cliente', 'Producto', 'Cantidad', 'Precio unitario', 'Importe', 'Margen', 'Vendedor', 'Canal', 'Moneda', 'Centro de compra']),
    ).toEqual({
      'Nº factura': 'invoice',
      Fecha: 'date',
      'Cód. cliente': 'client',
      Cliente: null,
      Producto: 'product',
      Cantidad: 'quantity',
      'Precio unitario': 'price',
      Importe: 'amount',
      Margen: 'margin',
      Vendedor: 'salesperson',
      Canal: 'channel',
      Moneda: 'currency',
      'Centro de compra': 'buyingCentre',
    });
  });

  test('Portuguese headers', () => {
    expect(
      roleOf(['Código do cliente', 'Data', 'Valor total', 'Valor unitário', 'Quantidade', 'Vendedor responsável', 'Custo', 'Linha de produto', 'Divisão', 'Moeda']),
    ).toEqual({
      'Código do cliente': 'client',
      Data: 'date',
      'Valor total': 'amount',
      'Valor unitário': 'price',
      Quantidade: 'quantity',
      'Vendedor responsável': 'salesperson',
      Custo: 'cost',
      'Linha de produto': 'product',
      Divisão: 'buyingCentre',
      Moeda: 'currency',
    });
  });

  test('"Fecha factura" is the date and "Número de factura" the invoice', () => {
    const r = roleOf(['Fecha factura', 'Número de factura', 'Cliente', 'Total']);
    expect(r).toEqual({ 'Fecha factura': 'date', 'Número de factura': 'invoice', Cliente: 'client', Total: 'amount' });
  });

  test('the sample weighs in: a "Valor" column of words is not the amount', () => {
    const s = suggestSalesMapping(['Cliente', 'Fecha', 'Valor', 'Importe'], [
      ['A1', '01/02/2024', 'alto', 10],
      ['A2', '02/02/2024', 'bajo', 20],
    ]);
    expect(s.mapping.amount).toBe(3);
  });

  test('a date column without a known header is found from its data, with low confidence', () => {
    const s = suggestSalesMapping(['Cliente', 'Cuándo', 'Importe'], [
      ['A1', '01/02/2024', 10],
      ['A2', '2024-02-03', 20],
    ]);
    expect(s.mapping.date).toBe(1);
    expect(s.confidence.date).toBe(0.4);
  });

  test('missing roles are listed; amount is satisfied by quantity and price', () => {
    expect(suggestSalesMapping(['Foo', 'Bar']).missing).toEqual(['client', 'date', 'amount']);
    expect(suggestSalesMapping(['Cliente', 'Fecha', 'Cantidad', 'Precio']).missing).toEqual([]);
    expect(suggestSalesMapping(['Cliente', 'Fecha', 'Cantidad']).missing).toEqual(['price']);
  });

  test('a confidence is between 0 and 1 and lower for a partial match', () => {
    const s = suggestSalesMapping(['Cliente', 'Fecha de la operación', 'Importe neto']);
    expect(s.confidence.client).toBe(0.9);
    expect(s.confidence.date).toBe(0.75);
    expect(s.confidence.amount).toBe(1);
  });
});

describe('suggestClientMapping', () => {
  test('the client-list vocabulary', () => {
    const headers = [
      'Código', 'Razón social', 'Sector', 'Tamaño', 'Zona', 'Vendedor', 'Sexo', 'Fecha de nacimiento', 'Edad',
      'Nivel de ingresos', 'NPS', 'Especial', 'Fecha primer contacto', 'Potencial', 'Última visita', 'Visitas',
      'Email', 'Teléfono', 'Contacto', 'Color favorito',
    ];
    const s = suggestClientMapping(headers);
    expect(s.mapping).toEqual({
      client: 0, name: 1, industry: 2, size: 3, region: 4, salesperson: 5, gender: 6, birthDate: 7, age: 8,
      income: 9, satisfaction: 10, special: 11, firstContact: 12, potential: 13, lastVisit: 14, visits: 15,
      email: 16, phone: 17, contact: 18,
    });
    expect(s.columns[19].role).toBeNull();
  });

  test('"Cliente" holding names yields the id role to a code column', () => {
    const s = suggestClientMapping(['Cliente', 'Código'], [
      ['Acme S.A.', 'C001'],
      ['Tintas Ltda', 'C002'],
    ]);
    expect(s.mapping.client).toBe(1);
    expect(s.mapping.name).toBe(0);
  });

  test('Portuguese and English', () => {
    const s = suggestClientMapping(['Customer ID', 'Nome', 'Região', 'Gênero', 'Data de nascimento', 'Renda', 'Fidelizado']);
    expect(s.mapping).toEqual({ client: 0, name: 1, region: 2, gender: 3, birthDate: 4, income: 5, special: 6 });
  });
});

describe('findHeaderRow', () => {
  test('the first row when it is the header', () => {
    expect(findHeaderRow([['Cliente', 'Fecha', 'Importe'], ['A', 45000, 10]])).toBe(0);
  });

  test('after a title and a blank row', () => {
    const rows = [['Ventas 2024', '', ''], ['', '', ''], ['Cliente', 'Fecha', 'Importe'], ['A', 45000, 10]];
    expect(findHeaderRow(rows)).toBe(2);
  });

  test('unknown headers: the first all-text row followed by numbers', () => {
    const rows = [['Informe'], ['Foo', 'Bar', 'Baz'], ['x', 1, 2]];
    expect(findHeaderRow(rows)).toBe(1);
  });

  test('no header at all: 0', () => {
    expect(findHeaderRow([[1, 2], [3, 4]])).toBe(0);
    expect(findHeaderRow([])).toBe(0);
  });
});
