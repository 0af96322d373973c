import { dateReadings, parseDate, serialDay } from '../../../src/engine/clean/parseDate';
import { dayFromYmd } from '../../../src/engine/dates';

describe('parseDate', () => {
  test('Excel serials (1900 system), time of day dropped', () => {
    expect(parseDate(36526)).toBe(36526); // 2000-01-01
    expect(parseDate(40513.35138889)).toBe(40513); // 2010-12-01 08:26
    expect(parseDate(0)).toBeNaN();
    expect(parseDate(-5)).toBeNaN();
    expect(parseDate(3_000_000)).toBeNaN();
  });

  test('1904 system: serial + 1462', () => {
    // 2000-01-01 is 36526 − 1462 = 35064 in the 1904 system.
    expect(parseDate(35064, 'dmy', true)).toBe(36526);
    expect(serialDay(35064.75, true)).toBe(36526);
  });

  test('yyyymmdd numbers and text (CDNOW style)', () => {
    expect(parseDate(19970101)).toBe(dayFromYmd(1997, 1, 1));
    expect(parseDate('19970112')).toBe(dayFromYmd(1997, 1, 12));
    expect(parseDate(19971332)).toBeNaN();
  });

  test('ISO text, with time of day ignored', () => {
    expect(parseDate('2010-12-01 08:26:00')).toBe(dayFromYmd(2010, 12, 1));
    expect(parseDate('2010-12-01T23:59:59Z')).toBe(dayFromYmd(2010, 12, 1));
    expect(parseDate('2010-12-01')).toBe(40513);
    expect(parseDate('2010/12/01')).toBe(40513);
    expect(parseDate('2010-02-30')).toBeNaN();
    expect(parseDate('2010-12-01x')).toBeNaN();
  });

  test('dd/mm/yyyy versus mm/dd/yyyy', () => {
    expect(parseDate('01/02/2010', 'dmy')).toBe(dayFromYmd(2010, 2, 1));
    expect(parseDate('01/02/2010', 'mdy')).toBe(dayFromYmd(2010, 1, 2));
    // Only one reading: the order does not matter.
    expect(parseDate('13/02/2010', 'mdy')).toBe(dayFromYmd(2010, 2, 13));
    expect(parseDate('02/13/2010', 'dmy')).toBe(dayFromYmd(2010, 2, 13));
    expect(parseDate('13/13/2010')).toBeNaN();
    expect(parseDate('31.12.2020 17:45')).toBe(dayFromYmd(2020, 12, 31));
    expect(parseDate('5-3-21')).toBe(dayFromYmd(2021, 3, 5));
    expect(parseDate('5/3/95')).toBe(dayFromYmd(1995, 3, 5));
  });

  test('dateReadings', () => {
    expect(dateReadings('03/04/2020')).toEqual({ dmy: dayFromYmd(2020, 4, 3), mdy: dayFromYmd(2020, 3, 4) });
    expect(dateReadings('2020-04-03')).toEqual({ dmy: dayFromYmd(2020, 4, 3), mdy: dayFromYmd(2020, 4, 3) });
    expect(dateReadings('25/04/2020').mdy).toBeNaN();
    expect(dateReadings('hola')).toEqual({ dmy: NaN, mdy: NaN });
  });

  test('month names in Spanish, Portuguese and English', () => {
    expect(parseDate('5 de enero de 2020')).toBe(dayFromYmd(2020, 1, 5));
    expect(parseDate('05-ene-2020')).toBe(dayFromYmd(2020, 1, 5));
    expect(parseDate('12 de março de 2021')).toBe(dayFromYmd(2021, 3, 12));
    expect(parseDate('1 set 2021')).toBe(dayFromYmd(2021, 9, 1));
    expect(parseDate('Jan 5, 2020')).toBe(dayFromYmd(2020, 1, 5));
    expect(parseDate('5 de Foo de 2020')).toBeNaN();
  });

  test('non-dates', () => {
    expect(parseDate('')).toBeNaN();
    expect(parseDate(true)).toBeNaN();
    expect(parseDate('mañana')).toBeNaN();
  });
});
