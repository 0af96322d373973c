import { foldText } from './foldText';

// Ordinal vocabularies (es, pt, en): each word's rank within its scale. A field is ordinal when all
// its values fall in one scale; "medio-alto", "medio alto" and "Medio_Alto" are one word here.
const SCALES: readonly (readonly (readonly string[])[])[] = [
  // levels: income, priority, risk, satisfaction...
  [
    ['muy bajo', 'muy baja', 'muito baixo', 'muito baixa', 'very low'],
    ['bajo', 'baja', 'baixo', 'baixa', 'low'],
    [
      'medio bajo',
      'media baja',
      'medio baixo',
      'media baixa',
      'medium low',
      'low medium',
      'lower middle',
      'lower medium',
    ],
    ['medio', 'media', 'medium', 'mid', 'middle', 'average', 'moderado', 'moderada', 'moderate'],
    ['medio alto', 'media alta', 'medium high', 'high medium', 'upper middle', 'upper medium'],
    ['alto', 'alta', 'high'],
    ['muy alto', 'muy alta', 'muito alto', 'muito alta', 'very high'],
  ],
  // sizes
  [
    [
      'micro',
      'microempresa',
      'muy pequeno',
      'muy pequena',
      'muito pequeno',
      'muito pequena',
      'extra small',
      'xs',
    ],
    ['pequeno', 'pequena', 'small', 's'],
    ['mediano', 'mediana', 'medio', 'media', 'medium', 'm'],
    ['grande', 'large', 'big', 'l'],
    ['muy grande', 'muito grande', 'extra large', 'xl'],
  ],
];
const RANKS: readonly Map<string, number>[] = SCALES.map(
  (scale) => new Map(scale.flatMap((words, rank) => words.map((w) => [w, rank] as [string, number]))),
);
/** "3 - Alto", "10 empleados", "<10", "> 250": a number first (a leading < or > sorts just before / after it). */
const NUMBER_FIRST = /^([<>≤≥]?)\s*(\d+(?:[.,]\d+)?)/;

const word = (label: string): string =>
  foldText(label)
    .replace(/[-_/.]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Each label's rank on its scale (equal for spellings of one level), or null when they are not ordinal. */
export function ordinalRanks(labels: readonly string[]): number[] | null {
  if (labels.length < 2) return null;
  // Stops at the first label off the scale: a name or city column is rejected at once.
  for (const ranks of RANKS) {
    const out: number[] = [];
    for (const l of labels) {
      const r = ranks.get(word(l));
      if (r === undefined) break;
      out.push(r);
    }
    if (out.length === labels.length) return out;
  }
  const out: number[] = [];
  for (const l of labels) {
    const m = NUMBER_FIRST.exec(foldText(l));
    if (!m) return null;
    const x = Number(m[2].replace(',', '.'));
    out.push(m[1] === '<' || m[1] === '≤' ? x - 0.5 : m[1] === '>' || m[1] === '≥' ? x + 0.5 : x);
  }
  return out;
}
