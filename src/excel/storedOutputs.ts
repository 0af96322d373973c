import { readStoredOutputs, type StoredOutputs } from './outputStore';
import type { ExcelRun } from './types';

/** The sheets and tables the last run wrote (`Cartera.outputs`), null when none. */
export async function storedOutputs(run: ExcelRun): Promise<StoredOutputs | null> {
  return run((context) => readStoredOutputs(context));
}
