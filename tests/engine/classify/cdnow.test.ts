// Cross-check on CDNOW against a plain, independent implementation (Maps and Array.sort) of the SPEC's
// ABC and RFM rules: on the sample in tests/fixtures (6,919 lines, 2,357 clients) always, and on the
// master file (69,659 lines, 23,570 clients) when ../shared/data has it.
import * as fs from 'fs';
import * as path from 'path';
import { analyzePortfolio } from '../../../src/engine/classify/analyzePortfolio';
import { ABC_CLASSES, NO_CODE, RFM_SEGMENTS, STATUSES } from '../../../src/engine/types';
import { dayFromYmd, addMonths } from '../../../src/engine/dates';
import type { ClientsData, SalesData } from '../../../src/engine/types';
import { describeIfShared, sharedDataFile } from '../../sharedData';

const SAMPLE = path.resolve(__dirname, '../../fixtures/cdnow/CDNOW_sample.txt');
const MASTER = sharedDataFile('cdnow/CDNOW_master.txt');

interface Line { id: string; day: number; amount: number }

/** Master: id, yyyymmdd, CDs, dollars (with a header). Sample: id, id in sample, yyyymmdd, CDs, dollars. */
function readCdnow(file: string): Line[] {
  const lines: Line[] = [];
  for (const text of fs.readFileSync(file, 'utf8').split('\n')) {
    const f = text.trim().split(/\s+/);
    const at = /^\d{8}$/.test(f[1] ?? '') ? 1 : /^\d{8}$/.test(f[2] ?? '') ? 2 : -1;
    if (at < 0 || f.length < at + 3) continue; // header / blank
    const ymd = f[at];
    lines.push({ id: f[0], day: dayFromYmd(+ymd.slice(0, 4), +ymd.slice(4, 6), +ymd.slice(6, 8)), amount: +f[at + 2] });
  }
  return lines;
}

function toEngine(lines: Line[]): { sales: SalesData; clients: ClientsData } {
  const ids: string[] = [];
  const index = new Map<string, number>();
  const client = Int32Array.from(lines, (l) => {
    let c = index.get(l.id);
    if (c === undefined) index.set(l.id, (c = ids.push(l.id) - 1));
    return c;
  });
  return {
    sales: {
      length: lines.length,
      client,
      day: Int32Array.from(lines, (l) => l.day),
      amount: Float64Array.from(lines, (l) => l.amount),
      margin: null,
      row: Int32Array.from(lines, (_, i) => i + 2),
      invoice: null,
      product: null,
      buyingCentre: null,
      channel: null,
      salesperson: null,
    },
    clients: { ids, inList: new Uint8Array(ids.length), listRow: new Int32Array(ids.length).fill(-1), attributes: {}, roles: {}, special: null },
  };
}

/** The SPEC rules written the plain way. */
function reference(lines: Line[]) {
  const asOf = Math.max(...lines.map((l) => l.day));
  const start12 = addMonths(asOf, -12) + 1;
  // client → day → net amount (one occasion per client-day)
  const days = new Map<string, Map<number, number>>();
  for (const l of lines) {
    const m = days.get(l.id) ?? new Map<number, number>();
    m.set(l.day, (m.get(l.day) ?? 0) + l.amount);
    days.set(l.id, m);
  }
  const facts = new Map<string, { value12: number; f: number; r: number; m: number }>();
  for (const [id, m] of days) {
    let v12 = 0, all = 0, f = 0, last = -1;
    for (const [d, a] of m) {
      all += a;
      if (d >= start12) v12 += a;
      if (Math.round(a * 100) >= 0) {
        f++;
        last = Math.max(last, d);
      }
    }
    facts.set(id, { value12: Math.round(v12 * 100), f, r: asOf - last, m: Math.round(all * 100) });
  }
  // ABC
  const abc = new Map<string, string>();
  const ranked = [...facts].filter(([, x]) => x.value12 > 0);
  ranked.sort((p, q) => q[1].value12 - p[1].value12 || (p[0] < q[0] ? -1 : 1));
  const total = ranked.reduce((s, [, x]) => s + x.value12, 0);
  let cum = 0;
  for (const [id, x] of ranked) {
    abc.set(id, cum * 100 < 80 * total ? 'A' : cum * 100 < 95 * total ? 'B' : 'C');
    cum += x.value12;
  }
  for (const [id, x] of facts) if (x.value12 <= 0) abc.set(id, 'N');
  // RFM: w = number strictly worse, from a plain sort
  const scored = [...facts].filter(([, x]) => x.f > 0);
  const n = scored.length;
  const scoreOf = (get: (x: { f: number; r: number; m: number }) => number) => {
    const sorted = scored.map(([, x]) => get(x)).sort((a, b) => a - b);
    const firstAt = new Map<number, number>();
    sorted.forEach((v, i) => {
      if (!firstAt.has(v)) firstAt.set(v, i);
    });
    return (x: { f: number; r: number; m: number }) => 1 + Math.floor((5 * firstAt.get(get(x))!) / n);
  };
  const R = scoreOf((x) => -x.r), F = scoreOf((x) => x.f), M = scoreOf((x) => x.m);
  const rfm = new Map(scored.map(([id, x]) => [id, `${R(x)}${F(x)}${M(x)}`]));
  return { asOf, abc, rfm };
}

function crossCheck(file: string, expected: { lines: number; clients: number }) {
  const lines = readCdnow(file);
  const input = toEngine(lines);
  const res = analyzePortfolio({
    ...input,
    quality: { rowsRead: lines.length, rowsUsed: lines.length, rowsRejected: 0, rowsAfterAsOf: 0, blankRows: 0, rejected: [], issues: [] },
  });
  const ref = reference(lines);

  test('the file is the one expected', () => {
    expect(lines.length).toBe(expected.lines);
    expect(res.clientCount).toBe(expected.clients);
    expect(res.asOfIso).toBe('1998-06-30');
  });

  test('ABC classes agree client by client', () => {
    let mismatches = 0;
    res.ids.forEach((id, i) => {
      if (ABC_CLASSES[res.abc.classCode[i]] !== ref.abc.get(id)) mismatches++;
    });
    expect(mismatches).toBe(0);
    const counts = res.summary.abc.map((c) => c.clients);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(expected.clients);
    expect(counts[0]).toBeGreaterThan(0);
  });

  test('RFM codes agree client by client', () => {
    let mismatches = 0;
    res.ids.forEach((id, i) => {
      const code = res.rfm.code[i] === 0 ? undefined : String(res.rfm.code[i]);
      if (code !== ref.rfm.get(id)) mismatches++;
    });
    expect(mismatches).toBe(0);
    expect(res.rfm.scored).toBe(ref.rfm.size);
  });

  test('every client has a status, and every scored client a segment', () => {
    const statuses = new Set(Array.from(res.lifecycle.status, (s) => STATUSES[s]));
    expect(statuses.has(undefined as never)).toBe(false);
    let odd = 0;
    for (let i = 0; i < res.clientCount; i++) if ((res.rfm.segment[i] === NO_CODE) !== (res.rfm.code[i] === 0)) odd++;
    expect(odd).toBe(0);
    expect(res.summary.rfmSegments.reduce((s, g) => s + g.clients, 0)).toBe(res.rfm.scored);
    expect(RFM_SEGMENTS.length).toBe(res.summary.rfmSegments.length);
  });
}

describe('CDNOW sample cross-check (tests/fixtures)', () => crossCheck(SAMPLE, { lines: 6919, clients: 2357 }));

describeIfShared(MASTER)('CDNOW master cross-check', () => crossCheck(MASTER, { lines: 69659, clients: 23570 }));
