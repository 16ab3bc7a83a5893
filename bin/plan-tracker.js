#!/usr/bin/env node
// Runs the TypeScript CLI through tsx so the command works straight from a clone.
require('tsx/cjs');
require('../src/cli/main.ts');
