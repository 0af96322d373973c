// Which required roles a mapping still lacks (SPEC §1): sales need a client id, a date and either an
// amount or quantity × unit price; a client list needs its client id.
import type { ClientMapping, ClientRole, SalesMapping, SalesRole } from '../engine/types';

export function missingSalesRoles(mapping: SalesMapping): SalesRole[] {
  const missing: SalesRole[] = [];
  if (mapping.client === undefined) missing.push('client');
  if (mapping.date === undefined) missing.push('date');
  if (mapping.amount === undefined && (mapping.quantity === undefined || mapping.price === undefined)) {
    if (mapping.quantity !== undefined) missing.push('price');
    else if (mapping.price !== undefined) missing.push('quantity');
    else missing.push('amount');
  }
  return missing;
}

export function missingClientRoles(mapping: ClientMapping): ClientRole[] {
  return mapping.client === undefined ? ['client'] : [];
}

/** Whether a stored mapping still fits a range of `columns` columns. */
export function mappingFits(mapping: Record<string, unknown> | undefined, columns: number): boolean {
  if (!mapping || typeof mapping !== 'object') return false;
  return Object.values(mapping).every((v) => v === undefined || (Number.isInteger(v) && (v as number) >= 0 && (v as number) < columns));
}
