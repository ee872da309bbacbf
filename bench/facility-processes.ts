/**
 * The processes of a running facility, found under `up`'s pid in /proc, each with its role (from
 * its command line) and its memory: VmRSS and VmHWM (peak RSS) from /proc/<pid>/status, and PSS
 * from /proc/<pid>/smaps_rollup, which shares the pages several processes map (node's code) among
 * them, so that PSS adds up to what the facility really takes. Linux only, as `up` is.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';

/** Roles in the order the memory table lists them. */
export const ROLE_ORDER = ['sim-ioc', 'device-host', 'run-engine', 'supervisor', 'gateway', 'nats-server', 'up', 'esbuild'] as const;
const DAEMON_ROLES: ReadonlySet<string> = new Set(['sim-ioc', 'device-host', 'run-engine', 'supervisor', 'gateway', 'up']);

export interface FacilityProcess {
  readonly pid: number;
  readonly ppid: number;
  /** Start time in clock ticks since boot: with the pid, tells a process from a later one given the same pid. */
  readonly startTicks: number;
  /** User and system CPU time used so far, in clock ticks (CLOCK_TICKS_PER_S). */
  readonly cpuTicks: number;
  /** sim-ioc, device-host, run-engine, supervisor, gateway, nats-server, up, esbuild, or the command's name. */
  readonly role: string;
  /** The beamline (`--beamline`), or '' for a process of the whole facility. */
  readonly instance: string;
}

export interface ProcessMemory extends FacilityProcess {
  /** Bytes; NaN when the process was gone before it could be read. */
  readonly rss: number;
  readonly hwm: number;
  readonly pss: number;
}

interface Stat {
  readonly pid: number;
  readonly ppid: number;
  readonly startTicks: number;
  readonly cpuTicks: number;
  readonly comm: string;
}

/** The unit of /proc/<pid>/stat's times (USER_HZ). */
const CLOCK_TICKS_PER_S = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

function readStat(pid: number): Stat | undefined {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // The command name is in parentheses and may hold spaces and parentheses itself: split after the last ')'.
  const close = text.lastIndexOf(')');
  const fields = text.slice(close + 2).split(' ');
  // fields[0] is field 3 of proc(5): ppid is 4, utime 14, stime 15, starttime 22.
  return { pid, ppid: Number(fields[1]), startTicks: Number(fields[19]), cpuTicks: Number(fields[11]) + Number(fields[12]), comm: text.slice(text.indexOf('(') + 1, close) };
}

function commandLine(pid: number): string[] {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
  } catch {
    return [];
  }
}

/** `node <entry> device-host --beamline BL03 ...` is the device host of BL03. */
function identify(stat: Stat): FacilityProcess {
  const argv = commandLine(stat.pid);
  const program = basename(argv[0] ?? stat.comm);
  let role = stat.comm;
  let instance = '';
  if (program === 'nats-server' || stat.comm === 'nats-server') role = 'nats-server';
  else if (program === 'esbuild') role = 'esbuild';
  else if (/brightline\.(m?js|ts)$/.test(argv[1] ?? '') && DAEMON_ROLES.has(argv[2] ?? '')) {
    role = argv[2] ?? role;
    const at = argv.indexOf('--beamline');
    instance = at >= 0 ? (argv[at + 1] ?? '') : '';
  }
  return { pid: stat.pid, ppid: stat.ppid, startTicks: stat.startTicks, cpuTicks: stat.cpuTicks, role, instance };
}

/** `root` and every process below it, now. */
export function processTree(root: number): FacilityProcess[] {
  const stats: Stat[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readStat(Number(entry));
    if (stat) stats.push(stat);
  }
  const children = new Map<number, Stat[]>();
  for (const stat of stats) children.set(stat.ppid, [...(children.get(stat.ppid) ?? []), stat]);
  const rootStat = stats.find((s) => s.pid === root);
  if (!rootStat) return [];
  const found: Stat[] = [];
  for (const queue = [rootStat]; queue.length > 0; ) {
    const next = queue.shift() as Stat;
    found.push(next);
    queue.push(...(children.get(next.pid) ?? []));
  }
  return found.map(identify);
}

/** The same process (pid and start time) still exists. */
export function isAlive(p: FacilityProcess): boolean {
  return readStat(p.pid)?.startTicks === p.startTicks;
}

/** `kB` lines of a /proc file, as bytes; NaN when absent. */
function kbField(text: string, name: string): number {
  const match = new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(text);
  return match ? Number(match[1]) * 1024 : Number.NaN;
}

