// Visit plan + cross-selling on a generated 1,048,576-row log over 100,000 clients and 20 product
// lines (target ≤ 0.5 s together), and live segment matching on 100,000 clients (target: a few ms).
import type { ClientsData, SalesData } from '../../src/engine/types';
import { ABC_CLASSES, NO_CODE, RFM_SEGMENTS, STATUSES } from '../../src/engine/types';
import { dayFromYmd } from '../../src/engine/dates';
import { clientOwners } from '../../src/engine/visits/clientOwners';
import { visitPlan } from '../../src/engine/visits/visitPlan';
import { portfolioBy } from '../../src/engine/visits/portfolioBy';
import { attributeGroups } from '../../src/engine/visits/attributeGroups';
import { crossSellGaps } from '../../src/engine/visits/crossSellGaps';
import { parseVisitPolicy } from '../../src/engine/visits/visitPolicy';
import type { VisitLog } from '../../src/engine/visits/readVisitLog';
import { segmentFields } from '../../src/engine/segments/segmentFields';
import { segmentMatches } from '../../src/engine/segments/segmentMatches';
import { segmentSummary } from '../../src/engine/segments/segmentSummary';
import type { SegmentDefinition } from '../../src/engine/segments/segmentDefinition';

const ROWS = 1_048_576;
const CLIENTS = 100_000;
const LINES = 20;
const SALESPEOPLE = 40;

