// Writes a Report into the workbook without touching the user's cells, replacing the previous
// run's outputs: every sheet is written to a new hidden temporary sheet, then the classification
// columns beside the client list (backed up first), then one final request commits: an output of
// the previous run with the same key is rewritten in place from its temporary (its sheet and table
// objects kept, tables resized, cells copied: what the user built over them survives), the others
// are swapped in (temporary renamed and shown, the old sheet deleted); the list of outputs is stored.
// On failure or cancellation a fresh run looks at the workbook: if the commit was applied (its answer
// lost) the run succeeded; otherwise the temporaries are deleted and the client list restored. See
// README "Writing" for why every request leaves a state the next run recognises.
import { CarteraError } from '../engine/types';
import { t, type Locale } from '../i18n';
import type { Report } from '../report/types';
import { excelApiSupport, type ApiSupport } from './apiSupport';
import {
  OUTPUTS_SETTING,
  PENDING_SETTING,
  TEMP_PREFIX,
  parseStored,
  type PendingOutputs,
  type StoredOutputs,
  type StoredSheet,
} from './outputStore';
import { restoreClientColumns, type ClientColumnsBackup } from './restoreClientColumns';
import { syncBatcher, type SyncBatcher } from './syncBatcher';
import { writeClientColumns, type ClientListTarget } from './writeClientColumns';
import './writeMessages';
import { writeCharts, writeColumnWidths, writePivots, writeSheet } from './writeSheet';
import { sheetLayout } from '../report/sheetLayout';
import { DEFAULT_LIMITS, type ExcelRun, type IoLimits } from './types';
import { sheetNameFor } from '../engine/sheetNameFor';

export interface WriteReportOptions {
  locale: Locale;
  signal?: AbortSignal;
  /** 0–1 of the write stage */
  onProgress?: (fraction: number) => void;
  /** the user's client list, for the classification columns beside it */
  clientList?: ClientListTarget;
  /** the run's options, stored with the outputs (no personal data) */
  runOptions?: unknown;
  apiSupport?: ApiSupport;
  limits?: Partial<IoLimits>;
}

export interface WriteReportResult {
  stored: StoredOutputs;
  /** notes for the user (degraded charts, client columns placed elsewhere) */
  notes: string[];
}

/** What the rollback needs to know of a run that failed. */
interface WriteState {
  /** ids of the temporary sheets (empty when the request creating them got no answer) */
  tempIds: string[];
  /** the client list as it was, once the columns beside it are about to change */
  backup: ClientColumnsBackup | null;
  /** the result, set just before the swap's request */
  result: WriteReportResult | null;
  /** the previous outputs as they were before the swap set them aside (names, visibility, table names) */
  setAside: { sheets: { id: string; name: string; visibility: string }[]; tables: string[] } | null;
  /** the stored outputs' generation this run writes (the previous one + 1): how the rollback knows the commit was applied */
  generation: number;
  /** the outputs' sheet ids after the commit: the sheets rewritten in place keep theirs */
  finalIds: string[];
}

/** A hidden sheet named like our temporaries that is not a stored output: a leftover of a failed run. */
function isLeftover(sheet: { id: string; name: string; visibility: string }, outputIds: Set<string>): boolean {
  return !outputIds.has(sheet.id) && sheet.name.startsWith(TEMP_PREFIX) && sheet.visibility !== 'Visible';
}

