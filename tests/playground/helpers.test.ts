import { colorScale, stopValue } from '../../src/playground/colorScale';
import { columnAt, columnLayout } from '../../src/playground/columnLayout';
import { isStacked, isStacked100, markKind, niceTicks } from '../../src/playground/chartGeometry';
import { localizeNumberText } from '../../src/playground/localizeNumberText';
import { tableStyle } from '../../src/playground/tableStyle';
import { MAX_SCROLL_PX, virtualScroll } from '../../src/playground/virtualScroll';

describe('virtualScroll', () => {
  test('is the identity while the content fits under the cap', () => {
    expect(virtualScroll(0, 500, 20_000, 20_000)).toBe(0);
    expect(virtualScroll(1234, 500, 20_000, 20_000)).toBe(1234);
    expect(virtualScroll(99_999, 500, 20_000, 20_000)).toBe(19_500); // clamped to the end
    expect(virtualScroll(-5, 500, 20_000, 20_000)).toBe(0);
  });
  test('scales a capped spacer so that its end is the last row of 1,048,576', () => {
    const real = 1_048_576 * 20;
    const capped = MAX_SCROLL_PX;
    expect(virtualScroll(capped - 500, 500, real, capped)).toBe(real - 500);
    expect(virtualScroll((capped - 500) / 2, 500, real, capped)).toBe((real - 500) / 2);
    expect(virtualScroll(0, 500, real, capped)).toBe(0);
  });
});

describe('columnLayout / columnAt', () => {
  const layout = columnLayout([64, 100, 36]);
  test('prefix sums', () => {
    expect([...layout.starts]).toEqual([0, 64, 164, 200]);
    expect(layout.total).toBe(200);
  });
  test('the column under x, clamped', () => {
    expect([0, 63.9, 64, 163, 164, 199, 500, -10].map((x) => columnAt(layout, x))).toEqual([0, 0, 1, 1, 2, 2, 2, 0]);
  });
});

describe('tableStyle', () => {
  test('Medium2 is the blue header with white bold text and light-blue bands', () => {
    expect(tableStyle('TableStyleMedium2')).toEqual({ headerFill: '#4472C4', headerColor: '#FFFFFF', headerBorder: '#4472C4', bandFill: '#D9E1F2' });
  });
  test('Light styles have no header fill; colours cycle every 7; unknown falls back to Medium2', () => {
    expect(tableStyle('TableStyleLight9').headerFill).toBeNull();
    expect(tableStyle('TableStyleMedium9')).toEqual(tableStyle('TableStyleMedium2'));
    expect(tableStyle('MyCustomStyle')).toEqual(tableStyle('TableStyleMedium2'));
    expect(tableStyle('TableStyleDark1').headerFill).toBe('#000000');
  });
});

describe('colorScale', () => {
  const stops = [
    { value: 0, color: '#F8696B' },
    { value: 50, color: '#FFEB84' },
    { value: 100, color: '#63BE7B' },
  ];
  test('ends and midpoints', () => {
    expect(colorScale(-1, stops)).toBe('#F8696B');
    expect(colorScale(0, stops)).toBe('#F8696B');
    expect(colorScale(50, stops)).toBe('#FFEB84');
    expect(colorScale(100, stops)).toBe('#63BE7B');
    expect(colorScale(1000, stops)).toBe('#63BE7B');
    // halfway between #FFFFFF and #000000
    expect(colorScale(5, [{ value: 0, color: '#FFFFFF' }, { value: 10, color: '#000000' }])).toBe('#808080');
  });
  test('stop values from the criterion types', () => {
    const sorted = [10, 20, 30, 40, 50];
    expect(stopValue({ type: 'lowestValue', formula: null }, sorted)).toBe(10);
    expect(stopValue({ type: 'highestValue', formula: null }, sorted)).toBe(50);
    expect(stopValue({ type: 'number', formula: '25' }, sorted)).toBe(25);
    expect(stopValue({ type: 'percent', formula: '50' }, sorted)).toBe(30);
    expect(stopValue({ type: 'percentile', formula: '25' }, sorted)).toBe(20);
  });
});

describe('localizeNumberText', () => {
  test('swaps separators in es/pt only', () => {
    expect(localizeNumberText('1,234.56 €', 'es')).toBe('1.234,56 €');
    expect(localizeNumberText('12.5%', 'pt-BR')).toBe('12,5%');
    expect(localizeNumberText('1,234.56', 'en')).toBe('1,234.56');
  });
});

describe('chartGeometry', () => {
  test('mark kinds of Excel chart types', () => {
    expect(['ColumnClustered', 'BarStacked', 'LineMarkers', 'Pie', 'Doughnut', 'XYScatter', 'Area', 'Pareto'].map(markKind)).toEqual([
      'column', 'bar', 'line', 'pie', 'pie', 'scatter', 'area', 'column',
    ]);
    expect(isStacked('ColumnStacked')).toBe(true);
    expect(isStacked100('BarStacked100')).toBe(true);
    expect(isStacked('ColumnClustered')).toBe(false);
  });
  test('nice ticks', () => {
    expect(niceTicks(0, 97)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(niceTicks(3, 7, 5, false)).toEqual([3, 4, 5, 6, 7]);
    expect(niceTicks(-12, 38)).toEqual([-20, -10, 0, 10, 20, 30, 40]);
    expect(niceTicks(5, 5)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(niceTicks(7, 7, 5, false)).toEqual([7, 7.2, 7.4, 7.6, 7.8, 8]);
  });
});
