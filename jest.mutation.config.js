/**
 * The jest set-up Stryker uses (npm run mutation): the core's own unit-level tests, which run in seconds.
 * Tests that drive another process (the CLI, LibreOffice, Chromium), the Excel double's sessions, the
 * package reader and writer, the pane (jsdom) and the layout generator's .xlsx round trips are left out:
 * each mutant would take minutes instead of seconds on two cores. A mutant only those would catch counts
 * as survived, so the scores are a lower bound.
 *
 * MUTATION_TESTS (comma-separated globs under tests/) narrows the set further for one file's run:
 * scripts/mutation.ts sets it from its table of which tests exercise which core file.
 * @type {import('jest').Config}
 */
const base = require('./jest.config');

const only = process.env.MUTATION_TESTS;

module.exports = {
  ...base,
  roots: [
    '<rootDir>/tests/core',
    '<rootDir>/tests/structure',
    '<rootDir>/tests/summary',
    '<rootDir>/tests/ofsted',
  ],
  ...(only ? { testMatch: only.split(',').map((glob) => `<rootDir>/tests/${glob.trim()}`) } : {}),
  testPathIgnorePatterns: [
    '/node_modules/',
    '\\.tsx$',
    '<rootDir>/tests/ofsted/corpus-pdf\\.test\\.ts$',
    '<rootDir>/tests/ofsted/cli\\.test\\.ts$',
    '<rootDir>/tests/ofsted/flag-copy\\.test\\.ts$',
    '<rootDir>/tests/summary/office-refresh\\.test\\.ts$',
  ],
};
