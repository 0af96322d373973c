// Writes a Report into the workbook without touching the user's cells, replacing the previous
// run's outputs: every sheet is written to a new hidden temporary sheet, then the classification
// columns beside the client list (backed up for undo), then one short final step swaps the
// temporaries in (deletes the old outputs, renames, unhides) and stores the list of outputs.
// On failure or cancellation the temporaries are deleted and the client columns restored.
import { CarteraError } from '../engine/types';
import { t, type Locale } from '../i18n';
import type { Report } from '../report/types';
import { excelApiSupport, type ApiSupport } from './apiSupport';
import {
  OUTPUTS_SETTING,
  PENDING_SETTING,
  parseStored,
  type PendingOutputs,
  type StoredOutputs,
  type StoredSheet,
} from './outputStore';
import { syncBatcher } from './syncBatcher';
import { applyUndo, writeClientColumns, type ClientListTarget, type UndoStep } from './writeClientColumns';
import { writeSheet } from './writeSheet';
import { DEFAULT_LIMITS, type ExcelRun, type IoLimits } from './types';

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

const TEMP_PREFIX = 'Cartera tmp ';

/** `wanted` (cut to 31 characters), or with " (2)", " (3)"… when another sheet has it (case-insensitive). */
function freeName(wanted: string, taken: Set<string>): string {
  let name = wanted.slice(0, 31);
  for (let k = 2; taken.has(name.toLowerCase()); k++) {
    const suffix = ` (${k})`;
    name = wanted.slice(0, 31 - suffix.length) + suffix;
  }
  taken.add(name.toLowerCase());
  return name;
}

export async function writeReport(run: ExcelRun, report: Report, options: WriteReportOptions): Promise<WriteReportResult> {
  const { locale, signal } = options;
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const support = options.apiSupport ?? excelApiSupport();
  const tempIds: string[] = [];
  let undo: UndoStep[] = [];
  try {
    return await run(async (context) => {
      const batcher = syncBatcher(context, limits.payloadBytes, signal, locale);
      const workbook = context.workbook;
      if (support('1.9')) workbook.application.suspendScreenUpdatingUntilNextSync();
      const sheets = workbook.worksheets;
      sheets.load('items/name,items/id,items/position');
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
      // Leftovers of a run that died before its swap.
      for (const id of pending?.sheetIds ?? []) byId.get(id)?.delete();
      const oldSheets = (previous?.sheets ?? []).filter((s) => byId.has(s.id) && !pending?.sheetIds.includes(s.id));
      const oldIds = new Set(oldSheets.map((s) => s.id));

      // Temporary sheets, recorded as pending in the same sync that creates them.
      const taken = new Set(sheets.items.filter((s) => !pending?.sheetIds.includes(s.id)).map((s) => s.name.toLowerCase()));
      const temps = report.sheets.map((sheet) => {
        const ws = sheets.add(freeName(`${TEMP_PREFIX}${sheet.key}`, taken));
        ws.visibility = 'Hidden';
        ws.load('id');
        return ws;
      });
      await context.sync();
      for (const ws of temps) tempIds.push(ws.id);
      workbook.settings.add(PENDING_SETTING, JSON.stringify({ sheetIds: tempIds } satisfies PendingOutputs));
      await context.sync();

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
          blockBytes: Math.floor(limits.payloadBytes * 0.9),
          tableSuffix: '_new',
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
        const result = await writeClientColumns(
          context,
          options.clientList,
          report.clientColumns,
          previous?.clientColumns ?? null,
          batcher,
          Math.floor(limits.payloadBytes * 0.9),
        );
        undo = result.undo;
        clientColumns = result.stored;
        if (!result.stored) {
          const clientsSheet = report.sheets.find((s) => s.key === 'clients')?.title ?? '';
          notes.push(t(locale, 'note.clientColumnsElsewhere', { sheet: clientsSheet }));
        }
      } else if (previous?.clientColumns) {
        clientColumns = null; // previous columns stay as the user's data would: we no longer own them
      }
      progress(totalRows);

      // The swap: one short final step.
      if (signal?.aborted) throw new CarteraError('cancelled', t(locale, 'error.cancelled'));
      const positions = oldSheets.map((s) => byId.get(s.id)!.position).sort((a, b) => a - b);
      for (const s of oldSheets) byId.get(s.id)!.delete();
      const finalTaken = new Set(
        sheets.items.filter((s) => !oldIds.has(s.id) && !tempIds.includes(s.id) && !pending?.sheetIds.includes(s.id)).map((s) => s.name.toLowerCase()),
      );
      const userTables = new Set(
        tables.items.map((x) => x.name.toLowerCase()).filter((n) => !oldSheets.some((s) => s.tables.some((tn) => tn.toLowerCase() === n))),
      );
      const storedSheets: StoredSheet[] = [];
      for (let k = 0; k < written.length; k++) {
        const ws = temps[k];
        const name = freeName(written[k].sheet.title, finalTaken);
        ws.name = name;
        ws.visibility = 'Visible';
        const finalTables: string[] = [];
        for (const tb of written[k].tables) {
          let finalName = tb.finalName;
          for (let n = 2; userTables.has(finalName.toLowerCase()); n++) finalName = `${tb.finalName}_${n}`;
          ws.tables.getItem(tb.name).name = finalName;
          finalTables.push(finalName);
        }
        storedSheets.push({ key: written[k].sheet.key, id: tempIds[k], name, tables: finalTables, charts: written[k].charts });
      }
      // Keep the outputs where the previous ones were (relative order), else at the end.
      if (positions.length) {
        const leftovers = sheets.items.filter((s) => pending?.sheetIds.includes(s.id)).length;
        const count = sheets.items.length - oldSheets.length - leftovers + temps.length;
        for (let k = 0; k < temps.length; k++) temps[k].position = Math.min(positions[0] + k, count - 1);
      }
      const stored: StoredOutputs = { version: 1, options: options.runOptions, sheets: storedSheets, clientColumns };
      workbook.settings.add(OUTPUTS_SETTING, JSON.stringify(stored));
      workbook.settings.getItem(PENDING_SETTING).delete();
      await context.sync();
      return { stored, notes };
    });
  } catch (error) {
    await rollback(run, tempIds, undo);
    if (error instanceof CarteraError) throw error;
    const detail = (error as { code?: string; message?: string })?.code ?? (error as Error)?.message ?? String(error);
    throw new CarteraError('write_failed', t(locale, 'error.writeFailed', { detail }));
  }
}

/**
 * Deletes the temporary sheets and undoes the client columns. When the swap's sync itself failed,
 * part of it may have been applied (Excel has no transactions): the temporaries that survived
 * are deleted all the same, and the user's cells were never touched.
 */
async function rollback(run: ExcelRun, tempIds: string[], undo: UndoStep[]): Promise<void> {
  try {
    await run(async (context) => {
      if (undo.length) await applyUndo(context, undo);
      const sheets = context.workbook.worksheets;
      sheets.load('items/id');
      const pending = context.workbook.settings.getItemOrNullObject(PENDING_SETTING);
      await context.sync();
      for (const ws of sheets.items) if (tempIds.includes(ws.id)) ws.delete();
      if (!pending.isNullObject) pending.delete();
      await context.sync();
    });
  } catch {
    // The pending record stays: the next run deletes the leftovers.
  }
}
