import type { DateOrder } from '../engine/clean';
import type { ApiSupport } from './apiSupport';
import type { ExcelRun } from './types';

/** Excel's regional settings, as the readers of text numbers and dates take them (ReadOptions). */
export interface WorkbookCulture {
  /** the culture's name ("es-MX"); "" when Excel gives none */
  locale: string;
  decimalSeparator: string;
  groupSeparator: string;
  /** from the short date pattern (ExcelApi 1.12); absent: from the locale */
  dateOrder?: DateOrder;
}

/**
 * Excel's culture (`Application.cultureInfo`): separators from ExcelApi 1.11, the day/month order of
 * its short date pattern from 1.12. Null where ExcelApi 1.11 is not supported (the caller then
 * falls back to the display language). A host error is not swallowed: it fails the read like any other.
 */
export async function workbookCulture(run: ExcelRun, support: ApiSupport): Promise<WorkbookCulture | null> {
  if (!support('1.11')) return null;
  const withDates = support('1.12');
  return run(async (context) => {
    const culture = context.workbook.application.cultureInfo;
    culture.load('name');
    culture.numberFormat.load('numberDecimalSeparator,numberGroupSeparator');
    if (withDates) culture.datetimeFormat.load('shortDatePattern');
    await context.sync();
    const order = withDates ? dateOrderOf(culture.datetimeFormat.shortDatePattern) : undefined;
    return {
      locale: culture.name ?? '',
      decimalSeparator: culture.numberFormat.numberDecimalSeparator,
      groupSeparator: culture.numberFormat.numberGroupSeparator,
      ...(order ? { dateOrder: order } : {}),
    };
  });
}

/** "M/d/yyyy" → month-first; "dd/MM/yyyy", "d.M.yyyy" → day-first; quoted literals ignored. */
function dateOrderOf(pattern: string | undefined): DateOrder | undefined {
  const bare = (pattern ?? '').replace(/'[^']*'|"[^"]*"/g, '');
  const day = bare.indexOf('d');
  const month = bare.indexOf('M');
  if (day < 0 || month < 0) return undefined;
  return month < day ? 'mdy' : 'dmy';
}
