// The sample workbook run end to end into the in-memory host (full pipeline, the sample's visits log,
// fullReport written by runAnalysis): shared by the tests that check the written sheets.
import { dayFromIso } from '../../src/engine/dates';
import { analyse, type FullAnalysis } from '../../src/engine/pipeline';
import type { Cell } from '../../src/engine/types';
import { readVisitLog } from '../../src/engine/visits';
import { runAnalysis, type RunAnalysisResult } from '../../src/excel/runAnalysis';
import type { ExcelRun } from '../../src/excel/types';
import { createWorkbook, type SimWorkbook } from '../../src/host';
import { fullReport } from '../../src/report/fullReport';
import { loadSampleWorkbook } from '../../src/sample/loadSampleWorkbook';

export async function runSample(): Promise<{ wb: SimWorkbook; a: FullAnalysis; asOf: number; result: RunAnalysisResult }> {
  const wb = createWorkbook({ sheets: [] as string[], limits: { maxResponseBytes: 1e9, maxCellsPerRead: 1e8 } as never });
  const data = loadSampleWorkbook(wb);
  const asOf = dayFromIso(data.asOf);
  const visitRows = wb.values('Visitas') as Cell[][];
  let full: FullAnalysis | null = null;
  const result = await runAnalysis(wb.run.bind(wb) as ExcelRun, {
    sales: { kind: 'selection' },
    clients: { kind: 'address', address: 'Clientes!A:Z' },
    locale: 'es',
    options: { asOf },
    analyse: (input, options) => {
      const header = visitRows[0].map(String);
      const visits = readVisitLog(visitRows, { client: 0, date: 1, salesperson: 2 }, { sheet: 'Visitas', headerRow: 1, firstColumn: 0, headers: header }, input.clients, { asOf });
      full = analyse({ ...input, visits: visits.log }, options);
      return full;
    },
    buildReport: fullReport,
  });
  return { wb, a: full as unknown as FullAnalysis, asOf, result };
}
