import type { Categorical, ClientsData, SalesData } from '../types';
import { engineError } from '../engineError';
import { trailingWindowStart } from '../dates';
import { toCents } from '../money';
import { foldText } from '../segments/foldText';
import { attributeGroups } from './attributeGroups';

export interface CrossSellInput {
  clients: ClientsData;
  sales: SalesData;
  asOf: number;
  /** client attribute that defines the peers; default the industry role, else the segment role;
   *  null (or no such attribute) = the whole portfolio as one segment */
  segmentKey?: string | null;
  /** share of a segment's peers that must buy a line for it to be a gap (0.5) */
  minShare?: number;
  /** trailing window in months (12); null = all history up to asOf */
  windowMonths?: number | null;
  /** clients with a blank segment: their own "(blank)" segment (default) or left out */
  blankSegment?: 'group' | 'exclude';
  /** each client's salesperson, for the opportunity list (clientOwners) */
  owner?: Categorical | null;
}

export interface CrossSellOpportunities {
  length: number;
  client: Int32Array;
  /** index into lines */
  line: Int32Array;
  /** the peers' median spend on the line over the window, cents */
  value: Float64Array;
  /** share of the client's peers who buy the line */
  peerShare: Float64Array;
  /** index into salespersonLabels, -1 = unassigned */
  salesperson: Int32Array;
}

export interface CrossSellResult {
  segmentKey: string | null;
  segments: string[];
  lines: string[];
  /** per segment: clients with ≥ 1 purchase in the window */
  segmentClients: Int32Array;
  /** [segment × lines.length + line]: clients of the segment buying the line (net spend > 0) */
  lineBuyers: Int32Array;
  /** lineBuyers / segmentClients; NaN for an empty segment */
  penetration: Float64Array;
  /** median spend of the line's buyers in the segment, cents; NaN when nobody buys it */
  medianSpend: Float64Array;
  /** per client: segment index, -1 when the client is not analysed (no purchase, blank excluded) */
  clientSegment: Int32Array;
  /** per client: number of gaps and their total estimated value (cents) */
  gapCount: Int32Array;
  gapValue: Float64Array;
  /** ranked by value (highest first); equal values in client order, then line name */
  opportunities: CrossSellOpportunities;
  salespersonLabels: string[];
}

/** Cells in the segment × line grid above which the analysis refuses (memory). */
export const CROSS_SELL_MAX_GRID = 50_000_000;

/**
 * Cross-selling gaps (SPEC §8): the segment × product-line penetration grid, and per client the
 * lines bought by at least `minShare` of its segment's peers (the other clients of its segment with
 * a purchase in the window) that it does not buy, valued at the peers' median spend on the line.
 */
