import type { TextRow } from './createTextReader';

export interface TextFileWarning {
  /** a file.warning.* message key */
  key: 'file.warning.brokenQuotes' | 'file.warning.invalidBytes';
  count: number;
  /** the first rows concerned, "5, 9, 12…" */
  rows: string;
}

/** Rows listed in a warning before "…". */
const LISTED = 5;

/** What a reader of the file should be told about its rows: unclosed quotes (rejected rows) and bytes that are not UTF-8. */
export function textFileWarnings(rows: readonly TextRow[]): TextFileWarning[] {
  const broken: number[] = [];
  const invalid: number[] = [];
  let bytes = 0;
  for (const r of rows) {
    if (r.broken !== undefined) broken.push(r.row);
    if (r.invalidBytes > 0) {
      invalid.push(r.row);
      bytes += r.invalidBytes;
    }
  }
  const list = (rs: number[]) => rs.slice(0, LISTED).join(', ') + (rs.length > LISTED ? '…' : '');
  const out: TextFileWarning[] = [];
  if (broken.length) out.push({ key: 'file.warning.brokenQuotes', count: broken.length, rows: list(broken) });
  if (bytes) out.push({ key: 'file.warning.invalidBytes', count: bytes, rows: list(invalid) });
  return out;
}
