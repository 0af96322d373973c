// The client card shows the list's contact details (issue #19): email, phone, contact person and the
// address, recognised from es/pt/en headers.
import { readClientList, suggestClientMapping } from '../../../src/engine/clean';

describe('the address role', () => {
  test.each([
    ['Dirección', 'es'],
    ['Domicilio', 'es'],
    ['Endereço', 'pt'],
    ['Morada', 'pt'],
    ['Address', 'en'],
    ['Street address', 'en'],
  ])('"%s" (%s) is the address', (header) => {
    const s = suggestClientMapping(['Código cliente', 'Razón social', header, 'Teléfono', 'Email', 'Persona de contacto']);
    expect(s.mapping).toMatchObject({ client: 0, name: 1, address: 2, phone: 3, email: 4, contact: 5 });
  });

  test('read as text (street numbers alone do not make it a number column)', () => {
    const list = readClientList([['C1', 12], ['C2', 100]], { client: 0, address: 1 }, {
      sheet: 'Clientes', headerRow: 1, firstColumn: 0, headers: ['Código', 'Morada'],
    });
    expect(list.clients.attributes.Morada.kind).toBe('text');
    expect(list.clients.roles.address).toBe('Morada');
  });
});
