/**
 * The jest set-up Stryker uses (npm run mutation): the in-process tests only. Tests that drive another
 * process (the CLI, LibreOffice, Chromium) cannot report which mutant they covered, and would only make
 * every mutant slower. The pane's tests (.tsx, in jsdom) are left out too: they exercise the core only
 * through the views, and the core's own tests cover it.
 * @type {import('jest').Config}
 */
const base = require('./jest.config');

module.exports = {
  ...base,
  testPathIgnorePatterns: [
    '/node_modules/',
    '<rootDir>/tests/e2e/',
    '<rootDir>/tests/cli/',
    'libreoffice',
    '\\.tsx$',
    // The 500 to 20,000-action Excel sessions pin sync counts that follow from payload sizes; they take
    // minutes and test the adapter, not the core.
    '<rootDir>/tests/excel-adapter/scale-',
  ],
};
