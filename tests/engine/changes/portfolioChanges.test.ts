import { analyzePortfolio } from '../../../src/engine/classify';
import {
  actionLists,
  classesAt,
  migrationMatrix,
  portfolioChanges,
  type MigrationMatrix,
} from '../../../src/engine/changes';
import { addMonths } from '../../../src/engine/dates';
import { analyse } from '../../../src/engine/pipeline';
import { ABC_CLASSES, NO_CODE, STATUSES } from '../../../src/engine/types';
import { changesInput, IDS, T0, T1 } from './changesFixture';

const abcOf = (c: number) => (c === NO_CODE ? null : ABC_CLASSES[c]);
const statusOf = (c: number) => (c === NO_CODE ? null : STATUSES[c]);

/** The non-empty cells as "from>to": [clients, revenue in units]. */
function cells(m: MigrationMatrix, labels: readonly string[]): Record<string, [number, number]> {
  const side = m.size + 1;
  const out: Record<string, [number, number]> = {};
  for (let f = 0; f < side; f++)
    for (let t = 0; t < side; t++) {
      const k = f * side + t;
      if (m.clients[k] > 0)
        out[`${labels[f] ?? 'null'}>${labels[t] ?? 'null'}`] = [m.clients[k], m.revenueCents[k] / 100];
    }
  return out;
}

