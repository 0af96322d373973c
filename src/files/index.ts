// The shared file-format module (issue #16): text files for the CLI and the playground/host.
export { FileError, type FileErrorCode } from './FileError';
export { printable, PRINTABLE_MAX } from './printable';
export { sniffText, SNIFF_BYTES, type Sniffed, type TextEncoding } from './sniffText';
export { createByteDecoder, DECIDE_BYTES, type ByteDecoder, type DecodedChunk } from './createByteDecoder';
export { guessSeparator, SEPARATORS, type Separator } from './guessSeparator';
export { parseRecord, MAX_QUOTED, type ParsedRecord } from './parseRecord';
export { createTextReader, type TextReader, type TextReaderOptions, type TextRow } from './createTextReader';
export { csvCell } from './csvCell';
export { recordCells } from './recordCells';
export { xlsxCellValue } from './xlsxCellValue';
export { readTextFile, type TextFile } from './readTextFile';
// Excel's sheet-name rule lives in the engine (the add-in's writers need it too); here for the host
export { sheetNameFor, SHEET_NAME_MAX } from '../engine/sheetNameFor';
export { textFileWarnings, type TextFileWarning } from './textFileWarnings';