export async function writeReport(run: ExcelRun, report: Report, options: WriteReportOptions): Promise<WriteReportResult> {
  const { locale, signal } = options;
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const support = options.apiSupport ?? excelApiSupport();
  // Rewriting a sheet in place needs Table.resize (1.13) and Range.copyFrom (1.9); else every sheet is replaced.
  const inPlace = support('1.13') && support('1.9');
  const blockBytes = Math.floor(limits.payloadBytes * 0.9);
  const state: WriteState = { tempIds: [], backup: null, result: null, setAside: null, generation: 0, finalIds: [] };
  try {
    return await run(async (context) => {
      const batcher = syncBatcher(context, limits.payloadBytes, signal, locale);
      const workbook = context.workbook;
      if (support('1.9')) workbook.application.suspendScreenUpdatingUntilNextSync();
      const sheets = workbook.worksheets;
      sheets.load('items/name,items/id,items/position,items/visibility');
      const tables = workbook.tables;
      tables.load('items/name');
      const outputsItem = workbook.settings.getItemOrNullObject(OUTPUTS_SETTING);
      outputsItem.load('value');
      const pendingItem = workbook.settings.getItemOrNullObject(PENDING_SETTING);
      pendingItem.load('value');
      await context.sync();

      const previous = outputsItem.isNullObject ? null : parseStored<StoredOutputs>(outputsItem.value);
      const pending = pendingItem.isNullObject ? null : parseStored<PendingOutputs>(pendingItem.value);
      state.generation = (previous?.generation ?? 0) + 1;
      const byId = new Map(sheets.items.map((s) => [s.id, s]));
      const outputIds = new Set((previous?.sheets ?? []).map((s) => s.id));
      // Leftovers of runs that failed: deleted in the request that creates this run's temporaries.
      const leftovers = sheets.items.filter((s) => isLeftover(s, outputIds) || (!outputIds.has(s.id) && pending?.sheetIds?.includes(s.id)));
      const leftoverIds = new Set(leftovers.map((s) => s.id));
      for (const s of leftovers) s.delete();
      if (pending) pendingItem.delete();
      const oldSheets = (previous?.sheets ?? []).filter((s) => byId.has(s.id));
      const oldIds = new Set(oldSheets.map((s) => s.id));
      // The previous output of the same key is rewritten in place (its references survive), except a
      // sheet with PivotTables: it is replaced (its PivotTables are made anew at the commit).
      const keptOld = report.sheets.map((sheet) =>
        inPlace && !sheet.blocks.some((b) => b.type === 'pivot') ? (oldSheets.find((s) => s.key === sheet.key) ?? null) : null,
      );
      const keptIds = new Set(keptOld.filter((s) => s !== null).map((s) => s.id));

      const taken = new Set(sheets.items.filter((s) => !leftoverIds.has(s.id)).map((s) => s.name.toLowerCase()));
      const temps = report.sheets.map((sheet) => {
        const ws = sheets.add(sheetNameFor(`${TEMP_PREFIX}${sheet.key}`, taken));
        ws.visibility = 'Hidden';
        ws.load('id');
        return ws;
      });
      await context.sync();
      for (const ws of temps) state.tempIds.push(ws.id);
      // Their ids too: once the swap has renamed and shown them, their names no longer tell them apart.
      workbook.settings.add(PENDING_SETTING, JSON.stringify({ sheetIds: state.tempIds } satisfies PendingOutputs));
      await context.sync();
      state.finalIds = report.sheets.map((_, k) => keptOld[k]?.id ?? state.tempIds[k]);

      // The outputs' final names, known now (from the sheets loaded above), so that the Summary's
      // links name the sheets as they will be after the swap (a link is text: a rename breaks it).
      const finalTaken = new Set(
        sheets.items.filter((s) => !oldIds.has(s.id) && !leftoverIds.has(s.id)).map((s) => s.name.toLowerCase()),
      );
      const finalNames = report.sheets.map((s) => sheetNameFor(s.title, finalTaken));
      const sheetNames = Object.fromEntries(report.sheets.map((s, k) => [s.key, finalNames[k]]));

      // Sheets, one after the other; progress by rows written.
      const totalRows = report.sheets.reduce(
        (n, s) => n + s.blocks.reduce((m, b) => m + (b.type === 'table' ? b.rows.length : 0), 0),
        0,
      ) + (report.clientColumns ? report.clientColumns.rows.length : 0);
      let doneRows = 0;
      const progress = (rows: number) => options.onProgress?.(totalRows > 0 ? Math.min(1, rows / totalRows) : 1);
      const notes: string[] = [];
      const written: { sheet: (typeof report.sheets)[number]; tables: { key: string; name: string; finalName: string }[]; charts: string[] }[] = [];
      for (let k = 0; k < report.sheets.length; k++) {
        const sheet = report.sheets[k];
        const before = doneRows;
        const result = await writeSheet(temps[k], sheet, batcher, {
          support,
          blockBytes,
          tableSuffix: '_new',
          sheetNames,
          charts: !keptOld[k],
          tables: !keptOld[k],
          onRows: (rows) => progress(before + rows),
        });
        doneRows += result.rows;
        if (result.degraded) notes.push(t(locale, 'note.chartsDegraded'));
        written.push({ sheet, tables: result.tables, charts: result.charts });
      }
      await batcher.flush();

      // Classification columns beside the client list, last before the swap.
      let clientColumns = null as StoredOutputs['clientColumns'];
      if (report.clientColumns && options.clientList) {
        clientColumns = await writeClientColumns(
          context,
          options.clientList,
          report.clientColumns,
          previous?.clientColumns ?? null,
          batcher,
          blockBytes,
          (backup) => (state.backup = backup),
        );
        if (!clientColumns) {
          const clientsSheet = report.sheets.find((s) => s.key === 'clients')?.title ?? '';
          notes.push(t(locale, 'note.clientColumnsElsewhere', { sheet: clientsSheet }));
        }
      }
      await batcher.flush();
      progress(totalRows);

      // What the commit needs to know: each output's extent, and the tables of the sheets rewritten in place.
      const extents = await readExtents(context, temps, keptOld.map((s) => (s ? byId.get(s.id)! : null)));

      // The commit: one request. Its commands are ordered so that if Excel stops at one of them
      // ([ASSUMPTION] rule 1.10: the ones before stay applied) the rollback can put the names back:
      // the previous outputs are first set aside (renamed; the replaced ones hidden), and deleted
      // last, after the new list of outputs is stored.
      if (signal?.aborted) throw new CarteraError('cancelled', t(locale, 'error.cancelled'));
      const commit = syncBatcher(context, Number.POSITIVE_INFINITY);
      const positions = oldSheets.map((s) => byId.get(s.id)!.position).sort((a, b) => a - b);
      const retiredNames = new Set([...taken, ...report.sheets.map((s) => `${TEMP_PREFIX}${s.key}`.toLowerCase())]);
      state.setAside = { sheets: [], tables: [] };
      for (const s of oldSheets) {
        const ws = byId.get(s.id)!;
        state.setAside.sheets.push({ id: s.id, name: ws.name, visibility: ws.visibility });
        ws.name = sheetNameFor(`${TEMP_PREFIX}old ${s.key}`, retiredNames);
        if (keptIds.has(s.id)) continue;
        for (const name of s.tables) {
          const table = ws.tables.getItemOrNullObject(name);
          table.name = `${name}_old`;
          state.setAside.tables.push(name);
        }
      }
      const userTables = new Set(
        tables.items.map((x) => x.name.toLowerCase()).filter((n) => !oldSheets.some((s) => s.tables.some((tn) => tn.toLowerCase() === n))),
      );
      const finalTableNames: Record<string, string> = {};
      const outputs: Excel.Worksheet[] = [];
      const storedSheets: StoredSheet[] = [];
      for (let k = 0; k < written.length; k++) {
        const sheet = written[k].sheet;
        const kept = keptOld[k];
        const name = finalNames[k];
        let finalTables: string[];
        let charts = written[k].charts;
        if (kept) {
          const ws = byId.get(kept.id)!;
          // set aside and hidden by a run whose rollback failed: shown again
          const was = state.setAside.sheets.find((x) => x.id === kept.id)!;
          if (was.name.startsWith(TEMP_PREFIX) && was.visibility !== 'Visible') ws.visibility = 'Visible';
          ws.name = name;
          const inPlaceResult = await rewriteInPlace(ws, temps[k], sheet, kept, extents[k], userTables, commit, support);
          finalTables = inPlaceResult.tables.map((x) => x.name);
          for (const x of inPlaceResult.tables) finalTableNames[x.key] = x.name;
          charts = inPlaceResult.charts;
          if (inPlaceResult.degraded) notes.push(t(locale, 'note.chartsDegraded'));
          outputs.push(ws);
        } else {
          const ws = temps[k];
          ws.name = name;
          ws.visibility = 'Visible';
          finalTables = [];
          for (const tb of written[k].tables) {
            let finalName = tb.finalName;
            for (let n = 2; userTables.has(finalName.toLowerCase()); n++) finalName = `${tb.finalName}_${n}`;
            ws.tables.getItem(tb.name).name = finalName;
            finalTables.push(finalName);
            finalTableNames[tb.key] = finalName;
          }
          outputs.push(ws);
        }
        storedSheets.push({ key: sheet.key, id: state.finalIds[k], name, tables: finalTables, charts, extent: extents[k].written });
      }
      // PivotTables, over the tables as they now are (final names, new headers)
      for (let k = 0; k < written.length; k++) await writePivots(outputs[k], written[k].sheet, commit, support, finalTableNames);
      // the replaced outputs hidden once ours are visible (a workbook keeps one visible sheet)
      for (const s of oldSheets) if (!keptIds.has(s.id)) byId.get(s.id)!.visibility = 'Hidden';
      // Keep the outputs where the previous ones were (relative order), else at the end.
      if (positions.length) {
        const count = sheets.items.length - leftovers.length + temps.length;
        for (let k = 0; k < outputs.length; k++) outputs[k].position = Math.min(positions[0] + k, count - 1);
      }
      const stored: StoredOutputs = {
        version: 1,
        generation: state.generation,
        options: options.runOptions,
        sheets: storedSheets,
        clientColumns,
      };
      workbook.settings.add(OUTPUTS_SETTING, JSON.stringify(stored));
      workbook.settings.getItem(PENDING_SETTING).delete();
      // the replaced outputs and the temporaries of the sheets rewritten in place go last: if this
      // fails they are hidden leftovers the next run deletes
      for (const s of oldSheets) if (!keptIds.has(s.id)) byId.get(s.id)!.delete();
      for (let k = 0; k < temps.length; k++) if (keptOld[k]) temps[k].delete();
      state.result = { stored, notes };
      await context.sync();
      return state.result;
    });
  } catch (error) {
    const outcome = await rollback(run, state, limits.payloadBytes);
    // The swap's request was applied but its answer lost: the run did succeed.
    if (outcome === 'committed' && state.result) return state.result;
    const detail =
      error instanceof CarteraError
        ? null
        : ((error as { code?: string; message?: string })?.code ?? (error as Error)?.message ?? String(error));
    if (outcome === 'failed') {
      const message = t(locale, 'error.writeIncomplete', { detail: detail ?? t(locale, 'error.cancelled') });
      throw new CarteraError(error instanceof CarteraError ? error.code : 'write_failed', message);
    }
    if (error instanceof CarteraError) throw error;
    throw new CarteraError('write_failed', t(locale, 'error.writeFailed', { detail: detail! }));
  }
}