describe('changes over time (SPEC §11) on a hand-made log', () => {
  const input = changesInput();
  const now = analyzePortfolio(input, { asOf: T1 });
  const ch = portfolioChanges(input, now);
  const byId = (list: Int32Array) => Array.from(list, (i) => now.ids[i]);

  test('the default comparison date is as-of − 12 calendar months', () => {
    expect(ch.compareDate).toBe(addMonths(T1, -12));
    expect(ch.compareDate).toBe(T0);
    expect(ch.compareIso).toBe('2024-06-30');
  });

  test('the fixture reads as designed now', () => {
    expect(now.ids).toEqual(IDS);
    expect(Array.from(now.abc.classCode, abcOf)).toEqual([
      'B',
      'C',
      'A',
      'N',
      'N',
      'C',
      'A',
      'A',
      null,
      null,
      null,
      'C',
    ]);
    expect(Array.from(now.lifecycle.status, statusOf)).toEqual([
      'at_risk',
      'at_risk',
      'inactive',
      'lost',
      'lost',
      'active',
      'active',
      'new',
      'prospect',
      'prospect',
      'prospect',
      'new',
    ]);
  });

  test('class and status then, as if the analysis had been run on the comparison date', () => {
    expect(Array.from(ch.abcBefore, abcOf)).toEqual([
      'B',
      'C',
      'A',
      'A',
      'N',
      'C',
      'N',
      null,
      null,
      null,
      null,
      'N',
    ]);
    expect(Array.from(ch.statusBefore, statusOf)).toEqual([
      'active',
      'at_risk',
      'active',
      'active',
      'lost',
      'inactive',
      'lost',
      null,
      'prospect',
      null,
      null,
      'inactive',
    ]);
    // the same as a plain run on that day, except the clients with no sale then
    const then = analyzePortfolio(input, { asOf: T0 });
    for (let i = 0; i < IDS.length; i++) {
      if (then.facts.hasSales[i] === 1) {
        expect(ch.abcBefore[i]).toBe(then.abc.classCode[i]);
        expect(ch.statusBefore[i]).toBe(then.lifecycle.status[i]);
      }
    }
  });

  test('ABC migration matrix: every cell (clients, 12-month revenue now)', () => {
    expect(cells(ch.abc, ABC_CLASSES)).toEqual({
      'A>A': [1, 1200],
      'A>N': [1, 0],
      'B>B': [1, 1000],
      'C>C': [2, 320],
      'N>A': [1, 1500],
      'N>C': [1, 80],
      'N>N': [1, 0],
      'null>A': [1, 4000],
      'null>null': [3, 0],
    });
  });

  test('status migration matrix: every cell', () => {
    expect(cells(ch.status, STATUSES)).toEqual({
      'active>at_risk': [1, 1000],
      'at_risk>at_risk': [1, 200],
      'active>inactive': [1, 1200],
      'active>lost': [1, 0],
      'lost>lost': [1, 0],
      'inactive>active': [1, 120],
      'lost>active': [1, 1500],
      'null>new': [1, 4000],
      'prospect>prospect': [1, 0],
      'null>prospect': [2, 0],
      'inactive>new': [1, 80],
    });
  });

  test('the action lists, largest 12-month revenue first', () => {
    expect(byId(ch.lists.newlyAtRisk)).toEqual(['K1']);
    expect(byId(ch.lists.newlyInactiveOrLost)).toEqual(['K3', 'K4']);
    expect(byId(ch.lists.droppedOutOfA)).toEqual(['K4']);
    expect(byId(ch.lists.newlyA)).toEqual(['K8', 'K7']);
    expect(byId(ch.lists.reactivated)).toEqual(['K7', 'K6']);
  });

  test('a comparison date before the first sale: everybody null (a prospect when first contacted by then)', () => {
    const early = portfolioChanges(input, now, T1 - 2000);
    expect(Array.from(early.abcBefore, abcOf).every((c) => c === null)).toBe(true);
    expect(Array.from(early.statusBefore, statusOf).every((s) => s === null)).toBe(true);
    const contacted = portfolioChanges(input, now, T0 - 100);
    expect(statusOf(contacted.statusBefore[IDS.indexOf('K9')])).toBe('prospect');
    expect(abcOf(contacted.abcBefore[IDS.indexOf('K9')])).toBe(null);
    expect(early.abc.clients[ABC_CLASSES.length * (ABC_CLASSES.length + 1) + ABC_CLASSES.length]).toBe(3);
  });

  test('comparing with the as-of date itself: nothing moved', () => {
    const same = portfolioChanges(input, now, T1);
    expect(Array.from(same.abcBefore)).toEqual(Array.from(now.abc.classCode));
    for (const list of Object.values(same.lists)) expect(list.length).toBe(0);
  });

  test('a comparison date after the as-of date is refused; in the pipeline it is a part warning', () => {
    expect(() => portfolioChanges(input, now, T1 + 1)).toThrow(
      expect.objectContaining({ code: 'compare_after_as_of' }),
    );
    const full = analyse(input, { asOf: T1, compareDate: T1 + 1 });
    expect(full.changes).toBeNull();
    expect(full.warnings.filter((w) => w.part === 'changes')).toEqual([
      expect.objectContaining({ part: 'changes', code: 'compare_after_as_of' }),
    ]);
    expect(full.metrics).not.toBeNull();
  });

  test('the pipeline runs the part with the option and by default', () => {
    expect(analyse(input, { asOf: T1 }).changes?.compareDate).toBe(T0);
    expect(analyse(input, { asOf: T1, compareDate: T0 - 100 }).changes?.compareDate).toBe(T0 - 100);
    expect(() => analyse(input, { compareDate: 1.5 })).toThrow(
      expect.objectContaining({ code: 'bad_option_date', where: { option: 'compareDate', value: '1.5' } }),
    );
  });

  test('classesAt ignores rows after the day', () => {
    const at = classesAt(input, {}, T1 - 60);
    // K8 first bought at T1 − 40: nothing yet
    expect(at.abc[IDS.indexOf('K8')]).toBe(NO_CODE);
    expect(at.status[IDS.indexOf('K8')]).toBe(NO_CODE);
  });

  test('migrationMatrix and actionLists on their own', () => {
    const m = migrationMatrix(
      Uint8Array.from([0, NO_CODE, 0]),
      Uint8Array.from([1, 0, 1]),
      Float64Array.from([100, 250, 50]),
      2,
    );
    expect(Array.from(m.clients)).toEqual([0, 2, 0, 0, 0, 0, 1, 0, 0]);
    expect(Array.from(m.revenueCents)).toEqual([0, 150, 0, 0, 0, 0, 250, 0, 0]);
    const A = 0,
      B = 1,
      ACTIVE = STATUSES.indexOf('active'),
      LOST = STATUSES.indexOf('lost');
    const lists = actionLists({
      ids: ['b', 'a', 'c'],
      abcBefore: Uint8Array.from([A, A, B]),
      abcNow: Uint8Array.from([B, B, A]),
      statusBefore: Uint8Array.from([LOST, LOST, ACTIVE]),
      statusNow: Uint8Array.from([ACTIVE, ACTIVE, ACTIVE]),
      revenueCents: Float64Array.from([500, 500, 10]),
    });
    // equal revenue: ids in text order
    expect(Array.from(lists.droppedOutOfA)).toEqual([1, 0]);
    expect(Array.from(lists.reactivated)).toEqual([1, 0]);
    expect(Array.from(lists.newlyA)).toEqual([2]);
  });
});
