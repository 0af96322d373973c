// One registry of client fields (src/report/clientFields.ts, issue #16): each field says when it
// applies and where it goes; the Clients sheet's table and the columns beside the client list are
// both built from it (fullReport no longer finds the Clients sheet to copy its rows again).
import { analyzePortfolio } from '../../src/engine/classify';
import { analyse, withoutParts, type FullAnalysis } from '../../src/engine/pipeline';
import { CLIENT_FIELDS, clientFields, type ClientFieldSpec } from '../../src/report/clientFields';
import { fullReport } from '../../src/report/fullReport';
import { portfolioReport } from '../../src/report/portfolioSheets';
import type { OutputTable, Report } from '../../src/report/types';
import { AS_OF, pipelineInput } from './pipelineFixture';

const input = pipelineInput();
const full = analyse(input, { asOf: AS_OF });
const options = { locale: 'en' as const, clients: input.clients };

const clientsTable = (r: Report) =>
  r.sheets.find((s) => s.key === 'clients')!.blocks.find((b): b is OutputTable => b.type === 'table' && b.key === 'clients')!;
const sheetKeys = (r: Report) => clientsTable(r).columns.map((c) => c.key);
const besideKeys = (r: Report) => r.clientColumns!.columns.map((c) => c.key);
/** What the registry says: the fields that apply in its order; those beside the list in theirs. */
function registryKeys(a: FullAnalysis) {
  const fields = clientFields(a, options);
  const beside = fields.filter((f) => f.besideList !== undefined).sort((x, y) => x.besideList! - y.besideList!);
  return { sheet: fields.map((f) => f.column.key), beside: beside.map((f) => f.column.key) };
}

describe('the client-field registry drives the Clients sheet and the columns beside the list', () => {
  test('a full analysis: the Clients sheet and the columns beside the list are the registry\'s, in its order', () => {
    const report = fullReport(full, options);
    const want = registryKeys(full);
    expect(sheetKeys(report)).toEqual(want.sheet);
    expect(besideKeys(report)).toEqual(want.beside);
    // the later parts' fields are there, each once
    expect(want.sheet).toEqual(expect.arrayContaining(['salesperson', 'clv', 'pAlive', 'nextVisit', 'crossSellValue']));
    expect(new Set(want.sheet).size).toBe(want.sheet.length);
    expect(want.beside.slice(-3)).toEqual(['clv', 'pAlive', 'nextVisit']);
    // each row holds one value per column
    expect(clientsTable(report).rows.every((r) => r.length === want.sheet.length)).toBe(true);
    expect(report.clientColumns!.rows.every((r) => r.length === want.beside.length)).toBe(true);
  });

  test('a field applies only when its part ran: no CLV fields in either place when CLV did not run', () => {
    const noClv: FullAnalysis = { ...full, clv: null };
    const report = fullReport(noClv, options);
    for (const keys of [sheetKeys(report), besideKeys(report)]) {
      expect(keys).not.toContain('clv');
      expect(keys).not.toContain('pAlive');
    }
    expect(sheetKeys(report)).toEqual(registryKeys(noClv).sheet);
    expect(besideKeys(report)).toContain('nextVisit');
  });

  test('a classification alone (portfolioReport): only the classification fields, as the registry says', () => {
    const plain = analyzePortfolio(input, { asOf: AS_OF });
    const report = portfolioReport(plain, options);
    expect(sheetKeys(report)).toEqual(registryKeys(withoutParts(plain)).sheet);
    expect(besideKeys(report)).toEqual(registryKeys(withoutParts(plain)).beside);
    expect(sheetKeys(report)).not.toContain('salesperson');
    // a full analysis given to portfolioReport (runAnalysis's default) writes the same
    expect(portfolioReport(full, options)).toEqual(report);
  });

  test('a field added to the registry shows up on the Clients sheet and beside the list, with its values', () => {
    const fake: ClientFieldSpec = {
      key: 'fakeScore',
      kind: 'integer',
      header: () => 'col.purchases',
      besideList: 0.5,
      when: ({ a }) => a.clv !== null,
      values: ({ a }) => (i) => a.ids[i].length * 10,
    };
    const registry = CLIENT_FIELDS as ClientFieldSpec[];
    registry.push(fake);
    try {
      const report = fullReport(full, options);
      const at = sheetKeys(report).indexOf('fakeScore');
      expect(at).toBe(sheetKeys(report).length - 1);
      expect(clientsTable(report).rows.map((r) => r[at])).toEqual(full.ids.map((id) => id.length * 10));
      // beside the list between the ABC class (0) and the ABC rank (1), prefixed like the others
      expect(besideKeys(report).slice(0, 3)).toEqual(['abcClass', 'fakeScore', 'abcRank']);
      expect(report.clientColumns!.columns[1].header).toBe('Cartera: Purchases');
      expect(report.clientColumns!.rows.map((r) => r[1])).toEqual(full.ids.map((id) => id.length * 10));
      // and not where its condition fails
      expect(sheetKeys(fullReport({ ...full, clv: null }, options))).not.toContain('fakeScore');
    } finally {
      registry.pop();
    }
  });
});
