/** Excel column letters of a 0-based column index (0 → "A", 26 → "AA"). */
export function columnLetter(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** "C (Fecha)": the column's letter and header, as messages name a column. */
export function columnLabel(firstColumn: number, index: number, header: string | undefined): string {
  const letter = columnLetter(firstColumn + index);
  return header && header.trim() ? `${letter} (${header.trim()})` : letter;
}
