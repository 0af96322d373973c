import type { Cell } from '../types';
import { normalizeHeader } from './normalizeHeader';
import { dateReadings } from './parseDate';
import { numberReadings } from './parseNumber';
import type { RoleKind, RoleWords } from './roleVocabulary';

/** What a column's sample holds. */
export type ColumnKind = 'empty' | 'number' | 'date' | 'text' | 'mixed';

export interface ColumnSuggestion<R extends string> {
  column: number;
  header: string;
  /** the suggested role, null when the column plays none (a plain attribute) */
  role: R | null;
  /** 0–1, shown by the UI next to the role */
  confidence: number;
  kind: ColumnKind;
}

export interface MappingSuggestion<R extends string> {
  /** role → 0-based column index */
  mapping: Partial<Record<R, number>>;
  /** role → confidence 0–1 */
  confidence: Partial<Record<R, number>>;
  columns: ColumnSuggestion<R>[];
  /** required roles that no column plays */
  missing: R[];
}

interface Compiled {
  kind: RoleKind;
  names: Map<string, number>;
  compact: Map<string, number>;
  parts: Array<[string, number]>;
  against: string[];
}

const compiledCache = new WeakMap<object, Compiled>();

function compile(words: RoleWords): Compiled {
  let c = compiledCache.get(words);
  if (c) return c;
  const names = new Map<string, number>();
  const compact = new Map<string, number>();
  for (const [name, w] of Object.entries(words.names)) {
    const n = normalizeHeader(name);
    names.set(n, Math.max(w, names.get(n) ?? 0));
    const k = n.replace(/ /g, '');
    compact.set(k, Math.max(w, compact.get(k) ?? 0));
  }
  const parts = Object.entries(words.parts ?? {}).map(([p, w]) => [normalizeHeader(p), w] as [string, number]);
  const against = (words.against ?? []).map((a) => (a === '%' ? '%' : normalizeHeader(a)));
  c = { kind: words.kind, names, compact, parts, against };
  compiledCache.set(words, c);
  return c;
}

/** How well a normalised header names a role, 0–1, from the header text alone. */
export function headerScore(header: string, words: RoleWords): number {
  const c = compile(words);
  if (!header) return 0;
  let score = c.names.get(header) ?? 0;
  if (!score) score = (c.compact.get(header.replace(/ /g, '')) ?? 0) * 0.97;
  if (!score) {
    const padded = ` ${header} `;
    const single = !header.includes(' ');
    for (const [p, w] of c.parts) {
      if (padded.includes(` ${p} `)) score = Math.max(score, w);
      else if (single && p.length >= 4 && header.length > p.length && header.includes(p.replace(/ /g, '')))
        score = Math.max(score, w * 0.9);
    }
  }
  if (score && c.against.length) {
    const padded = ` ${header} `;
    if (c.against.some((a) => (a === '%' ? header.includes('%') : padded.includes(` ${a} `)))) score *= 0.6;
  }
  return score;
}

interface SampleStats {
  kind: ColumnKind;
  filled: number;
  numberShare: number;
  dateShare: number;
  /** share of filled cells that read as words (letters, a space, no digits): names, not codes */
  wordShare: number;
}

/** The kind of a column from a sample of its cells. */
export function sampleStats(values: Cell[]): SampleStats {
  let filled = 0, numbers = 0, serials = 0, dates = 0, numText = 0, words = 0;
  for (const v of values) {
    if (v === '' || v === null || v === undefined) continue;
    if (typeof v === 'string' && v.trim() === '') continue;
    filled++;
    if (typeof v === 'number') {
      numbers++;
      if (v >= 18_264 && v < 73_051) serials++;
      else if (v >= 19_000_101 && v <= 21_001_231 && Number.isInteger(v)) serials++;
    } else if (typeof v === 'string') {
      const d = dateReadings(v);
      if (!Number.isNaN(d.dmy) || !Number.isNaN(d.mdy)) dates++;
      else {
        const n = numberReadings(v);
        if (!Number.isNaN(n.dot) || !Number.isNaN(n.comma)) numText++;
        else if (/\s/.test(v.trim()) && !/\d/.test(v)) words++;
      }
    }
  }
  const share = (k: number): number => (filled ? k / filled : 0);
  const numberShare = share(numbers + numText);
  const dateShare = share(dates + serials);
  let kind: ColumnKind;
  if (!filled) kind = 'empty';
  // Numbers in the range of date serials stay 'number': only the header can tell them apart.
  else if (share(dates) >= 0.8) kind = 'date';
  else if (numberShare >= 0.8) kind = 'number';
  else if (share(filled - numbers - numText - dates) >= 0.8) kind = 'text';
  else kind = 'mixed';
  return { kind, filled, numberShare, dateShare, wordShare: share(words) };
}

function kindFactor(kind: RoleKind, s: SampleStats): number {
  if (!s.filled) return 1;
  switch (kind) {
    case 'date':
      return s.dateShare >= 0.8 ? 1 : 0.4;
    case 'number':
      return s.numberShare >= 0.8 ? 1 : 0.4;
    case 'id':
      return s.wordShare >= 0.5 ? 0.8 : 1;
    case 'text':
      return s.kind === 'date' ? 0.7 : 1;
  }
}

/**
 * Suggests which column plays each role, from header names weighed by the sample's data types.
 * Each role gets at most one column and each column at most one role, best matches first.
 */
export function suggestMapping<R extends string>(
  vocabulary: Record<R, RoleWords>,
  headers: Cell[],
  sampleRows: Cell[][],
  required: (mapping: Partial<Record<R, number>>) => R[],
): MappingSuggestion<R> {
  const roles = Object.keys(vocabulary) as R[];
  const names = headers.map((h) => (h === null || h === undefined ? '' : String(h)));
  const normal = names.map(normalizeHeader);
  const stats = names.map((_, c) => sampleStats(sampleRows.map((r) => r[c])));
  const candidates: Array<{ role: R; column: number; score: number; order: number }> = [];
  roles.forEach((role, order) => {
    for (let c = 0; c < names.length; c++) {
      const h = headerScore(normal[c], vocabulary[role]);
      if (h > 0) candidates.push({ role, column: c, score: h * kindFactor(vocabulary[role].kind, stats[c]), order });
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.order - b.order || a.column - b.column);
  const mapping: Partial<Record<R, number>> = {};
  const confidence: Partial<Record<R, number>> = {};
  const taken = new Set<number>();
  for (const k of candidates) {
    if (mapping[k.role] !== undefined || taken.has(k.column) || k.score < 0.3) continue;
    mapping[k.role] = k.column;
    confidence[k.role] = Math.round(k.score * 100) / 100;
    taken.add(k.column);
  }
  // A required date role with no header match: the one free column whose sample is all dates.
  for (const role of roles) {
    if (mapping[role] !== undefined || vocabulary[role].kind !== 'date' || !required({}).includes(role)) continue;
    const free = stats.map((_, c) => c).filter((c) => !taken.has(c) && stats[c].kind === 'date');
    if (free.length === 1) {
      mapping[role] = free[0];
      confidence[role] = 0.4;
      taken.add(free[0]);
    }
  }
  const columns = names.map((header, column): ColumnSuggestion<R> => {
    const role = roles.find((r) => mapping[r] === column) ?? null;
    return { column, header, role, confidence: role ? confidence[role]! : 0, kind: stats[column].kind };
  });
  return { mapping, confidence, columns, missing: required(mapping) };
}
