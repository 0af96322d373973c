import { NO_CODE } from '../types';

/**
 * A from × to cross-tab of codes (classes or statuses). Row / column k < size is code k; row / column
 * `size` is null (NO_CODE: no sale then, or no class now). Cell (from, to) is at from × (size + 1) + to.
 */
export interface MigrationMatrix {
  /** number of codes (the null row/column is index `size`) */
  size: number;
  clients: Int32Array;
  /** sum of the clients' 12-month revenue now, integer cents */
  revenueCents: Float64Array;
}

/** Counts clients and adds their revenue (cents) per (before, now) pair of codes. */
export function migrationMatrix(
  before: Uint8Array,
  now: Uint8Array,
  revenueCents: Float64Array,
  size: number,
): MigrationMatrix {
  const side = size + 1;
  const clients = new Int32Array(side * side);
  const revenue = new Float64Array(side * side);
  const index = (code: number) => (code === NO_CODE ? size : code);
  for (let i = 0; i < before.length; i++) {
    const cell = index(before[i]) * side + index(now[i]);
    clients[cell]++;
    revenue[cell] += revenueCents[i];
  }
  for (let k = 0; k < revenue.length; k++) revenue[k] = Math.round(revenue[k]);
  return { size, clients, revenueCents: revenue };
}
