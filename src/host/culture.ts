// Excel's culture (Application.cultureInfo, ExcelApi 1.11/1.12) as the host reports it: given by
// createWorkbook({ culture }) as a tag ("es-MX") or explicit settings; what is not given comes from
// Intl for the tag. [ASSUMPTION] the default culture is es-ES (the add-in's users).

export interface CultureSettings {
  /** "es-MX", "en-US"... */
  name: string;
  numberDecimalSeparator: string;
  numberGroupSeparator: string;
  dateSeparator: string;
  /** .NET-style pattern: "dd/MM/yyyy", "M/d/yyyy" */
  shortDatePattern: string;
  /** [ASSUMPTION] the short pattern (the add-in does not read it) */
  longDatePattern: string;
  timeSeparator: string;
  longTimePattern: string;
}

export const DEFAULT_CULTURE = 'es-ES';

const PATTERN: Record<string, string> = {
  day: 'd',
  month: 'M',
  year: 'yyyy',
  hour: 'H',
  minute: 'mm',
  second: 'ss',
};

export function cultureSettings(
  culture: string | Partial<CultureSettings> = DEFAULT_CULTURE,
): CultureSettings {
  const given = typeof culture === 'string' ? { name: culture } : culture;
  const name = given.name ?? DEFAULT_CULTURE;
  const number = new Intl.NumberFormat(name).formatToParts(12345.6);
  const date = new Intl.DateTimeFormat(name, {
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  }).formatToParts(new Date(Date.UTC(2001, 1, 3)));
  const time = new Intl.DateTimeFormat(name, {
    hour: 'numeric',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    timeZone: 'UTC',
  }).formatToParts(new Date(Date.UTC(2001, 1, 3, 13, 4, 5)));
  const pattern = (parts: Intl.DateTimeFormatPart[]) => parts.map((p) => PATTERN[p.type] ?? p.value).join('');
  return {
    name,
    numberDecimalSeparator: number.find((p) => p.type === 'decimal')?.value ?? '.',
    numberGroupSeparator: number.find((p) => p.type === 'group')?.value ?? ',',
    dateSeparator: date.find((p) => p.type === 'literal')?.value ?? '/',
    shortDatePattern: pattern(date),
    longDatePattern: pattern(date),
    timeSeparator: time.find((p) => p.type === 'literal')?.value ?? ':',
    longTimePattern: pattern(time),
    ...given,
  };
}
