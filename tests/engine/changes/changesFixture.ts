// A hand-made log for SPEC §11 (tests/engine/changes, tests/report/changesSheet). Every client buys
// every 30 days in its blocks, so its usual gap g is 30 (active ≤ 45 days, at risk ≤ 90, inactive
// ≤ 365, lost beyond; new = first purchase < 90 days ago). T0 = comparison date 2024-06-30, T1 =
// as-of 2025-06-30 (365 days later). Amount per purchase in brackets.
//   K1 [100]  T0−335 … T1−70            active  → at risk     B → B  (12-month revenue T0 1200, T1 1000)
//   K2 [50]   T0−180 … T0−60, T0+215 … T1−60  at risk → at risk  C → C  (250, 200)
//   K3 [200]  T0−255 … T1−200           active  → inactive    A → A  (1800, 1200)
//   K4 [1000] T0−140 … T0−20            active  → lost        A → N  (5000, 0)
//   K5 [10]   T0−490 … T0−400           lost    → lost        N → N
//   K6 [30]   T0−290 … T0−200, T1−110 … T1−20  inactive → active  C → C  (120, 120)
//   K7 [500]  T0−490 … T0−400, T1−70 … T1−10   lost → active      N → A  (0, 1500)
//   K8 [2000] T1−40, T1−10              null    → new         null → A  (—, 4000)
//   K9  list, first contact T0−100      prospect → prospect   null → null
//   K10 list, first contact T0+50       null    → prospect    null → null
//   K11 list, no first contact          null    → prospect    null → null
//   K12 a return of 80 at T0−50, then [40] T1−30, T1−5   inactive (only returns) → new   N → C (−80, 80)
// ABC at T0: K4 5000, K3 1800 | K1 1200 | K2 250, K6 120 of 8370 → A = K4, K3; B = K1; C = K2, K6.
// ABC at T1: K8 4000, K7 1500, K3 1200 | K1 1000 | K2 200, K6 120, K12 80 of 8100.
import { dayFromYmd } from '../../../src/engine/dates';
import { createSalesReader, readClientList } from '../../../src/engine/clean';
import type { PipelineInput } from '../../../src/engine/pipeline';
import type { Cell } from '../../../src/engine/types';

export const T0 = dayFromYmd(2024, 6, 30);
export const T1 = dayFromYmd(2025, 6, 30);

const block = (from: number, to: number) => {
  const days: number[] = [];
  for (let d = from; d <= to; d += 30) days.push(d);
  return days;
};

const PURCHASES: Array<[string, number, number[]]> = [
  ['K1', 100, block(T1 - 700, T1 - 70)],
  ['K2', 50, [...block(T0 - 180, T0 - 60), ...block(T1 - 150, T1 - 60)]],
  ['K3', 200, block(T1 - 620, T1 - 200)],
  ['K4', 1000, block(T0 - 140, T0 - 20)],
  ['K5', 10, block(T0 - 490, T0 - 400)],
  ['K6', 30, [...block(T0 - 290, T0 - 200), ...block(T1 - 110, T1 - 20)]],
  ['K7', 500, [...block(T0 - 490, T0 - 400), ...block(T1 - 70, T1 - 10)]],
  ['K8', 2000, [T1 - 40, T1 - 10]],
  ['K12', 40, [T1 - 30, T1 - 5]],
];

export const IDS = ['K1', 'K2', 'K3', 'K4', 'K5', 'K6', 'K7', 'K8', 'K9', 'K10', 'K11', 'K12'];

const CONTACT: Record<string, number> = { K9: T0 - 100, K10: T0 + 50 };

/** The client list (header first): id, name, first-contact date. */
export const CLIENT_ROWS: Cell[][] = [
  ['Cliente', 'Nombre', 'Fecha primer contacto'],
  ...IDS.map((id) => [id, `Cliente ${id}`, CONTACT[id] ?? '']),
];

/** The sales (header first): date, client, amount. */
export const SALES_ROWS: Cell[][] = [
  ['Fecha', 'Cliente', 'Importe'],
  ...PURCHASES.flatMap(([id, amount, days]) => days.map((day) => [day, id, amount])),
  [T0 - 50, 'K12', -80],
];

export function changesInput(): PipelineInput {
  const list = readClientList(
    CLIENT_ROWS.slice(1),
    { client: 0, name: 1, firstContact: 2 },
    {
      sheet: 'Clientes',
      headerRow: 1,
      firstColumn: 0,
      headers: CLIENT_ROWS[0] as string[],
    },
  );
  const reader = createSalesReader(
    { date: 0, client: 1, amount: 2 },
    { sheet: 'Ventas', headerRow: 1, firstColumn: 0, headers: SALES_ROWS[0] as string[] },
    { clientList: list },
  );
  reader.add(SALES_ROWS.slice(1));
  return { ...reader.finish(), salesSheet: 'Ventas' };
}
