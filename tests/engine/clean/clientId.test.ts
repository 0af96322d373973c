import { clientId, IdDictionary } from '../../../src/engine/clean/clientId';

describe('clientId', () => {
  test('numbers in shortest form, text trimmed, leading zeros kept', () => {
    expect(clientId(123)).toBe('123');
    expect(clientId(' 123 ')).toBe('123');
    expect(clientId(17850.0)).toBe('17850');
    expect(clientId('00123')).toBe('00123');
    expect(clientId(12.5)).toBe('12.5');
    expect(clientId('')).toBe('');
    expect(clientId('   ')).toBe('');
    expect(clientId(null)).toBe('');
    expect(clientId(-0)).toBe('0');
  });
});

describe('IdDictionary', () => {
  test('123, "123" and " 123 " are one code; "00123" and "123.0" are others', () => {
    const d = new IdDictionary();
    expect(d.code(123)).toBe(0);
    expect(d.code('123')).toBe(0);
    expect(d.code(' 123 ')).toBe(0);
    expect(d.code('00123')).toBe(1);
    expect(d.code('123.0')).toBe(2);
    expect(d.code(17850.0)).toBe(3);
    expect(d.code('17850')).toBe(3);
    expect(d.code(12.5)).toBe(4);
    expect(d.code('12.5')).toBe(4);
    expect(d.code('ACME')).toBe(5);
    expect(d.code('')).toBe(-1);
    expect(d.code(undefined)).toBe(-1);
    expect(d.labels).toEqual(['123', '00123', '123.0', '17850', '12.5', 'ACME']);
    expect(d.find('123')).toBe(0);
    expect(d.find('00123')).toBe(1);
    expect(d.find('999')).toBe(-1);
    expect(d.find('nope')).toBe(-1);
  });

  test('text first, number later: still one code', () => {
    const d = new IdDictionary();
    expect(d.code('42')).toBe(0);
    expect(d.code(42)).toBe(0);
    expect(d.size).toBe(1);
  });

  test('many integer ids survive the hash table growing', () => {
    const d = new IdDictionary();
    for (let i = 0; i < 5000; i++) expect(d.code(i * 7919 - 1e6)).toBe(i);
    for (let i = 0; i < 5000; i++) expect(d.code(String(i * 7919 - 1e6))).toBe(i);
    expect(d.size).toBe(5000);
  });
});
