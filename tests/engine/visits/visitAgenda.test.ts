import { visitAgenda } from '../../../src/engine/visits/visitAgenda';
import { visitPlan } from '../../../src/engine/visits/visitPlan';
import { ABC_CLASSES, NO_CODE, STATUSES } from '../../../src/engine/types';
import { categorical, clientsData, d } from './fixtures';

const asOf = d('2026-11-03');
const codes = (list: readonly string[], values: (string | null)[]) =>
  Uint8Array.from(values, (v) => (v === null ? NO_CODE : list.indexOf(v)));

describe('visitAgenda', () => {
  // A clients are visited every 30 days: last visits give due days relative to 2026-11-03.
  const clients = clientsData(
    ['K1', 'K2', 'K3', 'K4', 'K5', 'K6', 'K7'],
    {
      Ultima: {
        date: ['2026-10-10', '2026-09-23', '2026-10-30', '2026-10-04', '2026-11-20', '2026-09-01', '2026-10-20'],
      },
    },
    { lastVisit: 'Ultima' },
  );
  // K5's "last visit" is after the as-of date: a planned visit, not history → never visited → due now.
  const abc = codes(ABC_CLASSES, ['A', 'A', 'A', 'A', 'A', 'C', 'A']);
  const status = codes(STATUSES, ['active', 'active', 'active', 'active', 'active', 'active', 'active']);
  const plan = visitPlan({ clients, asOf, abc, status });
  const owner = categorical(['Bea', 'ana', 'Bea', 'Bea', 'ana', 'Bea', null]);
  const agenda = visitAgenda({ owner, plan, asOf });

  test('groups in name order (case ignored), the unassigned last and flagged blank', () => {
    expect(agenda.map((g) => [g.member, g.blank, g.clients])).toEqual([
      ['ana', false, 2],
      ['Bea', false, 4],
      ['', true, 1],
    ]);
  });

  test('overdue visits first, most overdue leading, with days overdue; then due today, then upcoming', () => {
    const bea = agenda[1];
    // K4 due 11-03 (today, 0), K1 due 11-09 (6 days to go), K3 due 11-29; K6 (C: due 2027-09-01) outside the window
    expect(Array.from(bea.client, (i) => clients.ids[i])).toEqual(['K4', 'K1', 'K3']);
    expect(Array.from(bea.daysOverdue)).toEqual([0, -6, -26]);
    expect(bea.overdue).toBe(0);
    const ana = agenda[0];
    // K2 due 10-23: 11 days overdue; K5 never visited: due now
    expect(Array.from(ana.client, (i) => clients.ids[i])).toEqual(['K2', 'K5']);
    expect(Array.from(ana.daysOverdue)).toEqual([11, 0]);
    expect(ana.overdue).toBe(1);
    expect(Array.from(ana.due)).toEqual([d('2026-10-23'), asOf]);
  });

  test('a 4-week window by default (due up to as-of + 28 days); weeks widens it', () => {
    const bea = agenda[1];
    expect(Math.max(...bea.due)).toBeLessThanOrEqual(asOf + 28);
    expect(visitAgenda({ owner, plan, asOf, weeks: 1 })[1].client.length).toBe(2);
    // 2026-09-01 + 365 is far beyond any small window
    expect(Array.from(visitAgenda({ owner, plan, asOf, weeks: 60 })[1].client, (i) => clients.ids[i])).toContain('K6');
  });

  test('no salesperson → the "unassigned" group keeps its visits', () => {
    const blank = agenda[2];
    expect(Array.from(blank.client, (i) => clients.ids[i])).toEqual(['K7']);
    expect(blank.daysOverdue[0]).toBe(-16);
  });

  test('a salesperson with nothing due keeps an empty group; no plan → nothing due', () => {
    const only = visitAgenda({ owner: categorical(['Eva']), plan: visitPlan({ clients: clientsData(['Z']), asOf, abc: codes(ABC_CLASSES, ['N']), status: codes(STATUSES, ['active']) }), asOf });
    expect(only).toHaveLength(1);
    expect(only[0].member).toBe('Eva');
    expect(only[0].client.length).toBe(0);
  });
});
