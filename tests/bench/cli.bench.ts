// CLI end to end (issue #20): the `cartera` command run as a child process on generated sales files —
// 10,000,000 rows with --json, 1,048,575 rows with --json and --out — and on Online Retail beside a
// pandas script doing the core per-client work (12-month revenue, ABC, purchases, recency, R/F/M
// quintiles) in the same run, when Python has pandas. Each child's wall time and peak RSS (its own
// process.resourceUsage / getrusage at exit), with the issue's targets and the ratios. Figures, not
// assertions. BENCH_CLI_ROWS and BENCH_CLI_SHEET_ROWS override the row counts (a quick try).
import { sharedDataFile } from '../sharedData';
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import * as path from 'node:path';
import { mulberry32 } from '../engine/clv/simulate';

const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'src/cli/cartera.js');
const ONLINE_RETAIL = sharedDataFile('online-retail/online-retail.csv.gz');
const BIG_ROWS = Number(process.env.BENCH_CLI_ROWS ?? 10_000_000);
const SHEET_ROWS = Number(process.env.BENCH_CLI_SHEET_ROWS ?? 1_048_575);
const GB = 2 ** 30;
/**
 * Clients of the 1,048,575-row file (≈ 52 lines each; Online Retail has ≈ 124): --out's memory grows
 * with the clients (the per-client sheets, saved by the host's ExcelJS bridge), not with the rows.
 */
const SHEET_CLIENTS = 20_000;

