#!/usr/bin/env node
// Finds the test files (unit: *.test.ts, integration: *.int.test.ts) and hands them to node's
// test runner with tsx; Node 20's runner does not glob TypeScript files by itself.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';

const kind = process.argv[2] ?? 'all';
const roots = ['actors', 'epics', 'gateway', 'deploy', 'test', 'lib', 'cli'];
const files = [];
function walk(dir) {
  let entries;
  try { entries = readdirSync(dir); } catch { return; }
  for (const name of entries) {
    const path = join(dir, name);
    if (name === 'node_modules') continue;
    if (statSync(path).isDirectory()) walk(path);
    else if (name.endsWith('.test.ts')) files.push(relative('.', path));
  }
}
roots.forEach(walk);
const isInt = (f) => f.endsWith('.int.test.ts');
const selected = files.filter((f) => kind === 'all' || (kind === 'int' ? isInt(f) : !isInt(f))).sort();
if (selected.length === 0) {
  console.error(`no ${kind} test files found`);
  process.exit(1);
}
const extra = process.argv.slice(3);
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', '--test-timeout=180000', ...extra, ...selected], { stdio: 'inherit' });
process.exit(result.status ?? 1);
