/** Separators tried, in order of preference on a tie; 'whitespace' is space-aligned text (runs of blanks). */
export const SEPARATORS = [',', ';', '\t', '|'] as const;
export type Separator = (typeof SEPARATORS)[number] | 'whitespace';

/** Records looked at to guess the separator. */
export const GUESS_RECORDS = 20;

/**
 * The separator of a text file from its first records (quotes respected): the candidate that the
 * most records use as often as the first one (the header) does; on a tie, the one the header uses
 * most. With none in any record and every line splitting on blanks into the same number (≥ 2) of
 * fields, 'whitespace' (e.g. the CDNOW files: " 00001 19970101  1   11.77"). Otherwise ','. `sample`
 * may end mid-record unless `complete`.
 */
export function guessSeparator(sample: string, complete: boolean): Separator {
  const counts: number[][] = [];
  let current = [0, 0, 0, 0];
  let inQuotes = false;
  let hasQuote = false;
  let lineHasText = false;
  for (let i = 0; i < sample.length && counts.length < GUESS_RECORDS; i++) {
    const c = sample[i];
    if (c === '"') {
      inQuotes = !inQuotes;
      hasQuote = true;
      lineHasText = true;
    } else if (inQuotes) continue;
    else if (c === '\n' || c === '\r') {
      if (lineHasText) counts.push(current);
      current = [0, 0, 0, 0];
      lineHasText = false;
    } else {
      const k = SEPARATORS.indexOf(c as (typeof SEPARATORS)[number]);
      if (k >= 0) current[k]++;
      if (c !== ' ') lineHasText = true;
    }
  }
  if (counts.length === 0 && lineHasText) counts.push(current);
  let best = -1;
  let bestScore = 0;
  let bestHeader = 0;
  for (let k = 0; k < SEPARATORS.length; k++) {
    const header = counts[0]?.[k] ?? 0;
    if (header === 0) continue;
    const score = counts.filter((r) => r[k] === header).length;
    // on a tie, the one the header uses most ("a;b,c;d" with "1;2,5;3" below: ';')
    if (score > bestScore || (score === bestScore && header > bestHeader)) {
      best = k;
      bestScore = score;
      bestHeader = header;
    }
  }
  if (best >= 0) return SEPARATORS[best];
  if (!hasQuote && counts.every((r) => r.every((n) => n === 0))) {
    const lines = sample.split(/\r\n|\r|\n/, GUESS_RECORDS + 1);
    if (!complete || lines.length > GUESS_RECORDS) lines.pop();
    const widths = new Set(lines.filter((l) => l.trim() !== '').map((l) => l.trim().split(/[ \t]+/).length));
    if (widths.size === 1 && [...widths][0] >= 2) return 'whitespace';
  }
  return ',';
}
