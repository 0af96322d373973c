import { createWorkbook } from '../../src/host';
import { syncError } from './helpers';
import { loadWorkbookFile, saveWorkbook } from '../../src/host/xlsx';

describe('host rules §7 conditional formats', () => {
  test('rule 7.1 add(type) puts the new rule at top priority', async () => {
    const wb = createWorkbook();
    const p = await wb.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:A10');
      const first = r.conditionalFormats.add('DataBar');
      const second = r.conditionalFormats.add('ColorScale');
      first.load('priority, type');
      second.load('priority');
      await ctx.sync();
      return [first.priority, first.type, second.priority];
    });
    expect(p).toEqual([1, 'DataBar', 0]);
    expect(wb.conditionalFormats().map((c) => c.type)).toEqual(['ColorScale', 'DataBar']);
    expect((await syncError(wb, async (ctx) => void ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').conditionalFormats.add('Sparkle' as never))).code).toBe('InvalidArgument');
  });

  test('rule 7.2 colorScale.criteria {minimum, midpoint?, maximum}; formula null for lowest/highest', async () => {
    const wb = createWorkbook();
    await wb.run(async (ctx) => {
      const cf = ctx.workbook.worksheets.getItem('Sheet1').getRange('B2:B9').conditionalFormats.add('ColorScale');
      cf.colorScale.criteria = {
        minimum: { formula: '5', type: 'LowestValue', color: '#f8696b' },
        midpoint: { formula: '50', type: 'Percentile', color: 'yellow' },
        maximum: { formula: null as never, type: 'HighestValue', color: '#63BE7B' },
      };
    });
    expect(wb.conditionalFormats()).toEqual([
      {
        sheet: 'Sheet1',
        address: 'Sheet1!B2:B9',
        type: 'ColorScale',
        criteria: {
          minimum: { formula: null, type: 'LowestValue', color: '#F8696B' },
          midpoint: { formula: '50', type: 'Percentile', color: '#FFFF00' },
          maximum: { formula: null, type: 'HighestValue', color: '#63BE7B' },
        },
      },
    ]);
    const e = await syncError(wb, async (ctx) => {
      const cf = ctx.workbook.worksheets.getItem('Sheet1').getRange('C1:C3').conditionalFormats.add('ColorScale');
      cf.colorScale.criteria = { minimum: { formula: null as never, type: 'Number', color: '#000000' }, maximum: { formula: null as never, type: 'HighestValue', color: '#FFFFFF' } };
    });
    expect(e.code).toBe('InvalidArgument');
  });

  test('rule 7.3 typed accessors match the rule type; *OrNullObject gives a null object otherwise', async () => {
    const wb = createWorkbook();
    const got = await wb.run(async (ctx) => {
      const cf = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:A5').conditionalFormats.add('DataBar');
      cf.dataBar.barDirection = 'LeftToRight';
      cf.dataBar.positiveFormat.fillColor = '#4472C4';
      const wrong = cf.colorScaleOrNullObject.load('criteria');
      await ctx.sync();
      return wrong.isNullObject;
    });
    expect(got).toBe(true);
    expect(wb.conditionalFormats()[0].dataBar).toMatchObject({ barDirection: 'LeftToRight', positiveFormat: { fillColor: '#4472C4' } });
    const e = await syncError(wb, async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:A5').conditionalFormats.getItemAt(0).colorScale.load('criteria');
    });
    expect(e.code).toBe('InvalidOperation');
  });

  test('custom rule with formula and format; clearAll', async () => {
    const wb = createWorkbook();
    await wb.run(async (ctx) => {
      const cf = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:C5').conditionalFormats.add('Custom');
      cf.custom.rule.formula = '=$C1="A"';
      cf.custom.format.fill.color = '#C6EFCE';
      cf.custom.format.font.bold = true;
    });
    expect(wb.conditionalFormats()[0]).toMatchObject({ type: 'Custom', rule: { formula: '=$C1="A"' }, format: { fill: '#C6EFCE', bold: true } });
    await wb.run(async (ctx) => ctx.workbook.worksheets.getItem('Sheet1').getRange('B2').conditionalFormats.clearAll());
    expect(wb.conditionalFormats()).toEqual([]);
  });
});