export function crossSellGaps(input: CrossSellInput): CrossSellResult {
  const { clients, sales, asOf } = input;
  const product = sales.product;
  if (!product)
    throw engineError(
      'no_product_line',
      {},
      'Cross-selling needs a product line (or category) column in the sales range.',
    );
  const minShare = input.minShare ?? 0.5;
  if (!(minShare >= 0 && minShare <= 1))
    throw new RangeError(`crossSellGaps: minShare must be within 0–1 (got ${minShare}).`);
  const windowMonths = input.windowMonths === undefined ? 12 : input.windowMonths;
  const from = windowMonths === null ? -Infinity : trailingWindowStart(asOf, windowMonths);
  const nClients = clients.ids.length;

  // Product lines that differ only in case/accents/spacing are one line; blank lines are left out.
  const lines: string[] = [];
  const lineIndex = new Map<string, number>();
  const lineOf = Int32Array.from(product.labels, (label) => {
    const k = foldText(label);
    if (k === '') return -1;
    let code = lineIndex.get(k);
    if (code === undefined) lineIndex.set(k, (code = lines.push(label.trim()) - 1));
    return code;
  });
  const L = lines.length;

  // Segments.
  const roleKey = clients.roles.industry ?? clients.roles.segment ?? null;
  let segmentKey = input.segmentKey === undefined ? roleKey : input.segmentKey;
  if (segmentKey !== null && !clients.attributes[segmentKey]) {
    if (input.segmentKey !== undefined)
      throw engineError(
        'unknown_attribute',
        { attribute: segmentKey },
        `Cross-selling: the client list has no column "${segmentKey}".`,
      );
    segmentKey = null;
  }
  let segCode: Int32Array;
  const segments: string[] = [];
  if (segmentKey === null) {
    segCode = new Int32Array(nClients);
    segments.push('(all)');
  } else {
    const groups = attributeGroups(clients, segmentKey);
    segments.push(...groups.labels);
    segCode = groups.codes;
    if (input.blankSegment !== 'exclude' && segCode.some((s) => s < 0)) {
      const blank = segments.push('(blank)') - 1;
      segCode = segCode.map((s) => (s < 0 ? blank : s));
    }
  }
  const S = segments.length;
  if (S * L > CROSS_SELL_MAX_GRID)
    throw engineError(
      'too_many_groups',
      { segments: S, lines: L },
      `Cross-selling: ${S} segments × ${L} product lines is too large a grid; choose a coarser segment or product column.`,
    );

  // Per client: whether it made a purchase in the window, and its net spend per line (> 0 cents).
  const window: Window = { from, to: asOf, segCode, lineOf, L };
  const spend = clientSpend(sales, product.codes, window);
  const { pairStart, pairLine, pairCents } = spend;
  const p = pairStart[nClients];
  const clientSegment = new Int32Array(nClients).fill(-1);
  for (let c = 0; c < nClients; c++) if (spend.purchased[c]) clientSegment[c] = segCode[c];

  // The grid: clients and buyers per segment and line, and the buyers' median spend.
  const segmentClients = new Int32Array(S);
  const lineBuyers = new Int32Array(S * L);
  for (let c = 0; c < nClients; c++) {
    const s = clientSegment[c];
    if (s < 0) continue;
    segmentClients[s]++;
    for (let k = pairStart[c]; k < pairStart[c + 1]; k++) lineBuyers[s * L + pairLine[k]]++;
  }
  const cellStart = new Int32Array(S * L + 1);
  for (let g = 0; g < S * L; g++) cellStart[g + 1] = cellStart[g] + lineBuyers[g];
  const cellFill = cellStart.slice(0, S * L);
  const cellValues = new Float64Array(p);
  for (let c = 0; c < nClients; c++) {
    const s = clientSegment[c];
    if (s < 0) continue;
    for (let k = pairStart[c]; k < pairStart[c + 1]; k++)
      cellValues[cellFill[s * L + pairLine[k]]++] = pairCents[k];
  }
  const penetration = new Float64Array(S * L);
  const medianSpend = new Float64Array(S * L);
  for (let g = 0; g < S * L; g++) {
    const size = segmentClients[Math.floor(g / L)];
    penetration[g] = size > 0 ? lineBuyers[g] / size : NaN;
    const lo = cellStart[g],
      hi = cellStart[g + 1];
    if (lo === hi) {
      medianSpend[g] = NaN;
      continue;
    }
    medianSpend[g] = median(cellValues, lo, hi);
  }

  // Lines popular among the peers of a non-buyer: buyers ≥ minShare × (segment size − 1); listed
  // in line-name order so that a client's gaps come out in that order.
  const lineOrder = Array.from(lines.keys()).sort((a, b) => compareText(lines[a], lines[b]));
  const q = Math.round(minShare * 1e6);
  const popular: Int32Array[] = [];
  for (let s = 0; s < S; s++) {
    const peers = segmentClients[s] - 1;
    const list: number[] = [];
    if (peers >= 1)
      for (const l of lineOrder) {
        const b = lineBuyers[s * L + l];
        if (b > 0 && b < segmentClients[s] && b * 1e6 >= q * peers) list.push(l);
      }
    popular.push(Int32Array.from(list));
  }

  // Gaps per client: count, then fill (in client order, lines by name within a client).
  const gapCount = new Int32Array(nClients);
  const gapValue = new Float64Array(nClients);
  const stamp = new Int32Array(L).fill(-1);
  let count = 0;
  for (let c = 0; c < nClients; c++) {
    const s = clientSegment[c];
    if (s < 0 || popular[s].length === 0) continue;
    for (let k = pairStart[c]; k < pairStart[c + 1]; k++) stamp[pairLine[k]] = c;
    const list = popular[s];
    for (let j = 0; j < list.length; j++) {
      const l = list[j];
      if (stamp[l] === c) continue;
      gapCount[c]++;
      gapValue[c] += medianSpend[s * L + l];
    }
    count += gapCount[c];
  }
  const oClient = new Int32Array(count),
    oLine = new Int32Array(count);
  for (let c = 0, k = 0; c < nClients; c++) {
    if (gapCount[c] === 0) continue;
    const s = clientSegment[c];
    for (let j = pairStart[c]; j < pairStart[c + 1]; j++) stamp[pairLine[j]] = nClients + c;
    const list = popular[s];
    for (let j = 0; j < list.length; j++) {
      if (stamp[list[j]] === nClients + c) continue;
      oClient[k] = c;
      oLine[k++] = list[j];
    }
  }

  // Ranked by value, highest first; equal values keep client order, then line order. Values are
  // the grid's medians, so a stable counting sort over their distinct ranks does it in linear time.
  const cells = Array.from({ length: S * L }, (_, g) => g).filter((g) => lineBuyers[g] > 0);
  cells.sort((a, b) => medianSpend[b] - medianSpend[a]);
  const valueRank = new Int32Array(S * L);
  let ranks = 0;
  cells.forEach((g, k) => {
    if (k > 0 && medianSpend[g] !== medianSpend[cells[k - 1]]) ranks++;
    valueRank[g] = ranks;
  });
  const rankStart = new Int32Array(ranks + 2);
  for (let k = 0; k < count; k++) rankStart[valueRank[clientSegment[oClient[k]] * L + oLine[k]] + 1]++;
  for (let r = 0; r <= ranks; r++) rankStart[r + 1] += rankStart[r];
  const owner = input.owner ?? null;
  const opportunities: CrossSellOpportunities = {
    length: count,
    client: new Int32Array(count),
    line: new Int32Array(count),
    value: new Float64Array(count),
    peerShare: new Float64Array(count),
    salesperson: new Int32Array(count),
  };
  for (let k = 0; k < count; k++) {
    const c = oClient[k],
      l = oLine[k],
      s = clientSegment[c],
      g = s * L + l;
    const at = rankStart[valueRank[g]]++;
    opportunities.client[at] = c;
    opportunities.line[at] = l;
    opportunities.value[at] = medianSpend[g];
    opportunities.peerShare[at] = lineBuyers[g] / (segmentClients[s] - 1);
    opportunities.salesperson[at] = owner ? owner.codes[c] : -1;
  }
  return {
    segmentKey,
    segments,
    lines,
    segmentClients,
    lineBuyers,
    penetration,
    medianSpend,
    clientSegment,
    gapCount,
    gapValue,
    opportunities,
    salespersonLabels: owner ? owner.labels : [],
  };
}

