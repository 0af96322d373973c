import { clientOwners } from '../../../src/engine/visits/clientOwners';
import { attributeGroups } from '../../../src/engine/visits/attributeGroups';
import { clientsData, d, salesData } from './fixtures';

const asOf = d('2024-06-30');

describe('clientOwners', () => {
  const clients = clientsData(
    ['K0', 'K1', 'K2', 'K3', 'K4', 'K5'],
    {
      Vendedor: ['Ana López', null, null, null, null, null],
    },
    { salesperson: 'Vendedor' },
  );
  const sales = salesData([
    // K0 has an owner in the list: the sales do not change it
    { client: 0, date: '2024-05-01', amount: 1, salesperson: 'Bea' },
    // K1: Bea twice in the window, Carlos three times before it → Bea
    { client: 1, date: '2024-05-01', amount: 1, salesperson: 'Bea' },
    { client: 1, date: '2024-06-01', amount: 1, salesperson: 'BEA' },
    { client: 1, date: '2023-01-01', amount: 1, salesperson: 'Carlos' },
    { client: 1, date: '2023-02-01', amount: 1, salesperson: 'Carlos' },
    { client: 1, date: '2023-03-01', amount: 1, salesperson: 'Carlos' },
    // K2: one each in the window → the latest sale wins (Carlos)
    { client: 2, date: '2024-01-01', amount: 1, salesperson: 'Bea' },
    { client: 2, date: '2024-02-01', amount: 1, salesperson: 'Carlos' },
    // K3: one each on the same day → by name (ana lopez before Dora), with the list's spelling
    { client: 3, date: '2024-01-01', amount: 1, salesperson: 'Dora' },
    { client: 3, date: '2024-01-01', amount: 1, salesperson: 'ana lopez' },
    // K4: nothing in the window → all history; the sale after the as-of date is ignored
    { client: 4, date: '2022-01-01', amount: 1, salesperson: 'Dora' },
    { client: 4, date: '2024-09-01', amount: 1, salesperson: 'Bea' },
    // K5: no salesperson anywhere → unassigned
    { client: 5, date: '2024-01-01', amount: 1, salesperson: null },
  ]);
  const { owner, source } = clientOwners(clients, sales, asOf);
  const names = Array.from(owner.codes, (c) => (c >= 0 ? owner.labels[c] : null));

  test('the list owner first, else the most frequent salesperson in the recent sales', () => {
    expect(names).toEqual(['Ana López', 'Bea', 'Carlos', 'Ana López', 'Dora', null]);
    expect(Array.from(source)).toEqual([1, 2, 2, 2, 2, 0]);
  });

  test('without a salesperson column or sales, everyone is unassigned', () => {
    const r = clientOwners(clientsData(['X']), null, asOf);
    expect(Array.from(r.owner.codes)).toEqual([-1]);
  });
});

describe('attributeGroups', () => {
  test('text groups ignore case and accents; blanks are -1; numbers group by value', () => {
    const clients = clientsData(['a', 'b', 'c', 'd'], {
      Zona: ['Norte', 'NORTE', 'Nórte', null],
      Cod: { number: [1, 2, 1, null] },
    });
    const g = attributeGroups(clients, 'Zona');
    expect(g.labels).toEqual(['Norte']);
    expect(Array.from(g.codes)).toEqual([0, 0, 0, -1]);
    const n = attributeGroups(clients, 'Cod');
    expect(n.labels).toEqual(['1', '2']);
    expect(Array.from(n.codes)).toEqual([0, 1, 0, -1]);
    expect(() => attributeGroups(clients, 'Nope')).toThrow(/Nope/);
  });
});