interface Measured {
  ok: boolean;
  seconds: number;
  rssBytes: number;
  /** user + system CPU seconds (/usr/bin/time only, else NaN): steadier than wall time on a busy machine */
  cpuSeconds: number;
  detail: string;
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const secs = (s: number) => `${s < 10 ? s.toFixed(2) : s.toFixed(1)} s`;

/** GNU time: the child's peak RSS measured from outside, the same way for node and Python. */
const GNU_TIME =
  existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-v', 'true']).status === 0
    ? '/usr/bin/time'
    : null;

/** User + system seconds from /usr/bin/time -v's report. */
function cpuOf(stderr: string): number {
  const user = /User time \(seconds\): ([\d.]+)/.exec(stderr);
  const system = /System time \(seconds\): ([\d.]+)/.exec(stderr);
  return user && system ? Number(user[1]) + Number(system[1]) : NaN;
}

/**
 * Runs a child: wall time from here; peak RSS from /usr/bin/time -v when present, else the line the
 * child prints at exit (PEAK_RSS_KB=..., its own getrusage).
 */
function measure(command: string, args: string[]): Measured {
  const [cmd, argv] = GNU_TIME ? [GNU_TIME, ['-v', command, ...args]] : [command, args];
  const t0 = performance.now();
  const r = spawnSync(cmd, argv, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  const seconds = (performance.now() - t0) / 1000;
  const stderr = r.stderr ?? '';
  const peak = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr) ?? /PEAK_RSS_KB=(\d+)/.exec(stderr);
  const rest = stderr
    .replace(/PEAK_RSS_KB=\d+\s*/g, '')
    .replace(/\n?\s*Command (being timed|exited)[\s\S]*$/, '')
    .trim();
  return {
    ok: r.status === 0,
    seconds,
    rssBytes: peak ? Number(peak[1]) * 1024 : NaN,
    cpuSeconds: cpuOf(stderr),
    detail: r.status === 0 ? '' : `exit ${r.status}: ${rest.slice(0, 300) || r.error?.message || ''}`,
  };
}

/** The CLI as a user runs it (node + the bin), with a preload that reports the peak RSS at exit. */
function runCli(preload: string, args: string[]): Measured {
  return measure(process.execPath, ['--require', preload, BIN, 'analyze', ...args, '--quiet']);
}

/**
 * Cliente,Fecha,Factura,Importe: invoices of 1–5 lines, clients drawn with a skew (a few heavy
 * buyers), dates over 2021–2023, ~3 % credit notes. Written 1 MB at a time.
 */
function generateCsv(file: string, rows: number, clients: number): void {
  const rand = mulberry32(20240601 + rows);
  const fd = openSync(file, 'w');
  const first = Date.UTC(2021, 0, 1);
  let text = 'Cliente,Fecha,Factura,Importe\n';
  let invoice = 0;
  for (let left = rows; left > 0;) {
    const client = invoice < clients ? invoice : Math.floor(clients * rand() ** 2);
    const day = new Date(first + Math.floor(rand() * 1095) * 86_400_000).toISOString().slice(0, 10);
    const sign = rand() < 0.03 ? '-' : '';
    const lines = Math.min(left, 1 + Math.floor(rand() * 5));
    invoice++;
    for (let l = 0; l < lines; l++) {
      const cents = 100 + Math.floor(rand() * 50_000);
      text += `CL-${client + 10000},${day},F${invoice},${sign}${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}\n`;
    }
    left -= lines;
    if (text.length > 1 << 20) {
      writeSync(fd, text);
      text = '';
    }
  }
  writeSync(fd, text);
  closeSync(fd);
}

/** The pandas route (tests/bench/pandasOnlineRetail.py): core per-client work on the same file. */
const PANDAS_SCRIPT = path.join(__dirname, 'pandasOnlineRetail.py');

/**
 * A Python that can import pandas: `python3` on PATH (a pyenv shim may lack it), then the system's
 * /usr/bin/python3 (Debian's python3-pandas); null when none can.
 */
function pandasPython(): string | null {
  for (const python of ['python3', '/usr/bin/python3']) {
    const r = spawnSync(python, ['-c', 'import pandas'], { encoding: 'utf8' });
    if (r.status === 0) return python;
  }
  return null;
}

/** Median of the runs (by time) and the lowest time and peak; null when one failed. */
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

function summary(
  runs: Measured[],
): { median: Measured; bestSeconds: number; bestRss: number; cpuSeconds: number } | Measured {
  const failed = runs.find((m) => !m.ok);
  if (failed) return failed;
  const byTime = [...runs].sort((a, b) => a.seconds - b.seconds);
  return {
    median: byTime[runs.length >> 1],
    bestSeconds: byTime[0].seconds,
    cpuSeconds: median(runs.map((m) => m.cpuSeconds)),
    bestRss: Math.min(...runs.map((m) => m.rssBytes)),
  };
}

function line(label: string, m: Measured, target?: { seconds?: number; bytes?: number }): void {
  if (!m.ok) {
    console.log(`${label}: FAILED ${m.detail}`);
    return;
  }
  const goals: string[] = [];
  if (target?.seconds) goals.push(`time ${(m.seconds / target.seconds).toFixed(2)}× of ${target.seconds} s`);
  if (target?.bytes) goals.push(`peak ${(m.rssBytes / target.bytes).toFixed(2)}× of ${mb(target.bytes)}`);
  console.log(
    `${label}: ${secs(m.seconds)}, peak RSS ${mb(m.rssBytes)}${goals.length ? ` (target: ${goals.join(', ')})` : ''}`,
  );
}

/** The CLI with --json NAME.json and --out NAME.xlsx in dir. */
function jsonAndOut(preload: string, sales: string, dir: string, name: string): Measured {
  const json = path.join(dir, `${name}.json`);
  return runCli(preload, ['--sales', sales, '--json', json, '--out', path.join(dir, `${name}.xlsx`)]);
}

const REPEAT = Math.max(1, Number(process.env.BENCH_CLI_REPEAT ?? 5));

function onlineRetail(preload: string, dir: string): void {
  const python = pandasPython();
  const cliRuns: Measured[] = [],
    pandasRuns: Measured[] = [];
  for (let k = 0; k < REPEAT; k++) {
    cliRuns.push(runCli(preload, ['--sales', ONLINE_RETAIL, '--json', path.join(dir, 'or.json')]));
    if (python)
      pandasRuns.push(measure(python, [PANDAS_SCRIPT, ONLINE_RETAIL, path.join(dir, 'pandas.json')]));
  }
  const how = `median of ${REPEAT} (best), peak RSS by ${GNU_TIME ? '/usr/bin/time -v' : "the child's getrusage"}; load ${loadavg()[0].toFixed(1)}`;
  const cli = summary(cliRuns);
  const show = (label: string, s: ReturnType<typeof summary>) =>
    'median' in s
      ? console.log(
          `${label}: ${secs(s.median.seconds)} (${secs(s.bestSeconds)}), CPU ${secs(s.cpuSeconds)}, peak RSS ${mb(s.median.rssBytes)} (${mb(s.bestRss)})`,
        )
      : line(label, s);
  console.log(`Online Retail (541,909 rows, 45 MB CSV as .gz), ${how}:`);
  show('  CLI → JSON (everything in the JSON: classes, RFM, lifecycle, metrics, CLV, back-test, changes)', cli);
  if (!python) {
    console.log('  pandas: skipped (neither python3 nor /usr/bin/python3 can import pandas)');
  } else {
    const pd = summary(pandasRuns);
    show(`  pandas (${python}) core per-client work → JSON`, pd);
    if ('median' in cli && 'median' in pd)
      console.log(
        `  CLI / pandas: time ${(cli.median.seconds / pd.median.seconds).toFixed(2)}× (best ${(cli.bestSeconds / pd.bestSeconds).toFixed(2)}×), ` +
          `CPU ${(cli.cpuSeconds / pd.cpuSeconds).toFixed(2)}×, peak RSS ${(cli.median.rssBytes / pd.median.rssBytes).toFixed(2)}× (target ≤ 1 for time and memory)`,
      );
  }
  // --out beside the JSON (4,372 clients: the workbook of the per-client and summary sheets)
  const out = jsonAndOut(preload, ONLINE_RETAIL, dir, 'or');
  line('  CLI → JSON and --out (workbook)', out);
}

export default async function run(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'cartera-cli-bench-'));
  const preload = path.join(dir, 'peak.js');
  writeFileSync(
    preload,
    "process.on('exit', () => process.stderr.write('PEAK_RSS_KB=' + process.resourceUsage().maxRSS + '\\n'));\n",
  );
  try {
    // Online Retail: the CLI → JSON beside pandas, same run, alternated, BENCH_CLI_REPEAT times each
    if (!existsSync(ONLINE_RETAIL)) console.log(`Online Retail: skipped (${ONLINE_RETAIL} is absent)`);
    else onlineRetail(preload, dir);

    // 1,048,575 rows (a full sheet) with --json and --out
    if (SHEET_ROWS > 0) {
      const sheet = path.join(dir, 'sheet.csv');
      generateCsv(sheet, SHEET_ROWS, SHEET_CLIENTS);
      console.log(
        `generated ${SHEET_ROWS.toLocaleString('en')} rows, ${SHEET_CLIENTS.toLocaleString('en')} clients: ${mb(statSync(sheet).size)}`,
      );
      const both = jsonAndOut(preload, sheet, dir, 'sheet');
      line(`${SHEET_ROWS.toLocaleString('en')} rows, --json and --out`, both, {
        seconds: 120,
        bytes: 2 * GB,
      });
      rmSync(sheet);
    }

    // 10,000,000 rows with --json
    if (BIG_ROWS > 0) {
      const big = path.join(dir, 'big.csv');
      generateCsv(big, BIG_ROWS, 500_000);
      console.log(
        `generated ${BIG_ROWS.toLocaleString('en')} rows, 500,000 clients: ${mb(statSync(big).size)}`,
      );
      const json = runCli(preload, ['--sales', big, '--json', path.join(dir, 'big.json')]);
      line(`${BIG_ROWS.toLocaleString('en')} rows, --json`, json, { bytes: 2 * GB });
      if (json.ok) console.log(`  ${(BIG_ROWS / json.seconds / 1e6).toFixed(2)} M rows/s end to end`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
