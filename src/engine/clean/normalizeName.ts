// Legal forms dropped from the end of a company name (dots and slashes removed, lower case).
const LEGAL = new Set([
  'sa', 'sl', 'slu', 'sll', 'slne', 'sau', 'sad', 'sas', 'sca', 'scoop', 'coop', 'sc', 'srl', 'sacv', 'sadecv',
  'sapi', 'sapidecv', 'srldecv', 'spa', 'ltda', 'ltd', 'limitada', 'me', 'epp', 'eireli', 'mei', 'cia', 'inc',
  'incorporated', 'llc', 'llp', 'lp', 'plc', 'corp', 'corporation', 'co', 'company', 'gmbh', 'ag', 'kg', 'bv',
  'nv', 'sarl', 'oy', 'ab', 'aps', 'pty',
]);
const CONNECTORS = new Set(['y', 'e', 'and']);

/**
 * A client name reduced for spotting possible duplicates: case, accents and punctuation ignored,
 * and legal forms at the end dropped ("Acme, S.A." = "ACME SA" = "Acme"; "Tintas Ltda." = "Tintas").
 */
export function normalizeName(name: string): string {
  const words = String(name)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' y ')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  // Runs of single letters ("s. a.", "s/a", "s.l.u.") become one word ("sa", "slu").
  const tokens: string[] = [];
  let run = false;
  for (const w of words) {
    const single = w.length === 1 && w >= 'a' && w <= 'z';
    if (single && run) tokens[tokens.length - 1] += w;
    else tokens.push(w);
    run = single;
  }
  let end = tokens.length;
  while (end > 1) {
    const last = tokens[end - 1];
    if (LEGAL.has(last) || CONNECTORS.has(last)) end--;
    else if (end > 3 && tokens[end - 2] === 'de' && LEGAL.has(tokens[end - 3] + 'de' + last)) end -= 3;
    else break;
  }
  return tokens.slice(0, end).join(' ');
}
