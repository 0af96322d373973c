import { open, rename, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { FileError } from '../files/FileError';

/**
 * Writes `file` through a temporary file in the same folder, renamed over it only once `write` has
 * finished and the data is flushed: a failed run never leaves a half-written file (nor its temporary).
 * A file-system failure is a FileError (output_unwritable); an error thrown by `write` goes through.
 */
export async function writeFileAtomic(
  option: string,
  file: string,
  write: (out: FileHandle) => Promise<void>,
): Promise<void> {
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  const fsError = (e: unknown) =>
    new FileError('output_unwritable', {
      option,
      file,
      detail: (e as NodeJS.ErrnoException).code ?? String(e),
    });
  let handle: FileHandle;
  try {
    handle = await open(temp, 'wx');
  } catch (e) {
    throw fsError(e);
  }
  let done = false;
  try {
    try {
      try {
        await write(handle);
        await handle.sync();
      } catch (e) {
        throw (e as NodeJS.ErrnoException).syscall ? fsError(e) : e;
      }
    } finally {
      await handle.close();
    }
    try {
      await rename(temp, file);
    } catch (e) {
      throw fsError(e);
    }
    done = true;
  } finally {
    if (!done) await unlink(temp).catch(() => undefined);
  }
}
