import { stat } from 'node:fs/promises';
import { CarteraError } from '../engine/types';
import { FileError } from '../files/FileError';
import { printable } from '../files/printable';
import { t, type Locale } from '../i18n';
import { analyze, clvOptionsOf } from './analyze';
import { buildJson } from './buildJson';
import { checkOutputs } from './checkOutputs';
import { CliError } from './cliError';
import './cliMessages';
import { createIngest, ingestTables, type Ingested, type SalesSink } from './ingestTables';
import { messageLanguage, parseArgs, USAGE } from './parseArgs';
import { readTable, streamTable, type Table, type TableInfo } from './readTable';
import { writeFileAtomic } from './writeFileAtomic';
import { writeWorkbook } from './writeWorkbook';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const processIo: CliIo = {
  stdout: (t) => void process.stdout.write(t),
  stderr: (t) => void process.stderr.write(t),
};

/** Longest line written on stderr (characters). */
const LINE_MAX = 400;

/** `cartera analyze ...` → exit code: 0 done, 2 bad file or option (one line on stderr), 1 unexpected failure. */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  let lang: Locale = messageLanguage(argv);
  const line = (text: string) => io.stderr(`cartera: ${printable(oneLine(text), LINE_MAX)}\n`);
  try {
    const o = parseArgs(argv);
    if (o.command === 'help') {
      io.stdout(USAGE + '\n');
      return 0;
    }
    lang = o.lang ?? 'en';
    const outputs = [
      ...(o.out ? [{ option: '--out', file: o.out }] : []),
      ...(o.json && o.json !== '-' ? [{ option: '--json', file: o.json }] : []),
    ];
    checkOutputs(o.clients ? [o.sales, o.clients] : [o.sales], outputs);
    // Progress lines only around long steps, so that a bad file or option gives exactly one line.
    const say = o.quiet ? undefined : line;
    const big = (await fileSize(o.sales)) > BIG_FILE;
    const progress = big ? say : undefined;
    const ingestOptions = {
      map: o.map,
      clientMap: o.clientMap,
      locale: o.locale,
      date1904: o.date1904,
      progress,
    };
    let ingested: Ingested;
    let sales: Table | null = null;
    let clients: Table | null = null;
    if (o.out) {
      // --out writes the sales table itself as a sheet: it is read whole
      progress?.(`reading ${o.sales}`);
      sales = await readTable(o.sales);
      if (o.clients) clients = await readTable(o.clients);
      if (say) {
        warn(say, lang, o.sales, sales);
        if (o.clients && clients) warn(say, lang, o.clients, clients);
      }
      ingested = ingestTables(o.sales, sales, o.clients, clients, ingestOptions);
    } else {
      // the client list first, then the sales rows streamed into the engine's reader as they are read
      if (o.clients) clients = await readTable(o.clients);
      progress?.(`reading ${o.sales}`);
      let sink: SalesSink | null = null;
      const info = await streamTable(o.sales, (sheet) => {
        const created = createIngest(o.sales, sheet, o.clients, clients, ingestOptions);
        sink = created;
        return (rows) => created.add(rows);
      });
      if (say) {
        warn(say, lang, o.sales, info);
        if (o.clients && clients) warn(say, lang, o.clients, clients);
      }
      ingested = (sink as SalesSink | null)!.finish(info.brokenRows);
    }
    const q = ingested.quality;
    progress?.(`${q.rowsRead} rows: ${q.rowsUsed} used, ${q.rowsRejected} rejected, ${q.blankRows} blank`);
    progress?.('analysing');
    const clvOptions = { horizonMonths: o.horizonMonths, discountRate: o.discountRate, marginRate: o.marginRate };
    const result = analyze(ingested, { asOf: o.asOf, period: o.period, timeUnit: o.timeUnit, holdout: o.holdout, ...clvOptions });
    progress?.(`as of ${result.analysis.asOfIso}: ${result.analysis.clientCount} clients`);
    if (o.out) {
      await writeWorkbook(o.out, ingested, sales!, clients, {
        options: {
          asOf: o.asOf,
          period: o.period,
          ...(o.timeUnit ? { timeUnit: o.timeUnit } : {}),
          ...(o.holdout ? { holdout: o.holdout } : {}),
          ...clvOptionsOf(clvOptions),
        },
        lang: o.lang ?? 'es',
        locale: o.locale,
        progress,
      });
      say?.(`wrote ${o.out}`);
    }
    if (o.json || !o.out) {
      const text = JSON.stringify(buildJson(result, ingested.clients.inList), null, 1) + '\n';
      if (!o.json || o.json === '-') io.stdout(text);
      else {
        await writeFileAtomic('--json', o.json, async (out) => {
          await out.writeFile(text);
        });
        say?.(`wrote ${o.json}`);
      }
    }
    return 0;
  } catch (e) {
    if (e instanceof FileError) {
      line(e.render(lang));
      return 2;
    }
    if (e instanceof CliError) {
      line(e.render(lang));
      return 2;
    }
    if (e instanceof CarteraError) {
      line(e.message);
      return 2;
    }
    line(t(lang, 'cli.unexpected', { message: e instanceof Error ? e.message : String(e) }));
    return 1;
  }
}

/** One line per kind of problem the text reader found in a file's rows (unclosed quotes, bytes that are not UTF-8). */
function warn(say: (line: string) => void, lang: Locale, file: string, table: TableInfo): void {
  for (const w of table.warnings ?? [])
    say(t(lang, 'cli.warning', { file, message: t(lang, w.key, { count: w.count, rows: w.rows }) }));
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
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
