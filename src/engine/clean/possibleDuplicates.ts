import type { QualityIssue } from '../types';
import { companyName } from './companyName';
import { idShape } from './idShape';

export interface DuplicateNamesInput {
  sheet: string;
  /** the name column's label, e.g. "B (Razón social)" */
  column: string;
  /** per client, in list order */
  ids: readonly string[];
  names: readonly string[];
  /** per client, its 1-based row */
  rows: ArrayLike<number>;
}

/**
 * Clients that may be one (SPEC §2), never merged. Names match when their stems match
 * (`companyName`) and their legal forms do not contradict each other: the same form, or a form on
 * one side only ("Acme" / "Acme S.A."). Two stated forms that differ ("Acme S.L." / "Acme S.A.") are
 * two legal persons, not reported. A match whose ids differ only in formatting ("C-001" / "C001",
 * "1" / "001") is `id_variant` (likely one client keyed twice); otherwise `possible_duplicate`.
 * One issue per later client, naming the earliest matching one.
 */
export function possibleDuplicates(input: DuplicateNamesInput): QualityIssue[] {
  const { sheet, column, ids, names, rows } = input;
  const issues: QualityIssue[] = [];
  // stem → (legal form → first client with it); the '' form is "no form stated".
  const seen = new Map<string, Map<string, number>>();
  for (let k = 0; k < names.length; k++) {
    const { stem, form } = companyName(names[k]);
    if (!stem) continue;
    let forms = seen.get(stem);
    if (!forms) seen.set(stem, (forms = new Map()));
    let first = -1;
    if (form === '') for (const i of forms.values()) first = first < 0 ? i : Math.min(first, i);
    else {
      const same = forms.get(form) ?? -1;
      const none = forms.get('') ?? -1;
      first = same < 0 ? none : none < 0 ? same : Math.min(same, none);
    }
    if (!forms.has(form)) forms.set(form, k);
    if (first < 0) continue;
    const variant = idShape(ids[first]) === idShape(ids[k]);
    const pair = `${ids[first]} (row ${rows[first]}, "${names[first]}") and ${ids[k]} (row ${rows[k]}, "${names[k]}")`;
    issues.push({
      kind: variant ? 'id_variant' : 'possible_duplicate',
      sheet,
      row: rows[k],
      column,
      clientId: ids[k],
      otherClientId: ids[first],
      detail: {
        code: variant ? 'id_variant' : 'possible_duplicate',
        otherRow: rows[first],
        otherName: names[first],
        row: rows[k],
        name: names[k],
      },
      message: variant
        ? `Clients ${pair} have the same name and ids that differ only in case, spaces, punctuation or leading zeros: probably one client keyed twice. They are kept apart.`
        : `Clients ${pair} may be the same client: their names match once normalised. They are kept apart.`,
    });
  }
  return issues;
}
