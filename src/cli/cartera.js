#!/usr/bin/env node
// The `cartera` bin: runs the CLI's bundle (cliBundle.js: one file built by esbuild, rebuilt when a source
// changed), or the TypeScript sources through tsx when no bundle can be built or CARTERA_NO_BUNDLE is set.
'use strict';
const path = require('path');

function loadMain() {
  if (!process.env.CARTERA_NO_BUNDLE) {
    const { cliBundle, loadBundle } = require('./cliBundle.js');
    const bundle = cliBundle(path.resolve(__dirname, '../..'), 'src/cli/main.ts', 'cli');
    if (bundle) return loadBundle(bundle).main;
  }
  require('tsx/cjs');
  return require('./main.ts').main;
}

loadMain()(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`cartera: unexpected error: ${String((error && error.message) || error).split('\n')[0]}\n`);
    process.exitCode = 1;
  },
);