interface Window {
  from: number;
  to: number;
  /** segment per client, -1 = left out */
  segCode: Int32Array;
  /** product code → line, -1 = blank */
  lineOf: Int32Array;
  L: number;
}

/** Per client (CSR): the lines it bought (net spend > 0 cents) with that spend; purchase flags. */
interface ClientSpend {
  purchased: Uint8Array;
  pairStart: Int32Array;
  pairLine: Int32Array;
  pairCents: Float64Array;
}

/** Rows of the window grouped by client (counting sort), then per client a scratch line vector. */
function clientSpend(sales: SalesData, pcodes: Int32Array, w: Window): ClientSpend {
  const { client, day, amount } = sales;
  const { segCode, lineOf, L, from, to } = w;
  const n = segCode.length;
  const rows = sales.length;
  const start = new Int32Array(n + 1);
  for (let r = 0; r < rows; r++) {
    const d = day[r];
    if (d >= from && d <= to && segCode[client[r]] >= 0) start[client[r] + 1]++;
  }
  for (let c = 0; c < n; c++) start[c + 1] += start[c];
  // Scatter each row's amount and line next to its client's others, so the per-client pass reads
  // sequentially (row order kept within a client: the same float sums as a pass in row order).
  const fill = start.slice(0, n);
  const used = start[n];
  const order = new Int32Array(used),
    rowAmount = new Float64Array(used),
    rowLine = new Int32Array(used);
  for (let r = 0; r < rows; r++) {
    const d = day[r];
    const c = client[r];
    if (d >= from && d <= to && segCode[c] >= 0) {
      const k = fill[c]++;
      order[k] = r;
      rowAmount[k] = amount[r];
      rowLine[k] = pcodes[r] >= 0 ? lineOf[pcodes[r]] : -1;
    }
  }

  const purchased = new Uint8Array(n);
  const pairStart = new Int32Array(n + 1);
  const pairLine = new Int32Array(used);
  const pairCents = new Float64Array(used);
  const spend = new Float64Array(L);
  const mark = new Uint8Array(L);
  const touched: number[] = [];
  let p = 0;
  for (let c = 0; c < n; c++) {
    pairStart[c] = p;
    let sum = 0;
    for (let k = start[c]; k < start[c + 1]; k++) {
      const a = rowAmount[k];
      sum += a;
      const l = rowLine[k];
      if (l < 0) continue;
      if (!mark[l]) {
        mark[l] = 1;
        touched.push(l);
      }
      spend[l] += a;
    }
    if (sum > 0) purchased[c] = 1;
    else if (start[c + 1] > start[c])
      purchased[c] = exactPurchase(sales, order, start[c], start[c + 1]) ? 1 : 0;
    for (const l of touched) {
      const cents = toCents(spend[l]);
      if (purchased[c] && cents > 0) {
        pairLine[p] = l;
        pairCents[p++] = cents;
      }
      spend[l] = 0;
      mark[l] = 0;
    }
    touched.length = 0;
  }
  pairStart[n] = p;
  return { purchased, pairStart, pairLine: pairLine.slice(0, p), pairCents: pairCents.slice(0, p) };
}

