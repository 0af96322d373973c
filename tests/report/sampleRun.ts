// The sample workbook run end to end into the in-memory host (full pipeline, the sample's visits log,
// fullReport written by runAnalysis): shared by the tests that check the written sheets.
import { dayFromIso } from '../../src/engine/dates';
import type { FullAnalysis } from '../../src/engine/pipeline';
import { runAnalysis, type RunAnalysisResult } from '../../src/excel/runAnalysis';
import { localEngine } from '../../src/excel/localEngine';
import type { ExcelRun } from '../../src/excel/types';
import { createWorkbook, type SimWorkbook } from '../../src/host';
import { fullReport } from '../../src/report/fullReport';
import { loadSampleWorkbook } from '../../src/sample/loadSampleWorkbook';
import { sampleSources } from '../../src/sample/sampleSources';

export async function runSample(): Promise<{ wb: SimWorkbook; a: FullAnalysis; asOf: number; result: RunAnalysisResult }> {
  const wb = createWorkbook({ sheets: [] as string[], limits: { maxResponseBytes: 1e9, maxCellsPerRead: 1e8 } as never });
  const data = loadSampleWorkbook(wb);
  const asOf = dayFromIso(data.asOf);
  const result = await runAnalysis(wb.run.bind(wb) as ExcelRun, {
    sales: { kind: 'selection' },
    clients: { kind: 'address', address: 'Clientes!A:Z' },
    visits: sampleSources(data).visits,
    locale: 'es',
    options: { asOf },
    engine: localEngine(),
    buildReport: fullReport,
  });
  return { wb, a: result.analysis, asOf, result };
}
