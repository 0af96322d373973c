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
import { tmpdir } from 'node:os';
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
  detail: string;
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const secs = (s: number) => `${s.toFixed(1)} s`;

/** Runs a child; its peak RSS is the line it prints at exit (PEAK_RSS_KB=...). */
function measure(command: string, args: string[]): Measured {
  const t0 = performance.now();
  const r = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  const seconds = (performance.now() - t0) / 1000;
  const peak = /PEAK_RSS_KB=(\d+)/.exec(r.stderr ?? '');
  const rest = (r.stderr ?? '').replace(/PEAK_RSS_KB=\d+\s*/g, '').trim();
  return {
    ok: r.status === 0,
    seconds,
    rssBytes: peak ? Number(peak[1]) * 1024 : NaN,
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

const PANDAS_SCRIPT = `
import json, resource, sys
import numpy as np
import pandas as pd

src, dst = sys.argv[1], sys.argv[2]
df = pd.read_csv(src, dtype={'InvoiceNo': str, 'StockCode': str}, parse_dates=['InvoiceDate'])
df = df.dropna(subset=['CustomerID'])
df['amount'] = df['Quantity'] * df['UnitPrice']
df['day'] = df['InvoiceDate'].dt.normalize()
as_of = df['day'].max()
start = as_of - pd.DateOffset(months=12)
by = df.groupby('CustomerID')
out = pd.DataFrame({
    'revenue12': df[df['day'] > start].groupby('CustomerID')['amount'].sum(),
    'purchases': by['InvoiceNo'].nunique(),
    'recencyDays': (as_of - by['day'].max()).dt.days,
    'monetary': by['amount'].sum(),
}).fillna({'revenue12': 0})
value = out['revenue12'].clip(lower=0).sort_values(ascending=False)
share = value.cumsum() / value.sum()
out['abc'] = pd.Series(np.where(share <= 0.8, 'A', np.where(share <= 0.95, 'B', 'C')), index=share.index)
q = lambda s: pd.qcut(s.rank(method='first'), 5, labels=False) + 1
out['r'] = q(-out['recencyDays'])
out['f'] = q(out['purchases'])
out['m'] = q(out['monetary'])
out.reset_index().to_json(dst, orient='records')
sys.stderr.write('PEAK_RSS_KB=%d\\n' % resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
`;

function hasPandas(): boolean {
  const r = spawnSync('python3', ['-c', 'import pandas'], { encoding: 'utf8' });
  return r.status === 0;
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

export default async function run(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'cartera-cli-bench-'));
  const preload = path.join(dir, 'peak.js');
  writeFileSync(
    preload,
    "process.on('exit', () => process.stderr.write('PEAK_RSS_KB=' + process.resourceUsage().maxRSS + '\\n'));\n",
  );
  try {
    // Online Retail: the CLI → JSON beside pandas, same run
    if (!existsSync(ONLINE_RETAIL)) console.log(`Online Retail: skipped (${ONLINE_RETAIL} is absent)`);
    else {
      const cli = runCli(preload, ['--sales', ONLINE_RETAIL, '--json', path.join(dir, 'or.json')]);
      line('Online Retail, CLI → JSON (whole analysis: classes, metrics, CLV, visits)', cli);
      if (!hasPandas()) console.log('Online Retail, pandas: skipped (python3 cannot import pandas)');
      else {
        const script = path.join(dir, 'core.py');
        writeFileSync(script, PANDAS_SCRIPT);
        const pd = measure('python3', [script, ONLINE_RETAIL, path.join(dir, 'pandas.json')]);
        line('Online Retail, pandas core per-client work → JSON', pd);
        if (cli.ok && pd.ok)
          console.log(
            `  CLI / pandas: time ${(cli.seconds / pd.seconds).toFixed(2)}×, peak RSS ${(cli.rssBytes / pd.rssBytes).toFixed(2)}× (target ≤ 1 for both)`,
          );
      }
    }

    // 1,048,575 rows (a full sheet) with --json and --out
    const sheet = path.join(dir, 'sheet.csv');
    generateCsv(sheet, SHEET_ROWS, SHEET_CLIENTS);
    console.log(
      `generated ${SHEET_ROWS.toLocaleString('en')} rows, ${SHEET_CLIENTS.toLocaleString('en')} clients: ${mb(statSync(sheet).size)}`,
    );
    const both = runCli(preload, [
      '--sales',
      sheet,
      '--json',
      path.join(dir, 'sheet.json'),
      '--out',
      path.join(dir, 'sheet.xlsx'),
    ]);
    line(`${SHEET_ROWS.toLocaleString('en')} rows, --json and --out`, both, { seconds: 120, bytes: 2 * GB });
    rmSync(sheet);

    // 10,000,000 rows with --json
    const big = path.join(dir, 'big.csv');
    generateCsv(big, BIG_ROWS, 500_000);
    console.log(
      `generated ${BIG_ROWS.toLocaleString('en')} rows, 500,000 clients: ${mb(statSync(big).size)}`,
    );
    const json = runCli(preload, ['--sales', big, '--json', path.join(dir, 'big.json')]);
    line(`${BIG_ROWS.toLocaleString('en')} rows, --json`, json, { bytes: 2 * GB });
    if (json.ok) console.log(`  ${(BIG_ROWS / json.seconds / 1e6).toFixed(2)} M rows/s end to end`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