interface Extent {
  /** rows and columns from A1 of what this run wrote (the temporary's used range) */
  written: [rows: number, columns: number];
  /** of a sheet rewritten in place: what the previous run wrote there, and its tables */
  previous?: [rows: number, columns: number];
  tables?: { name: string; rect: [row: number, column: number, rows: number, columns: number] }[];
}

type Box = Pick<Excel.Range, 'rowIndex' | 'columnIndex' | 'rowCount' | 'columnCount' | 'isNullObject'>;
const extentOf = (r: Box): [number, number] => (r.isNullObject ? [1, 1] : [r.rowIndex + r.rowCount, r.columnIndex + r.columnCount]);

/** Two reads: the used ranges (temporaries; sheets rewritten in place) and those sheets' tables, then their ranges. */
async function readExtents(context: Excel.RequestContext, temps: Excel.Worksheet[], kept: (Excel.Worksheet | null)[]): Promise<Extent[]> {
  const used = (ws: Excel.Worksheet) => {
    const r = ws.getUsedRangeOrNullObject(false);
    r.load('rowIndex,columnIndex,rowCount,columnCount');
    return r;
  };
  const tempUsed = temps.map(used);
  const keptUsed = kept.map((ws) => (ws ? used(ws) : null));
  for (const ws of kept) ws?.tables.load('items/name');
  await context.sync();
  const ranges = kept.map((ws) =>
    (ws?.tables.items ?? []).map((tb) => {
      const r = tb.getRange();
      r.load('rowIndex,columnIndex,rowCount,columnCount');
      return { name: tb.name, r };
    }),
  );
  if (kept.some((ws) => ws)) await context.sync();
  return temps.map((_, k) => ({
    written: extentOf(tempUsed[k]),
    ...(kept[k]
      ? {
          previous: extentOf(keptUsed[k]!),
          tables: ranges[k].map(({ name, r }) => ({ name, rect: [r.rowIndex, r.columnIndex, r.rowCount, r.columnCount] as [number, number, number, number] })),
        }
      : {}),
  }));
}