describe('host rule 7.4 icon sets', () => {
  test('rule 7.4 iconSet: style, one criterion per icon (the first ignored), typed accessor, saved to xlsx and read back', async () => {
    const wb = createWorkbook();
    await wb.run(async (ctx) => {
      const cf = ctx.workbook.worksheets.getItem('Sheet1').getRange('C2:C9').conditionalFormats.add('IconSet');
      cf.iconSet.style = 'FiveRating';
      cf.iconSet.criteria = [
        {} as Excel.ConditionalIconCriterion,
        ...[2, 3, 4, 5].map((n) => ({ type: 'Number', operator: 'GreaterThanOrEqual', formula: String(n) }) as Excel.ConditionalIconCriterion),
      ];
      cf.iconSet.showIconOnly = false;
    });
    const [info] = wb.conditionalFormats();
    expect(info.type).toBe('IconSet');
    expect(info.iconSet!.style).toBe('FiveRating');
    expect(info.iconSet!.criteria.map((c) => [c.type, c.formula])).toEqual([['Percent', '0'], ['Number', '2'], ['Number', '3'], ['Number', '4'], ['Number', '5']]);
    const back = await loadWorkbookFile((await saveWorkbook(wb)).buffer as ArrayBuffer, 'x.xlsx');
    const [loaded] = back.conditionalFormats();
    expect([loaded.type, loaded.address, loaded.iconSet!.style]).toEqual(['IconSet', 'Sheet1!C2:C9', 'FiveRating']);
    expect(loaded.iconSet!.criteria.slice(1).map((c) => [c.type, c.operator, c.formula])).toEqual([2, 3, 4, 5].map((n) => ['Number', 'GreaterThanOrEqual', String(n)]));
  });

  test('rule 7.4 a criteria count that is not the style\'s icon count, a bad operator, or the wrong accessor are refused', async () => {
    const wb = createWorkbook();
    const three = await syncError(wb, async (ctx) => {
      const cf = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:A5').conditionalFormats.add('IconSet');
      cf.iconSet.style = 'ThreeArrows';
      cf.iconSet.criteria = [{}, { type: 'Number', operator: 'GreaterThan', formula: '1' }] as Excel.ConditionalIconCriterion[];
    });
    expect(three.code).toBe('InvalidArgument');
    const op = await syncError(wb, async (ctx) => {
      const cf = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:A5').conditionalFormats.add('IconSet');
      cf.iconSet.criteria = [{}, { type: 'Number', operator: 'LessThan', formula: '1' }, { type: 'Number', operator: 'GreaterThan', formula: '2' }] as Excel.ConditionalIconCriterion[];
    });
    expect(op.code).toBe('InvalidArgument');
    const wrong = await syncError(wb, async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:A5').conditionalFormats.add('DataBar').iconSet.style = 'ThreeArrows';
    });
    expect(wrong.code).toBe('InvalidOperation');
  });
});

describe('host rule 7.5 Range.hyperlink (ExcelApi 1.7)', () => {
  test('rule 7.5 set and read back; textToDisplay becomes the value; no target → InvalidArgument; clear removes; a rename does not update the reference', async () => {
    const wb = createWorkbook({ sheets: ['Resumen', 'Datos'] });
    const read = await wb.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Resumen');
      ws.getRange('A2').hyperlink = { documentReference: "'Datos'!A1", textToDisplay: 'Ir a datos', screenTip: 'Datos' };
      ws.getRange('A3').hyperlink = { address: 'https://example.com' };
      const r = ws.getRange('A2');
      r.load('hyperlink');
      await ctx.sync();
      return r.hyperlink;
    });
    expect(read).toEqual({ documentReference: "'Datos'!A1", textToDisplay: 'Ir a datos', screenTip: 'Datos', address: undefined });
    expect(wb.cell('Resumen', 'A2').value).toBe('Ir a datos');
    expect(wb.hyperlinks('Resumen').map((h) => h.cell)).toEqual(['A2', 'A3']);
    expect((await syncError(wb, async (ctx) => void (ctx.workbook.worksheets.getItem('Resumen').getRange('B1').hyperlink = { screenTip: 'x' }))).code).toBe('InvalidArgument');
    await wb.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Datos').name = 'Datos 2';
      ctx.workbook.worksheets.getItem('Resumen').getRange('A3').clear('Hyperlinks');
    });
    expect(wb.hyperlinks('Resumen').map((h) => [h.cell, h.documentReference])).toEqual([['A2', "'Datos'!A1"]]);
  });
});
