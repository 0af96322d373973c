// The required roles (SPEC §1), the one place this rule is written: sales need a client id, a date
// and either an amount or quantity × unit price; a client list needs its client id. The pane's
// "Columns" step, the mapping suggestion, the CLI and the readers all ask here.
import type { ClientMapping, ClientRole, SalesMapping, SalesRole } from '../types';

/**
 * The required sales roles `mapping` lacks, in the order client, date, then the money: 'amount'
 * when neither an amount nor quantity × price is there, 'price' when only the quantity is,
 * 'quantity' when only the price is. [] when the mapping can be read.
 */
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

/** The required client-list roles `mapping` lacks: ['client'] or []. */
export function missingClientRoles(mapping: ClientMapping): ClientRole[] {
  return mapping.client === undefined ? ['client'] : [];
}
