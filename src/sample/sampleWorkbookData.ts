// The demo workbook: a Spanish B2B (and some B2C) industrial-supplies distributor with ~2,000
// clients, ~60,000 sales lines over three years to a fixed as-of date, and a visits log.
// Deterministic: a seeded PRNG, no Math.random, no clock. See README.md for what is in it.
import { dayFromYmd, ymdFromDay } from '../engine/dates';
import { seededRandom, type SeededRandom } from './seededRandom';
import {
  B2B_CHANNELS, B2B_CHANNEL_WEIGHTS, B2C_CHANNELS, B2C_CHANNEL_WEIGHTS, BUYING_CENTRES, FEMALE_NAMES,
  INCOME_LEVELS, INCOME_WEIGHTS, LEGAL_SUFFIXES, LEGAL_SUFFIX_WEIGHTS, MALE_NAMES, PARTICULAR_ORDERS,
  PARTICULAR_SPEND, PLACES, PRODUCT_LINES, SALESPEOPLE, SEASONALITY, SECTORS, SECTOR_NAMES, SECTOR_WEIGHTS,
  SIZES, SIZE_ORDERS, SIZE_SPEND, SIZE_WEIGHTS, SURNAMES, ZONES, ZONE_WEIGHTS,
} from './vocabulary';

/** A cell of the sample: '' is an empty cell. */
export type SampleValue = string | number | boolean;

export interface SampleSheet {
  name: string;
  /** Row-major, header row first; every row has the header's length. */
  values: SampleValue[][];
  /** Number format of each column's data cells ("General" = none). The header row is "General". */
  columnFormats: string[];
  /** Cells whose format differs from their column's (0-based indexes into `values`). */
  cellFormats: { row: number; column: number; format: string }[];
}

/** 1-based Excel row numbers of the deliberately dirty rows of the Ventas sheet. */
export interface SampleDirtyRows {
  /** Fecha as text "dd/mm/yyyy" (readable; Spanish day-first order) */
  textDate: number[];
  /** Importe as Spanish text "1.234,56" (readable) */
  textAmount: number[];
  /** Código cliente blank → rejected */
  blankClient: number[];
  /** Fecha "30/02/2025" → rejected */
  badDate: number[];
  /** an entirely empty row → skipped and counted */
  blankRow: number[];
  /** dated after the as-of date → set aside */
  afterAsOf: number[];
  /** client id not in the Clientes sheet → analysed, flagged */
  notInList: number[];
  /** client id with surrounding spaces (" C00012 ") → trimmed to a listed id */
  paddedId: number[];
}

export interface SampleWorkbook {
  /** the date the sample is meant to be analysed at ("YYYY-MM-DD") */
  asOf: string;
  asOfDay: number;
  sheets: SampleSheet[];
  dirty: SampleDirtyRows;
  /** 1-based rows of the Clientes sheet that repeat an earlier row's Código cliente */
  duplicateIdRows: number[];
  /** pairs of client ids whose names differ only in case, accents, punctuation or legal suffix */
  nearDuplicates: [string, string][];
}

export const SAMPLE_AS_OF = '2026-10-31';
export const DATE_FORMAT = 'dd/mm/yyyy';
export const EURO_FORMAT = '#,##0.00 "€"';
export const EURO0_FORMAT = '#,##0 "€"';
export const TEXT_FORMAT = '@';
export const UNITS_FORMAT = '#,##0';

const AS_OF = dayFromYmd(2026, 10, 31);
const START = dayFromYmd(2023, 11, 1);
/** Scales every client's order rate so that the sample lands near 60,000 lines. */
const RATE_SCALE = 0.59;
const NOT_IN_LIST_ID = 'C09999';

interface Client {
  id: string;
  name: string;
  particular: boolean;
  sector: string;
  size: number; // index into SIZES, -1 for particulares
  zone: (typeof ZONES)[number];
  salesperson: string;
  channel: string;
  email: string;
  phone: string;
  gender: string;
  birth: number; // day or NaN
  income: string;
  special: boolean;
  firstContact: number; // day or NaN
  potential: number; // € or NaN
  lastVisit: number; // day or NaN
  // behaviour
  kind: 'prospect' | 'existing' | 'new' | 'returnsOnly';
  firstDay: number;
  lastDay: number;
  slowFrom: number; // day from which the client buys at a fraction of its rate (at risk), or Infinity
  ordersPerYear: number;
  orderValue: number;
  trend: number; // yearly log growth of order value
  priceFactor: number;
  products: number[]; // indexes into PRODUCT_LINES
  productWeights: number[];
  centres: string[];
}

