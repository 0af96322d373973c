// The lifetime value in a worker thread (issue #20): started when the CLI starts, it loads the CLV
// code (and @stdlib's hyp2f1) while the main thread reads the sales file, then fits and back-tests
// the models while the main thread computes the other parts (pipeline's analyseBeside).
import { parentPort } from 'node:worker_threads';
import { clvOutcome, type ClvInput } from '../engine/pipeline';

if (parentPort) {
  const port = parentPort;
  port.once('message', (input: ClvInput) => {
    const outcome = clvOutcome(input);
    const buffers: ArrayBuffer[] = [];
    const clients = outcome.value?.clients;
    if (clients)
      for (const v of Object.values(clients))
        if (ArrayBuffer.isView(v) && v.byteOffset === 0 && v.byteLength === v.buffer.byteLength)
          buffers.push(v.buffer as ArrayBuffer);
    port.postMessage(outcome, [...new Set(buffers)]);
  });
}
