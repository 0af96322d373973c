// Excel's column letters, written once for all of Cartera (the engine's messages, the report's
// addresses, src/excel, the CLI's --map, the sample). Only src/host, the simulated Excel, has its
// own (src/host/address.ts): it may not import the engine, and it stands for Excel in the tests.
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

/** The 0-based index of column letters, any case ("A" → 0, "aa" → 26, "XFD" → 16383); -1 unless 1–3 letters A–Z. */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return -1;
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + ((letters.charCodeAt(i) & 0xdf) - 64);
  return n - 1;
}
