import { utf8Length } from '../../src/excel/syncBatcher';

describe('utf8Length (the 5 MB payload limit counts UTF-8 bytes)', () => {
  test.each(['', 'abc', 'Peña', 'São Paulo', '€100', 'emoji 😀 and 𝄞', '中文'])('%s', (text) => {
    expect(utf8Length(text)).toBe(Buffer.byteLength(text, 'utf8'));
  });
});
