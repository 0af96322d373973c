// Greater / less than (issue #19): > ≥ < ≤ on number and date fields, blanks never inside.
import { segmentFields } from '../../../src/engine/segments/segmentFields';
import { segmentMatches } from '../../../src/engine/segments/segmentMatches';
import {
  parseSegmentDefinition,
  type SegmentCondition,
  type SegmentDefinition,
} from '../../../src/engine/segments/segmentDefinition';
import { CarteraError } from '../../../src/engine/types';
import { clientsData, d } from '../visits/fixtures';

const clients = clientsData(
  ['c0', 'c1', 'c2', 'c3', 'c4'],
  {
    Empleados: { number: [10, 1234.5, null, 50, 5] },
    'Alta cliente': { date: ['2020-01-01', '2021-05-05', null, '2023-12-31', '2024-01-01'] },
    Zona: ['Norte', 'Sur', 'Este', 'Norte', 'Oeste'],
    Ingresos: ['Medio-alto', 'bajo', null, 'ALTO', 'Medio'],
  },
  {},
);
const fields = segmentFields({ clients, asOf: d('2024-06-30') });
const one = (...conditions: SegmentCondition[]): SegmentDefinition => ({
  version: 1,
  groups: [{ conditions }],
});
const who = (...conditions: SegmentCondition[]) => {
  const mask = segmentMatches(parseSegmentDefinition(one(...conditions)), fields);
  return clients.ids.filter((_, i) => mask[i] === 1);
};

test('numbers: > ≥ < ≤, values typed in either convention; a blank is never inside', () => {
  expect(who({ field: 'Empleados', op: 'gt', value: 10 })).toEqual(['c1', 'c3']);
  expect(who({ field: 'Empleados', op: 'gte', value: '10' })).toEqual(['c0', 'c1', 'c3']);
  expect(who({ field: 'Empleados', op: 'lt', value: '1.234,5' })).toEqual(['c0', 'c3', 'c4']);
  expect(who({ field: 'Empleados', op: 'lte', value: '1,234.5' })).toEqual(['c0', 'c1', 'c3', 'c4']);
  // negated: the blank client comes in, as with every negated condition
  expect(who({ field: 'Empleados', op: 'gt', value: 10, not: true })).toEqual(['c0', 'c2', 'c4']);
});

test('dates: after / on or after / before / on or before an ISO date', () => {
  expect(who({ field: 'Alta cliente', op: 'gt', value: '2023-12-31' })).toEqual(['c4']);
  expect(who({ field: 'Alta cliente', op: 'gte', value: '2023-12-31' })).toEqual(['c3', 'c4']);
  expect(who({ field: 'Alta cliente', op: 'lt', value: '2021-05-05' })).toEqual(['c0']);
  expect(who({ field: 'Alta cliente', op: 'lte', value: '2021-05-05' })).toEqual(['c0', 'c1']);
});

test('two comparisons AND-ed make an open or closed range, like between', () => {
  expect(
    who({ field: 'Empleados', op: 'gt', value: 5 }, { field: 'Empleados', op: 'lt', value: 100 }),
  ).toEqual(['c0', 'c3']);
  expect(
    who({ field: 'Empleados', op: 'gte', value: 5 }, { field: 'Empleados', op: 'lte', value: 50 }),
  ).toEqual(who({ field: 'Empleados', op: 'between', values: [5, 50] }));
});

test('comparisons need a value, apply to numbers and dates only, and refuse values that are not numbers', () => {
  expect(() => parseSegmentDefinition(one({ field: 'Empleados', op: 'gt' } as SegmentCondition))).toThrow(
    /\(gt\) needs a value/,
  );
  expect(() => who({ field: 'Zona', op: 'lt', value: 'Norte' })).toThrow(CarteraError);
  expect(() => who({ field: 'Zona', op: 'lt', value: 'Norte' })).toThrow(
    /"lt" applies to numbers, dates and ordered levels/,
  );
  expect(() => who({ field: 'Empleados', op: 'gte', value: 'diez' })).toThrow(/is not a number/);
  expect(() => who({ field: 'Alta cliente', op: 'gte', value: '31/12/2023' })).toThrow(/is not a date/);
});

test('ordered levels: income ≥ Medio-alto, < Medio, in any spelling; a value off the scale is refused', () => {
  expect(who({ field: 'Ingresos', op: 'gte', value: 'medio alto' })).toEqual(['c0', 'c3']);
  expect(who({ field: 'Ingresos', op: 'gt', value: 'Medio-alto' })).toEqual(['c3']);
  expect(who({ field: 'Ingresos', op: 'lt', value: 'Medio' })).toEqual(['c1']);
  expect(who({ field: 'Ingresos', op: 'lte', value: 'MEDIO' })).toEqual(['c1', 'c4']);
  // a level nobody has is still a point on the scale
  expect(who({ field: 'Ingresos', op: 'gte', value: 'Muy alto' })).toEqual([]);
  expect(who({ field: 'Ingresos', op: 'lt', value: 'Medio', not: true })).toEqual(['c0', 'c2', 'c3', 'c4']);
  expect(() => who({ field: 'Ingresos', op: 'gt', value: 'Norte' })).toThrow(/ordered levels/);
});
