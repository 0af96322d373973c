import { stat, writeFile } from 'node:fs/promises';
import { CarteraError } from '../engine/types';
import { analyze } from './analyze';
import { buildJson } from './buildJson';
import { CliError } from './cliError';
import { ingestTables } from './ingestTables';
import { parseArgs, USAGE } from './parseArgs';
import { readTable } from './readTable';
import { writeWorkbook } from './writeWorkbook';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const processIo: CliIo = {
  stdout: (t) => void process.stdout.write(t),
  stderr: (t) => void process.stderr.write(t),
};

/** `cartera analyze ...` → exit code: 0 done, 2 bad file or option (one line on stderr), 1 unexpected failure. */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  try {
    const o = parseArgs(argv);
    if (o.command === 'help') {
      io.stdout(USAGE + '\n');
      return 0;
    }
    // Progress lines only around long steps, so that a bad file or option gives exactly one line.
    const say = o.quiet ? undefined : (line: string) => io.stderr(`cartera: ${line}\n`);
    const big = (await fileSize(o.sales)) > BIG_FILE;
    const progress = big ? say : undefined;
    progress?.(`reading ${o.sales}`);
    const sales = await readTable(o.sales);
    let clients = null;
    if (o.clients) {
      clients = await readTable(o.clients);
    }
    const ingested = ingestTables(o.sales, sales, o.clients, clients, {
      map: o.map,
      clientMap: o.clientMap,
      locale: o.locale,
      date1904: o.date1904,
      progress,
    });
    const q = ingested.quality;
    progress?.(`${q.rowsRead} rows: ${q.rowsUsed} used, ${q.rowsRejected} rejected, ${q.blankRows} blank`);
    progress?.('analysing');
    const result = analyze(ingested, { asOf: o.asOf, period: o.period, timeUnit: o.timeUnit, holdout: o.holdout });
    progress?.(`as of ${result.analysis.asOfIso}: ${result.analysis.clientCount} clients`);
    if (o.out) {
      await writeWorkbook(o.out, ingested, sales, clients, {
        options: {
          asOf: o.asOf,
          period: o.period,
          ...(o.timeUnit ? { timeUnit: o.timeUnit } : {}),
          ...(o.holdout ? { holdout: o.holdout } : {}),
        },
        lang: o.lang,
        locale: o.locale,
        progress,
      });
      say?.(`wrote ${o.out}`);
    }
    if (o.json || !o.out) {
      const text = JSON.stringify(buildJson(result, ingested.clients.inList), null, 1) + '\n';
      if (!o.json || o.json === '-') io.stdout(text);
      else {
        try {
          await writeFile(o.json, text);
        } catch (e) {
          throw new CliError(`--json ${o.json}: cannot write (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
        }
        say?.(`wrote ${o.json}`);
      }
    }
    return 0;
  } catch (e) {
    if (e instanceof CliError || e instanceof CarteraError) {
      io.stderr(`cartera: ${oneLine(e.message)}\n`);
      return 2;
    }
    io.stderr(`cartera: unexpected error: ${oneLine(e instanceof Error ? e.message : String(e))}\n`);
    return 1;
  }
}

const BIG_FILE = 5_000_000;

async function fileSize(file: string): Promise<number> {
  try {
    return (await stat(file)).size;
  } catch {
    return 0; // readTable reports the problem
  }
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}
