import type { Categorical, ClientsData, SalesData } from '../types';
import { isoDate, trailingWindowStart } from '../dates';
import { foldText } from '../segments/foldText';

export interface ClientOwners {
  /** per client: index into labels, -1 = unassigned */
  owner: Categorical;
  /** per client: 0 = unassigned, 1 = from the client list, 2 = from the sales */
  source: Uint8Array;
}

/**
 * Each client's salesperson: the client list's salesperson (owner) column when it has one for the
 * client; otherwise the salesperson on most of the client's sales lines in the trailing 12 months
 * (all history up to asOf when it has none in the window), ties to the one with the latest sale,
 * then by name. Names that differ only in case, accents or spacing are one person (first spelling
 * kept, client list first).
 */
export function clientOwners(clients: ClientsData, sales: SalesData | null, asOf: number): ClientOwners {
  const n = clients.ids.length;
  const codes = new Int32Array(n).fill(-1);
  const source = new Uint8Array(n);
  const labels: string[] = [];
  const index = new Map<string, number>();
  const intern = (name: string): number => {
    const key = foldText(name);
    if (key === '') return -1;
    let code = index.get(key);
    if (code === undefined) index.set(key, (code = labels.push(name.trim()) - 1));
    return code;
  };

  const col = clients.roles.salesperson ? clients.attributes[clients.roles.salesperson] : undefined;
  if (col) {
    const map = col.kind === 'text' ? col.labels.map(intern) : null;
    for (let i = 0; i < n; i++) {
      let c = -1;
      if (col.kind === 'text') c = col.codes[i] >= 0 ? map![col.codes[i]] : -1;
      else if (!Number.isNaN(col.values[i]))
        c = intern(col.kind === 'date' ? isoDate(col.values[i]) : String(col.values[i]));
      if (c >= 0) {
        codes[i] = c;
        source[i] = 1;
      }
    }
  }

  const sp = sales?.salesperson;
  if (sales && sp) {
    const spMap = Int32Array.from(sp.labels, intern);
    const spCodes = sp.codes;
    const { client, day } = sales;
    const rows = sales.length;
    // Counting sort of the usable rows by client, for clients the list leaves unassigned.
    const start = new Int32Array(n + 1);
    for (let r = 0; r < rows; r++) {
      const c = client[r];
      if (codes[c] < 0 && day[r] <= asOf && spCodes[r] >= 0) start[c + 1]++;
    }
    for (let c = 0; c < n; c++) start[c + 1] += start[c];
    // Each row's salesperson and day are scattered next to its client's others (read in sequence below).
    const fill = start.slice(0, n);
    const rowSp = new Int32Array(start[n]),
      rowDay = new Int32Array(start[n]);
    for (let r = 0; r < rows; r++) {
      const c = client[r];
      if (codes[c] < 0 && day[r] <= asOf && spCodes[r] >= 0) {
        const k = fill[c]++;
        rowSp[k] = spMap[spCodes[r]];
        rowDay[k] = day[r];
      }
    }
    const from = trailingWindowStart(asOf, 12);
    const m = labels.length;
    const inWindow = new Int32Array(m),
      all = new Int32Array(m),
      latest = new Int32Array(m);
    const touched: number[] = [];
    for (let c = 0; c < n; c++) {
      const lo = start[c],
        hi = start[c + 1];
      if (lo === hi) continue;
      let anyInWindow = false;
      for (let k = lo; k < hi; k++) {
        const s = rowSp[k],
          dk = rowDay[k];
        if (s < 0) continue;
        if (all[s] === 0) {
          touched.push(s);
          latest[s] = dk;
        } else if (dk > latest[s]) latest[s] = dk;
        all[s]++;
        if (dk >= from) {
          inWindow[s]++;
          anyInWindow = true;
        }
      }
      const count = anyInWindow ? inWindow : all;
      let best = -1;
      for (const s of touched) {
        if (
          best < 0 ||
          count[s] > count[best] ||
          (count[s] === count[best] &&
            (latest[s] > latest[best] || (latest[s] === latest[best] && labels[s] < labels[best])))
        )
          best = s;
      }
      for (const s of touched) inWindow[s] = all[s] = latest[s] = 0;
      touched.length = 0;
      if (best >= 0) {
        codes[c] = best;
        source[c] = 2;
      }
    }
  }
  return { owner: { codes, labels }, source };
}
