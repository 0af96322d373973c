/**
 * A client id without its formatting: case, spaces and punctuation ignored, leading zeros of each
 * digit run dropped ("C-001" = "C001" = "c 1"; "001" = "1"; but "C001" ≠ "001", the letter is content).
 */
export function idShape(id: string): string {
  return String(id)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '')
    .replace(/(^|\D)0+(?=\d)/g, '$1');
}
