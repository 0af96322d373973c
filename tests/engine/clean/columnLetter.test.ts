import { columnIndex, columnLabel, columnLetter } from '../../../src/engine/clean/columnLetter';
import * as hostAddress from '../../../src/host/address';

describe('column letters (written once for our code; src/host keeps its own as the simulated Excel)', () => {
  test('letters and back, over the whole grid, agree with the simulated Excel', () => {
    for (let i = 0; i < 16_384; i++) {
      const letters = columnLetter(i);
      expect(letters).toBe(hostAddress.columnLetters(i));
      expect(columnIndex(letters)).toBe(i);
      expect(columnIndex(letters.toLowerCase())).toBe(i);
    }
    expect(columnLetter(0) + columnLetter(25) + columnLetter(26) + columnLetter(16_383)).toBe('AZAAXFD');
  });

  test('anything but 1–3 letters is -1', () => {
    for (const text of ['', 'A1', 'ABCD', 'Ñ', ' A', '1', 'A-B']) expect(columnIndex(text)).toBe(-1);
  });

  test('a label names the letter and the header', () => {
    expect(columnLabel(2, 1, ' Fecha ')).toBe('D (Fecha)');
    expect(columnLabel(0, 27, '')).toBe('AB');
  });
});
