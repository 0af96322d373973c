import { visitPlan } from '../../../src/engine/visits/visitPlan';
import type { VisitLog } from '../../../src/engine/visits/readVisitLog';
import { ABC_CLASSES, NO_CODE, STATUSES } from '../../../src/engine/types';
import { clientsData, d } from './fixtures';

const asOf = d('2024-06-30'); // trailing 12 months: 2023-07-01 … 2024-06-30
const codes = (list: readonly string[], values: (string | null)[]) =>
  Uint8Array.from(values, (v) => (v === null ? NO_CODE : list.indexOf(v)));

function log(entries: [client: number, date: string][]): VisitLog {
  return {
    length: entries.length,
    client: Int32Array.from(entries, (e) => e[0]),
    day: Int32Array.from(entries, (e) => d(e[1])),
    salesperson: null,
    row: Int32Array.from(entries, (_, i) => i + 2),
  };
}

describe('visitPlan with a visits log', () => {
  // 0 A active, 1 C active visited 3×, 2 C active visited once, 3 prospect with potential,
  // 4 prospect without, 5 B at risk never visited, 6 C lost visited once, 7 A new never visited.
  const clients = clientsData(
    ['A1', 'C1', 'C2', 'P1', 'P2', 'R1', 'L1', 'N1'],
    {
      Potencial: { number: [null, null, null, 5000, 0, null, null, null] },
    },
    { potential: 'Potencial' },
  );
  const abc = codes(ABC_CLASSES, ['A', 'C', 'C', null, null, 'B', 'C', 'A']);
  const status = codes(STATUSES, [
    'active',
    'active',
    'active',
    'prospect',
    'prospect',
    'at_risk',
    'lost',
    'new',
  ]);
  const visits = log([
    [0, '2024-06-01'],
    [0, '2024-05-01'],
    [0, '2024-05-01'], // same client, same day: one visit
    [0, '2023-06-30'], // before the window: counts for nothing but the history
    [0, '2024-08-01'], // after the as-of date: ignored
    [1, '2023-07-01'],
    [1, '2024-01-10'],
    [1, '2024-06-30'],
    [2, '2024-02-01'],
    [6, '2024-03-01'],
  ]);
  const plan = visitPlan({ clients, asOf, abc, status, visits });

  test('planned visits and hours per client', () => {
    expect(Array.from(plan.plannedVisits)).toEqual([12, 1, 1, 2, 0, 6, 0, 12]);
    // hours: A 2 h, B 1.5 h, C 1 h, prospects 1.5 h
    expect(Array.from(plan.plannedHours)).toEqual([24, 1, 1, 3, 0, 9, 0, 24]);
  });

  test('visits in the last 12 months count distinct days inside the window', () => {
    expect(Array.from(plan.visits12)).toEqual([2, 3, 1, 0, 0, 0, 1, 0]);
    expect(plan.source).toBe('log');
  });

  test('next visit due: last visit + interval; never-visited clients are due now; no plan, no due date', () => {
    expect(plan.lastVisit[0]).toBe(d('2024-06-01'));
    expect(plan.nextDue[0]).toBe(d('2024-07-01')); // + 30 days
    expect(plan.nextDue[1]).toBe(d('2025-06-30')); // + 365 days
    expect(plan.nextDue[2]).toBe(d('2025-01-31'));
    expect(plan.lastVisit[3]).toBeNaN();
    expect(plan.nextDue[3]).toBe(asOf); // prospect with potential, never visited
    expect(plan.nextDue[4]).toBeNaN();
    expect(plan.nextDue[5]).toBe(asOf);
    expect(plan.nextDue[6]).toBeNaN();
    expect(Array.from(plan.due)).toEqual([0, 0, 0, 1, 0, 1, 0, 1]);
  });

  test('under-served: A or at-risk clients below plan (new clients are judged by their due date)', () => {
    expect(Array.from(plan.underServed)).toEqual([1, 0, 0, 0, 0, 1, 0, 0]);
  });

  test('over-served: C clients visited at least twice the plan (a lost C visited at all)', () => {
    expect(Array.from(plan.overServed)).toEqual([0, 1, 0, 0, 0, 0, 1, 0]);
  });
});

describe('visitPlan from client-list columns', () => {
  const abc = codes(ABC_CLASSES, ['A', 'A', 'C']);
  const status = codes(STATUSES, ['active', 'active', 'active']);

  test('a "last visit" date and a "visits" count (taken as the last 12 months)', () => {
    const clients = clientsData(
      ['A1', 'A2', 'C1'],
      {
        'Última visita': { date: ['2024-06-20', '2024-07-15', null] },
        Visitas: { number: [12, 3, 2] },
      },
      { lastVisit: 'Última visita', visits: 'Visitas' },
    );
    const plan = visitPlan({ clients, asOf, abc, status });
    expect(plan.source).toBe('column');
    expect(plan.nextDue[0]).toBe(d('2024-07-20'));
    // a last visit after the as-of date is not yet history: the client counts as never visited
    expect(plan.lastVisit[1]).toBeNaN();
    expect(plan.nextDue[1]).toBe(asOf);
    expect(Array.from(plan.visits12)).toEqual([12, 3, 2]);
    expect(Array.from(plan.underServed)).toEqual([0, 1, 0]);
    expect(Array.from(plan.overServed)).toEqual([0, 0, 1]);
  });

  test('with only a last-visit date, no under/over-served flags are raised', () => {
    const clients = clientsData(
      ['A1', 'A2', 'C1'],
      { Ult: { date: ['2024-01-01', null, '2024-06-01'] } },
      { lastVisit: 'Ult' },
    );
    const plan = visitPlan({ clients, asOf, abc, status });
    expect(plan.source).toBe('lastVisitOnly');
    expect(Array.from(plan.visits12).every(Number.isNaN)).toBe(true);
    expect(Array.from(plan.underServed)).toEqual([0, 0, 0]);
    expect(Array.from(plan.due)).toEqual([1, 1, 0]);
  });

  test('no visit data at all: everything planned is due now, no flags', () => {
    const plan = visitPlan({ clients: clientsData(['A1', 'A2', 'C1']), asOf, abc, status });
    expect(plan.source).toBe('none');
    expect(Array.from(plan.due)).toEqual([1, 1, 1]);
    expect(Array.from(plan.overServed)).toEqual([0, 0, 0]);
  });

  test('the log wins over a visits column; a text potential counts unless it says no', () => {
    const clients = clientsData(
      ['P1', 'P2', 'P3'],
      { Visitas: { number: [9, 9, 9] }, Pot: ['Alto', 'No', null] },
      { visits: 'Visitas', potential: 'Pot' },
    );
    const none = codes(ABC_CLASSES, [null, null, null]);
    const prospects = codes(STATUSES, ['prospect', 'prospect', 'prospect']);
    const plan = visitPlan({ clients, asOf, abc: none, status: prospects, visits: log([[0, '2024-01-01']]) });
    expect(Array.from(plan.visits12)).toEqual([1, 0, 0]);
    expect(Array.from(plan.plannedVisits)).toEqual([2, 0, 0]);
  });

  test('arrays of the wrong length are refused', () => {
    expect(() => visitPlan({ clients: clientsData(['A1']), asOf, abc, status })).toThrow(
      /one entry per client/,
    );
  });
});
