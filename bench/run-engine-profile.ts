/**
 * Summarises a V8 CPU profile (`node --cpu-prof`): the functions with the most self time, and the
 * files they are in, so a bench's bottleneck can be named as file:function. Reads the profile
 * written by `npm run bench:run-engine -- --profile DIR` (or any .cpuprofile).
 *
 *   node --import tsx bench/run-engine-profile.ts <file.cpuprofile | dir> [top=25]
 *
 * Given a folder, it takes the largest profile in it: node also profiles tsx's loader thread,
 * whose small profile sits beside the main thread's.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runBench } from './run-bench.js';
import { printTable } from './text-table.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function where(url: string): string {
  if (url === '') return '(native)';
  const path = url.startsWith('file://') ? fileURLToPath(url) : url;
  const inRepo = relative(ROOT, path);
  return inRepo.startsWith('..') ? path : inRepo.replace(/^node_modules\//, 'nm/');
}

/** The file itself, or the largest .cpuprofile in a folder. */
async function profileFile(path: string): Promise<string> {
  if (!(await stat(path)).isDirectory()) return path;
  const files = (await readdir(path)).filter((name) => name.endsWith('.cpuprofile')).map((name) => join(path, name));
  const sized = await Promise.all(files.map(async (file) => ({ file, size: (await stat(file)).size })));
  const largest = sized.sort((a, b) => b.size - a.size)[0];
  if (largest === undefined) throw new Error(`no .cpuprofile in ${path}`);
  return largest.file;
}

async function main(): Promise<void> {
  const path = process.argv[2];
  if (path === undefined) throw new Error('usage: run-engine-profile.ts <file.cpuprofile | dir> [top]');
  const top = Number(process.argv[3] ?? 25);
  if (!Number.isInteger(top) || top < 1) throw new Error(`top must be a positive integer, got '${process.argv[3]}'`);
  const file = await profileFile(path);
  const profile = JSON.parse(await readFile(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const totalUs = profile.endTime - profile.startTime;

  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const frame = byId.get(id)?.callFrame;
    if (!frame) continue;
    const name = frame.functionName || '(anonymous)';
    const key = frame.url === '' ? name : `${where(frame.url)}:${frame.lineNumber + 1} ${name}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + us);
    const fileKey = frame.url === '' ? name : where(frame.url);
    byFile.set(fileKey, (byFile.get(fileKey) ?? 0) + us);
  }
  const share = (us: number): string => `${((100 * us) / totalUs).toFixed(1)}%`;
  const rows = (map: Map<string, number>): string[][] =>
    [...map].sort((a, b) => b[1] - a[1]).slice(0, top).map(([key, us]) => [key, (us / 1000).toFixed(0), share(us)]);
  console.log(`${file}: ${(totalUs / 1000).toFixed(0)} ms profiled`);
  console.log('');
  console.log('Self time by function');
  printTable(['function (file:line name)', 'ms', 'share'], rows(byFunction));
  console.log('');
  console.log('Self time by file');
  printTable(['file', 'ms', 'share'], rows(byFile));
}

runBench('run-engine-profile', main);
