/** The values that received one score (SPEC: "the thresholds actually used are shown"). */
export interface ScoreBand {
  score: number;
  clients: number;
  /** smallest and largest value with this score; NaN when the score is empty */
  min: number;
  max: number;
}

export interface RfmScoreResult {
  /** 1–5; 0 = not scored (outside the mask) */
  score: Uint8Array;
  /** number of scored clients */
  scored: number;
  /** bands for scores 1..5 (index 0 = score 1) */
  bands: ScoreBand[];
}

/**
 * SPEC §4 scores: among the clients in the mask, score(v) = 1 + floor(5 w / n), w = number of
 * scored clients whose value is strictly worse than v. better = 'lower' for recency (fewer days is
 * better). Integer values over a short range (days, counts) use a histogram, O(n + range); other
 * values one sort, O(n log n).
 */
export function rfmScores(
  values: Float64Array | Int32Array,
  mask: Uint8Array,
  better: 'higher' | 'lower' = 'higher',
): RfmScoreResult {
  const n = values.length;
  let scored = 0, min = Infinity, max = -Infinity, integers = true;
  for (let i = 0; i < n; i++) {
    if (mask[i] !== 1) continue;
    const v = values[i];
    scored++;
    if (v < min) min = v;
    if (v > max) max = v;
    if (integers && !Number.isInteger(v)) integers = false;
  }
  const score = new Uint8Array(n);
  if (scored > 0) {
    const scale = 2 ** Math.ceil(Math.log2(scored + 1));
    if (integers && max - min <= Math.max(4 * scored, 65_536)) histogramScores(values, mask, better, scored, min, max, score);
    else if (integers && (max - min + 1) * scale < Number.MAX_SAFE_INTEGER)
      packedScores(values, mask, better, scored, min, scale, score);
    else sortedScores(values, mask, better, scored, score);
  }

  const clients = [0, 0, 0, 0, 0];
  const lo = [NaN, NaN, NaN, NaN, NaN], hi = [NaN, NaN, NaN, NaN, NaN];
  for (let i = 0; i < n; i++) {
    const s = score[i];
    if (s === 0) continue;
    const b = s - 1, v = values[i];
    clients[b]++;
    if (!(v >= lo[b])) lo[b] = v;
    if (!(v <= hi[b])) hi[b] = v;
  }
  return {
    score,
    scored,
    bands: clients.map((count, b) => ({ score: b + 1, clients: count, min: lo[b], max: hi[b] })),
  };
}

const scoreOf = (worse: number, scored: number): number => 1 + Math.floor((5 * worse) / scored);

function histogramScores(
  values: Float64Array | Int32Array,
  mask: Uint8Array,
  better: 'higher' | 'lower',
  scored: number,
  min: number,
  max: number,
  score: Uint8Array,
): void {
  const n = values.length;
  const count = new Int32Array(max - min + 1);
  for (let i = 0; i < n; i++) if (mask[i] === 1) count[values[i] - min]++;
  // bucket → score, from the number of values strictly below (higher is better) or above it.
  const bucket = new Uint8Array(count.length);
  let below = 0;
  for (let v = 0; v < count.length; v++) {
    const c = count[v];
    if (c > 0) bucket[v] = scoreOf(better === 'higher' ? below : scored - below - c, scored);
    below += c;
  }
  for (let i = 0; i < n; i++) if (mask[i] === 1) score[i] = bucket[values[i] - min];
}

/** One native sort of (value − min) × scale + position keys, then a walk over runs of equal values. */
function packedScores(
  values: Float64Array | Int32Array,
  mask: Uint8Array,
  better: 'higher' | 'lower',
  scored: number,
  min: number,
  scale: number,
  score: Uint8Array,
): void {
  const n = values.length;
  const members = new Int32Array(scored);
  const keys = new Float64Array(scored);
  for (let i = 0, k = 0; i < n; i++) {
    if (mask[i] !== 1) continue;
    members[k] = i;
    keys[k] = (values[i] - min) * scale + k;
    k++;
  }
  keys.sort();
  for (let lo = 0; lo < scored; ) {
    const v = Math.floor(keys[lo] / scale);
    let hi = lo + 1;
    while (hi < scored && Math.floor(keys[hi] / scale) === v) hi++;
    const s = scoreOf(better === 'higher' ? lo : scored - hi, scored);
    for (let k = lo; k < hi; k++) score[members[keys[k] - v * scale]] = s;
    lo = hi;
  }
}

function sortedScores(
  values: Float64Array | Int32Array,
  mask: Uint8Array,
  better: 'higher' | 'lower',
  scored: number,
  score: Uint8Array,
): void {
  const n = values.length;
  const sorted = new Float64Array(scored);
  for (let i = 0, k = 0; i < n; i++) if (mask[i] === 1) sorted[k++] = values[i];
  sorted.sort();
  for (let i = 0; i < n; i++) {
    if (mask[i] !== 1) continue;
    const v = values[i];
    // w: strictly smaller values (higher is better) or strictly larger ones (lower is better).
    let lo = 0, hi = scored;
    if (better === 'higher') {
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (sorted[mid] < v) lo = mid + 1;
        else hi = mid;
      }
      score[i] = scoreOf(lo, scored);
    } else {
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (sorted[mid] <= v) lo = mid + 1;
        else hi = mid;
      }
      score[i] = scoreOf(scored - lo, scored);
    }
  }
}
