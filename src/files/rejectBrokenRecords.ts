import type { QualityReport, RejectedRow } from '../engine/types';

/**
 * Records whose quote never closes (reason broken_quotes) into a sales read's quality: they reached
 * the reader as blank rows, so the rows below kept their numbers; now they count as rejected.
 * Shared by the CLI and the pane's file path.
 */
export function rejectBrokenRecords(quality: QualityReport, broken: RejectedRow[]): void {
  if (broken.length === 0) return;
  quality.rejected.push(...broken);
  quality.rejected.sort((a, b) => a.row - b.row);
  quality.blankRows -= broken.length;
  quality.rowsRejected += broken.length;
}
