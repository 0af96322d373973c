/** Longest value echoed in a message (characters); longer ones are cut with "…". */
export const PRINTABLE_MAX = 80;

// C0 and C1 controls, DEL, and the bidirectional overrides that can disguise a line on a terminal.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * A value from the data as it may be shown on one line: control characters escaped ("\x1B"), never
 * echoed raw, and cut to `max` characters on a code-point boundary.
 */
export function printable(text: string, max = PRINTABLE_MAX): string {
  let s = text;
  let cut = false;
  if (s.length > max * 2) {
    s = s.slice(0, max * 2);
    cut = true;
  }
  s = s.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    return code > 0xff
      ? `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`
      : `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`;
  });
  if (s.length > max) {
    let end = max - 1;
    const c = s.charCodeAt(end - 1);
    if (c >= 0xd800 && c <= 0xdbff) end--;
    s = s.slice(0, end);
    cut = true;
  }
  return cut ? s + '…' : s;
}
