import { ordinalRanks } from './ordinalRanks';

/**
 * The labels in their natural order when they are ordinal levels, else null (the caller sorts them
 * alphabetically): every label a word of one known scale (Bajo < Medio < Medio-alto < Alto;
 * Micro < Pequeña < Mediana < Grande; low < medium < high…), or every label starting with a number
 * ("1 - Bajo", "2 - Medio", "10 - Alto"), ordered by that number.
 */
export function ordinalOrder(labels: readonly string[]): string[] | null {
  const ranks = ordinalRanks(labels);
  if (!ranks) return null;
  return labels
    .map((label, k) => ({ label, key: ranks[k] }))
    .sort((a, b) => a.key - b.key || a.label.localeCompare(b.label))
    .map((x) => x.label);
}
