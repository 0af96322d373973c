// Plain numbers only: no grouping, no leading zeros ("00123" stays text, as ids keep their zeros).
const PLAIN_NUMBER = /^[+-]?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$|^[+-]?\.\d+$/;
// Whole numbers of 16 or more digits keep their exact text (SPEC §2: long ids are not rounded).
const LONG_INTEGER = /^[+-]?\d{16,}$/;

/**
 * The number a text field holds when Excel would read it as one on opening a text file, else null.
 * Deliberate differences from Excel: "00123" and integers of 16 or more digits stay text.
 */
export function plainNumber(text: string): number | null {
  if (text.length > 17 || !PLAIN_NUMBER.test(text) || LONG_INTEGER.test(text)) return null;
  return +text;
}
