// The compact per-client snapshot of a run kept in the workbook (SPEC §11, issue #18): per client of
// the run, 4 bytes — ABC class and status packed in one byte, the RFM segment in one, the 12-month
// revenue as a signed logarithmic 16-bit code (relative precision ±0.04 %) — plus one bit per
// dictionary entry (in the run or not), base64 encoded (≈ 5.4 characters per client and run). Clients
// are entries of the history's id dictionary (each id stored once).
import { ABC_CLASSES, STATUSES } from '../engine/types';
import type { RunHeadline } from '../report/historySheet';

export type { RunHeadline };

export interface RunSnapshot {
  /** dictionary index of each client of the run */
  index: Int32Array;
  /** ABC_CLASSES index, 255 = no class (a prospect) or not in the run */
  abc: Uint8Array;
  /** STATUSES index, 255 = not in the run (decoded snapshots) */
  status: Uint8Array;
  /** RFM segment code, 255 = none / not in the run */
  segment: Uint8Array;
  /** 12-month revenue, cents */
  revenue12: Float64Array;
}

/** log1p(|cents| / 100) × SCALE fits 15 bits up to 10^11 currency units. */
const SCALE = 1290;
const ABSENT = 255;
/** 3-bit code of "no ABC class" (prospects) */
const NO_CLASS = 7;

function encodeMoney(cents: number): number {
  const q = Math.min(32767, Math.round(Math.log1p(Math.abs(cents) / 100) * SCALE));
  return cents < 0 ? -q : q;
}

function decodeMoney(q: number): number {
  const cents = Math.round(Math.expm1(Math.abs(q) / SCALE) * 100);
  return q < 0 ? -cents : cents;
}

/**
 * The run's snapshot as a string: the dictionary size (4 bytes), a bitmap of the entries in the run
 * (clients who left the data cost one bit), then 4 bytes per client of the run in dictionary order.
 */
export function encodeSnapshot(snapshot: RunSnapshot, size: number): string {
  const present = new Uint8Array(size);
  const order = new Int32Array(size).fill(-1);
  for (let i = 0; i < snapshot.index.length; i++) {
    present[snapshot.index[i]] = 1;
    order[snapshot.index[i]] = i;
  }
  const bitmapBytes = Math.ceil(size / 8);
  const bytes = new Uint8Array(4 + bitmapBytes + snapshot.index.length * 4);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, size, true);
  let at = 4 + bitmapBytes;
  for (let d = 0; d < size; d++) {
    if (!present[d]) continue;
    bytes[4 + (d >> 3)] |= 1 << (d & 7);
    const i = order[d];
    bytes[at] = Math.min(snapshot.abc[i], NO_CLASS) | ((snapshot.status[i] & 31) << 3);
    bytes[at + 1] = snapshot.segment[i];
    view.setInt16(at + 2, encodeMoney(snapshot.revenue12[i]), true);
    at += 4;
  }
  return toBase64(bytes);
}

/** The snapshot back, indexed by dictionary entry (index[d] = d; entries not in the run have abc 255). */
export function decodeSnapshot(text: string): RunSnapshot {
  const bytes = fromBase64(text);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const size = view.getUint32(0, true);
  const out: RunSnapshot = {
    index: Int32Array.from({ length: size }, (_, d) => d),
    abc: new Uint8Array(size).fill(ABSENT),
    status: new Uint8Array(size).fill(ABSENT),
    segment: new Uint8Array(size).fill(ABSENT),
    revenue12: new Float64Array(size),
  };
  let at = 4 + Math.ceil(size / 8);
  for (let d = 0; d < size; d++) {
    if (!(bytes[4 + (d >> 3)] & (1 << (d & 7)))) continue;
    const packed = bytes[at];
    out.abc[d] = (packed & 7) === NO_CLASS ? ABSENT : packed & 7;
    out.status[d] = packed >> 3;
    out.segment[d] = bytes[at + 1];
    out.revenue12[d] = decodeMoney(view.getInt16(at + 2, true));
    at += 4;
  }
  return out;
}

/** Headline counts from the per-client codes. */
export function headlineOf(asOf: string, snapshot: RunSnapshot, portfolioValue: number | null): RunHeadline {
  const byClass = new Array<number>(ABC_CLASSES.length).fill(0);
  const byStatus = new Array<number>(STATUSES.length).fill(0);
  let revenue = 0;
  let clients = 0;
  for (let i = 0; i < snapshot.abc.length; i++) {
    if (snapshot.status[i] === ABSENT) continue;
    clients++;
    if (snapshot.abc[i] < byClass.length) byClass[snapshot.abc[i]]++;
    byStatus[snapshot.status[i]]++;
    revenue += snapshot.revenue12[i];
  }
  return { asOf, clients, byClass, byStatus, revenue12: Math.round(revenue) / 100, portfolioValue };
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
