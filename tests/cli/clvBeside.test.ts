// The CLI computes the lifetime value in a worker thread (issue #20: beside the other parts). The
// worker's outcome must be the one computed here; a worker that cannot run leaves the work here.
import path from 'node:path';
import { analyzePortfolio } from '../../src/engine/classify';
import { clvInputOf, clvOutcome } from '../../src/engine/pipeline';
import { clvInWorker, startClvBeside } from '../../src/cli/clvBeside';
import { AS_OF, pipelineInput } from '../report/pipelineFixture';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { cliBundle } = require('../../src/cli/cliBundle.js') as {
  cliBundle: (root: string, entry: string, name: string) => string | null;
};

jest.setTimeout(120_000);

const input = () => clvInputOf(analyzePortfolio(pipelineInput({}), { asOf: AS_OF }));

afterEach(() => clvInWorker(null));

describe('startClvBeside', () => {
  test('the worker thread gives the outcome computed here', async () => {
    const file = cliBundle(path.resolve(__dirname, '../..'), 'src/cli/clvWorker.ts', 'cli-clv');
    expect(file).not.toBeNull();
    clvInWorker(file);
    const beside = startClvBeside()!;
    const outcome = await beside.run(input());
    expect(outcome.value).not.toBeNull();
    expect(outcome).toEqual(clvOutcome(input()));
  });

  test('a worker that cannot start: computed here', async () => {
    clvInWorker(path.join(__dirname, 'no-such-worker.cjs'));
    const beside = startClvBeside()!;
    expect(await beside.run(input())).toEqual(clvOutcome(input()));
  });

  test('no worker file (the sources under tsx or jest): none started', () => {
    expect(startClvBeside()).toBeNull();
  });
});