function readOr(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

export function measureMemory(processes: readonly FacilityProcess[]): ProcessMemory[] {
  return processes.map((p) => {
    const status = readOr(`/proc/${p.pid}/status`);
    return { ...p, rss: kbField(status, 'VmRSS'), hwm: kbField(status, 'VmHWM'), pss: kbField(readOr(`/proc/${p.pid}/smaps_rollup`), 'Pss') };
  });
}

const MIB = 1024 * 1024;
const mib = (bytes: number): string => (Number.isFinite(bytes) ? (bytes / MIB).toFixed(1) : '-');
const median = (sorted: readonly number[]): number =>
  sorted.length === 0 ? Number.NaN : sorted.length % 2 === 1 ? (sorted[(sorted.length - 1) / 2] as number) : ((sorted[sorted.length / 2 - 1] as number) + (sorted[sorted.length / 2] as number)) / 2;
const sum = (values: readonly number[]): number => values.reduce((total, value) => total + (Number.isFinite(value) ? value : 0), 0);

export interface RoleMemory {
  readonly role: string;
  readonly count: number;
  /** Bytes of VmRSS. */
  readonly min: number;
  readonly median: number;
  readonly max: number;
  readonly total: number;
  /** The highest VmHWM among them. */
  readonly peak: number;
  readonly pssTotal: number;
}

/** Per role (in ROLE_ORDER, then any other), and the whole facility last as role `all`. */
export function byRole(samples: readonly ProcessMemory[]): RoleMemory[] {
  const roles = [...ROLE_ORDER.filter((role) => samples.some((s) => s.role === role)), ...new Set(samples.map((s) => s.role).filter((r) => !(ROLE_ORDER as readonly string[]).includes(r)))];
  const summary = (role: string, group: readonly ProcessMemory[]): RoleMemory => {
    const rss = group.map((s) => s.rss).filter(Number.isFinite).sort((a, b) => a - b);
    return {
      role, count: group.length, min: rss[0] ?? Number.NaN, median: median(rss), max: rss.at(-1) ?? Number.NaN,
      total: sum(rss), peak: Math.max(...group.map((s) => (Number.isFinite(s.hwm) ? s.hwm : 0))), pssTotal: sum(group.map((s) => s.pss)),
    };
  };
  return [...roles.map((role) => summary(role, samples.filter((s) => s.role === role))), summary('all', samples)];
}

export const MEMORY_HEADER = ['role', 'n', 'RSS min MiB', 'median', 'max', 'total', 'peak (HWM)', 'PSS total'] as const;

export function memoryRows(roles: readonly RoleMemory[]): string[][] {
  return roles.map((r) => [r.role, String(r.count), mib(r.min), mib(r.median), mib(r.max), mib(r.total), mib(r.peak), mib(r.pssTotal)]);
}

/** CPU seconds each role used between two listings of the same facility (processes in both only). */
export function cpuByRole(before: readonly FacilityProcess[], after: readonly FacilityProcess[]): Array<{ role: string; count: number; seconds: number }> {
  const earlier = new Map(before.map((p) => [`${p.pid}/${p.startTicks}`, p]));
  const used = new Map<string, { count: number; ticks: number }>();
  for (const p of after) {
    const then = earlier.get(`${p.pid}/${p.startTicks}`);
    if (!then) continue;
    const role = used.get(p.role) ?? { count: 0, ticks: 0 };
    used.set(p.role, { count: role.count + 1, ticks: role.ticks + p.cpuTicks - then.cpuTicks });
  }
  const roles = [...ROLE_ORDER.filter((role) => used.has(role)), ...[...used.keys()].filter((r) => !(ROLE_ORDER as readonly string[]).includes(r))];
  const rows = roles.map((role) => ({ role, count: used.get(role)?.count ?? 0, seconds: (used.get(role)?.ticks ?? 0) / CLOCK_TICKS_PER_S }));
  return [...rows, { role: 'all', count: rows.reduce((n, r) => n + r.count, 0), seconds: rows.reduce((t, r) => t + r.seconds, 0) }];
}

/** CPU seconds the whole machine has spent busy (every core, every process) since boot, from /proc/stat. */
export function machineBusySeconds(): number {
  const fields = (readOr('/proc/stat').split('\n')[0] ?? '').trim().split(/\s+/).slice(1).map(Number);
  // user nice system idle iowait irq softirq steal: all but idle and iowait is work.
  const total = fields.slice(0, 8).reduce((sum, value) => sum + (Number.isFinite(value) ? value : 0), 0);
  return (total - (fields[3] ?? 0) - (fields[4] ?? 0)) / CLOCK_TICKS_PER_S;
}
