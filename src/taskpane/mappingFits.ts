/** Whether a stored mapping still fits a range of `columns` columns. */
export function mappingFits(mapping: Record<string, unknown> | undefined, columns: number): boolean {
  if (!mapping || typeof mapping !== 'object') return false;
  return Object.values(mapping).every((v) => v === undefined || (Number.isInteger(v) && (v as number) >= 0 && (v as number) < columns));
}
