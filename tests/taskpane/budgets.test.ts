// No test may depend on the machine's speed (issue #14): jest's 5 s and Testing Library's 1 s defaults
// failed tests on a loaded 2-core machine. These budgets are the floor every test gets.
import { getConfig } from '@testing-library/react';
import pkg from '../../package.json';

test('every test gets at least 30 s (package.json jest.testTimeout), heavy ones more in their own file', () => {
  expect(pkg.jest.testTimeout).toBeGreaterThanOrEqual(30_000);
});

test('findBy*/waitFor wait up to 15 s (tests/taskpane/setup.ts), well inside the test budget', () => {
  expect(getConfig().asyncUtilTimeout).toBeGreaterThanOrEqual(15_000);
  expect(getConfig().asyncUtilTimeout).toBeLessThan(pkg.jest.testTimeout);
});
