// Ingest and cleaning (SPEC §1–2): from the user's ranges to SalesData + ClientsData + QualityReport.
export { clientId } from './clientId';
export { columnLetter, columnLabel, columnIndex } from './columnLetter';
export { localeConventions, readConventions, type ReadOptions, type Conventions } from './conventions';
export { createSalesReader, type SalesReader, type SalesReaderOptions, type SalesReadResult } from './createSalesReader';
export { currencyCode, sameCurrency } from './currency';
export { currencyOf, CURRENCY_ROWS } from './currencyOf';
export { findHeaderRow } from './findHeaderRow';
export { headerRowOf, HEADER_SCAN_ROWS } from './headerRowOf';
export { normalizeHeader } from './normalizeHeader';
export { normalizeName } from './normalizeName';
export { parseDate, dateReadings, serialDay, type DateOrder } from './parseDate';
export { parseNumber, numberReadings, type DecimalSeparator } from './parseNumber';
export { missingClientRoles, missingSalesRoles } from './requiredRoles';
export { salesColumns } from './salesColumns';
export { readClientList, extendClients, specialFlag, type ClientList } from './readClientList';
export { suggestClientMapping } from './suggestClientMapping';
export { suggestSalesMapping } from './suggestSalesMapping';
export type { ColumnKind, ColumnSuggestion, MappingSuggestion } from './suggestMapping';
