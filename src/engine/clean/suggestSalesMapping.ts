import type { Cell, SalesRole } from '../types';
import { missingSalesRoles } from './requiredRoles';
import { SALES_VOCABULARY } from './roleVocabulary';
import { suggestMapping, type MappingSuggestion } from './suggestMapping';

/**
 * The suggested sales mapping for a header row and a few data rows: client id, date, amount (or
 * quantity × price) and the optional roles, each with a confidence 0–1. `missing` lists the
 * required roles no column plays (`missingSalesRoles`: 'amount', or 'price' when only the quantity
 * is found).
 */
export function suggestSalesMapping(headers: Cell[], sampleRows: Cell[][] = []): MappingSuggestion<SalesRole> {
  return suggestMapping(SALES_VOCABULARY, headers, sampleRows, missingSalesRoles);
}
