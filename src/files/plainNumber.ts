const DOT = 46;
const PLUS = 43;
const MINUS = 45;

/** Index after the digits from i. */
function digitsEnd(text: string, i: number): number {
  const len = text.length;
  while (i < len) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) break;
    i++;
  }
  return i;
}

/**
 * The number a text field holds when Excel would read it as one on opening a text file, else null.
 * Plain numbers only: an optional sign, `0` or digits without a leading zero, an optional fraction
 * and exponent (`17850.0`, `-1.5e3`, `.5`); no grouping, no spaces. Deliberate differences from
 * Excel: "00123" stays text (ids keep their zeros), and so do whole numbers of 16 or more digits
 * (SPEC §2: long ids are not rounded). Texts over 17 characters stay text. A scan, not a regular
 * expression: it runs on every cell of a CSV (issue #20).
 */
export function plainNumber(text: string): number | null {
  const len = text.length;
  if (len === 0 || len > 17) return null;
  let i = 0;
  let c = text.charCodeAt(0);
  if (c === PLUS || c === MINUS) c = text.charCodeAt(++i);
  if (c === DOT) {
    // .5
    const end = digitsEnd(text, i + 1);
    return end > i + 1 && end === len ? +text : null;
  }
  if (c === 48) i++;
  else if (c >= 49 && c <= 57) {
    const start = i;
    i = digitsEnd(text, i + 1);
    if (i === len) return i - start >= 16 ? null : +text;
  } else return null;
  if (i < len && text.charCodeAt(i) === DOT) {
    const end = digitsEnd(text, i + 1);
    if (end === i + 1) return null;
    i = end;
  }
  c = text.charCodeAt(i);
  if (c === 101 || c === 69) {
    c = text.charCodeAt(++i);
    if (c === PLUS || c === MINUS) i++;
    const end = digitsEnd(text, i);
    if (end === i) return null;
    i = end;
  }
  return i === len ? +text : null;
}