/**
 * Rewrites a previous output sheet with what this run wrote on its temporary, in the commit's
 * request: our tables keep their objects and names (resized; one whose top-left cell moved is made
 * anew), the cells of our extent (this run's and the previous run's) are copied from the temporary
 * (values, number formats, formats, conditional formats, links), our charts are made anew over the
 * resized tables. What the user built on the sheet or over its tables stays and follows.
 */
async function rewriteInPlace(
  ws: Excel.Worksheet,
  temp: Excel.Worksheet,
  sheet: Report['sheets'][number],
  old: StoredSheet,
  extent: Extent,
  userTables: Set<string>,
  commit: SyncBatcher,
  support: ApiSupport,
): Promise<{ tables: { key: string; name: string }[]; charts: string[]; degraded: boolean }> {
  const layout = sheetLayout(sheet);
  // ours: by the names stored, or set aside ("…_old") by a run whose rollback failed
  const storedName = (name: string) => old.tables.find((n) => [n.toLowerCase(), `${n}_old`.toLowerCase()].includes(name.toLowerCase()));
  const ours = (extent.tables ?? []).flatMap((x) => {
    const base = storedName(x.name);
    return base ? [{ ...x, base }] : [];
  });
  const plan = layout.blocks.flatMap((p) => {
    if (p.block.type !== 'table') return [];
    const block = p.block;
    const rect: [number, number, number, number] = [p.top, p.left, Math.max(1, block.rows.length) + 1, block.columns.length];
    const match = ours.find((x) => x.base.toLowerCase() === block.name.toLowerCase() || new RegExp(`^${block.name}_\\d+$`, 'i').test(x.base));
    return [{ block, rect, match, resize: !!match && match.rect[0] === rect[0] && match.rect[1] === rect[1] }];
  });
  // ours no longer written, or whose top-left moved (a table keeps its header row when resized): deleted first
  for (const x of ours) if (!plan.some((p) => p.match === x && p.resize)) ws.tables.getItem(x.name).delete();
  // then resized, the ones that shrink first (a growing table must not overlap one that has not shrunk yet)
  const growth = (p: (typeof plan)[number]) => p.rect[2] - p.match!.rect[2];
  for (const p of plan.filter((x) => x.resize).sort((a, b) => growth(a) - growth(b)))
    ws.tables.getItem(p.match!.name).resize(ws.getRangeByIndexes(...p.rect));
  // the cells: this run's extent and the previous run's, so that what the previous run wrote beyond
  // this one's is cleared (a blank copied is a blank)
  const previous = old.extent ?? extent.previous ?? [1, 1];
  const rows = Math.max(extent.written[0], previous[0]);
  const columns = Math.max(extent.written[1], previous[1]);
  await commit.reserve(200);
  ws.getRangeByIndexes(0, 0, rows, columns).copyFrom(temp.getRangeByIndexes(0, 0, rows, columns), 'All');
  const tables: { key: string; name: string }[] = [];
  for (const p of plan) {
    if (p.resize) {
      if (p.match!.name !== p.match!.base) ws.tables.getItem(p.match!.name).name = p.match!.base;
      tables.push({ key: p.block.key, name: p.match!.base });
      continue;
    }
    let name = p.block.name;
    for (let n = 2; userTables.has(name.toLowerCase()); n++) name = `${p.block.name}_${n}`;
    const table = ws.tables.add(ws.getRangeByIndexes(...p.rect), true);
    table.name = name;
    if (p.block.style) table.style = p.block.style;
    tables.push({ key: p.block.key, name });
  }
  // widths before the charts: a chart is placed by the cells it spans
  await writeColumnWidths(ws, sheet, commit);
  for (const name of old.charts) ws.charts.getItemOrNullObject(name).delete();
  const { charts, degraded } = await writeCharts(ws, sheet, commit, support);
  if (layout.freezeRows > 0) ws.freezePanes.freezeRows(layout.freezeRows);
  return { tables, charts, degraded };
}

