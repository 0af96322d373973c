import type { CliAnalysis } from './analyze';
import { buildJson, jsonClients } from './buildJson';

/** Clients turned into text at a time. */
const CLIENTS_PER_CHUNK = 10_000;

/** Stands for the clients in the document's skeleton (no id or text from the data can contain it). */
const MARK = '\u0000clients';

/**
 * The --json document as text, a piece at a time: the same text as
 * `JSON.stringify(buildJson(result, inList), null, 1) + '\n'`, but the client list — the part that
 * grows with the data — is never one string nor one array of objects.
 */
export function* jsonText(result: CliAnalysis, inList: Uint8Array): Generator<string> {
  const skeleton = JSON.stringify({ ...buildJson(result, inList, false), clients: MARK }, null, 1);
  const at = skeleton.indexOf(JSON.stringify(MARK));
  yield skeleton.slice(0, at);
  const n = result.analysis.clientCount;
  if (n === 0) yield '[]';
  for (let from = 0; from < n; from += CLIENTS_PER_CHUNK) {
    const part = jsonClients(result, inList, from, Math.min(n, from + CLIENTS_PER_CHUNK));
    // elements of an array two levels down: each line two spaces further in (JSON strings hold no raw line break)
    const text = part.map((c) => '  ' + JSON.stringify(c, null, 1).replace(/\n/g, '\n  ')).join(',\n');
    yield (from === 0 ? '[\n' : ',\n') + text;
  }
  if (n > 0) yield '\n ]';
  yield skeleton.slice(at + JSON.stringify(MARK).length) + '\n';
}
