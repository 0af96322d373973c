// SPEC §11 on UCI Online Retail through the CLI's JSON (`--compare 2011-06-09`), against a plain
// implementation written here straight from the SPEC's words (§3 ABC, §5 lifecycle, §11 changes):
// every client's class and status now and then, every migration cell and every action list.
import { mkdtempSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { main } from '../../../src/cli/main';
import { describeIfShared, sharedDataFile } from '../../sharedData';

const FILE = sharedDataFile('online-retail/online-retail.csv.gz');
const COMPARE = '2011-06-09';

interface Line {
  id: string;
  invoice: string;
  day: number;
  amount: number;
}

const DAY = 86_400_000;
const dayOf = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY;
const isoOf = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);
const cents = (amount: number) => Math.round(amount * 100) + 0;

/** The same day `months` calendar months earlier, clamped to the month's end. */
function monthsBefore(day: number, months: number): number {
  const d = new Date(day * DAY);
  const y = d.getUTCFullYear(),
    m = d.getUTCMonth() - months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return Date.UTC(y, m, Math.min(d.getUTCDate(), last)) / DAY;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const k = s.length >> 1;
  return s.length % 2 ? s[k] : (s[k - 1] + s[k]) / 2;
}

interface Plain {
  abc: Map<string, string | null>;
  status: Map<string, string | null>;
  revenue12: Map<string, number>;
}

/** Each client's ABC class (trailing 12 months of net revenue) and lifecycle status on day x. */
function classify(lines: Line[], ids: string[], x: number): Plain {
  const windowStart = monthsBefore(x, 12) + 1;
  const hasSales = new Set<string>();
  const revenue = new Map<string, number>();
  const invoices = new Map<string, { id: string; day: number; net: number }>();
  for (const l of lines) {
    if (l.day > x) continue;
    hasSales.add(l.id);
    if (l.day >= windowStart) revenue.set(l.id, (revenue.get(l.id) ?? 0) + l.amount);
    const key = `${l.id}|${l.invoice}`;
    const inv = invoices.get(key);
    if (inv) {
      inv.net += l.amount;
      inv.day = Math.min(inv.day, l.day);
    } else invoices.set(key, { id: l.id, day: l.day, net: l.amount });
  }
  const purchaseDays = new Map<string, Set<number>>();
  for (const inv of invoices.values()) {
    if (cents(inv.net) < 0) continue; // a return, not a purchase
    if (!purchaseDays.has(inv.id)) purchaseDays.set(inv.id, new Set());
    purchaseDays.get(inv.id)!.add(inv.day);
  }
  const ownGap = new Map<string, number>();
  for (const [id, days] of purchaseDays) {
    if (days.size < 3) continue;
    const d = [...days].sort((a, b) => a - b);
    ownGap.set(id, median(d.slice(1).map((v, k) => v - d[k])));
  }
  const portfolioGap = ownGap.size ? median([...ownGap.values()]) : 90;

  const value = new Map<string, number>();
  for (const id of ids) if (hasSales.has(id)) value.set(id, cents(revenue.get(id) ?? 0));
  const ranked = [...value].filter(([, v]) => v > 0).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const total = ranked.reduce((s, [, v]) => s + v, 0);
  const abc = new Map<string, string | null>();
  const status = new Map<string, string | null>();
  let cum = 0;
  for (const [id, v] of ranked) {
    abc.set(id, cum * 100 < 80 * total ? 'A' : cum * 100 < 95 * total ? 'B' : 'C');
    cum += v;
  }
  for (const id of ids) {
    if (!hasSales.has(id)) {
      abc.set(id, null);
      status.set(id, null);
      continue;
    }
    if (!abc.has(id)) abc.set(id, 'N');
    const days = purchaseDays.get(id);
    if (!days) {
      status.set(id, 'inactive'); // sales but only returns
      continue;
    }
    const first = Math.min(...days),
      last = Math.max(...days);
    const g = ownGap.get(id) ?? portfolioGap;
    status.set(
      id,
      x - first < 90
        ? 'new'
        : x - last > 365
          ? 'lost'
          : x - last <= 1.5 * g
            ? 'active'
            : x - last <= 3 * g
              ? 'at_risk'
              : 'inactive',
    );
  }
  return { abc, status, revenue12: value };
}

