// A company name split into its stem and its legal form, for spotting possible duplicates (SPEC §2).
// Spellings of one form share a canonical id ("Ltda." = "Limitada" = "LTDA" → ltda).
const FORMS = new Set(
  (
    'sa sau sad sas sl slu sll slne srl sca coop sc cb sadecv sapi sapidecv srldecv spa ltda lda ltd me epp ' +
    'eireli mei inc llc llp lp plc corp gmbh ag kg bv nv sarl oy ab aps pty'
  ).split(' '),
);
const ALIAS: Record<string, string> = {
  scoop: 'coop',
  sacv: 'sadecv',
  limitada: 'ltda',
  limited: 'ltd',
  incorporated: 'inc',
  corporation: 'corp',
};
const formOf = (word: string): string | undefined => (FORMS.has(word) ? word : ALIAS[word]);
/** Words dropped from the end that are no legal form: "y Cía.", "& Co.", "and Company". */
const TRAILING = new Set(['y', 'e', 'and', 'cia', 'co', 'company']);

export interface CompanyName {
  /** case, accents and punctuation ignored, "&" = "y", trailing legal form dropped ("acme") */
  stem: string;
  /** the canonical legal form(s) at the end ("sa", "sl", "ltda"), '' when none */
  form: string;
}

/**
 * "Acme, S.A." → { stem: 'acme', form: 'sa' }; "Tintas Limitada" → { stem: 'tintas', form: 'ltda' };
 * "Pérez y Cía." → { stem: 'perez', form: '' }. A name that is only a legal form keeps it as stem.
 */
export function companyName(name: string): CompanyName {
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
  const forms: string[] = [];
  let end = tokens.length;
  while (end > 1) {
    const last = tokens[end - 1];
    const threeWord = end > 3 && tokens[end - 2] === 'de' ? formOf(tokens[end - 3] + 'de' + last) : undefined;
    if (threeWord) {
      forms.unshift(threeWord);
      end -= 3;
    } else if (formOf(last)) {
      forms.unshift(formOf(last)!);
      end--;
    } else if (TRAILING.has(last)) end--;
    else break;
  }
  return { stem: tokens.slice(0, end).join(' '), form: forms.join(' ') };
}
