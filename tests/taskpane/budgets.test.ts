// No test may depend on the machine's speed (issue #14): jest's 5 s and Testing Library's 1 s defaults
// failed tests on a loaded 2-core machine. Every test gets the floor below (4× the slowest ordinary
// test with six jobs and two CPU hogs on two cores); heavier ones set more, never less.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { getConfig } from '@testing-library/react';
import pkg from '../../package.json';

const FLOOR = 120_000;
const TESTS = path.resolve(__dirname, '..');

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return ['e2e', 'bench', 'fixtures'].includes(e.name) ? [] : testFiles(full);
    return /\.tsx?$/.test(e.name) ? [full] : [];
  });
}

test('every test gets at least 2 minutes (package.json jest.testTimeout)', () => {
  expect(pkg.jest.testTimeout).toBeGreaterThanOrEqual(FLOOR);
});

test('no test file sets a budget below the floor (jest.setTimeout, or a test’s third argument)', () => {
  const below: string[] = [];
  for (const file of testFiles(TESTS)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/jest\.setTimeout\(([\d_]+)\)|^\s*\}, ([\d_]+)\);/gm)) {
      const ms = Number((m[1] ?? m[2]).replace(/_/g, ''));
      if (ms < FLOOR) below.push(`${path.relative(TESTS, file)}: ${m[0].trim()}`);
    }
  }
  expect(below).toEqual([]);
});

test('findBy*/waitFor wait up to 15 s (tests/taskpane/setup.ts), well inside the test budget', () => {
  expect(getConfig().asyncUtilTimeout).toBeGreaterThanOrEqual(15_000);
  expect(getConfig().asyncUtilTimeout).toBeLessThan(pkg.jest.testTimeout);
});
