// A deterministic generated portfolio (sales log + client list) for the cost tests and the benchmark.
import { dayFromYmd } from '../../src/engine/dates';
import type { SimWorkbook } from '../../src/host';

/** Small linear congruential generator: reproducible, no Math.random. */
export function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

export const GEN_AS_OF = dayFromYmd(2025, 12, 31);

/** Sales rows (header first): Fecha, Nº factura, Código cliente, Línea, Importe; ~3 % returns; skewed clients. */
export function generatedSales(rows: number, clients: number, seed = 7): (string | number)[][] {
  const rnd = lcg(seed);
  const out: (string | number)[][] = new Array(rows + 1);
  out[0] = ['Fecha', 'Nº factura', 'Código cliente', 'Línea', 'Importe'];
  const start = GEN_AS_OF - 3 * 365;
  for (let i = 1; i <= rows; i++) {
    const c = Math.floor(clients * Math.pow(rnd(), 2.2)); // Pareto-ish skew
    const day = start + Math.floor(rnd() * 3 * 365) + 1;
    const amount = Math.round((20 + 2000 * Math.pow(rnd(), 3)) * 100) / 100;
    out[i] = [day, `F${Math.floor(i / 3)}`, `CL${String(c).padStart(6, '0')}`, `L${i % 12}`, rnd() < 0.03 ? -amount : amount];
  }
  return out;
}

export function generatedClients(clients: number, seed = 11): (string | number)[][] {
  const rnd = lcg(seed);
  const zones = ['Norte', 'Sur', 'Este', 'Oeste', 'Centro'];
  const out: (string | number)[][] = [['Código cliente', 'Razón social', 'Zona']];
  for (let c = 0; c < clients; c++) out.push([`CL${String(c).padStart(6, '0')}`, `Empresa ${c} S.L.`, zones[Math.floor(rnd() * 5)]]);
  return out;
}

export function loadGenerated(wb: SimWorkbook, rows: number, clients: number): void {
  const sales = generatedSales(rows, clients);
  wb.setCells('Ventas', 'A1', sales.slice(0, 1));
  wb.setCells('Ventas', 'A2', sales.slice(1), { numberFormat: ['dd/mm/yyyy', 'General', 'General', 'General', '#,##0.00'] });
  wb.setCells('Clientes', 'A1', generatedClients(clients));
}