describeIfShared(FILE)('changes over time on Online Retail (SPEC §11)', () => {
  test(`--compare ${COMPARE}: classes and statuses then and now, migration cells and action lists as the SPEC defines them`, async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cartera-changes-'));
    const out = path.join(dir, 'out.json');
    let stderr = '';
    const code = await main(['analyze', '--sales', FILE, '--compare', COMPARE, '--json', out, '--quiet'], {
      stdout: () => undefined,
      stderr: (t) => void (stderr += t),
    });
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const j = JSON.parse(readFileSync(out, 'utf8'));

    const rows = Papa.parse<string[]>(gunzipSync(readFileSync(FILE)).toString('utf8'), {
      skipEmptyLines: true,
    }).data.slice(1);
    const lines: Line[] = [];
    for (const r of rows) {
      if (r[6] === '') continue;
      lines.push({
        id: String(Number(r[6])),
        invoice: r[0],
        day: dayOf(r[4]),
        amount: Number(r[3]) * Number(r[5]),
      });
    }
    const asOf = lines.reduce((m, l) => Math.max(m, l.day), -Infinity);
    const ids = [...new Set(lines.map((l) => l.id))];
    const now = classify(lines, ids, asOf);
    const then = classify(lines, ids, dayOf(COMPARE));

    expect(j.asOf).toBe(isoOf(asOf));
    expect(j.compareDate).toBe(COMPARE);
    expect(j.clients).toHaveLength(ids.length);
    const mismatches: string[] = [];
    for (const c of j.clients) {
      const want = [
        now.abc.get(c.id),
        now.status.get(c.id),
        then.abc.get(c.id) ?? null,
        then.status.get(c.id) ?? null,
        now.revenue12.get(c.id),
      ];
      const got = [c.abc, c.status, c.abcBefore, c.statusBefore, cents(c.revenue12)];
      if (JSON.stringify(want) !== JSON.stringify(got))
        mismatches.push(`${c.id}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
    }
    expect(mismatches.slice(0, 10)).toEqual([]);

    for (const dim of ['abc', 'status'] as const) {
      const cells = new Map<string, { clients: number; cents: number }>();
      for (const id of ids) {
        const key = `${then[dim].get(id) ?? null}>${now[dim].get(id) ?? null}`;
        const cell = cells.get(key) ?? { clients: 0, cents: 0 };
        cell.clients++;
        cell.cents += now.revenue12.get(id) ?? 0;
        cells.set(key, cell);
      }
      const got = Object.fromEntries(
        j.migration[dim].map(
          (m: { from: string | null; to: string | null; clients: number; revenue12: number }) => [
            `${m.from}>${m.to}`,
            { clients: m.clients, cents: cents(m.revenue12) },
          ],
        ),
      );
      expect(got).toEqual(Object.fromEntries(cells));
    }

    const gone = (s: string | null | undefined) => s === 'inactive' || s === 'lost';
    const list = (test: (id: string) => boolean) =>
      ids.filter(test).sort((a, b) => now.revenue12.get(b)! - now.revenue12.get(a)! || (a < b ? -1 : 1));
    const s0 = (id: string) => then.status.get(id),
      s1 = (id: string) => now.status.get(id);
    const a0 = (id: string) => then.abc.get(id),
      a1 = (id: string) => now.abc.get(id);
    expect(j.actionLists).toEqual({
      newlyAtRisk: list((id) => s1(id) === 'at_risk' && s0(id) !== 'at_risk'),
      newlyInactiveOrLost: list((id) => gone(s1(id)) && !gone(s0(id))),
      droppedOutOfA: list((id) => a0(id) === 'A' && a1(id) !== 'A'),
      newlyA: list((id) => a1(id) === 'A' && a0(id) !== 'A'),
      reactivated: list((id) => gone(s0(id)) && s1(id) === 'active'),
    });
    // the lists are not trivially empty on this data
    for (const ids of Object.values(j.actionLists) as string[][]) expect(ids.length).toBeGreaterThan(50);
  }, 300_000);
});
