// Writes a Report into the workbook without touching the user's cells, replacing the previous
// run's outputs: every sheet is written to a new hidden temporary sheet, then the classification
// columns beside the client list (backed up first), then one final request swaps the temporaries in
// (sets the old outputs aside, renames and unhides the new ones, stores the list of outputs — the
// commit point — and deletes the old ones).
// On failure or cancellation a fresh run looks at the workbook: if the swap was applied (its answer
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
import { syncBatcher } from './syncBatcher';
import { writeClientColumns, type ClientListTarget } from './writeClientColumns';
import './writeMessages';
import { writeSheet } from './writeSheet';
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
}

/** A hidden sheet named like our temporaries that is not a stored output: a leftover of a failed run. */
function isLeftover(sheet: { id: string; name: string; visibility: string }, outputIds: Set<string>): boolean {
  return !outputIds.has(sheet.id) && sheet.name.startsWith(TEMP_PREFIX) && sheet.visibility !== 'Visible';
}

export async function writeReport(run: ExcelRun, report: Report, options: WriteReportOptions): Promise<WriteReportResult> {
  const { locale, signal } = options;
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const support = options.apiSupport ?? excelApiSupport();
  const blockBytes = Math.floor(limits.payloadBytes * 0.9);
  const state: WriteState = { tempIds: [], backup: null, result: null, setAside: null };
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
      const byId = new Map(sheets.items.map((s) => [s.id, s]));
      const outputIds = new Set((previous?.sheets ?? []).map((s) => s.id));
      // Leftovers of runs that failed: deleted in the request that creates this run's temporaries.
      const leftovers = sheets.items.filter((s) => isLeftover(s, outputIds) || (!outputIds.has(s.id) && pending?.sheetIds?.includes(s.id)));
      const leftoverIds = new Set(leftovers.map((s) => s.id));
      for (const s of leftovers) s.delete();
      if (pending) pendingItem.delete();
      const oldSheets = (previous?.sheets ?? []).filter((s) => byId.has(s.id));
      const oldIds = new Set(oldSheets.map((s) => s.id));

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

      // The outputs' final names, known now (from the sheets loaded above), so that the Summary's
      // links name the sheets as they will be after the swap (a link is text: a rename breaks it).
      const finalTaken = new Set(
        sheets.items.filter((s) => !oldIds.has(s.id) && !leftoverIds.has(s.id)).map((s) => s.name.toLowerCase()),
      );
      const finalNames = report.sheets.map((s) => sheetNameFor(s.title, finalTaken));
      const sheetNames = Object.fromEntries(report.sheets.map((s, k) => [s.key, finalNames[k]]));
      const tableNames: Record<string, string> = {};

      // Sheets, one after the other; progress by rows written.
      const totalRows = report.sheets.reduce(
        (n, s) => n + s.blocks.reduce((m, b) => m + (b.type === 'table' ? b.rows.length : 0), 0),
        0,
      ) + (report.clientColumns ? report.clientColumns.rows.length : 0);
      let doneRows = 0;
      const progress = (rows: number) => options.onProgress?.(totalRows > 0 ? Math.min(1, rows / totalRows) : 1);
      const notes: string[] = [];
      const written: { sheet: (typeof report.sheets)[number]; tables: { name: string; finalName: string }[]; charts: string[] }[] = [];
      for (let k = 0; k < report.sheets.length; k++) {
        const sheet = report.sheets[k];
        const before = doneRows;
        const result = await writeSheet(temps[k], sheet, batcher, {
          support,
          blockBytes,
          tableSuffix: '_new',
          sheetNames,
          tableNames,
          onRows: (rows) => progress(before + rows),
        });
        doneRows += result.rows;
        for (const tb of result.tables) tableNames[tb.key] = tb.name;
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
      progress(totalRows);

      // The swap: one request, the commit point. Its commands are ordered so that if Excel stops at
      // one of them ([ASSUMPTION] rule 1.10: the ones before stay applied) nothing is lost before the
      // outputs are stored: the previous outputs are first set aside (renamed, hidden), and deleted
      // last, after the new list of outputs is stored; the rollback renames them back.
      if (signal?.aborted) throw new CarteraError('cancelled', t(locale, 'error.cancelled'));
      const positions = oldSheets.map((s) => byId.get(s.id)!.position).sort((a, b) => a - b);
      const retiredNames = new Set([...taken, ...report.sheets.map((s) => `${TEMP_PREFIX}${s.key}`.toLowerCase())]);
      state.setAside = { sheets: [], tables: [] };
      for (const s of oldSheets) {
        const ws = byId.get(s.id)!;
        state.setAside.sheets.push({ id: s.id, name: ws.name, visibility: ws.visibility });
        ws.name = sheetNameFor(`${TEMP_PREFIX}old ${s.key}`, retiredNames);
        for (const name of s.tables) {
          const table = ws.tables.getItemOrNullObject(name);
          table.name = `${name}_old`;
          state.setAside.tables.push(name);
        }
      }
      const userTables = new Set(
        tables.items.map((x) => x.name.toLowerCase()).filter((n) => !oldSheets.some((s) => s.tables.some((tn) => tn.toLowerCase() === n))),
      );
      const storedSheets: StoredSheet[] = [];
      for (let k = 0; k < written.length; k++) {
        const ws = temps[k];
        const name = finalNames[k];
        ws.name = name;
        ws.visibility = 'Visible';
        const finalTables: string[] = [];
        for (const tb of written[k].tables) {
          let finalName = tb.finalName;
          for (let n = 2; userTables.has(finalName.toLowerCase()); n++) finalName = `${tb.finalName}_${n}`;
          ws.tables.getItem(tb.name).name = finalName;
          finalTables.push(finalName);
        }
        storedSheets.push({ key: written[k].sheet.key, id: state.tempIds[k], name, tables: finalTables, charts: written[k].charts });
      }
      // hidden once ours are visible (a workbook keeps one visible sheet)
      for (const s of oldSheets) byId.get(s.id)!.visibility = 'Hidden';
      // Keep the outputs where the previous ones were (relative order), else at the end.
      if (positions.length) {
        const count = sheets.items.length - leftovers.length + temps.length;
        for (let k = 0; k < temps.length; k++) temps[k].position = Math.min(positions[0] + k, count - 1);
      }
      const stored: StoredOutputs = { version: 1, options: options.runOptions, sheets: storedSheets, clientColumns };
      workbook.settings.add(OUTPUTS_SETTING, JSON.stringify(stored));
      workbook.settings.getItem(PENDING_SETTING).delete();
      // the previous outputs go last: if this fails they are hidden leftovers the next run deletes
      for (const s of oldSheets) byId.get(s.id)!.delete();
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
      if (state.tempIds.length > 0 && storedIds.length === state.tempIds.length && storedIds.every((id, k) => id === state.tempIds[k]))
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
