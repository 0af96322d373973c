import { salesColumns } from '../../../src/engine/clean';

describe('salesColumns', () => {
  test('the mapped columns, the client’s first, each once', () => {
    expect(salesColumns({ date: 4, quantity: 3, client: 6, price: 5, invoice: 0, product: 1 })).toEqual([
      6, 4, 3, 5, 0, 1,
    ]);
    expect(salesColumns({ client: 2, date: 0, amount: 1, currency: undefined })).toEqual([2, 0, 1]);
  });
  test('no client mapped: the others', () => {
    expect(salesColumns({ date: 0, amount: 1 })).toEqual([0, 1]);
  });
});
