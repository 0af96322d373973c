import { createTextReader, type TextRow } from './createTextReader';
import type { Separator } from './guessSeparator';
import type { TextEncoding } from './sniffText';

export interface TextFile {
  rows: TextRow[];
  encoding: TextEncoding;
  separator: Separator;
}

/** A whole text file in memory → its records (createTextReader in one push). */
export function readTextFile(bytes: Uint8Array, file: string): TextFile {
  const reader = createTextReader({ file });
  const rows = reader.push(bytes);
  for (const r of reader.end()) rows.push(r);
  return { rows, encoding: reader.encoding ?? 'utf-8', separator: reader.separator ?? ',' };
}
