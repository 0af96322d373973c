import type { Categorical, ClientsData } from '../types';
import { isoDate } from '../dates';
import { foldText } from '../segments/foldText';

/**
 * A client attribute as groups (territory, industry...): codes per client, -1 = blank. Text
 * values that differ only in case, accents or spacing are one group ("Norte", "NORTE"), shown with
 * their first spelling; numbers and dates group by value.
 */
export function attributeGroups(clients: ClientsData, key: string): Categorical {
  const col = clients.attributes[key];
  if (!col) throw new RangeError(`attributeGroups: the client list has no attribute "${key}".`);
  const n = clients.ids.length;
  const codes = new Int32Array(n).fill(-1);
  const labels: string[] = [];
  const index = new Map<string, number>();
  const intern = (text: string): number => {
    const k = foldText(text);
    if (k === '') return -1;
    let code = index.get(k);
    if (code === undefined) index.set(k, (code = labels.push(text.trim()) - 1));
    return code;
  };
  if (col.kind === 'text') {
    const map = col.labels.map(intern);
    for (let i = 0; i < n; i++) if (col.codes[i] >= 0) codes[i] = map[col.codes[i]];
  } else {
    const seen = new Map<number, number>();
    for (let i = 0; i < n; i++) {
      const v = col.values[i];
      if (Number.isNaN(v)) continue;
      let code = seen.get(v);
      if (code === undefined) seen.set(v, (code = intern(col.kind === 'date' ? isoDate(v) : String(v))));
      codes[i] = code;
    }
  }
  return { codes, labels };
}