/**
 * Puts the workbook back as it was before the run, judging by what is in it now (a request may have
 * been refused, or applied with its answer lost): 'committed' when the stored outputs are this run's
 * (the swap was applied), 'restored' when the temporaries are gone and the client list restored,
 * 'failed' when that could not be done (the next run deletes the leftovers: hidden "Cartera tmp …"
 * sheets, and re-uses "Cartera: …" columns).
 */
async function rollback(run: ExcelRun, state: WriteState, payloadBytes: number): Promise<'committed' | 'restored' | 'failed'> {
  try {
    return await run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/id,items/name,items/visibility');
      const outputsItem = context.workbook.settings.getItemOrNullObject(OUTPUTS_SETTING);
      outputsItem.load('value');
      await context.sync();
      const stored = outputsItem.isNullObject ? null : parseStored<StoredOutputs>(outputsItem.value);
      const storedIds = (stored?.sheets ?? []).map((s) => s.id);
      if (
        state.finalIds.length > 0 &&
        stored?.generation === state.generation &&
        storedIds.length === state.finalIds.length &&
        storedIds.every((id, k) => id === state.finalIds[k])
      )
        return 'committed';
      if (state.backup) await restoreClientColumns(context, state.backup, syncBatcher(context, payloadBytes), Math.floor(payloadBytes * 0.9));
      const outputIds = new Set(storedIds);
      for (const ws of sheets.items) if (isLeftover(ws, outputIds) || (state.tempIds.includes(ws.id) && !outputIds.has(ws.id))) ws.delete();
      context.workbook.settings.getItemOrNullObject(PENDING_SETTING).delete();
      await context.sync();
      // the previous outputs back under their names (the temporaries that may have taken them are gone)
      const aside = state.setAside;
      if (aside) {
        const present = new Set(sheets.items.map((ws) => ws.id));
        for (const old of aside.sheets) {
          if (!present.has(old.id)) continue;
          const ws = sheets.getItem(old.id);
          ws.name = old.name;
          ws.visibility = old.visibility as Excel.SheetVisibility;
        }
        for (const name of aside.tables) context.workbook.tables.getItemOrNullObject(`${name}_old`).name = name;
        await context.sync();
      }
      return 'restored';
    });
  } catch {
    return 'failed';
  }
}
