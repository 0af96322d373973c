import type { SalesMapping } from '../types';

/**
 * The columns the sales reader reads for a mapping, the client's first (a row without a client is
 * blank or rejected whatever its other columns hold): what a file reader needs to type (issue #20).
 */
export function salesColumns(mapping: SalesMapping): number[] {
  const { client, ...others } = mapping;
  const rest = Object.values(others).filter((c): c is number => c !== undefined && c !== client);
  return client === undefined ? rest : [client, ...rest];
}
