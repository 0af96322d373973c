import { dayFromIso, type Granularity } from '../engine/dates';
import { CLIENT_ROLES, SALES_ROLES, type ClientRole, type SalesRole } from '../engine/types';
import { parseLocale, type Locale } from '../i18n';
import { CliError } from './cliError';

export interface CliOptions {
  command: 'analyze' | 'help';
  sales: string;
  clients: string | null;
  /** as-of day (Excel serial), null = the last sale date */
  asOf: number | null;
  /** --compare: the comparison day of the changes over time (SPEC §11), null = as-of − 12 months */
  compareDate: number | null;
  timeUnit: 'days' | 'weeks' | null;
  /** back-test holdout in the time unit (null = the default) */
  holdout: number | null;
  period: Granularity;
  /** role → header (or column letter); "" removes the role */
  map: Array<[SalesRole, string]>;
  clientMap: Array<[ClientRole, string]>;
  out: string | null;
  json: string | null;
  /** workbook locale for ambiguous text numbers and dates (default es-ES) */
  locale: string | null;
  date1904: boolean;
  quiet: boolean;
  /** --lang: language of the messages (default English) and of the sheets written by --out (default Spanish) */
  lang: Locale | null;
  /** CLV (SPEC §7): horizon in months, annual discount rate and margin rate (fractions); null = default */
  horizonMonths: number | null;
  discountRate: number | null;
  marginRate: number | null;
}

export const USAGE = `Usage: cartera analyze --sales FILE [options]

Analyses a client portfolio (ABC, RFM, lifecycle, period metrics, CLV) from a sales file.
FILE is .csv, .csv.gz or .xlsx (first sheet); columns are found from their headers.

Options:
  --sales FILE              sales rows (required): client, date, amount or quantity × price
  --clients FILE            client list (its rows come first; other ids are "not in list")
  --as-of YYYY-MM-DD        the day the analysis looks from (default: the last sale date)
  --compare YYYY-MM-DD      the date changes are measured from (default: as-of − 12 months)
  --time-unit days|weeks    time unit of the CLV models
  --horizon MONTHS          CLV horizon in whole months (default: 12)
  --discount RATE           CLV annual discount rate, as 0.10 or 10% (default: 10%)
  --margin RATE             margin rate for CLV when the sales have no margin or cost column,
                            as 0.35 or 35% (default: 100%, shown as an assumption)
  --holdout N               back-test of the purchase model: the last N time units
                            (default: the last third of the history, at most 12 months)
  --period month|quarter|half|year
                            granularity of the period metrics (default: month)
  --map role=Header,...     sales columns by header (or column letter), overriding detection;
                            roles: ${SALES_ROLES.join(', ')}
  --client-map role=Header,...
                            the same for the client list; roles: client, name, segment, region...
  --json FILE.json          write the results as JSON ("-" for standard output)
  --out FILE.xlsx           write the sheets and tables the add-in writes
  --locale TAG              locale of the data for text numbers/dates that read both ways
                            (default es-ES: "1.234" = 1234, 01/02 = 1 February)
  --lang es|pt|pt-PT|en     language of the messages (default: en) and of the sheets
                            written by --out (default: es); pt is Brazil's (pt-BR)
  --date1904                the workbook uses the 1904 date system
  --quiet                   no progress lines on standard error
  -h, --help                this help

Without --json or --out the JSON goes to standard output.
Exit codes: 0 done, 2 bad file or option, 1 unexpected failure.`;

const GRANULARITIES: readonly Granularity[] = ['month', 'quarter', 'half', 'year'];

function roleList<R extends string>(text: string, allowed: readonly R[], option: string): Array<[R, string]> {
  const out: Array<[R, string]> = [];
  // Split on commas that start a new "role=" pair, so headers may contain commas.
  const parts = text.split(/,(?=\s*[A-Za-z]+\s*=)/);
  for (const part of parts) {
    if (!part.trim()) continue;
    const eq = part.indexOf('=');
    if (eq < 0) throw new CliError('cli.arg.notRolePair', { option, value: part.trim() });
    const role = part.slice(0, eq).trim();
    const found = allowed.find((r) => r.toLowerCase() === role.toLowerCase());
    if (!found) throw new CliError('cli.arg.unknownRole', { option, role, roles: allowed.join(', ') });
    out.push([found, part.slice(eq + 1).trim()]);
  }
  return out;
}

/**
 * A --lang value → the locale: es, en, pt (= pt-BR), pt-BR, pt-PT, or another regional tag of one of
 * them (es-MX → es; pt-AO → pt-PT).
 */
export function languageOf(value: string): Locale | null {
  return /^(es|pt|en)(?:[-_][a-z0-9]{2,8})?$/i.test(value.trim()) ? (parseLocale(value) ?? null) : null;
}

/** The language of the messages from the raw command line (for errors found before it is parsed). */
export function messageLanguage(argv: string[]): Locale {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice(7) : undefined;
    const lang = v === undefined ? null : languageOf(v);
    if (lang) return lang;
  }
  return 'en';
}

