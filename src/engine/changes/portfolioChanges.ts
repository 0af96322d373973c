import type { AnalysisOptions, PortfolioAnalysis, PortfolioInput } from '../classify';
import { addMonths, isoDate } from '../dates';
import { engineError } from '../engineError';
import { ABC_CLASSES, STATUSES } from '../types';
import { actionLists, type ActionList } from './actionLists';
import { classesAt } from './classesAt';
import { migrationMatrix, type MigrationMatrix } from './migrationMatrix';

/** Months before the as-of date of the default comparison date (SPEC §11). */
export const DEFAULT_COMPARE_MONTHS = 12;

export interface PortfolioChanges {
  compareDate: number;
  compareIso: string;
  /** per client, ABC_CLASSES / STATUSES index at the comparison date; NO_CODE = null */
  abcBefore: Uint8Array;
  statusBefore: Uint8Array;
  /** from (then) × to (now); revenue = each client's 12-month net revenue now */
  abc: MigrationMatrix;
  status: MigrationMatrix;
  /** client indexes, largest 12-month revenue now first */
  lists: Record<ActionList, Int32Array>;
}

/**
 * SPEC §11 changes over time: classes and statuses at the comparison date (default as-of − 12
 * calendar months), the migration matrices against now, and the action lists. A comparison date
 * after the as-of date is refused (CarteraError 'compare_after_as_of').
 */
export function portfolioChanges(
  input: PortfolioInput,
  analysis: PortfolioAnalysis,
  compareDate: number | null = null,
): PortfolioChanges {
  const day = compareDate ?? addMonths(analysis.asOf, -DEFAULT_COMPARE_MONTHS);
  if (day > analysis.asOf) {
    throw engineError(
      'compare_after_as_of',
      { compareDay: day, asOfDay: analysis.asOf },
      `The comparison date ${isoDate(day)} is after the as-of date ${analysis.asOfIso}: choose an earlier date.`,
    );
  }
  const options: Partial<AnalysisOptions> = analysis.options;
  const then = classesAt(input, options, day);
  const abcNow = analysis.abc.classCode;
  const statusNow = analysis.lifecycle.status;
  const revenue = analysis.facts.revenue12;
  return {
    compareDate: day,
    compareIso: isoDate(day),
    abcBefore: then.abc,
    statusBefore: then.status,
    abc: migrationMatrix(then.abc, abcNow, revenue, ABC_CLASSES.length),
    status: migrationMatrix(then.status, statusNow, revenue, STATUSES.length),
    lists: actionLists({
      ids: analysis.ids,
      abcBefore: then.abc,
      abcNow,
      statusBefore: then.status,
      statusNow,
      revenueCents: revenue,
    }),
  };
}
