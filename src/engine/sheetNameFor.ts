// Excel's sheet-name rules, written once for all of Cartera: the report's sheets (src/excel
// writeReport), campaign lists (the pane's title, src/excel writeListSheet), a file's sheet (the
// CLI, the host's "open file" through src/files). Here, the lowest layer, because every one of
// them may import the engine.

/** Excel's longest sheet name, in UTF-16 units. */
export const SHEET_NAME_MAX = 31;

/** Names Excel reserves (any case). */
const RESERVED = new Set(['history']);

/**
 * A sheet name Excel accepts, from a wanted one (a file name, a header, a segment, our own titles):
 * none of : \ / ? * [ ] or control characters (each becomes `replacement`, "_" unless told), no
 * apostrophe at either end, not "History", at most 31 UTF-16 units cut on a code-point boundary (an
 * emoji is never split) without spaces or apostrophes left at the end, not blank (`fallback`), and
 * unique among `taken` (lower-cased names; the new one is added): "Ventas (2)".
 */
export function sheetNameFor(
  wanted: string,
  taken: Set<string> = new Set(),
  fallback = 'Sheet1',
  replacement = '_',
): string {
  // eslint-disable-next-line no-control-regex
  let base = wanted.replace(/[:\\/?*[\]\u0000-\u001f\u007f]/g, replacement).trim();
  base = base.replace(/^'+|'+$/g, '').trim();
  if (base === '') base = fallback;
  if (RESERVED.has(base.toLowerCase())) base += '_';
  const cut = (text: string, max: number) => {
    if (text.length <= max) return text;
    let end = max;
    const c = text.charCodeAt(end - 1);
    if (c >= 0xd800 && c <= 0xdbff) end--;
    // an apostrophe may not end the name either
    return text.slice(0, end).replace(/[\s']+$/, '') || fallback;
  };
  base = cut(base, SHEET_NAME_MAX);
  if (RESERVED.has(base.toLowerCase())) base += '_';
  let name = base;
  for (let k = 2; taken.has(name.toLowerCase()); k++)
    name = cut(base, SHEET_NAME_MAX - ` (${k})`.length) + ` (${k})`;
  taken.add(name.toLowerCase());
  return name;
}
