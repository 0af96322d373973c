// The engine's Web Worker: the analysis runs here so the pane never freezes. Typed arrays come in and
// go out as transferred buffers (structured cloning a million rows would cost ~1 s).
import * as Comlink from 'comlink';
import { analyse } from '../engine/pipeline';
import { transferables } from '../engine/transferables';
import type { PortfolioInput } from '../engine/classify';
import type { AnalysisOptions } from '../engine/classify';

const api = {
  analyse(input: PortfolioInput, options: Partial<AnalysisOptions>) {
    const result = analyse(input, options);
    return Comlink.transfer(result, transferables(result));
  },
};

export type EngineWorkerApi = typeof api;

Comlink.expose(api);
