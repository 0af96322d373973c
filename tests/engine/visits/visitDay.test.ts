import { visitDateOrder, visitDay } from '../../../src/engine/visits/visitDay';
import { d } from './fixtures';

describe('visitDay', () => {
  test('Excel serials, time of day dropped; 1904 workbooks shifted', () => {
    expect(visitDay(45474)).toBe(d('2024-07-01'));
    expect(visitDay(45474.99)).toBe(d('2024-07-01'));
    expect(visitDay(45474 - 1462, 'dmy', true)).toBe(d('2024-07-01'));
    expect(visitDay(-3)).toBeNaN();
    expect(visitDay(Infinity)).toBeNaN();
  });

  test('ISO text with or without a time, and numeric text in the column order', () => {
    expect(visitDay('2024-03-05')).toBe(d('2024-03-05'));
    expect(visitDay(' 2024-03-05T10:30:00Z ')).toBe(d('2024-03-05'));
    expect(visitDay('05/03/2024')).toBe(d('2024-03-05'));
    expect(visitDay('05/03/2024', 'mdy')).toBe(d('2024-05-03'));
    expect(visitDay('5.3.24 9:15')).toBe(d('2024-03-05'));
    expect(visitDay('05-03-95')).toBe(d('1995-03-05'));
  });

  test('impossible or unreadable dates are NaN', () => {
    for (const bad of ['31/02/2024', '2024-13-01', 'mañana', '', true, null, undefined, '45474'])
      expect(visitDay(bad as never)).toBeNaN();
  });

  test('the day/month order is decided from the column, day-first when nothing proves it', () => {
    expect(visitDateOrder(['13/03/2024', '01/02/2024'])).toEqual({ order: 'dmy', ambiguous: false });
    expect(visitDateOrder(['03/13/2024', 45000])).toEqual({ order: 'mdy', ambiguous: false });
    expect(visitDateOrder(['05/03/2024'])).toEqual({ order: 'dmy', ambiguous: true });
    expect(visitDateOrder(['05/05/2024', '2024-01-01'])).toEqual({ order: 'dmy', ambiguous: false });
    expect(visitDateOrder(['13/01/2024', '01/13/2024'])).toEqual({ order: 'dmy', ambiguous: true });
  });
});
