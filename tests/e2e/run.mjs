// End-to-end runner (npm run test:e2e): serves a production playground build from a local static
// server, drives the system Chromium through playwright-core (never downloads a browser, blocks
// every request that is not to the local server) and runs each tests/e2e/*.e2e.mjs.
//
//   node tests/e2e/run.mjs [--build | --no-build] [name-filter]
//
// The build (webpack --mode production --env playground → dist/playground/) runs when it is
// missing or older than any source file; --build forces it, --no-build skips it.
// CHROMIUM_PATH overrides /usr/bin/chromium.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const out = path.join(repo, 'dist/playground');
const args = process.argv.slice(2);
const filter = args.find((a) => !a.startsWith('--'));
const TEST_TIMEOUT_MS = Number(process.env.E2E_TIMEOUT_MS ?? 180_000);

function newestMtime(p) {
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = 0;
  for (const f of readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, f)));
  return newest;
}

function needsBuild() {
  if (args.includes('--build')) return true;
  if (args.includes('--no-build')) return false;
  const index = path.join(out, 'index.html');
  if (!existsSync(index)) return true;
  const sources = ['src', 'assets', 'webpack.config.js', 'manifest.xml', 'package.json'].map((p) => path.join(repo, p));
  return Math.max(...sources.map(newestMtime)) > statSync(index).mtimeMs;
}

if (needsBuild()) {
  console.log('Building the playground (webpack --mode production --env playground)…');
  const webpack = path.join(repo, 'node_modules/.bin/webpack');
  const r = spawnSync(webpack, ['--mode', 'production', '--env', 'playground'], { cwd: repo, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error('The playground build failed.');
    process.exit(1);
  }
}

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.map': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

function serve(root) {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let file = path.normalize(path.join(root, decodeURIComponent(url.pathname)));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': MIME[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const server = await serve(out);
const baseUrl = `http://127.0.0.1:${server.address().port}`;
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(`No Chromium at ${executablePath}: install it (apt-get install chromium) or set CHROMIUM_PATH.`);
  server.close();
  process.exit(1);
}
const userDataDir = mkdtempSync(path.join(tmpdir(), 'cartera-e2e-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath,
  headless: true,
  viewport: { width: 1440, height: 900 },
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});

const blocked = [];
await context.route('**/*', (route) => {
  const url = route.request().url();
  if (url.startsWith(baseUrl) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
  blocked.push(url);
  return route.abort();
});

const files = readdirSync(here)
  .filter((f) => f.endsWith('.e2e.mjs') && (!filter || f.includes(filter)))
  .sort();
let passed = 0;
let failed = 0;
for (const f of files) {
  const page = await context.newPage();
  const errors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`page error: ${err.message}`));
  blocked.length = 0;
  const started = Date.now();
  try {
    const mod = await import(pathToFileURL(path.join(here, f)).href);
    let timer;
    // a test may ask for more time (export const timeoutMs); E2E_TIMEOUT_MS still raises every budget
    const budget = Math.max(TEST_TIMEOUT_MS, Number(mod.timeoutMs ?? 0));
    await Promise.race([
      mod.default({ page, baseUrl, context, screenshots: path.join(here, 'screenshots'), repo }),
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out after ${budget} ms`)), budget))),
    ]).finally(() => clearTimeout(timer));
    if (blocked.length) errors.push(...blocked.map((u) => `blocked network request: ${u}`));
    if (errors.length) throw new Error(errors.join('\n'));
    passed++;
    console.log(`✓ ${f} (${Date.now() - started} ms)`);
  } catch (error) {
    failed++;
    console.log(`✗ ${f} (${Date.now() - started} ms)\n  ${String(error?.stack ?? error).replace(/\n/g, '\n  ')}`);
    if (errors.length && !String(error).includes(errors[0])) console.log(`  ${errors.join('\n  ')}`);
  } finally {
    await page.close();
  }
}

await context.close();
server.close();
rmSync(userDataDir, { recursive: true, force: true });
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || files.length === 0 ? 1 : 0);