/**
 * The exact test for a client whose net total in the window is not positive (a positive total
 * always contains a purchase): does one of its occasions (invoice, else client-day) net ≥ 0 cents?
 */
function exactPurchase(sales: SalesData, order: Int32Array, lo: number, hi: number): boolean {
  const { day, amount } = sales;
  const invoice = sales.invoice ? sales.invoice.codes : null;
  const sums = new Map<number, number>();
  for (let k = lo; k < hi; k++) {
    const r = order[k];
    const key = invoice && invoice[r] >= 0 ? invoice[r] : -1 - day[r];
    sums.set(key, (sums.get(key) ?? 0) + amount[r]);
  }
  for (const v of sums.values()) if (toCents(v) >= 0) return true;
  return false;
}

/** Median of values[lo, hi) (reordered in place): the middle one, or the two middle ones' mean rounded to the cent. */
function median(values: Float64Array, lo: number, hi: number): number {
  const count = hi - lo;
  const mid = lo + (count >> 1);
  const upper = select(values, lo, hi - 1, mid);
  if (count % 2) return upper;
  // After selection everything left of mid is ≤ it: the lower middle is their maximum.
  let lower = -Infinity;
  for (let k = lo; k < mid; k++) if (values[k] > lower) lower = values[k];
  return Math.round((lower + upper) / 2);
}

/** Quickselect (Hoare): puts the k-th smallest of values[lo..hi] at k, smaller ones before it; returns it. */
function select(values: Float64Array, lo: number, hi: number, k: number): number {
  while (hi > lo) {
    const pivot = values[(lo + hi) >> 1];
    let i = lo,
      j = hi;
    while (i <= j) {
      while (values[i] < pivot) i++;
      while (values[j] > pivot) j--;
      if (i <= j) {
        const t = values[i];
        values[i++] = values[j];
        values[j--] = t;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return values[k];
}

function compareText(a: string, b: string): number {
  const fa = foldText(a),
    fb = foldText(b);
  return fa < fb ? -1 : fa > fb ? 1 : a < b ? -1 : a > b ? 1 : 0;
}
