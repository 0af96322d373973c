// A file that cannot be read or written, as a code with parameters: the edge (CLI, playground) renders
// it in its own language with render(locale). The message is the English text, for logs.
import { isMessageKey, t, type Locale, type MessageParams } from '../i18n';
import './fileMessages';
import { printable } from './printable';

export type FileErrorCode =
  | 'file_not_found'
  | 'file_is_directory'
  | 'file_unreadable'
  | 'file_unsupported_type'
  | 'file_not_text'
  | 'file_is_workbook'
  | 'file_is_old_xls'
  | 'file_corrupt_gzip'
  | 'file_corrupt_xlsx'
  | 'file_no_sheets'
  | 'file_empty'
  | 'output_is_input'
  | 'output_twice'
  | 'output_unwritable';

export class FileError extends Error {
  constructor(
    readonly code: FileErrorCode,
    readonly params: MessageParams = {},
  ) {
    super('');
    this.name = 'FileError';
    this.message = this.render('en');
  }

  /**
   * The message in `locale`, on one line: parameters from the data or the file system are printable
   * (controls escaped, long values cut); a `kind` parameter names a file.kind.* message.
   */
  render(locale: Locale): string {
    const params: MessageParams = {};
    for (const [k, v] of Object.entries(this.params)) {
      if (k === 'kind') {
        const kind = `file.kind.${String(v)}`;
        params[k] = isMessageKey(kind) ? t(locale, kind) : String(v);
      }
      else params[k] = typeof v === 'number' ? v : printable(v, k === 'file' ? 200 : undefined);
    }
    return t(locale, `file.${this.code}`, params);
  }
}
