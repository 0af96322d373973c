const DOT = 46;
const PLUS = 43;
const MINUS = 45;

/** 10^k, exact as doubles. */
const POWERS = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16];

/**
 * The number a text field holds when Excel would read it as one on opening a text file, else null.
 * Plain numbers only: an optional sign, `0` or digits without a leading zero, an optional fraction
 * and exponent (`17850.0`, `-1.5e3`, `.5`); no grouping, no spaces. Deliberate differences from
 * Excel: "00123" stays text (ids keep their zeros), and so do whole numbers of 16 or more digits
 * (SPEC §2: long ids are not rounded). Texts over 17 characters stay text. A scan, not a regular
 * expression: it runs on every cell of a CSV (issue #20). Without an exponent and with 15 digits or
 * fewer, the value is worked out during the scan: m / 10^k of an exact m and 10^k is correctly
 * rounded, the same double as `+text`.
 */
export function plainNumber(text: string): number | null {
  const len = text.length;
  if (len === 0 || len > 17) return null;
  let i = 0;
  let c = text.charCodeAt(0);
  if (c === PLUS || c === MINUS) c = text.charCodeAt(++i);
  let m = 0;
  let digits = 0;
  const leadingDot = c === DOT;
  if (leadingDot) {
    if (i + 1 >= len) return null;
  } else if (c === 48) {
    i++;
    digits = 1;
  } else if (c >= 49 && c <= 57) {
    const start = i;
    for (; i < len; i++) {
      const d = text.charCodeAt(i) - 48;
      if (d < 0 || d > 9) break;
      m = m * 10 + d;
    }
    digits = i - start;
    if (i === len) return digits >= 16 ? null : text.charCodeAt(0) === MINUS ? -m : m;
  } else return null;
  let fraction = 0;
  if (i < len && text.charCodeAt(i) === DOT) {
    const start = ++i;
    for (; i < len; i++) {
      const d = text.charCodeAt(i) - 48;
      if (d < 0 || d > 9) break;
      m = m * 10 + d;
    }
    fraction = i - start;
    if (fraction === 0) return null;
    digits += fraction;
  }
  if (i === len) {
    if (digits > 15) return +text;
    const v = m / POWERS[fraction];
    return text.charCodeAt(0) === MINUS ? -v : v;
  }
  c = text.charCodeAt(i);
  // ".5e3" stays text
  if (leadingDot || (c !== 101 && c !== 69)) return null;
  c = text.charCodeAt(++i);
  if (c === PLUS || c === MINUS) i++;
  const start = i;
  while (i < len) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) break;
    i++;
  }
  return i > start && i === len ? +text : null;
}
