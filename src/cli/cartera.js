#!/usr/bin/env node
// The `cartera` bin: registers tsx so that the TypeScript sources run as they are.
'use strict';
require('tsx/cjs');
const { main } = require('./main.ts');
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`cartera: unexpected error: ${String((error && error.message) || error).split('\n')[0]}\n`);
    process.exitCode = 1;
  },
);
