import { analyse } from '../../src/engine/pipeline';
import { fullReport, fullReportAsync } from '../../src/report/fullReport';
import { AS_OF, pipelineInput } from './pipelineFixture';

describe('fullReportAsync (the pane builds the report a part at a time)', () => {
  test('gives the same report as fullReport, pausing between parts', async () => {
    const input = pipelineInput({ product: true, visits: true });
    const a = analyse(input, { asOf: AS_OF });
    let pauses = 0;
    const stepwise = await fullReportAsync(a, { locale: 'pt', clients: input.clients }, async () => {
      pauses++;
    });
    expect(pauses).toBeGreaterThanOrEqual(4);
    expect(stepwise).toEqual(fullReport(a, { locale: 'pt', clients: input.clients }));
  });
});