interface Order {
  day: number;
  client: number;
  lines: { product: number; units: number; price: number }[];
  credit: boolean;
  invoice: string;
}

/** Days to the next success of a daily Bernoulli(p) process (≥ 1). */
const nextGap = (rng: SeededRandom, p: number): number => 1 + Math.floor(Math.log(1 - rng.next()) / Math.log(1 - p));
const isWeekend = (day: number): boolean => day % 7 === 0 || day % 7 === 1; // serial % 7: 0 Sat, 1 Sun
const round2 = (x: number): number => Math.round(x * 100) / 100 + 0;
const fold = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

function ddmmyyyy(day: number): string {
  const { year, month, day: d } = ymdFromDay(day);
  return `${String(d).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}

/** 1234.5 → "1.234,50" (Spanish text number, as pasted from another system). */
function spanishAmount(x: number): string {
  const [int, dec] = Math.abs(x).toFixed(2).split('.');
  return `${x < 0 ? '-' : ''}${int.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${dec}`;
}

function phone(rng: SeededRandom, mobile: boolean): string {
  const first = mobile ? rng.pick(['6', '7']) : '9';
  const digits = first + String(rng.int(10_000_000, 99_999_999));
  const local = `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`;
  return rng.chance(0.15) ? `+34 ${local}` : local;
}

function companyName(rng: SeededRandom, sector: string): string {
  const activity = rng.pick(SECTORS[sector]);
  const form = rng.next();
  let base: string;
  if (form < 0.5) base = `${activity} ${rng.pick(SURNAMES)}`;
  else if (form < 0.72) base = `${activity} ${rng.pick(PLACES)}`;
  else if (form < 0.82) base = `${rng.pick(['Hermanos', 'Hnos.'])} ${rng.pick(SURNAMES)}`;
  else if (form < 0.9) base = `${rng.pick(SURNAMES)} e Hijos`;
  else base = `${rng.pick(SURNAMES)} y ${rng.pick(SURNAMES)}`;
  return `${base} ${rng.weighted(LEGAL_SUFFIXES, LEGAL_SUFFIX_WEIGHTS)}`;
}

function slug(name: string): string {
  return fold(name)
    .toLowerCase()
    .replace(/\b(s\.?l\.?u?\.?|s\.?a\.?|c\.?b\.?)$/, '')
    .replace(/[^a-z0-9]+/g, '');
}

/** Clients whose names must be near-duplicates of an earlier one: [index, earlier index, name]. */
const NEAR_DUPLICATES: [number, number, string, string][] = [
  [1234, 7, 'Talleres Pérez S.L.', 'TALLERES PEREZ SL'],
  [1500, 55, 'Distribuciones García Hermanos S.A.', 'Distribuciones Garcia Hermanos, S.A.'],
  [1801, 300, 'Hostelería Martínez S.L.U.', 'Hosteleria Martinez SLU'],
];
/** Names that a careless writer would turn into formulas. */
const FORMULA_LIKE: [number, string][] = [
  [42, '=HYPERLINK("http://x","y")'],
  [43, '+34 600 000 000'],
  [44, '-Ventas Mostrador-'],
];
const CLIENT_COUNT = 2000;
const RETURNS_ONLY_CLIENT = 99;
const DUPLICATE_ID_OF = 517;

export function sampleWorkbookData(seed = 1): SampleWorkbook {
  const rng = seededRandom(seed);
  const clients = makeClients(rng);
  const orders = makeOrders(rng, clients);
  const visits = makeVisits(rng, clients);
  const ventas = ventasSheet(rng, clients, orders);
  const clientes = clientesSheet(clients);
  return {
    asOf: SAMPLE_AS_OF,
    asOfDay: AS_OF,
    sheets: [clientes.sheet, ventas.sheet, visitasSheet(visits, clients)],
    dirty: ventas.dirty,
    duplicateIdRows: clientes.duplicateIdRows,
    nearDuplicates: NEAR_DUPLICATES.map(([i, j]) => [clients[j].id, clients[i].id]),
  };
}

function makeClients(rng: SeededRandom): Client[] {
  const clients: Client[] = [];
  const names = new Set<string>();
  const forced = new Map<number, string>();
  for (const [i, j, a, b] of NEAR_DUPLICATES) {
    forced.set(j, a);
    forced.set(i, b);
  }
  for (const [i, name] of FORMULA_LIKE) forced.set(i, name);
  for (const name of forced.values()) names.add(name);

  for (let i = 0; i < CLIENT_COUNT; i++) {
    const particular = !forced.has(i) && rng.chance(0.15);
    const zone = rng.weighted(ZONES, ZONE_WEIGHTS);
    const size = particular ? -1 : SIZES.indexOf(rng.weighted(SIZES, SIZE_WEIGHTS));
    let sector = particular ? '' : rng.weighted(SECTOR_NAMES, SECTOR_WEIGHTS);
    let name = forced.get(i);
    let gender = '';
    if (name === undefined) {
      for (;;) {
        if (particular) {
          gender = rng.chance(0.5) ? 'Mujer' : 'Hombre';
          name = `${rng.pick(gender === 'Mujer' ? FEMALE_NAMES : MALE_NAMES)} ${rng.pick(SURNAMES)} ${rng.pick(SURNAMES)}`;
        } else name = companyName(rng, sector);
        if (!names.has(name)) break;
      }
      names.add(name);
    } else if (/^(Talleres|Hostel|Distrib)/i.test(fold(name))) {
      sector = /^Talleres/i.test(name) ? 'Industria' : /^Hostel/i.test(fold(name)) ? 'Hostelería' : 'Distribución';
    }
    const people = SALESPEOPLE[zone];
    const salesperson = people.length > 1 && rng.chance(0.45) ? people[1] : people[0];
    const channel = particular
      ? rng.weighted(B2C_CHANNELS, B2C_CHANNEL_WEIGHTS)
      : rng.weighted(B2B_CHANNELS, B2B_CHANNEL_WEIGHTS);
    const first = name.split(' ')[0];
    const email = rng.chance(0.08)
      ? ''
      : particular
        ? `${fold(first).toLowerCase()}.${fold(name.split(' ')[1]).toLowerCase()}${rng.int(1, 99)}@correo.es`
        : `${rng.pick(['info', 'compras', 'administracion', 'pedidos'])}@${slug(name) || 'empresa'}.es`;

    const kindRoll = rng.next();
    const kind: Client['kind'] =
      i === RETURNS_ONLY_CLIENT ? 'returnsOnly' : kindRoll < 0.08 ? 'prospect' : kindRoll < 0.7 ? 'existing' : 'new';
    const firstDay = kind === 'new' ? START + rng.int(60, AS_OF - START - 5) : START;
    const churn = kind !== 'prospect' && rng.chance(kind === 'new' ? 0.22 : 0.17);
    const lastDay = churn && firstDay + 90 < AS_OF - 120 ? rng.int(firstDay + 90, AS_OF - 120) : AS_OF;
    const slowFrom = !churn && kind === 'existing' && rng.chance(0.09) ? AS_OF - rng.int(150, 320) : Infinity;

    const spendBase = particular ? PARTICULAR_SPEND : SIZE_SPEND[size];
    const ordersBase = particular ? PARTICULAR_ORDERS : SIZE_ORDERS[size];
    const ordersPerYear = ordersBase * Math.exp(0.5 * rng.normal()) * RATE_SCALE;
    const spend = spendBase * Math.exp(0.95 * rng.normal());
    const eligible = PRODUCT_LINES.map((p, k) => (p.minSize <= Math.max(size, 0) ? k : -1)).filter((k) => k >= 0);
    const nProducts = Math.min(eligible.length, particular ? rng.int(1, 3) : rng.int(2, 3 + Math.max(size, 0) * 2));
    const products: number[] = [];
    while (products.length < nProducts) {
      const k = rng.weighted(eligible, eligible.map((e) => PRODUCT_LINES[e].popularity));
      if (!products.includes(k)) products.push(k);
    }
    const centres = particular
      ? ['']
      : BUYING_CENTRES.filter((_, k) => k === 0 || rng.chance(0.12 + 0.12 * size));

    let firstContact = NaN;
    if (kind === 'prospect') firstContact = rng.int(START, AS_OF - 7);
    else if (kind === 'new') firstContact = firstDay - rng.int(7, 150);
    const potential = particular
      ? NaN
      : Math.round((kind === 'prospect' ? SIZE_SPEND[size] * Math.exp(0.6 * rng.normal()) : spend) * (1.2 + 1.8 * rng.next()) / 500) * 500 || 500;

    clients.push({
      id: `C${String(i + 1).padStart(5, '0')}`,
      name,
      particular,
      sector,
      size,
      zone,
      salesperson,
      channel,
      email,
      phone: phone(rng, particular),
      gender,
      birth: particular ? AS_OF - rng.int(22 * 365, 76 * 365) : NaN,
      income: particular ? rng.weighted(INCOME_LEVELS, INCOME_WEIGHTS) : '',
      special: rng.chance(particular ? 0.22 : 0.07 + 0.05 * size),
      firstContact,
      potential,
      lastVisit: NaN,
      kind,
      firstDay,
      lastDay,
      slowFrom,
      ordersPerYear,
      orderValue: spend / (ordersBase * Math.exp(0.125)),
      trend: 0.18 * rng.normal(),
      priceFactor: Math.exp(0.08 * rng.normal()),
      products,
      productWeights: products.map(() => 0.3 + rng.next()),
      centres,
    });
  }
  return clients;
}

function makeOrders(rng: SeededRandom, clients: Client[]): Order[] {
  const orders: Order[] = [];
  const season = new Float64Array(AS_OF - START + 1);
  for (let day = START; day <= AS_OF; day++) season[day - START] = SEASONALITY[ymdFromDay(day).month - 1];
  clients.forEach((c, ci) => {
    if (c.kind === 'prospect' || c.kind === 'returnsOnly') return;
    // Weekday orders as a thinned Bernoulli process: jump geometrically at the highest daily
    // probability, then accept with (this day's probability / the highest).
    const base = c.ordersPerYear / 250;
    const maxP = Math.min(0.95, base * Math.max(...SEASONALITY));
    const forcedFirst = c.kind === 'new';
    for (let day = forcedFirst ? c.firstDay : c.firstDay - 1 + nextGap(rng, maxP); day <= c.lastDay; day += nextGap(rng, maxP)) {
      const forced = forcedFirst && day === c.firstDay;
      if (!forced) {
        if (isWeekend(day)) continue;
        const slow = day >= c.slowFrom ? 0.18 : 1;
        if (!rng.chance(Math.min(1, (base * season[day - START] * slow) / maxP))) continue;
      }
      const years = (day - START) / 365;
      const value = c.orderValue * Math.exp(0.55 * rng.normal() + c.trend * years);
      const nLines = Math.min(c.products.length, 1 + rng.poisson(c.particular ? 0.4 : 1.3));
      const chosen: number[] = [];
      while (chosen.length < nLines) {
        const k = rng.weighted(c.products, c.productWeights);
        if (!chosen.includes(k)) chosen.push(k);
      }
      const shares = chosen.map(() => 0.2 + rng.next());
      const total = shares.reduce((a, b) => a + b, 0);
      orders.push({
        day,
        client: ci,
        credit: false,
        invoice: '',
        lines: chosen.map((k, j) => {
          const price = round2(PRODUCT_LINES[k].price * c.priceFactor * Math.exp(0.07 * rng.normal()));
          return { product: k, price, units: Math.max(1, Math.round((value * shares[j]) / total / price)) };
        }),
      });
    }
  });

  // Free samples: zero-value orders (still purchases, SPEC "a zero-value order is still an order").
  for (let s = 0; s < 3; s++) {
    const o = orders[rng.int(0, orders.length - 1)];
    orders.push({ day: o.day + 1, client: o.client, credit: false, invoice: '', lines: [{ product: 0, units: 5, price: 0 }] });
  }

  // Returns and credit notes (~3 % of lines): part of one or all lines of an earlier order.
  const credits: Order[] = [];
  for (const o of orders) {
    if (!rng.chance(0.05) || o.lines[0].price === 0) continue;
    let day = o.day + rng.int(3, 40);
    while (isWeekend(day)) day++;
    if (day > AS_OF) continue;
    const lines = rng.chance(0.3) ? o.lines : [rng.pick(o.lines)];
    credits.push({
      day,
      client: o.client,
      credit: true,
      invoice: '',
      lines: lines.map((l) => ({ ...l, units: -Math.max(1, Math.round(l.units * (0.3 + 0.7 * rng.next()))) })),
    });
  }
  credits.push({
    day: dayFromYmd(2024, 1, 15),
    client: RETURNS_ONLY_CLIENT,
    credit: true,
    invoice: '',
    lines: [{ product: 1, units: -3, price: 41.15 }],
  });

  const all = orders.concat(credits).sort((a, b) => a.day - b.day || a.client - b.client || +a.credit - +b.credit);
  const seq = new Map<string, number>();
  for (const o of all) {
    const prefix = `${o.credit ? 'AB' : 'FV'}${String(ymdFromDay(o.day).year).slice(2)}`;
    const n = (seq.get(prefix) ?? 0) + 1;
    seq.set(prefix, n);
    o.invoice = `${prefix}-${String(n).padStart(5, '0')}`;
  }
  return all;
}

function makeVisits(rng: SeededRandom, clients: Client[]): { client: number; day: number; salesperson: string }[] {
  const visits: { client: number; day: number; salesperson: string }[] = [];
  const perYear = [0.6, 1.5, 4, 10];
  clients.forEach((c, ci) => {
    if (c.particular) return;
    let from = c.firstDay;
    let to = c.lastDay;
    let rate = perYear[c.size];
    if (c.kind === 'prospect') {
      if (Number.isNaN(c.potential) || c.potential < 5000) return;
      from = c.firstContact;
      to = Math.min(AS_OF, c.firstContact + 200);
      rate = 2;
    }
    // One rep visits his accounts at half the usual pace: the demo's "under-served" case.
    if (c.salesperson === 'Lucía Castro') rate /= 2;
    const p = Math.min(0.95, rate / 250);
    const first = c.kind === 'prospect';
    for (let day = first ? from : from - 1 + nextGap(rng, p); day <= to; day += nextGap(rng, p)) {
      if (isWeekend(day) && !(first && day === from)) continue;
      {
        const other = rng.chance(0.04);
        visits.push({ client: ci, day, salesperson: other ? SALESPEOPLE.Centro[0] : c.salesperson });
        c.lastVisit = day;
      }
    }
  });
  return visits.sort((a, b) => a.day - b.day || a.client - b.client);
}

const CLIENT_HEADERS = [
  'Código cliente', 'Razón social', 'Segmento', 'Sector', 'Tamaño', 'Zona', 'Vendedor', 'Canal', 'Email',
  'Teléfono', 'Sexo', 'Fecha de nacimiento', 'Nivel de ingresos', 'Especial', 'Fecha primer contacto',
  'Potencial (€/año)', 'Última visita',
];

function clientesSheet(clients: Client[]): { sheet: SampleSheet; duplicateIdRows: number[] } {
  const date = (d: number): SampleValue => (Number.isNaN(d) ? '' : d);
  const rows: SampleValue[][] = clients.map((c) => [
    c.id, c.name, c.particular ? 'Particular' : 'Empresa', c.sector, c.size < 0 ? '' : SIZES[c.size], c.zone,
    c.salesperson, c.channel, c.email, c.phone, c.gender, date(c.birth), c.income, c.special ? 'Sí' : 'No',
    date(c.firstContact), Number.isNaN(c.potential) ? '' : c.potential, date(c.lastVisit),
  ]);
  // A client keyed twice (the second row re-typed with another name): "the first row wins".
  const dup = rows[DUPLICATE_ID_OF].slice();
  dup[1] = `${String(dup[1]).replace(/ (S\.L\.U?\.|S\.A\.|C\.B\.)$/, '')} (duplicado)`;
  rows.push(dup);
  const columnFormats = CLIENT_HEADERS.map((h) =>
    /^(Código|Teléfono)/.test(h) ? TEXT_FORMAT : /^(Fecha|Última)/.test(h) ? DATE_FORMAT : h.startsWith('Potencial') ? EURO0_FORMAT : 'General',
  );
  return {
    sheet: { name: 'Clientes', values: [CLIENT_HEADERS.slice(), ...rows], columnFormats, cellFormats: [] },
    duplicateIdRows: [rows.length + 1],
  };
}

const SALES_HEADERS = [
  'Fecha', 'Nº factura', 'Código cliente', 'Línea de producto', 'Centro de compra', 'Unidades',
  'Precio unitario', 'Importe', 'Coste', 'Vendedor', 'Canal', 'Moneda',
];
const COL = { date: 0, invoice: 1, client: 2, amount: 7 } as const;

type Tag = keyof SampleDirtyRows | '';

function ventasSheet(
  rng: SeededRandom,
  clients: Client[],
  orders: Order[],
): { sheet: SampleSheet; dirty: SampleDirtyRows } {
  const rows: { values: SampleValue[]; tag: Tag }[] = [];
  for (const o of orders) {
    const c = clients[o.client];
    const seller = rng.chance(0.03) ? rng.pick(Object.values(SALESPEOPLE).flat()) : c.salesperson;
    const centre = rng.pick(c.centres);
    for (const l of o.lines) {
      const p = PRODUCT_LINES[l.product];
      const amount = round2(l.units * l.price);
      const cost = round2(amount * p.costRatio * Math.exp(0.03 * rng.normal()));
      rows.push({
        values: [o.day, o.invoice, c.id, p.name, centre, l.units, l.price, amount, cost, seller, c.channel, 'EUR'],
        tag: '',
      });
    }
  }

  // Dirty rows. Readable variants edit existing lines (their value is unchanged); the rest are
  // extra lines, so that the clean data's totals stay those of the simulation.
  const ordinary = (k: number): boolean => rows[k].tag === '' && (rows[k].values[5] as number) > 0;
  const pickRow = (): number => {
    for (;;) {
      const k = rng.int(0, rows.length - 1);
      if (ordinary(k)) return k;
    }
  };
  for (let s = 0; s < 6; s++) {
    const r = rows[pickRow()];
    r.values[COL.date] = ddmmyyyy(r.values[COL.date] as number);
    r.tag = 'textDate';
  }
  for (let s = 0; s < 6; s++) {
    let k = pickRow();
    while ((rows[k].values[COL.amount] as number) < 1000) k = pickRow();
    rows[k].values[COL.amount] = spanishAmount(rows[k].values[COL.amount] as number);
    rows[k].tag = 'textAmount';
  }
  {
    const r = rows.find((x) => x.tag === '' && x.values[COL.client] === 'C00012');
    if (r) {
      r.values[COL.client] = ' C00012 ';
      r.tag = 'paddedId';
    }
  }
  const extra = (tag: Tag, edit: (v: SampleValue[]) => void): void => {
    const k = pickRow();
    const values = rows[k].values.slice();
    edit(values);
    rows.splice(k + 1, 0, { values, tag });
  };
  extra('blankClient', (v) => (v[COL.client] = ''));
  extra('badDate', (v) => (v[COL.date] = '30/02/2025'));
  extra('notInList', (v) => (v[COL.client] = NOT_IN_LIST_ID));
  extra('notInList', (v) => (v[COL.client] = NOT_IN_LIST_ID));
  extra('blankRow', (v) => v.fill(''));
  rows.push({
    values: [AS_OF + 3, 'FV26-99999', clients[0].id, 'Herramientas', 'Sede central', 2, 42, 84, 52.08, clients[0].salesperson, clients[0].channel, 'EUR'],
    tag: 'afterAsOf',
  });

  const dirty: SampleDirtyRows = {
    textDate: [], textAmount: [], blankClient: [], badDate: [], blankRow: [], afterAsOf: [], notInList: [], paddedId: [],
  };
  const cellFormats: SampleSheet['cellFormats'] = [];
  rows.forEach((r, k) => {
    if (r.tag === '') return;
    dirty[r.tag].push(k + 2);
    if (r.tag === 'textDate' || r.tag === 'badDate') cellFormats.push({ row: k + 1, column: COL.date, format: TEXT_FORMAT });
    if (r.tag === 'textAmount') cellFormats.push({ row: k + 1, column: COL.amount, format: TEXT_FORMAT });
  });
  const columnFormats = [
    DATE_FORMAT, TEXT_FORMAT, TEXT_FORMAT, 'General', 'General', UNITS_FORMAT, EURO_FORMAT, EURO_FORMAT,
    EURO_FORMAT, 'General', 'General', 'General',
  ];
  return {
    sheet: { name: 'Ventas', values: [SALES_HEADERS.slice(), ...rows.map((r) => r.values)], columnFormats, cellFormats },
    dirty,
  };
}

function visitasSheet(visits: { client: number; day: number; salesperson: string }[], clients: Client[]): SampleSheet {
  return {
    name: 'Visitas',
    values: [['Código cliente', 'Fecha', 'Vendedor'], ...visits.map((v) => [clients[v.client].id, v.day, v.salesperson])],
    columnFormats: [TEXT_FORMAT, DATE_FORMAT, 'General'],
    cellFormats: [],
  };
}
