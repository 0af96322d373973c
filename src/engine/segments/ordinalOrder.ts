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

/**
 * The labels in their natural order when they are ordinal levels, else null (the caller sorts them
 * alphabetically): every label a word of one known scale (Bajo < Medio < Medio-alto < Alto;
 * Micro < Pequeña < Mediana < Grande; low < medium < high…), or every label starting with a number
 * ("1 - Bajo", "2 - Medio", "10 - Alto"), ordered by that number.
 */
export function ordinalOrder(labels: readonly string[]): string[] | null {
  if (labels.length < 2) return null;
  for (const ranks of RANKS) {
    const rank = labels.map((l) => ranks.get(word(l)));
    if (rank.every((r) => r !== undefined)) return sortBy(labels, rank as number[]);
  }
  const numbers = labels.map((l) => {
    const m = NUMBER_FIRST.exec(foldText(l));
    if (!m) return NaN;
    const x = Number(m[2].replace(',', '.'));
    return m[1] === '<' || m[1] === '≤' ? x - 0.5 : m[1] === '>' || m[1] === '≥' ? x + 0.5 : x;
  });
  if (numbers.every((x) => !Number.isNaN(x))) return sortBy(labels, numbers);
  return null;
}

function sortBy(labels: readonly string[], keys: number[]): string[] {
  return labels
    .map((label, k) => ({ label, key: keys[k] }))
    .sort((a, b) => a.key - b.key || a.label.localeCompare(b.label))
    .map((x) => x.label);
}
