import { dayFromIso, type Granularity } from '../engine/dates';
import { CLIENT_ROLES, SALES_ROLES, type ClientRole, type SalesRole } from '../engine/types';
import { CliError } from './cliError';

export interface CliOptions {
  command: 'analyze' | 'help';
  sales: string;
  clients: string | null;
  /** as-of day (Excel serial), null = the last sale date */
  asOf: number | null;
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
  /** language of the sheets written by --out */
  lang: 'es' | 'pt' | 'en';
}

export const USAGE = `Usage: cartera analyze --sales FILE [options]

Analyses a client portfolio (ABC, RFM, lifecycle, period metrics, CLV) from a sales file.
FILE is .csv, .csv.gz or .xlsx (first sheet); columns are found from their headers.

Options:
  --sales FILE              sales rows (required): client, date, amount or quantity × price
  --clients FILE            client list (its rows come first; other ids are "not in list")
  --as-of YYYY-MM-DD        the day the analysis looks from (default: the last sale date)
  --time-unit days|weeks    time unit of the CLV models
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
  --lang es|pt|en           language of the sheets written by --out (default: es)
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
    if (eq < 0) throw new CliError(`${option}: "${part.trim()}" is not role=Header`);
    const role = part.slice(0, eq).trim();
    const found = allowed.find((r) => r.toLowerCase() === role.toLowerCase());
    if (!found) throw new CliError(`${option}: unknown role "${role}" (roles: ${allowed.join(', ')})`);
    out.push([found, part.slice(eq + 1).trim()]);
  }
  return out;
}

/** The command line → options; a bad option throws CliError with a one-line message. */
export function parseArgs(argv: string[]): CliOptions {
  const o: CliOptions = {
    command: 'analyze',
    sales: '',
    clients: null,
    asOf: null,
    timeUnit: null,
    holdout: null,
    period: 'month',
    map: [],
    clientMap: [],
    out: null,
    json: null,
    locale: null,
    lang: 'es',
    date1904: false,
    quiet: false,
  };
  if (argv.length === 0) throw new CliError('no command given (try: cartera analyze --sales FILE, or cartera --help)');
  const args = [...argv];
  const first = args[0];
  if (first === '--help' || first === '-h' || first === 'help') return { ...o, command: 'help' };
  if (first !== 'analyze') throw new CliError(`unknown command "${first}" (the command is: analyze; see cartera --help)`);
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
      if (next === undefined || (next.startsWith('--') && next.length > 2)) throw new CliError(`${arg} needs a value`);
      return next;
    };
    const flag = (): void => {
      if (value !== undefined) throw new CliError(`${arg} takes no value`);
    };
    if (seen.has(arg) && arg !== '--map' && arg !== '--client-map') throw new CliError(`${arg} is given twice`);
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
        if (Number.isNaN(day)) throw new CliError(`--as-of: "${text}" is not a date in the form YYYY-MM-DD`);
        o.asOf = day;
        break;
      }
      case '--time-unit': {
        const v = take();
        if (v !== 'days' && v !== 'weeks') throw new CliError(`--time-unit: "${v}" is not days or weeks`);
        o.timeUnit = v;
        break;
      }
      case '--holdout': {
        const v = take();
        const n = Number(v);
        if (!(v.trim() !== '' && n > 0 && Number.isFinite(n))) throw new CliError(`--holdout: "${v}" is not a number above 0`);
        o.holdout = n;
        break;
      }
      case '--period': {
        const v = take() as Granularity;
        if (!GRANULARITIES.includes(v)) throw new CliError(`--period: "${v}" is not one of ${GRANULARITIES.join(', ')}`);
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
        if (!/\.xlsx$/i.test(v)) throw new CliError(`--out: "${v}" must be an .xlsx file`);
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
          throw new CliError(`--locale: "${v}" is not a locale tag (e.g. es-ES, pt-BR, en-US)`);
        }
        o.locale = v;
        break;
      }
      case '--lang': {
        const v = take().toLowerCase();
        if (v !== 'es' && v !== 'pt' && v !== 'en') throw new CliError(`--lang: "${v}" must be es, pt or en`);
        o.lang = v;
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
        throw new CliError(
          arg.startsWith('-') ? `unknown option ${arg} (see cartera --help)` : `unexpected argument "${arg}" (see cartera --help)`,
        );
    }
  }
  if (!o.sales) throw new CliError('--sales FILE is required');
  return o;
}
