import { FileError } from './FileError';

/** Bytes looked at to tell text from binary content. */
export const SNIFF_BYTES = 4096;

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface Sniffed {
  /** 'auto': no BOM, UTF-8 unless the file is not UTF-8 as a whole (then Windows-1252) */
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'auto';
  /** bytes of the byte-order mark to skip */
  bom: number;
}

const SIGNATURES: Array<[number[], string]> = [
  [[0x89, 0x50, 0x4e, 0x47], 'png'],
  [[0xff, 0xd8, 0xff], 'jpeg'],
  [[0x47, 0x49, 0x46, 0x38], 'gif'],
  [[0x25, 0x50, 0x44, 0x46], 'pdf'],
  [[0x1f, 0x8b], 'gzip'],
];

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);
}

/**
 * The first bytes of a file (SNIFF_BYTES, or all of a shorter file) → its encoding from the BOM, or a
 * FileError for what is not text: known binary signatures (a workbook under another extension, an
 * image...), NUL bytes or other control characters outside UTF-16.
 */
export function sniffText(head: Uint8Array, file: string): Sniffed {
  if (startsWith(head, [0xef, 0xbb, 0xbf])) return { encoding: 'utf-8', bom: 3 };
  if (startsWith(head, [0xff, 0xfe])) return { encoding: 'utf-16le', bom: 2 };
  if (startsWith(head, [0xfe, 0xff])) return { encoding: 'utf-16be', bom: 2 };
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) throw new FileError('file_is_workbook', { file });
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0])) throw new FileError('file_is_old_xls', { file });
  for (const [sig, kind] of SIGNATURES)
    if (startsWith(head, sig)) throw new FileError('file_not_text', { file, kind });
  let controls = 0;
  const n = Math.min(head.length, SNIFF_BYTES);
  for (let i = 0; i < n; i++) {
    const b = head[i];
    if (b === 0) throw new FileError('file_not_text', { file, kind: 'binary' });
    // tab, LF, FF, CR and the DOS end-of-file mark are text
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 12 && b !== 13 && b !== 26) controls++;
  }
  if (controls > 8 && controls * 100 > n) throw new FileError('file_not_text', { file, kind: 'binary' });
  return { encoding: 'auto', bom: 0 };
}
