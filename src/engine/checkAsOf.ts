import { addMonths, isoDate } from './dates';
import { engineError } from './engineError';

/** How far after the latest sale an as-of date may lie (SPEC §2: resources follow the data, not a date). */
export const MAX_YEARS_AFTER_DATA = 10;

/**
 * Refuses an as-of date more than MAX_YEARS_AFTER_DATA years after the latest sale date: periods,
 * cohorts and day tables span the data up to the as-of date, so a far date (9999-12-31) would make
 * them grow with the date instead of the data. Nothing to check without sales.
 */
export function checkAsOf(asOf: number, lastSale: number): void {
  if (!Number.isFinite(lastSale)) return;
  const latest = addMonths(lastSale, 12 * MAX_YEARS_AFTER_DATA);
  if (asOf <= latest) return;
  throw engineError(
    'as_of_too_late',
    { asOfDay: asOf, lastSaleDay: lastSale, latestDay: latest, years: MAX_YEARS_AFTER_DATA },
    `The as-of date ${isoDate(asOf)} is more than ${MAX_YEARS_AFTER_DATA} years after the last sale (${isoDate(lastSale)}): ` +
      `choose a date up to ${isoDate(latest)}.`,
  );
}
