import { stat, type FileHandle } from 'node:fs/promises';
import { isoDate } from '../engine/dates';
import { basename } from 'node:path';
import { CarteraError } from '../engine/types';
import { errorText } from '../i18n/errorText';
import { FileError } from '../files/FileError';
import { printable } from '../files/printable';
import { t, type Locale, type MessageKey, type MessageParams } from '../i18n';
import { analyze, clvOptionsOf } from './analyze';
import { checkOutputs } from './checkOutputs';
import { CliError } from './cliError';
import './cliMessages';
import { createIngest, type Ingested, type SalesSink } from './ingestTables';
import { jsonBytes } from './jsonBytes';
import type { ByteOut } from './textBytes';
import { messageLanguage, parseArgs, USAGE } from './parseArgs';
import { readTable, streamTable, type Table, type TableInfo } from './readTable';
import { writeFileAtomic } from './writeFileAtomic';

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
    const progress = big && say ? (key: MessageKey, params: MessageParams) => say(t(lang, key, params)) : undefined;
    const ingestOptions = {
      map: o.map,
      clientMap: o.clientMap,
      locale: o.locale,
      date1904: o.date1904,
      progress,
    };
    // The client list first (small: it becomes a sheet with --out), then the sales rows streamed
    // into the engine's reader as they are read: the sales file is never in memory, and one reading
    // feeds both the JSON and the workbook.
    const clients: Table | null = o.clients ? await readTable(o.clients) : null;
    progress?.('cli.progress.reading', { file: o.sales });
    let sink: SalesSink | null = null;
    // The rows reach the sink through `sink` only (not a closure of its own): the reader's stream outlives
    // the reading with its listeners, and `sink = null` below must release the reader's columns.
    const info = await streamTable(o.sales, (sheet) => {
      sink = createIngest(o.sales, sheet, o.clients, clients, ingestOptions);
      return { add: (rows) => sink!.add(rows), expect: (records) => sink!.expect(records) };
    });
    if (say) {
      warn(say, lang, o.sales, info);
      if (o.clients && clients) warn(say, lang, o.clients, clients);
    }
    let ingested: Ingested | null = (sink as SalesSink | null)!.finish(info.brokenRows);
    sink = null; // the sales reader's own columns and dictionaries, no longer needed
    const q = ingested.quality;
    progress?.('cli.progress.rows', { read: q.rowsRead, used: q.rowsUsed, rejected: q.rowsRejected, blank: q.blankRows });
    progress?.('cli.progress.analysing', {});
    const clvOptions = { horizonMonths: o.horizonMonths, discountRate: o.discountRate, marginRate: o.marginRate };
    const result = analyze(ingested, {
      asOf: o.asOf,
      compareDate: o.compareDate,
      period: o.period,
      timeUnit: o.timeUnit,
      holdout: o.holdout,
      ...clvOptions,
      jsonOnly: !o.out,
    });
    const late = result.analysis.warnings.find((w) => w.part === 'changes' && w.code === 'compare_after_as_of');
    if (late && o.compareDate !== null)
      throw new CliError('cli.arg.compareAfterAsOf', { compare: isoDate(o.compareDate), asOf: result.analysis.asOfIso });
    progress?.('cli.progress.asOf', { asOf: result.analysis.asOfIso, clients: result.analysis.clientCount });
    if (o.out) {
      // loaded only for --out: the workbook writer brings ExcelJS (≈ 0.2 s to load)
      const { writeWorkbook } = await import('./writeWorkbook');
      await writeWorkbook(o.out, ingested, result, clients, {
        lang: o.lang ?? 'es',
        runOptions: {
          sales: { kind: 'file', file: basename(o.sales) },
          clients: o.clients ? { kind: 'file', file: basename(o.clients) } : null,
          salesMapping: ingested.salesMapping,
          clientMapping: ingested.clientMapping,
          options: {
            asOf: result.analysis.asOfIso,
            ...(o.compareDate !== null ? { compareDate: isoDate(o.compareDate) } : {}),
            period: o.period,
            ...(o.timeUnit ? { timeUnit: o.timeUnit } : {}),
            ...(o.holdout ? { holdout: o.holdout } : {}),
            ...clvOptionsOf(clvOptions),
          },
          locale: o.lang ?? 'es',
        },
        progress,
      });
      say?.(t(lang, 'cli.wrote', { file: o.out }));
    }
    const inList = ingested.clients.inList;
    // The JSON needs only the analysis: the sales columns (Online Retail: 15 MB) go before it is written.
    ingested = null;
    if (o.json || !o.out) {
      // The document's bytes in a 1 MB buffer, written out again and again: no string of the whole
      // document, no Buffer per write.
      const bytes: ByteOut = { buffer: Buffer.allocUnsafe(WRITE_BYTES), at: 0 };
      const chunks = jsonBytes(result, inList, bytes);
      if (!o.json || o.json === '-') for (const n of chunks) io.stdout(bytes.buffer.toString('utf8', 0, n));
      else {
        await writeFileAtomic('--json', o.json, (out) => writeChunks(out, chunks, bytes));
        say?.(t(lang, 'cli.wrote', { file: o.json }));
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
      line(errorText(lang, e.code, e.where, e.message));
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
/** Bytes of JSON gathered before a write to the --json file (or stdout). */
const WRITE_BYTES = 1 << 20;

/**
 * Writes each bufferful `chunks` fills while the next one is filled in a second buffer (the write runs
 * on libuv's threads): the document costs two buffers, and its writes overlap its making.
 */
async function writeChunks(out: FileHandle, chunks: Iterable<number>, bytes: ByteOut): Promise<void> {
  let spare: Buffer = Buffer.allocUnsafe(bytes.buffer.length);
  let writing: Promise<void> = Promise.resolve();
  try {
    for (const n of chunks) {
      const full = bytes.buffer;
      await writing;
      writing = writeAll(out, full, n);
      writing.catch(() => undefined); // awaited at the next chunk or below; not an unhandled rejection meanwhile
      bytes.buffer = spare;
      spare = full;
    }
  } catch (e) {
    await writing.catch(() => undefined);
    throw e;
  }
  await writing;
}

async function writeAll(out: FileHandle, buffer: Buffer, n: number): Promise<void> {
  for (let done = 0; done < n; ) done += (await out.write(buffer, done, n - done)).bytesWritten;
}

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
