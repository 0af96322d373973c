// Run history in the workbook (SPEC §11, issue #18): every run adds its headline figures and a compact
// per-client snapshot (historySnapshot.ts) to the workbook's settings — the host does not model custom
// XML parts (ExcelApi 1.5), and settings travel with the file the same way. Layout:
//   Cartera.history            index: { version, ids: { chunks, count }, next, runs: [{ headline, key, chunks, size }] }
//   Cartera.history.ids.<k>    the client-id dictionary (JSON array pieces; append-only, so an index is stable)
//   Cartera.history.run.<n>.<k> a run's snapshot (base64 pieces)
// Pieces stay under 1,000,000 characters and each is written in its own request (Excel on the web caps
// a request at 5 MB). The index is written last: a history write stopped half-way leaves the previous
// index valid (new pieces unreferenced, the dictionary only longer). Snapshots of the last 24 runs are
// kept; older runs keep their headline only.
import type { ExcelRun } from './types';
import {
  encodeSnapshot,
  decodeSnapshot,
  headlineOf,
  type RunHeadline,
  type RunSnapshot,
} from './historySnapshot';
import { parseStored } from './outputStore';

export const HISTORY_SETTING = 'Cartera.history';
export const MAX_SNAPSHOTS = 24;
const CHUNK_CHARS = 1_000_000;

interface HistoryEntry {
  headline: RunHeadline;
  /** settings key number of the snapshot, null once dropped */
  key: number | null;
  chunks: number;
  /** dictionary entries the snapshot covers */
  size: number;
}

interface HistoryIndex {
  version: 1;
  ids: { chunks: number; count: number };
  next: number;
  runs: HistoryEntry[];
}

/** What a run contributes: its as-of date, clients and their codes (the analysis' arrays). */
export interface HistoryInput {
  asOf: string;
  ids: string[];
  abc: Uint8Array;
  status: Uint8Array;
  segment: Uint8Array;
  /** cents */
  revenue12: Float64Array;
  portfolioValue: number | null;
}

async function readIndex(context: Excel.RequestContext): Promise<HistoryIndex | null> {
  const item = context.workbook.settings.getItemOrNullObject(HISTORY_SETTING);
  item.load('value');
  await context.sync();
  const index = item.isNullObject ? null : parseStored<HistoryIndex>(item.value);
  return index && index.version === 1 && Array.isArray(index.runs) ? index : null;
}

async function readPieces(context: Excel.RequestContext, prefix: string, chunks: number): Promise<string> {
  let text = '';
  for (let k = 0; k < chunks; k++) {
    const item = context.workbook.settings.getItem(`${prefix}.${k}`);
    item.load('value');
    await context.sync();
    text += String(item.value);
  }
  return text;
}

async function writePieces(context: Excel.RequestContext, prefix: string, text: string): Promise<number> {
  let chunks = 0;
  for (let start = 0; start < text.length || chunks === 0; start += CHUNK_CHARS) {
    context.workbook.settings.add(`${prefix}.${chunks++}`, text.slice(start, start + CHUNK_CHARS));
    await context.sync();
  }
  return chunks;
}

/** The headline figures of every stored run, oldest first (empty when none). */
export async function readRunHistory(run: ExcelRun): Promise<RunHeadline[]> {
  return run(async (context) => (await readIndex(context))?.runs.map((r) => r.headline) ?? []);
}

/**
 * The last stored run's snapshot with the client ids, or null. With `before` (ISO): the last run whose
 * as-of date is earlier — "the previous run" of a run as of `before` (a run with the same date is the
 * one it replaces).
 */
export async function readLastSnapshot(
  run: ExcelRun,
  before?: string,
): Promise<{ asOf: string; ids: string[]; snapshot: RunSnapshot } | null> {
  return run(async (context) => {
    const index = await readIndex(context);
    const last = index?.runs
      .filter((r) => r.key !== null && (before === undefined || r.headline.asOf < before))
      .at(-1);
    if (!index || !last) return null;
    const ids = (
      JSON.parse(`[${await readPieces(context, `${HISTORY_SETTING}.ids`, index.ids.chunks)}]`) as string[]
    ).slice(0, last.size);
    const snapshot = decodeSnapshot(
      await readPieces(context, `${HISTORY_SETTING}.run.${last.key}`, last.chunks),
    );
    return { asOf: last.headline.asOf, ids, snapshot };
  });
}

/**
 * Adds the run (a run with the same as-of date replaces the earlier one) and returns the headlines of
 * every run, oldest first.
 */
export async function appendRunHistory(run: ExcelRun, input: HistoryInput): Promise<RunHeadline[]> {
  return run(async (context) => {
    const settings = context.workbook.settings;
    const index: HistoryIndex = (await readIndex(context)) ?? {
      version: 1,
      ids: { chunks: 0, count: 0 },
      next: 0,
      runs: [],
    };
    const known =
      index.ids.count > 0 ? await readPieces(context, `${HISTORY_SETTING}.ids`, index.ids.chunks) : '';
    const dictionary = known ? (JSON.parse(`[${known}]`) as string[]) : [];
    const position = new Map(dictionary.map((id, d) => [id, d]));
    const added: string[] = [];
    const where = new Int32Array(input.ids.length);
    input.ids.forEach((id, i) => {
      let d = position.get(id);
      if (d === undefined) {
        d = dictionary.length + added.length;
        position.set(id, d);
        added.push(id);
      }
      where[i] = d;
    });
    const size = dictionary.length + added.length;
    const snapshot: RunSnapshot = {
      index: where,
      abc: input.abc,
      status: input.status,
      segment: input.segment,
      revenue12: input.revenue12,
    };
    const key = index.next;
    const chunks = await writePieces(
      context,
      `${HISTORY_SETTING}.run.${key}`,
      encodeSnapshot(snapshot, size),
    );
    // the dictionary as comma-joined JSON strings: appending never changes what an old index points at
    const idChunks = added.length
      ? await writePieces(
          context,
          `${HISTORY_SETTING}.ids`,
          [known, ...added.map((id) => JSON.stringify(id))].filter(Boolean).join(','),
        )
      : index.ids.chunks;
    const headline = headlineOf(input.asOf, snapshot, input.portfolioValue);
    const replaced = index.runs.filter((r) => r.headline.asOf === input.asOf);
    const runs = [
      ...index.runs.filter((r) => r.headline.asOf !== input.asOf),
      { headline, key, chunks, size },
    ].sort((a, b) => (a.headline.asOf < b.headline.asOf ? -1 : a.headline.asOf > b.headline.asOf ? 1 : 0));
    const kept = runs.filter((r) => r.key !== null);
    const dropped = [...replaced, ...kept.slice(0, Math.max(0, kept.length - MAX_SNAPSHOTS))];
    const next: HistoryIndex = {
      version: 1,
      ids: { chunks: idChunks, count: size },
      next: key + 1,
      runs: runs.map((r) => (dropped.includes(r) ? { ...r, key: null, chunks: 0 } : r)),
    };
    settings.add(HISTORY_SETTING, JSON.stringify(next));
    await context.sync();
    for (const r of dropped)
      for (let k = 0; k < r.chunks; k++)
        settings.getItemOrNullObject(`${HISTORY_SETTING}.run.${r.key}.${k}`).delete();
    if (dropped.length) await context.sync();
    return next.runs.map((r) => r.headline);
  });
}
