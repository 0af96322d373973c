/**
 * Bytes of the --json document being gathered: `buffer[0, at)` is filled. A writer that runs out of
 * room yields `at`; its reader writes `buffer[0, at)` out (or hands it to a write and puts another
 * buffer of the same size in `buffer`) before resuming it, and the writer goes on at 0.
 */
export interface ByteOut {
  buffer: Buffer;
  at: number;
}

/** Smallest room (bytes) worth writing a slice of text into before flushing. */
const MIN_ROOM = 3 * 1024;

/**
 * `text` as UTF-8 into `out`, cut to fit: yields the bytes filled whenever the buffer is full. A cut
 * never falls inside a surrogate pair, so every flush is whole characters (JSON text from
 * JSON.stringify holds no lone surrogate).
 */
export function* textBytes(out: ByteOut, text: string): Generator<number, void, void> {
  for (let from = 0; from < text.length;) {
    const room = out.buffer.length - out.at;
    if (room < MIN_ROOM && room < 3 * (text.length - from)) {
      yield out.at;
      out.at = 0;
      continue;
    }
    // at most 3 bytes a UTF-16 unit: `fits` units always fit
    const fits = (room / 3) | 0;
    let to = Math.min(text.length, from + fits);
    if (to < text.length && (text.charCodeAt(to - 1) & 0xfc00) === 0xd800) to--;
    out.at += out.buffer.write(from === 0 && to === text.length ? text : text.slice(from, to), out.at);
    from = to;
  }
}
