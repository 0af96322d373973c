/** The ArrayBuffers behind every typed array reachable from `value` (for postMessage transfer lists). */
export function transferables(value: unknown, out: Set<ArrayBuffer> = new Set(), seen: Set<object> = new Set()): ArrayBuffer[] {
  visit(value, out, seen);
  return [...out];
}

function visit(value: unknown, out: Set<ArrayBuffer>, seen: Set<object>): void {
  if (value === null || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  if (ArrayBuffer.isView(value)) {
    // not `instanceof ArrayBuffer`: a buffer of another realm (jest's, an iframe's) fails it, and a
    // SharedArrayBuffer, which is shared, not transferred, must be left out
    const buffer = value.buffer;
    if (Object.prototype.toString.call(buffer) === '[object ArrayBuffer]' && buffer.byteLength > 0) out.add(buffer as ArrayBuffer);
    return;
  }
  if (Array.isArray(value)) {
    // arrays of strings/numbers (dictionaries) hold no buffers: skip scanning them element by element
    if (value.length > 0 && typeof value[0] !== 'object') return;
    for (const item of value) visit(item, out, seen);
    return;
  }
  if (value instanceof Map) {
    for (const item of value.values()) visit(item, out, seen);
    return;
  }
  for (const key of Object.keys(value)) visit((value as Record<string, unknown>)[key], out, seen);
}
