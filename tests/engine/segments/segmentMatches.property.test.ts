import fc from 'fast-check';
import { segmentFields } from '../../../src/engine/segments/segmentFields';
import { segmentMatches } from '../../../src/engine/segments/segmentMatches';
import { foldText } from '../../../src/engine/segments/foldText';
import type { SegmentCondition, SegmentDefinition } from '../../../src/engine/segments/segmentDefinition';
import { clientsData, d } from '../visits/fixtures';

const ZONES = ['Norte', 'NORTE', 'Sur', 'Nórte', 'Este', null];
const QUERIES = ['norte', 'SUR', 'nor', 'e', 'oeste'];

/** One condition on one client, as the README states it. */
function holds(c: SegmentCondition, zone: string | null, n: number): boolean {
  const empty = c.field === 'Zona' ? zone === null : Number.isNaN(n);
  let ok: boolean;
  if (c.op === 'isEmpty') ok = empty;
  else if (c.op === 'notEmpty') ok = !empty;
  else if (empty) ok = false;
  else if (c.field === 'Zona') {
    const z = foldText(zone!);
    if (c.op === 'equals') ok = z === foldText(String(c.value));
    else if (c.op === 'in') ok = c.values!.some((v) => foldText(String(v)) === z);
    else ok = z.includes(foldText(String(c.value)));
  } else if (c.op === 'equals') ok = n === c.value;
  else if (c.op === 'in') ok = c.values!.includes(n);
  else
    ok =
      n >= ((c.values![0] as number | null) ?? -Infinity) &&
      n <= ((c.values![1] as number | null) ?? Infinity);
  return c.not ? !ok : ok;
}

const zoneCondition = fc.oneof(
  fc.record({
    field: fc.constant('Zona'),
    op: fc.constantFrom('equals' as const, 'contains' as const),
    value: fc.constantFrom(...QUERIES),
  }),
  fc.record({ field: fc.constant('Zona'), op: fc.constant('in' as const), values: fc.subarray(QUERIES) }),
  fc.record({ field: fc.constant('Zona'), op: fc.constantFrom('isEmpty' as const, 'notEmpty' as const) }),
);
const numberCondition = fc.oneof(
  fc.record({
    field: fc.constant('N'),
    op: fc.constant('equals' as const),
    value: fc.integer({ min: 0, max: 5 }),
  }),
  fc.record({
    field: fc.constant('N'),
    op: fc.constant('in' as const),
    values: fc.array(fc.integer({ min: 0, max: 5 })),
  }),
  fc.record({
    field: fc.constant('N'),
    op: fc.constant('between' as const),
    values: fc
      .tuple(fc.option(fc.integer({ min: 0, max: 5 })), fc.option(fc.integer({ min: 0, max: 5 })))
      .filter(([a, b]) => a !== null || b !== null),
  }),
  fc.record({ field: fc.constant('N'), op: fc.constantFrom('isEmpty' as const, 'notEmpty' as const) }),
);
const condition = fc
  .tuple(fc.oneof(zoneCondition, numberCondition), fc.boolean())
  .map(([c, not]) => (not ? { ...c, not } : c) as SegmentCondition);

describe('segmentMatches against the plain rules', () => {
  test('random clients and definitions: OR of groups, AND of conditions', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...ZONES), fc.option(fc.integer({ min: 0, max: 5 }))), {
          minLength: 1,
          maxLength: 12,
        }),
        fc.array(fc.record({ conditions: fc.array(condition, { maxLength: 3 }) }), { maxLength: 3 }),
        (rows, groups) => {
          const clients = clientsData(
            rows.map((_, i) => `c${i}`),
            { Zona: rows.map((r) => r[0]), N: { number: rows.map((r) => r[1]) } },
          );
          const def: SegmentDefinition = { version: 1, groups };
          const got = Array.from(segmentMatches(def, segmentFields({ clients, asOf: d('2024-06-30') })));
          const live = groups.filter((g) => g.conditions.length > 0);
          const want = rows.map(([zone, n]) => {
            const v = n ?? NaN;
            const ok = live.length === 0 || live.some((g) => g.conditions.every((c) => holds(c, zone, v)));
            return ok ? 1 : 0;
          });
          expect(got).toEqual(want);
        },
      ),
      { numRuns: 500 },
    );
  });
});
