import type { Cell, ClientRole } from '../types';
import { missingClientRoles } from './requiredRoles';
import { CLIENT_VOCABULARY } from './roleVocabulary';
import { suggestMapping, type MappingSuggestion } from './suggestMapping';

/**
 * The suggested client-list mapping: the client id (required) and the recognised attributes
 * (name, segment, region...). Columns with no role stay plain attributes of the list.
 */
export function suggestClientMapping(headers: Cell[], sampleRows: Cell[][] = []): MappingSuggestion<ClientRole> {
  return suggestMapping(CLIENT_VOCABULARY, headers, sampleRows, missingClientRoles);
}
