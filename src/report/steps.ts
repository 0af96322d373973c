// Report builders are generators that yield between parts (and every ROWS_PER_STEP rows of a
// per-client table), so that the pane can build a large portfolio's report on its main thread in
// short tasks (fullReportAsync); the synchronous builders run them to the end with `drain`.

/** Rows of a per-client table built between two yields (~25 cells each: a few ms). */
export const ROWS_PER_STEP = 2048;

/** Runs report steps to the end and returns their result. */
export function drain<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
