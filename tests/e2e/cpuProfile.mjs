// Attribution of main-thread long tasks (used by bigsheet.e2e.mjs when BIGSHEET_PROFILE is set): a
// Chromium CPU profile (CDP Profiler) is cut to each long task's time window and the hottest
// functions of that window are named by their original source position (through the build's source
// maps in dist/playground, when the `source-map` package is there; else the bundle position).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Starts sampling on the page's main thread; `stop()` returns the profile and its offset to performance.now(). */
export async function startProfile(page, intervalUs = 250) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: intervalUs });
  await cdp.send('Profiler.start');
  const pageNow = await page.evaluate(() => performance.now());
  return {
    async stop() {
      const { profile } = await cdp.send('Profiler.stop');
      await cdp.detach();
      // profile.startTime (µs, monotonic) ≈ the page's performance.now() at start (ms)
      return { profile, offsetMs: profile.startTime / 1000 - pageNow };
    },
  };
}

async function sourceMapper(distDir) {
  let SourceMapConsumer = null;
  try {
    ({ SourceMapConsumer } = (await import('source-map')).default ?? (await import('source-map')));
  } catch {
    return (frame) => `${path.basename(frame.url)}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
  }
  const consumers = new Map();
  const consumerFor = (url) => {
    const file = path.join(distDir, path.basename(new URL(url).pathname) + '.map');
    if (!consumers.has(file)) consumers.set(file, existsSync(file) ? new SourceMapConsumer(JSON.parse(readFileSync(file, 'utf8'))) : null);
    return consumers.get(file);
  };
  return (frame) => {
    if (!frame.url) return frame.functionName || '(native)';
    const c = consumerFor(frame.url);
    const pos = c?.originalPositionFor({ line: frame.lineNumber + 1, column: frame.columnNumber });
    if (!pos?.source) return `${frame.functionName || '(anonymous)'} ${path.basename(frame.url)}:${frame.lineNumber + 1}`;
    const src = pos.source.replace(/^webpack:\/\/[^/]*\//, '').replace(/^\.\//, '');
    return `${pos.name || frame.functionName || '(anonymous)'} ${src}:${pos.line}`;
  };
}

/**
 * For each window {start, duration} (performance.now() ms): the functions with the most self time
 * and the most total time (inclusive, each function counted once per sample) in that window.
 */
export async function attribute({ profile, offsetMs }, windows, distDir, top = 8) {
  const name = await sourceMapper(distDir);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = new Map();
  const labelOf = (id) => {
    if (!label.has(id)) label.set(id, name(byId.get(id).callFrame));
    return label.get(id);
  };
  const times = [];
  let t = profile.startTime;
  for (const d of profile.timeDeltas) times.push((t += d) / 1000 - offsetMs);
  // The two clocks agree only roughly: shift the samples (±3 s) so that the long tasks hold the
  // fewest idle samples.
  const idle = new Set(profile.nodes.filter((n) => n.callFrame.functionName === '(idle)').map((n) => n.id));
  const idleBefore = new Int32Array(times.length + 1);
  for (let i = 0; i < times.length; i++) idleBefore[i + 1] = idleBefore[i] + (idle.has(profile.samples[i]) ? 1 : 0);
  const firstAt = (x) => {
    let lo = 0;
    let hi = times.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (times[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  let shift = 0;
  let fewest = Infinity;
  for (let s = -3000; s <= 3000; s += 0.5) {
    let n = 0;
    for (const w of windows) n += idleBefore[firstAt(w.start + w.duration - s)] - idleBefore[firstAt(w.start - s)];
    if (n < fewest || (n === fewest && Math.abs(s) < Math.abs(shift))) [fewest, shift] = [n, s];
  }
  for (let i = 0; i < times.length; i++) times[i] += shift;
  const out = [];
  for (const w of windows) {
    const self = new Map();
    const total = new Map();
    let samples = 0;
    for (let i = 0; i < profile.samples.length; i++) {
      if (times[i] < w.start || times[i] > w.start + w.duration) continue;
      const id = profile.samples[i];
      const dt = (i + 1 < times.length ? times[i + 1] : times[i]) - times[i];
      samples++;
      const s = labelOf(id);
      self.set(s, (self.get(s) ?? 0) + dt);
      const seen = new Set();
      for (let n = id; n !== undefined; n = parent.get(n)) {
        const l = labelOf(n);
        if (seen.has(l)) continue;
        seen.add(l);
        total.set(l, (total.get(l) ?? 0) + dt);
      }
    }
    const best = (m) =>
      [...m]
        .filter(([k]) => k !== '(root)')
        .sort((a, b) => b[1] - a[1])
        .slice(0, top)
        .map(([k, v]) => `${v.toFixed(0).padStart(5)} ms  ${k}`);
    out.push({ window: w, samples, shift, self: best(self), total: best(total) });
  }
  return out;
}
