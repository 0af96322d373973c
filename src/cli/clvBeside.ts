import { Worker } from 'node:worker_threads';
import { clvOutcome, type ClvInput, type ClvPart, type PartOutcome } from '../engine/pipeline';

let workerFile: string | null = null;

/**
 * The built clvWorker.ts (the bin bundles it) that computes the lifetime value beside the main
 * thread; null (the sources under tsx or jest): everything on the main thread.
 */
export function clvInWorker(file: string | null): void {
  workerFile = file;
}

export interface ClvBeside {
  /** the outcome of the input's lifetime value (on this thread when the worker failed) */
  run(input: ClvInput): Promise<PartOutcome<ClvPart>>;
  /** stops the worker when it was not used (a failed run) */
  close(): void;
}

/** Starts the worker now, so that it loads while the sales are read; null when there is none. */
export function startClvBeside(): ClvBeside | null {
  if (workerFile === null) return null;
  let worker: Worker | null;
  try {
    worker = new Worker(workerFile);
  } catch {
    return null;
  }
  const close = () => {
    void worker?.terminate();
    worker = null;
  };
  // a worker that cannot start (or stops) leaves the work to this thread
  worker.on('error', () => undefined);
  return {
    close,
    run(input) {
      const w = worker;
      if (w === null) return Promise.resolve(clvOutcome(input));
      return new Promise((resolve) => {
        let settled = false;
        const here = () => {
          if (settled) return;
          settled = true;
          close();
          resolve(clvOutcome(input));
        };
        w.once('message', (outcome: PartOutcome<ClvPart>) => {
          if (settled) return;
          settled = true;
          close();
          resolve(outcome);
        });
        w.once('error', here);
        w.once('exit', here);
        w.postMessage(input);
      });
    },
  };
}