function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generate() {
  const rnd = mulberry32(42);
  const asOf = dayFromYmd(2024, 6, 30);
  const first = dayFromYmd(2021, 7, 1);
  const labels = (prefix: string, k: number) => Array.from({ length: k }, (_, i) => `${prefix} ${i + 1}`);
  const code = (k: number, blank = 0) => (rnd() < blank ? -1 : Math.floor(rnd() * k));
  const ids = Array.from({ length: CLIENTS }, (_, i) => `C${String(i).padStart(6, '0')}`);
  const n = CLIENTS;
  const clients: ClientsData = {
    ids,
    inList: new Uint8Array(n).fill(1),
    listRow: Int32Array.from(ids, (_, i) => i + 2),
    attributes: {
      Sector: {
        kind: 'text',
        labels: labels('Sector', 12),
        codes: Int32Array.from(ids, () => code(12, 0.02)),
      },
      Zona: {
        kind: 'text',
        labels: ['Norte', 'Sur', 'Este', 'Oeste', 'Centro'],
        codes: Int32Array.from(ids, () => code(5, 0.01)),
      },
      Vendedor: {
        kind: 'text',
        labels: labels('Vendedor', SALESPEOPLE),
        codes: Int32Array.from(ids, () => code(SALESPEOPLE, 0.3)),
      },
      Sexo: { kind: 'text', labels: ['Mujer', 'Hombre'], codes: Int32Array.from(ids, () => code(2, 0.05)) },
      'Nivel de ingresos': {
        kind: 'text',
        labels: ['Bajo', 'Medio', 'Medio-alto', 'Alto'],
        codes: Int32Array.from(ids, () => code(4, 0.05)),
      },
      Nacimiento: {
        kind: 'date',
        values: Float64Array.from(ids, () =>
          rnd() < 0.1 ? NaN : dayFromYmd(1950, 1, 1) + Math.floor(rnd() * 18000),
        ),
      },
    },
    roles: {
      industry: 'Sector',
      region: 'Zona',
      salesperson: 'Vendedor',
      gender: 'Sexo',
      income: 'Nivel de ingresos',
      birthDate: 'Nacimiento',
    },
    special: null,
  };
  // Skewed activity: a few clients buy a lot (Pareto-like).
  const weight = Float64Array.from(ids, () => Math.pow(rnd(), 3));
  const cum = new Float64Array(n);
  for (let i = 0, s = 0; i < n; i++) cum[i] = s += weight[i];
  const total = cum[n - 1];
  const pick = () => {
    const x = rnd() * total;
    let lo = 0,
      hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const sector = (clients.attributes.Sector as { codes: Int32Array }).codes;
  const client = new Int32Array(ROWS),
    day = new Int32Array(ROWS),
    amount = new Float64Array(ROWS);
  const product = new Int32Array(ROWS),
    sp = new Int32Array(ROWS);
  for (let r = 0; r < ROWS; r++) {
    const c = pick();
    client[r] = c;
    day[r] = first + Math.floor(rnd() * (asOf - first + 1));
    amount[r] = ((rnd() < 0.03 ? -1 : 1) * Math.round(rnd() * 50000)) / 100;
    // Each sector has its own few popular lines.
    product[r] = ((sector[c] + 1) * 3 + Math.floor(Math.pow(rnd(), 3) * LINES)) % LINES;
    sp[r] = (c + (rnd() < 0.1 ? 1 : 0)) % SALESPEOPLE;
  }
  const sales: SalesData = {
    length: ROWS,
    client,
    day,
    amount,
    margin: null,
    row: Int32Array.from({ length: ROWS }, (_, i) => i + 2),
    invoice: null,
    product: { codes: product, labels: labels('Línea', LINES) },
    buyingCentre: null,
    channel: null,
    salesperson: { codes: sp, labels: labels('Vendedor', SALESPEOPLE) },
  };
  // Classification inputs (computed elsewhere): plausible random codes.
  const abc = Uint8Array.from(ids, () => (rnd() < 0.05 ? NO_CODE : Math.floor(rnd() * ABC_CLASSES.length)));
  const status = Uint8Array.from(abc, (a) =>
    a === NO_CODE ? 0 : 1 + Math.floor(rnd() * (STATUSES.length - 1)),
  );
  const revenue12 = Float64Array.from(abc, (a) => (a === NO_CODE ? 0 : Math.round(rnd() * 1e7)));
  const rfm = Uint8Array.from(abc, (a) =>
    a === NO_CODE ? NO_CODE : Math.floor(rnd() * RFM_SEGMENTS.length),
  );
  const VISITS = 200_000;
  const visits: VisitLog = {
    length: VISITS,
    client: Int32Array.from({ length: VISITS }, () => pick()),
    day: Int32Array.from({ length: VISITS }, () => asOf - Math.floor(rnd() * 730)),
    salesperson: null,
    row: Int32Array.from({ length: VISITS }, (_, i) => i + 2),
  };
  return { asOf, clients, sales, abc, status, revenue12, rfm, visits };
}

/** CPU milliseconds of the call (wall time is meaningless on a shared, overloaded machine). */
function time<T>(f: () => T): [T, number] {
  const t = process.cpuUsage();
  const out = f();
  const u = process.cpuUsage(t);
  return [out, (u.user + u.system) / 1000];
}

/** A reference pass (count 1M client codes) to read the figures against the machine's load. */
function calibrate(client: Int32Array): number {
  const counts = new Int32Array(CLIENTS + 1);
  let best = Infinity;
  for (let k = 0; k < 5; k++)
    best = Math.min(
      best,
      time(() => {
        counts.fill(0);
        for (let r = 0; r < client.length; r++) counts[client[r] + 1]++;
      })[1],
    );
  return best;
}

export async function run(): Promise<void> {
  const data = generate();
  const { asOf, clients, sales, abc, status, revenue12, visits } = data;
  const policy = parseVisitPolicy();
  const best = { owners: Infinity, plan: Infinity, by: Infinity, cross: Infinity, total: Infinity };
  let opportunities = 0;
  for (let rep = 0; rep < 5; rep++) {
    const [owners, tOwners] = time(() => clientOwners(clients, sales, asOf));
    const [plan, tPlan] = time(() => visitPlan({ clients, asOf, abc, status, policy, visits }));
    const [, tBy] = time(() => {
      portfolioBy({
        by: owners.owner,
        abc,
        status,
        revenue12,
        plan,
        capacity: policy,
        blankLabel: '(unassigned)',
      });
      portfolioBy({ by: attributeGroups(clients, 'Zona'), abc, status, revenue12, plan });
    });
    const [cross, tCross] = time(() => crossSellGaps({ clients, sales, asOf, owner: owners.owner }));
    opportunities = cross.opportunities.length;
    best.owners = Math.min(best.owners, tOwners);
    best.plan = Math.min(best.plan, tPlan);
    best.by = Math.min(best.by, tBy);
    best.cross = Math.min(best.cross, tCross);
    best.total = Math.min(best.total, tOwners + tPlan + tBy + tCross);
  }
  const ms = (x: number) => `${x.toFixed(0)} ms`;
  console.log('(CPU time of this process, best of 5 runs)');
  console.log(
    `visits: ${ROWS.toLocaleString('en')} rows, ${CLIENTS.toLocaleString('en')} clients, ${LINES} lines, ${visits.length.toLocaleString('en')} visits`,
  );
  console.log(`  reference pass over the rows (machine load): ${calibrate(sales.client).toFixed(1)} ms`);
  console.log(
    `  clientOwners ${ms(best.owners)}, visitPlan ${ms(best.plan)}, portfolioBy (salesperson + territory) ${ms(best.by)}, ` +
      `crossSellGaps ${ms(best.cross)} (${opportunities.toLocaleString('en')} opportunities)`,
  );
  console.log(
    `  visit plan + cross-selling together: ${ms(best.total)} (target ≤ 500 ms) ${best.total <= 500 ? 'OK' : 'SLOW'}`,
  );

  const fields = segmentFields({ clients, asOf, abc, status, rfmSegment: data.rfm, revenue: revenue12 });
  const def: SegmentDefinition = {
    version: 1,
    groups: [
      {
        conditions: [
          { field: 'Sexo', op: 'equals', value: 'mujer' },
          { field: 'age', op: 'between', values: [30, 45] },
          { field: 'Nivel de ingresos', op: 'in', values: ['medio-alto', 'alto'] },
        ],
      },
      {
        conditions: [
          { field: 'abc', op: 'equals', value: 'A' },
          { field: 'status', op: 'equals', value: 'at_risk' },
          { field: 'Zona', op: 'contains', value: 'nor' },
        ],
      },
    ],
  };
  const times: number[] = [];
  let count = 0;
  for (let rep = 0; rep < 20; rep++) {
    const [s, t] = time(() => segmentSummary(segmentMatches(def, fields), revenue12));
    times.push(t);
    count = s.clients;
  }
  times.sort((a, b) => a - b);
  console.log(
    `segments: 2 groups × 3 conditions on ${CLIENTS.toLocaleString('en')} clients: median ${times[10].toFixed(2)} ms, ` +
      `max ${times[19].toFixed(2)} ms (${count} clients match)`,
  );
}

export default run;

if (process.argv[1] && /visits\.bench\.ts$/.test(process.argv[1])) void run();