/** "0.1", "0,1" or "10%" → 0.1; a bare number above 1 is refused (was 10 meant as 10 %?). */
function rateOption(option: string, text: string, max: number): number {
  const m = /^\s*(\d+(?:[.,]\d+)?)\s*(%?)\s*$/.exec(text);
  const value = m ? Number(m[1].replace(',', '.')) / (m[2] ? 100 : 1) : NaN;
  if (m && !m[2] && value > 1) throw new CliError('cli.arg.rateAmbiguous', { option, value: text, percent: m[1], fraction: String(value / 100) });
  if (!(value >= 0 && value <= max)) throw new CliError('cli.arg.rate', { option, value: text });
  return value;
}

/** The command line → options; a bad option throws CliError with a one-line message. */
export function parseArgs(argv: string[]): CliOptions {
  const o: CliOptions = {
    command: 'analyze',
    sales: '',
    clients: null,
    asOf: null,
    compareDate: null,
    timeUnit: null,
    holdout: null,
    period: 'month',
    map: [],
    clientMap: [],
    out: null,
    json: null,
    locale: null,
    lang: null,
    date1904: false,
    quiet: false,
    horizonMonths: null,
    discountRate: null,
    marginRate: null,
  };
  if (argv.length === 0) throw new CliError('cli.arg.noCommand');
  const args = [...argv];
  const first = args[0];
  if (first === '--help' || first === '-h' || first === 'help') return { ...o, command: 'help' };
  if (first !== 'analyze') throw new CliError('cli.arg.unknownCommand', { command: first });
  args.shift();
  const seen = new Set<string>();
  while (args.length) {
    let arg = args.shift()!;
    let value: string | undefined;
    const eq = arg.indexOf('=');
    if (arg.startsWith('--') && eq > 0) {
      value = arg.slice(eq + 1);
      arg = arg.slice(0, eq);
    }
    const take = (): string => {
      if (value !== undefined) return value;
      const next = args.shift();
      if (next === undefined || (next.startsWith('--') && next.length > 2))
        throw new CliError('cli.arg.needsValue', { option: arg });
      return next;
    };
    const flag = (): void => {
      if (value !== undefined) throw new CliError('cli.arg.takesNoValue', { option: arg });
    };
    if (seen.has(arg) && arg !== '--map' && arg !== '--client-map')
      throw new CliError('cli.arg.twice', { option: arg });
    seen.add(arg);
    switch (arg) {
      case '-h':
      case '--help':
        return { ...o, command: 'help' };
      case '--sales':
        o.sales = take();
        break;
      case '--clients':
        o.clients = take();
        break;
      case '--as-of': {
        const text = take();
        const day = dayFromIso(text);
        if (Number.isNaN(day)) throw new CliError('cli.arg.asOf', { value: text });
        o.asOf = day;
        break;
      }
      case '--compare': {
        const text = take();
        const day = dayFromIso(text);
        if (Number.isNaN(day)) throw new CliError('cli.arg.compare', { value: text });
        o.compareDate = day;
        break;
      }
      case '--time-unit': {
        const v = take();
        if (v !== 'days' && v !== 'weeks') throw new CliError('cli.arg.timeUnit', { value: v });
        o.timeUnit = v;
        break;
      }
      case '--horizon': {
        const v = take();
        const months = /^\d+$/.test(v.trim()) ? Number(v) : NaN;
        if (!(months >= 1 && months <= 600)) throw new CliError('cli.arg.horizon', { value: v });
        o.horizonMonths = months;
        break;
      }
      case '--discount':
        o.discountRate = rateOption(arg, take(), 10);
        if (o.discountRate === 0) throw new CliError('cli.arg.discountZero');
        break;
      case '--margin':
        o.marginRate = rateOption(arg, take(), 1);
        break;
      case '--holdout': {
        const v = take();
        const n = Number(v);
        if (!(v.trim() !== '' && n > 0 && Number.isFinite(n))) throw new CliError('cli.arg.holdout', { value: v });
        o.holdout = n;
        break;
      }
      case '--period': {
        const v = take() as Granularity;
        if (!GRANULARITIES.includes(v))
          throw new CliError('cli.arg.period', { value: v, allowed: GRANULARITIES.join(', ') });
        o.period = v;
        break;
      }
      case '--map':
        o.map.push(...roleList(take(), SALES_ROLES, '--map'));
        break;
      case '--client-map':
        o.clientMap.push(...roleList(take(), CLIENT_ROLES, '--client-map'));
        break;
      case '--out': {
        const v = take();
        if (!/\.xlsx$/i.test(v)) throw new CliError('cli.arg.outXlsx', { value: v });
        o.out = v;
        break;
      }
      case '--json':
        o.json = take();
        break;
      case '--locale': {
        const v = take();
        try {
          new Intl.NumberFormat(v);
        } catch {
          throw new CliError('cli.arg.locale', { value: v });
        }
        o.locale = v;
        break;
      }
      case '--lang': {
        const v = take();
        const lang = languageOf(v);
        if (!lang) throw new CliError('cli.arg.lang', { value: v });
        o.lang = lang;
        break;
      }
      case '--date1904':
        flag();
        o.date1904 = true;
        break;
      case '--quiet':
        flag();
        o.quiet = true;
        break;
      default:
        throw new CliError(arg.startsWith('-') ? 'cli.arg.unknownOption' : 'cli.arg.unexpected', {
          value: arg,
        });
    }
  }
  if (!o.sales) throw new CliError('cli.arg.salesRequired');
  return o;
}
