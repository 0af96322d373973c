// SPEC §11 "changes since the previous run": the previous run's stored codes matched by id, against a
// plain implementation on random runs, and a small case by hand.
import fc from 'fast-check';
import { changesSincePrevious, type CurrentRun, type PreviousRun } from '../../../src/engine/changes';
import { ABC_CLASSES, NO_CODE, STATUSES } from '../../../src/engine/types';

const A = 0;
const ACTIVE = STATUSES.indexOf('active');
const AT_RISK = STATUSES.indexOf('at_risk');
const LOST = STATUSES.indexOf('lost');

test('by hand: a class drop, a newly at-risk client, a new client, a client gone from the data', () => {
  const previous: PreviousRun = {
    asOf: '2025-06-30',
    ids: ['C1', 'C2', 'C3', 'GONE'],
    abc: Uint8Array.from([A, 1, 2, A]),
    status: Uint8Array.from([ACTIVE, ACTIVE, LOST, ACTIVE]),
  };
  const now: CurrentRun = {
    ids: ['C2', 'C1', 'NEW', 'C3'],
    abc: Uint8Array.from([1, 1, 2, 2]),
    status: Uint8Array.from([AT_RISK, ACTIVE, ACTIVE, ACTIVE]),
    revenueCents: Float64Array.from([500, 900, 100, 300]),
  };
  const since = changesSincePrevious(now, previous);
  expect(since.previousAsOf).toBe('2025-06-30');
  expect([...since.abcBefore]).toEqual([1, A, NO_CODE, 2]);
  expect([...since.statusBefore]).toEqual([ACTIVE, ACTIVE, NO_CODE, LOST]);
  expect(since).toMatchObject({ classChanged: 2, statusChanged: 3, newClients: 1 });
  // C1 (900: A → B), C2 (500: at risk), C3 (300: reactivated), NEW (100)
  expect([...since.changed]).toEqual([1, 0, 3, 2]);
  expect([...since.lists.droppedOutOfA]).toEqual([1]);
  expect([...since.lists.newlyAtRisk]).toEqual([0]);
  expect([...since.lists.reactivated]).toEqual([3]);
  const side = ABC_CLASSES.length + 1;
  expect(since.abc.clients[A * side + 1]).toBe(1);
  expect(since.abc.revenueCents[A * side + 1]).toBe(900);
});

test('random runs: the same as a plain comparison by id', () => {
  const code = (n: number) => fc.oneof(fc.integer({ min: 0, max: n - 1 }), fc.constant(NO_CODE));
  const client = fc.record({
    id: fc.integer({ min: 0, max: 40 }).map((k) => `K${k}`),
    abc: code(ABC_CLASSES.length),
    status: fc.integer({ min: 0, max: STATUSES.length - 1 }),
    revenue: fc.integer({ min: -1000, max: 100_000 }),
  });
  const run = fc.uniqueArray(client, { selector: (c) => c.id, maxLength: 30 });
  fc.assert(
    fc.property(run, run, fc.boolean(), (before, after, absentMarked) => {
      const previous: PreviousRun = {
        asOf: '2025-01-31',
        ids: before.map((c) => c.id),
        abc: Uint8Array.from(before.map((c) => c.abc)),
        // a dictionary entry not in that run is stored as status NO_CODE
        status: Uint8Array.from(before.map((c, k) => (absentMarked && k % 5 === 0 ? NO_CODE : c.status))),
      };
      const now: CurrentRun = {
        ids: after.map((c) => c.id),
        abc: Uint8Array.from(after.map((c) => c.abc)),
        status: Uint8Array.from(after.map((c) => c.status)),
        revenueCents: Float64Array.from(after.map((c) => c.revenue)),
      };
      const since = changesSincePrevious(now, previous);
      let classChanged = 0,
        statusChanged = 0,
        fresh = 0;
      const changed: number[] = [];
      after.forEach((c, i) => {
        const k = previous.ids.indexOf(c.id);
        const there = k >= 0 && previous.status[k] !== NO_CODE;
        const abcThen = there ? previous.abc[k] : NO_CODE;
        const statusThen = there ? previous.status[k] : NO_CODE;
        expect(since.abcBefore[i]).toBe(abcThen);
        expect(since.statusBefore[i]).toBe(statusThen);
        if (!there) fresh++;
        if (abcThen !== c.abc) classChanged++;
        if (statusThen !== c.status) statusChanged++;
        if (abcThen !== c.abc || statusThen !== c.status) changed.push(i);
      });
      expect(since).toMatchObject({ classChanged, statusChanged, newClients: fresh });
      expect([...since.changed].sort((x, y) => x - y)).toEqual(changed);
      for (let k = 1; k < since.changed.length; k++)
        expect(now.revenueCents[since.changed[k - 1]]).toBeGreaterThanOrEqual(now.revenueCents[since.changed[k]]);
      let total = 0;
      for (const v of since.status.clients) total += v;
      expect(total).toBe(after.length);
    }),
    { numRuns: 200 },
  );
});
