import { type SimWorkbook } from '../../src/host';

/** Runs a batch that must fail at sync; returns the error. */
export async function syncError(wb: SimWorkbook, batch: (ctx: Excel.RequestContext) => Promise<unknown>): Promise<{ name: string; code: string; message: string; debugInfo: { errorLocation?: string; message: string } }> {
  try {
    await wb.run(batch);
  } catch (e) {
    return e as never;
  }
  throw new Error('expected the batch to fail');
}

/** Calls `f` synchronously and returns what it threw. */
export function thrown(f: () => unknown): { name: string; code: string; message: string } {
  try {
    f();
  } catch (e) {
    return e as never;
  }
  throw new Error('expected a throw');
}
