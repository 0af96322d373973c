// The "Agenda de visitas" sheet (issue #19): per salesperson, the visits due in the next 4 weeks,
// overdue first and flagged (a "days overdue" value and a conditional format that paints the row).
import { dayFromIso } from '../../src/engine/dates';
import { analyse } from '../../src/engine/pipeline';
import type { Cell } from '../../src/engine/types';
import { foldText } from '../../src/engine/segments/foldText';
import { fullReport } from '../../src/report/fullReport';
import type { OutputTable } from '../../src/report/types';
import { AGENDA_WEEKS } from '../../src/report/visitsSheets';
import { AS_OF, pipelineInput } from './pipelineFixture';
import { runSample } from './sampleRun';

describe('the visit agenda sheet (model)', () => {
  const input = pipelineInput({ visits: true });
  const a = analyse(input, { asOf: AS_OF });
  const report = fullReport(a, { locale: 'es', clients: input.clients });
  const sheet = report.sheets.find((s) => s.key === 'visitAgenda')!;
  const table = sheet.blocks.find((b) => b.type === 'table') as OutputTable;
  const col = (key: string) => table.columns.findIndex((c) => c.key === key);

  test('after the visit plan, localized, one table with due dates, days overdue and a state', () => {
    expect(report.sheets.map((s) => s.key).indexOf('visitAgenda')).toBe(report.sheets.map((s) => s.key).indexOf('visitPlan') + 1);
    expect(sheet.title).toBe('Cartera - Agenda de visitas');
    expect(table.name).toBe('Cartera_VisitAgenda');
    expect(table.columns[col('dueDate')]).toMatchObject({ kind: 'date', header: 'Fecha prevista' });
    expect(table.columns[col('daysOverdue')]).toMatchObject({ kind: 'integer', header: 'Días de retraso' });
    expect(col('salesperson')).toBe(0);
  });

  test('the overdue rows are flagged by a conditional format on days overdue', () => {
    expect(table.rowHighlights).toEqual([{ column: 'daysOverdue', above: 0, fill: '#FFC7CE', fontColor: '#9C0006' }]);
  });

  test('rows: salesperson by salesperson (unassigned last), overdue first, then by due date', () => {
    const who = table.rows.map((r) => r[0]);
    // C1 (Ana) visited 1 Feb: due again ~3 Mar → overdue at 15 Mar; never-visited clients are due now.
    expect(who[who.length - 1]).toBe('(sin asignar)');
    const ana = table.rows.filter((r) => r[0] === 'Ana');
    expect(ana.length).toBeGreaterThan(0);
    const c1 = ana.find((r) => r[1] === 'C1')!;
    expect(c1[col('daysOverdue')]).toBeGreaterThan(0);
    expect(c1[col('visitState')]).toBe('Atrasada');
    for (let k = 1; k < table.rows.length; k++) {
      if (table.rows[k][0] !== table.rows[k - 1][0]) continue;
      expect(table.rows[k][col('dueDate')] as number).toBeGreaterThanOrEqual(table.rows[k - 1][col('dueDate')] as number);
    }
    for (const r of table.rows) expect(r[col('dueDate')] as number).toBeLessThanOrEqual(AS_OF + 7 * AGENDA_WEEKS);
  });
});

test('the sample workbook: the agenda is written with its overdue rows painted red', async () => {
  const { wb, a, asOf } = await runSample();
  const t = wb.tables().find((x) => x.name === 'Cartera_VisitAgenda')!;
  expect(t.sheet).toBe('Cartera - Agenda de visitas');
  const [, address] = t.address.split('!');
  const values = wb.values(t.sheet, address) as Cell[][];
  const header = values[0] as string[];
  const rows = values.slice(1);
  const k = (h: string) => header.indexOf(h);
  expect(header).toEqual(expect.arrayContaining(['Vendedor', 'Código cliente', 'Fecha prevista', 'Días de retraso', 'Situación', 'Teléfono', 'Email']));
  // every overdue client of the plan is on the agenda, flagged
  const overdue = a.ids.filter((_, i) => a.visits!.plan.nextDue[i] < asOf);
  expect(overdue.length).toBeGreaterThan(0);
  const flagged = rows.filter((r) => (r[k('Días de retraso')] as number) > 0);
  expect(flagged.map((r) => r[k('Código cliente')]).sort()).toEqual([...overdue].sort());
  for (const r of flagged) expect(r[k('Situación')]).toBe('Atrasada');
  // issue #19's example: C00002, next visit 22/10/2026, before the analysis date
  const c2 = rows.find((r) => r[k('Código cliente')] === 'C00002')!;
  expect(c2[k('Fecha prevista')]).toBe(dayFromIso('2026-10-22'));
  expect(c2[k('Días de retraso')]).toBe(asOf - dayFromIso('2026-10-22'));
  // within one salesperson, overdue rows come first
  for (let r = 1; r < rows.length; r++)
    if (rows[r][0] === rows[r - 1][0] && (rows[r][k('Días de retraso')] as number) > 0)
      expect(rows[r - 1][k('Días de retraso')] as number).toBeGreaterThan(0);
  // salespeople in name order, then the unassigned
  const people = rows.map((r) => String(r[0])).filter((p, i, all) => all.indexOf(p) === i);
  const named = people.filter((p) => p !== '(sin asignar)');
  expect(named).toEqual([...named].sort((x, y) => (foldText(x) < foldText(y) ? -1 : 1)));
  // the conditional format: the table's data rows, a formula on the "days overdue" column, red fill
  const cf = wb.conditionalFormats('Cartera - Agenda de visitas');
  expect(cf).toHaveLength(1);
  const first = /!\$?([A-Z]+)\$?(\d+):/.exec(cf[0].address)!;
  const letter = String.fromCharCode(65 + k('Días de retraso') + (first[1].charCodeAt(0) - 65));
  expect(cf[0]).toMatchObject({ type: 'Custom', rule: { formula: `=$${letter}${first[2]}>0` }, format: { fill: '#FFC7CE', fontColor: '#9C0006' } });
}, 180_000);
