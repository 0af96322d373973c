import type { CliAnalysis } from './analyze';
import { buildJson, jsonClients } from './buildJson';

/** Array elements turned into text at a time. */
const ITEMS_PER_CHUNK = 10_000;

/** Stand for the long lists in the document's skeleton (no id or text from the data can contain them). */
const CLIENTS = '\u0000clients';
const REJECTED = '\u0000rejected';

/**
 * A list at `depth` in a document written by `JSON.stringify(doc, null, 1)`, a chunk at a time: the
 * same text (elements one line deeper, each of their lines indented as much; JSON strings hold no
 * raw line break), never one string.
 */
function* listText<T>(n: number, depth: number, items: (from: number, to: number) => T[]): Generator<string> {
  if (n === 0) {
    yield '[]';
    return;
  }
  // The part inside `depth` arrays comes out of one JSON.stringify indented as in the document (4×
  // faster than an element at a time, re-indented); "[\n", " [\n"... before it, as many after it.
  const edge = ((depth + 1) * (depth + 4)) / 2;
  for (let from = 0; from < n; from += ITEMS_PER_CHUNK) {
    let nested: unknown = items(from, Math.min(n, from + ITEMS_PER_CHUNK));
    for (let d = 0; d < depth; d++) nested = [nested];
    const text = JSON.stringify(nested, null, 1);
    yield (from === 0 ? '[\n' : ',\n') + text.slice(edge, text.length - edge);
  }
  yield '\n' + ' '.repeat(depth) + ']';
}

/**
 * The --json document as text, a piece at a time: the same text as
 * `JSON.stringify(buildJson(result, inList), null, 1) + '\n'`, but the lists that grow with the data
 * — the clients, and the rejected rows (Online Retail: 135,080 rows without a client, 17 MB of the
 * 20 MB document) — are never one string nor, for the clients, one array of objects.
 */
export function* jsonText(result: CliAnalysis, inList: Uint8Array): Generator<string> {
  const doc = buildJson(result, inList, false);
  const rejected = doc.quality.rejected;
  const skeleton = JSON.stringify(
    { ...doc, quality: { ...doc.quality, rejected: REJECTED }, clients: CLIENTS },
    null,
    1,
  );
  const atRejected = skeleton.indexOf(JSON.stringify(REJECTED));
  const atClients = skeleton.indexOf(JSON.stringify(CLIENTS));
  yield skeleton.slice(0, atRejected);
  yield* listText(rejected.length, 2, (from, to) => rejected.slice(from, to));
  yield skeleton.slice(atRejected + JSON.stringify(REJECTED).length, atClients);
  yield* listText(result.analysis.clientCount, 1, (from, to) => jsonClients(result, inList, from, to));
  yield skeleton.slice(atClients + JSON.stringify(CLIENTS).length) + '\n';
}
