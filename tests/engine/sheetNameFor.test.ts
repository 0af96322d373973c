// Excel's sheet-name rule, once (issue #16): a file's sheet, the report's sheets and a campaign
// list's sheet are all named by sheetNameFor.
import { sheetNameFor } from '../../src/engine/sheetNameFor';
import { listSheetTitle } from '../../src/taskpane/segmentListSheet';

describe('sheetNameFor', () => {
  test('a campaign list is named by the same rule: "History" is reserved, "-" for forbidden characters', () => {
    expect(listSheetTitle('History', 'Lista')).toBe('History_');
    expect(listSheetTitle('Clientes A/B\n2025', 'Lista')).toBe('Clientes A-B 2025');
    expect(listSheetTitle('Bad\u0007bell', 'Lista')).toBe('Bad-bell');
  });

  test('after a cut the name ends with neither a space nor an apostrophe', () => {
    expect(sheetNameFor('x'.repeat(29) + "' y")).toBe('x'.repeat(29));
    expect(sheetNameFor('x'.repeat(30) + ' y')).toBe('x'.repeat(30));
  });

  test('taken names (any case) get " (2)", " (3)", cut to fit 31', () => {
    const taken = new Set(['resumen', 'x'.repeat(31)]);
    expect(sheetNameFor('Resumen', taken)).toBe('Resumen (2)');
    expect(sheetNameFor('RESUMEN', taken)).toBe('RESUMEN (3)');
    expect(sheetNameFor('x'.repeat(40), taken)).toBe('x'.repeat(27) + ' (2)');
  });
});
