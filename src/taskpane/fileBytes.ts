// The bytes of a file the user picked in the pane (issue #20), a slice at a time, gunzipped when the
// file is gzip (.csv.gz): the file is never in memory whole, and never leaves the computer.
import { CarteraError } from '../engine/types';
import { FileError } from '../files/FileError';
import type { Locale } from '../i18n';

/** Bytes read from the Blob at a time. */
export const FILE_SLICE = 1 << 20;

/** How far the reading is: bytes of the file itself (compressed ones for a .gz), for progress. */
export interface FileBytesRead {
  bytes: number;
}

function sliceBytes(blob: Blob): Promise<ArrayBuffer> {
  if (typeof blob.arrayBuffer === 'function') return blob.arrayBuffer();
  // jsdom's Blob has no arrayBuffer()
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

async function* slices(file: Blob, read: FileBytesRead): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < file.size; at += FILE_SLICE) {
    const bytes = new Uint8Array(await sliceBytes(file.slice(at, at + FILE_SLICE)));
    read.bytes = at + bytes.length;
    yield bytes;
  }
}

async function* gunzip(raw: AsyncGenerator<Uint8Array>, name: string): AsyncGenerator<Uint8Array> {
  if (typeof DecompressionStream === 'undefined') throw new FileError('file_corrupt_gzip', { file: name });
  const stream = new DecompressionStream('gzip');
  const writer = stream.writable.getWriter();
  const pump = (async () => {
    for await (const bytes of raw) await writer.write(bytes as Uint8Array<ArrayBuffer>);
    await writer.close();
  })();
  pump.catch(() => undefined); // the reader below sees the same failure
  const reader = stream.readable.getReader();
  try {
    for (;;) {
      let next: ReadableStreamReadResult<Uint8Array>;
      try {
        next = await reader.read();
      } catch {
        throw new FileError('file_corrupt_gzip', { file: name });
      }
      if (next.done) break;
      yield next.value;
    }
    await pump;
  } finally {
    // stopped early (the header only, a cancel): let the pump end
    reader.cancel().catch(() => undefined);
    void raw.return(undefined);
  }
}

/** Whether the file starts with gzip's magic bytes (whatever its name says). */
async function isGzip(file: Blob): Promise<boolean> {
  if (file.size < 2) return false;
  const head = new Uint8Array(await sliceBytes(file.slice(0, 2)));
  return head[0] === 0x1f && head[1] === 0x8b;
}

/** The file's text bytes in order (gunzipped when it is gzip); `read.bytes` follows the file's own bytes. */
export async function* fileBytes(file: Blob, name: string, read: FileBytesRead = { bytes: 0 }): AsyncGenerator<Uint8Array> {
  if (await isGzip(file)) yield* gunzip(slices(file, read), name);
  else yield* slices(file, read);
}

/** A file error as the pane shows errors: a CarteraError in the pane's language. */
export function fileFailure(error: unknown, locale: Locale): unknown {
  if (error instanceof FileError) return new CarteraError(error.code, error.render(locale), { sheet: String(error.params.file ?? '') });
  return error;
}
