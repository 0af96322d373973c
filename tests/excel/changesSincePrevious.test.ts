// SPEC §11 / issue #18: "the next run also shows changes since the previous run" — the Cambios sheet
// of a re-run has a section "Desde el análisis anterior (<date>)" from the run history's snapshot:
// counts and the clients whose ABC class or status changed, as a plain comparison of the two runs says.
import { localEngine } from '../../src/excel/localEngine';
import { STATUSES } from '../../src/engine/types';
import { runAnalysis, type RunAnalysisInput } from '../../src/excel/runAnalysis';
import type { SimWorkbook } from '../../src/host';
import { t } from '../../src/i18n';
import { fullReport } from '../../src/report/fullReport';
import { smallWorkbook } from './fixtures';
import { appendMonths, runOf } from './monthlyFixture';

const input: RunAnalysisInput = {
  sales: { kind: 'address', address: 'Ventas!A1:D12' },
  clients: { kind: 'address', address: 'Clientes!A1:D7' },
  locale: 'es',
  history: true,
  engine: localEngine(),
  buildReport: fullReport,
};
const SHEET = 'Cartera - Cambios';

/** The cell right of the first cell whose text is `label`, and the row/column of that cell. */
function find(wb: SimWorkbook, label: string): { row: number; column: number; right: unknown } | null {
  const values = wb.values(SHEET);
  for (let r = 0; r < values.length; r++)
    for (let c = 0; c < values[r].length; c++)
      if (values[r][c] === label) return { row: r, column: c, right: values[r][c + 1] };
  return null;
}

/** The rows of the table under the title `title` (header row, then data rows until a blank row). */
function tableUnder(wb: SimWorkbook, title: string): unknown[][] {
  const at = find(wb, title)!;
  const values = wb.values(SHEET);
  const rows: unknown[][] = [];
  for (let r = at.row + 1; r < values.length && values[r][at.column] !== null && values[r][at.column] !== ''; r++)
    rows.push(values[r].slice(at.column, at.column + 8));
  return rows;
}

describe('Cambios: since the previous run (issue #18)', () => {
  test('first run: no section; the re-run after 3 more months: counts and clients as a plain comparison', async () => {
    const wb = smallWorkbook();
    const first = await runAnalysis(runOf(wb), input);
    expect(find(wb, 'Desde el análisis anterior (30/06/2025)')).toBeNull();
    appendMonths(wb);
    const again = await runAnalysis(runOf(wb), input);

    // the plain comparison, by id, of the two runs' own results
    const a1 = first.analysis;
    const a2 = again.analysis;
    const before = new Map(a1.ids.map((id, i) => [id, { abc: a1.abc.classCode[i], status: a1.lifecycle.status[i] }]));
    let classChanged = 0,
      statusChanged = 0,
      fresh = 0;
    const changedIds: string[] = [];
    a2.ids.forEach((id, i) => {
      const b = before.get(id);
      if (!b) fresh++;
      const cm = !b || b.abc !== a2.abc.classCode[i];
      const sm = !b || b.status !== a2.lifecycle.status[i];
      if (cm) classChanged++;
      if (sm) statusChanged++;
      if (cm || sm) changedIds.push(id);
    });
    expect(changedIds.length).toBeGreaterThan(0);

    const title = find(wb, 'Desde el análisis anterior (30/06/2025)');
    expect(title).not.toBeNull();
    expect(find(wb, 'Cambiaron de clase ABC')!.right).toBe(classChanged);
    expect(find(wb, 'Cambiaron de estado')!.right).toBe(statusChanged);
    expect(find(wb, 'Clientes nuevos (no estaban en el análisis anterior)')!.right).toBe(fresh);
    // the section sits near the top, right after the lists against the comparison date
    expect(title!.row).toBeLessThan(find(wb, 'Clientes por clase ABC: entonces (filas) → ahora (columnas)')!.row);

    const rows = tableUnder(wb, 'Clientes que cambiaron de clase o de estado desde el análisis anterior (30/06/2025)');
    expect(rows[0].slice(0, 7)).toEqual([
      'Código cliente',
      'Nombre',
      'Clase ABC: Análisis anterior',
      'Clase ABC: Ahora',
      'Estado: Análisis anterior',
      'Estado: Ahora',
      'Ventas 12 meses',
    ]);
    const body = rows.slice(1);
    expect(body.map((r) => r[0]).sort()).toEqual([...changedIds].sort());
    const c008 = body.find((r) => r[0] === 'C008');
    if (c008) expect(c008[2]).toBe('(no estaba)');
    // each row says the previous run's class and status as that run had them
    for (const r of body) {
      const b = before.get(String(r[0]));
      if (!b) continue;
      const i = a1.ids.indexOf(String(r[0]));
      expect(r[4]).toBe(statusLabel(a1.lifecycle.status[i]));
    }
  }, 120_000);

  test('a re-run with the same as-of date compares with the run before it, not with the run it replaces', async () => {
    const wb = smallWorkbook();
    await runAnalysis(runOf(wb), input);
    appendMonths(wb);
    await runAnalysis(runOf(wb), input);
    const fresh = find(wb, 'Clientes nuevos (no estaban en el análisis anterior)')!.right;
    await runAnalysis(runOf(wb), input);
    expect(find(wb, 'Desde el análisis anterior (30/06/2025)')).not.toBeNull();
    expect(find(wb, 'Clientes nuevos (no estaban en el análisis anterior)')!.right).toBe(fresh);
  }, 120_000);

  test('without history (the CLI) the Cambios sheet has no such section', async () => {
    const wb = smallWorkbook();
    await runAnalysis(runOf(wb), input);
    appendMonths(wb);
    await runAnalysis(runOf(wb), { ...input, history: false });
    expect(wb.values(SHEET).flat().some((v) => typeof v === 'string' && v.startsWith('Desde el análisis anterior'))).toBe(
      false,
    );
  }, 120_000);
});

function statusLabel(code: number): string {
  return t('es', `status.${STATUSES[code]}`);
}
