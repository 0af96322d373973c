// The CLI's sources as one CommonJS file (issue #20: tsx transpiled ~150 files at every start, ≈ 0.3 s).
// esbuild (tsx's own dependency) bundles src/cli/main.ts and its imports, packages left external, into
// .cache/cli/ under the project. A manifest lists every bundled source with its size and mtime: a run
// whose sources all match loads the bundle as it is; any change (or another esbuild) rebuilds it first.
// Built to a new file, then the manifest renamed over the old one, so runs started together never read
// a half-written bundle. null when esbuild is missing or the folder is not writable: the bin uses tsx.
'use strict';
const fs = require('fs');
const path = require('path');

/** What goes into a bundle besides the sources (a bundle built another way is rebuilt). */
const LAYOUT = 'stdlib-bundled';

/**
 * esbuild's entry file (the project's, else the copy tsx brought) and version, read from its
 * package.json: loading esbuild only to check the manifest took 10–20 ms of every start.
 */
function findEsbuild() {
  const resolve = () => {
    try {
      return require.resolve('esbuild');
    } catch {
      return require.resolve('esbuild', { paths: [path.dirname(require.resolve('tsx/package.json'))] });
    }
  };
  try {
    const main = resolve();
    const pkg = JSON.parse(fs.readFileSync(path.join(path.dirname(main), '..', 'package.json'), 'utf8'));
    return { main, version: pkg.version };
  } catch {
    return null;
  }
}

/** The manifest's bundle when every source it lists is as it was, else null. */
function freshBundle(root, manifestFile, version) {
  let manifest;
  try {
    manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
  } catch {
    return null;
  }
  if (manifest.esbuild !== version || manifest.node !== process.version || manifest.layout !== LAYOUT) return null;
  // root + separator + the metafile's relative path, not path.join: joining (normalising) the ≈ 400
  // paths took about as long as their stats; the file system resolves the "../" itself
  const base = root.endsWith(path.sep) ? root : root + path.sep;
  for (const [file, size, mtimeMs] of manifest.inputs) {
    let st;
    try {
      st = fs.statSync(base + file);
    } catch {
      return null;
    }
    if (st.size !== size || st.mtimeMs !== mtimeMs) return null;
  }
  const bundle = path.join(path.dirname(manifestFile), manifest.bundle);
  return fs.existsSync(bundle) ? bundle : null;
}

/**
 * Path of an up-to-date bundle of `entry` (relative to `root`) in `root/.cache/<name>/`, building it
 * when needed; null when it cannot be built (the caller runs the sources another way).
 */
function cliBundle(root, entry, name) {
  const esbuild = findEsbuild();
  if (!esbuild) return null;
  const dir = path.join(root, '.cache', name);
  const manifestFile = path.join(dir, 'manifest.json');
  const found = freshBundle(root, manifestFile, esbuild.version);
  if (found) return found;
  try {
    fs.mkdirSync(dir, { recursive: true });
    const bundleName = `${path.basename(entry).replace(/\.[^.]+$/, '')}.${process.pid}.${Date.now().toString(36)}.cjs`;
    const result = require(esbuild.main).buildSync({
      absWorkingDir: root,
      entryPoints: [entry],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: `node${process.versions.node.split('.')[0]}`,
      external: externalPackages(root),
      outfile: path.join(dir, bundleName),
      sourcemap: 'linked',
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs)
      .concat(['tsconfig.json', 'package.json'].filter((f) => fs.existsSync(path.join(root, f))))
      .map((file) => {
        const st = fs.statSync(path.join(root, file));
        return [file, st.size, st.mtimeMs];
      });
    const manifest = { esbuild: esbuild.version, node: process.version, layout: LAYOUT, bundle: bundleName, inputs };
    const tmp = `${manifestFile}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(manifest));
    fs.renameSync(tmp, manifestFile);
    removeOld(dir, bundleName);
    return path.join(dir, bundleName);
  } catch {
    return null;
  }
}

/**
 * Every package the project names, left external, but @stdlib's: its three functions are ≈ 190 one-file
 * packages whose resolving and loading took ≈ 40 ms of every start; bundled, they are a few ms.
 */
function externalPackages(root) {
  let pkg = {};
  try {
    pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  } catch {
    // no package.json: nothing named, nothing external
  }
  const names = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies, ...pkg.optionalDependencies });
  return names.filter((n) => !n.startsWith('@stdlib/')).flatMap((n) => [n, `${n}/*`]);
}

/** Bundles of earlier builds, older than a minute (a run started just before may still be loading one). */
function removeOld(dir, keep) {
  const now = Date.now();
  for (const f of fs.readdirSync(dir)) {
    if (f === 'manifest.json' || f.startsWith(keep)) continue;
    try {
      const file = path.join(dir, f);
      if (now - fs.statSync(file).mtimeMs > 60_000) fs.unlinkSync(file);
    } catch {
      // another run removed it
    }
  }
}

/**
 * The bundle's exports, compiled with V8's code cache kept beside it (`<bundle>.v8cache`): parsing and
 * compiling the bundle's functions took ≈ 30 ms of every start (issue #20). The cache is written when
 * the process is about to end, so it also holds the functions compiled during the run; V8 refuses a
 * cache from another V8, other flags or other source, and then the bundle compiles as usual and the
 * cache is written again. Plain require() when this Node cannot give the bundle's dynamic import()
 * its loader (vm's USE_MAIN_CONTEXT_DEFAULT_LOADER).
 */
function loadBundle(file) {
  const vm = require('vm');
  const Module = require('module');
  const importer = vm.constants && vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER;
  if (!importer) return require(file);
  const cacheFile = `${file}.v8cache`;
  let cachedData;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    // first run of this bundle
  }
  let script;
  try {
    script = new vm.Script(Module.wrap(fs.readFileSync(file, 'utf8')), {
      filename: file,
      cachedData,
      importModuleDynamically: importer,
    });
  } catch {
    return require(file);
  }
  if (!cachedData || script.cachedDataRejected) {
    process.once('beforeExit', () => {
      try {
        const tmp = `${cacheFile}.${process.pid}.tmp`;
        fs.writeFileSync(tmp, script.createCachedData());
        fs.renameSync(tmp, cacheFile);
      } catch {
        // a read-only folder: the next run compiles again
      }
    });
  }
  const mod = new Module(file, module);
  mod.filename = file;
  mod.paths = Module._nodeModulePaths(path.dirname(file));
  require.cache[file] = mod;
  script.runInThisContext().call(mod.exports, mod.exports, Module.createRequire(file), mod, file, path.dirname(file));
  mod.loaded = true;
  return mod.exports;
}

module.exports = { cliBundle, loadBundle };
