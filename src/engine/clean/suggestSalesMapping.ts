import type { Cell, SalesRole } from '../types';
import { SALES_VOCABULARY } from './roleVocabulary';
import { suggestMapping, type MappingSuggestion } from './suggestMapping';

/**
 * The suggested sales mapping for a header row and a few data rows: client id, date, amount (or
 * quantity × price) and the optional roles, each with a confidence 0–1. `missing` lists the
 * required roles no column plays ('amount' stands for "amount, or quantity and price").
 */
export function suggestSalesMapping(headers: Cell[], sampleRows: Cell[][] = []): MappingSuggestion<SalesRole> {
  return suggestMapping(SALES_VOCABULARY, headers, sampleRows, (m) => {
    const missing: SalesRole[] = [];
    if (m.client === undefined) missing.push('client');
    if (m.date === undefined) missing.push('date');
    if (m.amount === undefined && (m.quantity === undefined || m.price === undefined)) missing.push('amount');
    return missing;
  });
}
