import { segmentFields } from '../../../src/engine/segments/segmentFields';
import { segmentMatches } from '../../../src/engine/segments/segmentMatches';
import { segmentSummary } from '../../../src/engine/segments/segmentSummary';
import { segmentMembers } from '../../../src/engine/segments/segmentMembers';
import {
  parseSegmentDefinition,
  type SegmentCondition,
  type SegmentDefinition,
} from '../../../src/engine/segments/segmentDefinition';
import { ABC_CLASSES, CarteraError, NO_CODE, RFM_SEGMENTS, STATUSES } from '../../../src/engine/types';
import { clientsData, d } from '../visits/fixtures';

const asOf = d('2024-06-30');
const codes = (list: readonly string[], values: (string | null)[]) =>
  Uint8Array.from(values, (v) => (v === null ? NO_CODE : list.indexOf(v)));

// Ages on 2024-06-30: c0 30 (birthday today), c1 29 (tomorrow), c2 45 (46 tomorrow), c3 46, c4 38, c5 none, c6 35, c7 40.
const clients = clientsData(
  ['c0', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7'],
  {
    Sexo: ['Mujer', 'mujer', 'MUJER', 'Mujer', 'Hombre', 'Mujer', 'mujer ', null],
    'Fecha de nacimiento': {
      date: [
        '1994-06-30',
        '1994-07-01',
        '1978-07-01',
        '1978-06-30',
        '1986-01-15',
        null,
        '1989-03-03',
        '1984-02-29',
      ],
    },
    'Nivel de ingresos': [
      'Medio-alto',
      'medio-alto',
      'Medio-Alto',
      'MEDIO-ALTO',
      'Medio-alto',
      'Medio-alto',
      'Alto',
      'Medio-alto',
    ],
    Zona: ['Norte', 'NORTE', 'Nórte', 'Sur', 'norte', 'Sur', null, 'Noroeste'],
    'Alta cliente': {
      date: ['2020-01-01', '2021-05-05', null, '2023-12-31', '2024-01-01', '2019-01-01', '2024-06-30', null],
    },
    Empleados: { number: [10, 1234.5, null, 50, 5, 0, 12, 7] },
    abc: ['x', 'y', 'x', 'y', 'x', 'y', 'x', 'y'],
  },
  { gender: 'Sexo', birthDate: 'Fecha de nacimiento', income: 'Nivel de ingresos', region: 'Zona' },
  [1, 0, 0, 0, 1, 0, 0, 0],
);
const fields = segmentFields({
  clients,
  asOf,
  abc: codes(ABC_CLASSES, ['A', 'A', 'B', 'A', 'A', 'C', null, 'A']),
  status: codes(STATUSES, [
    'at_risk',
    'at_risk',
    'at_risk',
    'active',
    'at_risk',
    'lost',
    'prospect',
    'at_risk',
  ]),
  rfmSegment: codes(RFM_SEGMENTS, [
    'champions',
    'loyal',
    'at_risk',
    null,
    'champions',
    'hibernating',
    null,
    'new',
  ]),
  r: [5, 4, 1, 0, 5, 1, 0, 5],
  revenue: Float64Array.from([150000, 99999, 0, 250000, 100000, 0, 0, 5000]),
  lastPurchase: [
    d('2024-06-01'),
    d('2024-01-01'),
    d('2023-01-01'),
    -1,
    d('2024-06-30'),
    d('2022-01-01'),
    NaN,
    d('2024-05-05'),
  ],
});
const one = (...conditions: SegmentCondition[]): SegmentDefinition => ({
  version: 1,
  groups: [{ conditions }],
});
const match = (def: SegmentDefinition) => Array.from(segmentMatches(def, fields));
const who = (def: SegmentDefinition) =>
  Array.from(segmentMembers(segmentMatches(def, fields)), (i) => clients.ids[i]);

describe("segmentMatches: the seeds' examples", () => {
  test('women aged 30–45 with medium-high income', () => {
    const def = one(
      { field: 'Sexo', op: 'equals', value: 'mujer' },
      { field: 'age', op: 'between', values: [30, 45] },
      { field: 'Nivel de ingresos', op: 'equals', value: 'medio-alto' },
    );
    // c1 is 29, c3 is 46, c5 has no birth date, c6 has high income, c7 has no gender
    expect(who(def)).toEqual(['c0', 'c2']);
  });

  test('A clients at risk in the North region', () => {
    const def = one(
      { field: 'abc', op: 'equals', value: 'A' },
      { field: 'status', op: 'equals', value: 'at_risk' },
      { field: 'Zona', op: 'equals', value: 'Norte' },
    );
    // c2 is B, c3 is in the South, c7 is in "Noroeste"
    expect(who(def)).toEqual(['c0', 'c1', 'c4']);
  });
});

describe('segmentMatches: operators', () => {
  test('equals / in on text ignore case, accents and spacing', () => {
    expect(match(one({ field: 'Zona', op: 'equals', value: ' NORTE ' }))).toEqual([1, 1, 1, 0, 1, 0, 0, 0]);
    expect(who(one({ field: 'Zona', op: 'in', values: ['sur', 'noroeste'] }))).toEqual(['c3', 'c5', 'c7']);
  });

  test('contains on text and on codes', () => {
    expect(who(one({ field: 'Zona', op: 'contains', value: 'NOR' }))).toEqual(['c0', 'c1', 'c2', 'c4', 'c7']);
    expect(who(one({ field: 'rfmSegment', op: 'contains', value: 'risk' }))).toEqual(['c2']);
  });

  test('isEmpty / notEmpty on text, codes, numbers and dates', () => {
    expect(who(one({ field: 'Zona', op: 'isEmpty' }))).toEqual(['c6']);
    expect(who(one({ field: 'abc', op: 'isEmpty' }))).toEqual(['c6']);
    expect(who(one({ field: 'rfmSegment', op: 'notEmpty' }))).toEqual(['c0', 'c1', 'c2', 'c4', 'c5', 'c7']);
    expect(who(one({ field: 'Empleados', op: 'isEmpty' }))).toEqual(['c2']);
    expect(who(one({ field: 'lastPurchase', op: 'isEmpty' }))).toEqual(['c3', 'c6']);
    expect(who(one({ field: 'age', op: 'isEmpty' }))).toEqual(['c5']);
  });

  test('between on numbers: both ends included, an open end, numbers typed with separators', () => {
    expect(who(one({ field: 'revenue', op: 'between', values: [999.99, 1500] }))).toEqual(['c0', 'c1', 'c4']);
    expect(who(one({ field: 'revenue', op: 'between', values: [null, 50] }))).toEqual([
      'c2',
      'c5',
      'c6',
      'c7',
    ]);
    expect(who(one({ field: 'Empleados', op: 'equals', value: '1.234,5' }))).toEqual(['c1']);
    expect(who(one({ field: 'Empleados', op: 'in', values: [5, '7', 0] }))).toEqual(['c4', 'c5', 'c7']);
    expect(who(one({ field: 'r', op: 'between', values: [4, 5] }))).toEqual(['c0', 'c1', 'c4', 'c7']);
  });

  test('dates: ISO text or serials, equals is the same day, between includes both days', () => {
    expect(who(one({ field: 'Alta cliente', op: 'between', values: ['2023-12-31', '2024-06-30'] }))).toEqual([
      'c3',
      'c4',
      'c6',
    ]);
    expect(who(one({ field: 'Alta cliente', op: 'equals', value: '2024-01-01' }))).toEqual(['c4']);
    expect(who(one({ field: 'lastPurchase', op: 'between', values: [d('2024-05-05'), null] }))).toEqual([
      'c0',
      'c4',
      'c7',
    ]);
  });

  test('not: the negation, in which blanks match', () => {
    expect(who(one({ field: 'Zona', op: 'equals', value: 'norte', not: true }))).toEqual([
      'c3',
      'c5',
      'c6',
      'c7',
    ]);
    expect(who(one({ field: 'Empleados', op: 'between', values: [6, null], not: true }))).toEqual([
      'c2',
      'c4',
      'c5',
    ]);
  });

  test('the special flag and an attribute named like a computed field', () => {
    expect(who(one({ field: 'special', op: 'equals', value: 'yes' }))).toEqual(['c0', 'c4']);
    expect(who(one({ field: 'column:abc', op: 'equals', value: 'x' }))).toEqual(['c0', 'c2', 'c4', 'c6']);
  });
});

describe('segmentMatches: combination', () => {
  test('conditions AND-ed within a group, groups OR-ed', () => {
    const def: SegmentDefinition = {
      version: 1,
      groups: [
        {
          conditions: [
            { field: 'Zona', op: 'equals', value: 'sur' },
            { field: 'abc', op: 'equals', value: 'A' },
          ],
        },
        { conditions: [{ field: 'rfmSegment', op: 'in', values: ['NEW', 'hibernating'] }] },
      ],
    };
    expect(who(def)).toEqual(['c3', 'c5', 'c7']);
  });

  test('no condition at all matches everyone; empty groups are ignored', () => {
    expect(match({ version: 1, groups: [] })).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
    expect(match({ version: 1, groups: [{ conditions: [] }] })).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
    const def: SegmentDefinition = {
      version: 1,
      groups: [{ conditions: [] }, { conditions: [{ field: 'Zona', op: 'isEmpty' }] }],
    };
    expect(who(def)).toEqual(['c6']);
  });

  test('clear errors: unknown field, an operator that does not fit the field, a bad value', () => {
    expect(() => match(one({ field: 'Provincia', op: 'isEmpty' }))).toThrow(/"Provincia"/);
    expect(() => match(one({ field: 'revenue', op: 'contains', value: '1' }))).toThrow(CarteraError);
    expect(() => match(one({ field: 'Zona', op: 'between', values: ['a', 'b'] }))).toThrow(/between/);
    expect(() => match(one({ field: 'Alta cliente', op: 'equals', value: '31/12/2023' }))).toThrow(
      /YYYY-MM-DD/,
    );
    expect(() => match(one({ field: 'revenue', op: 'equals', value: 'mucho' }))).toThrow(/not a number/);
  });
});

describe('segmentFields', () => {
  test('offers attributes and the computed fields that were given, with their kind and values', () => {
    const keys = fields.info.map((f) => `${f.key}:${f.kind}`);
    expect(keys).toEqual([
      'Sexo:text',
      'Fecha de nacimiento:date',
      'Nivel de ingresos:text',
      'Zona:text',
      'Alta cliente:date',
      'Empleados:number',
      'column:abc:text',
      'abc:code',
      'rfmSegment:code',
      'r:number',
      'status:code',
      'special:code',
      'revenue:number',
      'lastPurchase:date',
      'age:number',
    ]);
    expect(fields.info.find((f) => f.key === 'abc')!.labels).toEqual(['A', 'B', 'C', 'N']);
    const age = fields.byKey.get('age')!;
    expect(age.kind === 'number' && Array.from(age.values)).toEqual([30, 29, 45, 46, 38, NaN, 35, 40]);
  });

  test('age from an age column when there is no birth date', () => {
    const c = clientsData(['a', 'b'], { Edad: { number: [41.7, null] } }, { age: 'Edad' });
    const f = segmentFields({ clients: c, asOf });
    const m = segmentMatches(one({ field: 'age', op: 'equals', value: 41 }), f);
    expect(Array.from(m)).toEqual([1, 0]);
  });
});

describe('segmentSummary and parseSegmentDefinition', () => {
  test('count and revenue of the matching clients', () => {
    const mask = segmentMatches(one({ field: 'abc', op: 'equals', value: 'a' }), fields);
    const s = segmentSummary(mask, Float64Array.from([150000, 99999, 395001, 250000, 100000, 0, 0, 5000]));
    expect([s.clients, s.revenue]).toEqual([5, 604999]);
    expect(s.clientShare).toBe(5 / 8);
    expect(s.revenueShare).toBeCloseTo(604999 / 1000000, 12);
    expect(segmentSummary(new Uint8Array(3)).revenue).toBeNaN();
  });

  test('a definition round-trips through JSON; malformed ones are refused with where', () => {
    const def = one(
      { field: 'Zona', op: 'in', values: ['Norte'] },
      { field: 'age', op: 'between', values: [null, 40], not: true },
    );
    expect(parseSegmentDefinition(JSON.stringify({ ...def, name: 'Campaña' }))).toEqual({
      ...def,
      name: 'Campaña',
    });
    expect(() => parseSegmentDefinition({ groups: [{ conditions: [{ field: 'x', op: 'like' }] }] })).toThrow(
      /group 1, condition 1.*operator/,
    );
    expect(() =>
      parseSegmentDefinition({
        groups: [{ conditions: [{ field: 'x', op: 'between', values: [null, null] }] }],
      }),
    ).toThrow(CarteraError);
    expect(() =>
      parseSegmentDefinition({ groups: [{ conditions: [{ field: 'x', op: 'in', values: 'a' }] }] }),
    ).toThrow(/list of values/);
    expect(() => parseSegmentDefinition('nope')).toThrow(/JSON/);
  });
});
