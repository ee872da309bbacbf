/**
 * Several "hosts" on one machine, for multi-host tests: each host is a Linux network namespace
 * with its own loopback and one veth cable to a switch, a bridge that lives in a namespace of its
 * own, so the machine's root namespace gains no interface and the lab's addresses (a private /24)
 * exist only inside the lab. Processes run inside a host with `ip netns exec`; a host's cable can
 * be pulled (`cut`: its switch port goes down, so packets vanish without a TCP reset, as with a
 * broken link) and plugged back.
 *
 * Names carry the test process's pid (`blmh<pid>-<host>`); a lab left by a killed run is swept away
 * when the next one starts. Closing kills every process inside the lab's namespaces (ours or not:
 * nothing else runs there) and deletes them; an exit hook does the same if the test process
 * leaves without closing. Needs root or CAP_NET_ADMIN: see netnsUnavailable().
 */
import { execFile, execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';
import { isProcessAlive } from '../../lib/process-alive.js';

const run = promisify(execFile);

/** The first part of every namespace name this harness makes. */
export const NETNS_PREFIX = 'blmh';
const OWNED = new RegExp(`^${NETNS_PREFIX}(\\d+)-`);
const SWITCH = 'sw';
const BRIDGE = 'br0';
/** The host side of each cable. */
const HOST_IFACE = 'eth0';
const STOP_GRACE_MS = 5_000;
/** Enough of a process's output for diagnostics and waiting; older output is dropped. */
const OUTPUT_LIMIT = 2_000_000;
/** Width of the arrival stamp (ms since the lab started) in front of each output line. */
const STAMP_WIDTH = 8;

export interface LabProcess {
  /** What the test calls it, e.g. `ctl/run-engine`. */
  readonly label: string;
  readonly pid: number;
  /** Its stdout and stderr as they came, each line prefixed with the ms since the lab started. */
  readonly output: string;
  /** Its output lines so far, each with when it arrived (ms since the lab started). */
  lines(): Array<{ at: number; text: string }>;
  /** When (ms since the lab started) the first line matching `pattern` arrived; undefined if none yet. */
  seenAt(pattern: RegExp): number | undefined;
  /** Resolves with the first line matching `pattern` (one already seen counts); rejects after timeoutMs or when the process exits. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<string>;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  readonly running: boolean;
  /** SIGTERM, then SIGKILL if it is still there after a grace period. */
  stop(): Promise<void>;
}

export interface CommandResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface SpawnOptions {
  /** Added to the test process's environment. */
  env?: Readonly<Record<string, string>>;
  label?: string;
}

export interface NetnsHost {
  /** The test's name for it: `nats-1`, `ioc`, `ctl`. */
  readonly name: string;
  /** Its network namespace. */
  readonly namespace: string;
  /** Its address on the lab's /24. */
  readonly address: string;
  /** Its cable's port on the switch. */
  readonly port: string;
  /** Pulls the cable: the host's switch port goes down; packets in either direction are lost, nobody gets a reset. */
  cut(): Promise<void>;
  /** Plugs it back. */
  restore(): Promise<void>;
  /** Starts a long-running process inside this host. */
  spawn(command: string, args: readonly string[], options?: SpawnOptions): LabProcess;
  /** Runs a command inside this host to its end (killed after timeoutMs). */
  exec(command: string, args: readonly string[], options?: { env?: Readonly<Record<string, string>>; timeoutMs?: number }): Promise<CommandResult>;
}

export interface NetnsLab {
  /** `blmh<pid>`: every namespace of this lab starts with it. */
  readonly prefix: string;
  readonly hosts: readonly NetnsHost[];
  /** ms since the lab was created: the clock of LabProcess output lines. */
  now(): number;
  /** Adds a host with the next address of the /24 (`.11`, `.12`... in the order of the calls). */
  addHost(name: string): Promise<NetnsHost>;
  host(name: string): NetnsHost;
  /** Stops every process, kills whatever is left in the namespaces, deletes them. Safe to call twice. */
  close(): Promise<void>;
}

/**
 * Why this machine cannot run a lab (not Linux, no `ip`, no permission to make a namespace), for a
 * test's skip message; undefined when it can.
 */
export async function netnsUnavailable(): Promise<string | undefined> {
  if (process.platform !== 'linux') return `network namespaces need Linux (this is ${process.platform})`;
  const probe = `${NETNS_PREFIX}${process.pid}-probe`;
  try {
    await run('ip', ['netns', 'add', probe]);
  } catch (error) {
    const detail = (error as { stderr?: string }).stderr?.trim() || (error as Error).message;
    return `cannot create a network namespace (needs root or CAP_NET_ADMIN, and iproute2's ip): ${detail}`;
  }
  await run('ip', ['netns', 'del', probe]).catch(() => undefined);
  return undefined;
}

/** Makes the switch (an empty namespace with a bridge); add hosts to it with addHost. */
export async function createNetnsLab(options: { subnet?: string } = {}): Promise<NetnsLab> {
  await sweepStaleLabs();
  const lab = new Lab(`${NETNS_PREFIX}${process.pid}`, options.subnet ?? '10.77.0');
  try {
    await lab.createSwitch();
  } catch (error) {
    await lab.close();
    throw error;
  }
  return lab;
}

class Lab implements NetnsLab {
  readonly hosts: LabHost[] = [];
  readonly processes = new Set<ChildLabProcess>();
  private readonly started = Date.now();
  private readonly namespaces: string[] = [];
  private closed = false;
  private added = 0;
  private readonly onExit = (): void => this.closeSync();

  constructor(readonly prefix: string, private readonly subnet: string) {
    process.once('exit', this.onExit);
  }

  now(): number {
    return Date.now() - this.started;
  }

  get switchNamespace(): string {
    return `${this.prefix}-${SWITCH}`;
  }

  async createSwitch(): Promise<void> {
    await this.addNamespace(this.switchNamespace);
    await ip(['-n', this.switchNamespace, 'link', 'add', BRIDGE, 'type', 'bridge']);
    await ip(['-n', this.switchNamespace, 'link', 'set', BRIDGE, 'up']);
  }

  async addHost(name: string): Promise<NetnsHost> {
    if (this.closed) throw new Error(`lab ${this.prefix} is closed`);
    const namespace = `${this.prefix}-${name}`;
    // Taken before the first await, so that hosts added at the same time get different ones.
    const index = this.added++;
    // Interface names have at most 15 characters: the port is named by the host's index.
    const port = `p${index + 1}`;
    const address = `${this.subnet}.${11 + index}`;
    await this.addNamespace(namespace);
    const sw = ['-n', this.switchNamespace];
    // Both ends are born in their namespaces: the cable never appears in the root namespace.
    await ip([...sw, 'link', 'add', port, 'type', 'veth', 'peer', 'name', HOST_IFACE, 'netns', namespace]);
    await ip([...sw, 'link', 'set', port, 'master', BRIDGE, 'up']);
    await ip(['-n', namespace, 'addr', 'add', `${address}/24`, 'dev', HOST_IFACE]);
    await ip(['-n', namespace, 'link', 'set', HOST_IFACE, 'up']);
    await ip(['-n', namespace, 'link', 'set', 'lo', 'up']);
    const host = new LabHost(this, name, namespace, address, port);
    this.hosts.push(host);
    return host;
  }

  host(name: string): NetnsHost {
    const found = this.hosts.find((h) => h.name === name);
    if (!found) throw new Error(`no host '${name}' in lab ${this.prefix} (${this.hosts.map((h) => h.name).join(', ')})`);
    return found;
  }

  private async addNamespace(namespace: string): Promise<void> {
    await ip(['netns', 'add', namespace]);
    this.namespaces.push(namespace);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all([...this.processes].map((p) => p.stop()));
    for (const namespace of [...this.namespaces].reverse()) await removeNamespace(namespace);
    process.off('exit', this.onExit);
  }

  /** The exit hook: the test process is leaving without close(); nothing async runs any more. */
  private closeSync(): void {
    if (this.closed) return;
    this.closed = true;
    for (const namespace of [...this.namespaces].reverse()) removeNamespaceSync(namespace);
  }
}

class LabHost implements NetnsHost {
  constructor(
    private readonly lab: Lab,
    readonly name: string,
    readonly namespace: string,
    readonly address: string,
    readonly port: string,
  ) {}

  async cut(): Promise<void> {
    await ip(['-n', this.lab.switchNamespace, 'link', 'set', this.port, 'down']);
  }

  async restore(): Promise<void> {
    await ip(['-n', this.lab.switchNamespace, 'link', 'set', this.port, 'up']);
  }

  spawn(command: string, args: readonly string[], options: SpawnOptions = {}): LabProcess {
    return this.start(command, args, options);
  }

  private start(command: string, args: readonly string[], options: SpawnOptions): ChildLabProcess {
    const child = spawn('ip', ['netns', 'exec', this.namespace, command, ...args], {
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const labProcess = new ChildLabProcess(child, `${this.name}/${options.label ?? command}`, () => this.lab.now());
    this.lab.processes.add(labProcess);
    return labProcess;
  }

  async exec(command: string, args: readonly string[], options: { env?: Readonly<Record<string, string>>; timeoutMs?: number } = {}): Promise<CommandResult> {
    const child = this.start(command, args, { env: options.env ?? {}, label: command });
    const timer = setTimeout(() => void child.stop(), options.timeoutMs ?? 60_000);
    const { code } = await child.exited;
    clearTimeout(timer);
    this.lab.processes.delete(child);
    return { code, stdout: child.stdout, stderr: child.stderr };
  }
}

class ChildLabProcess implements LabProcess {
  readonly pid: number;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stdout = '';
  stderr = '';
  private text = '';
  private readonly waiters = new Set<{ pattern: RegExp; resolve: (line: string) => void }>();
  private partial = { stdout: '', stderr: '' };

  constructor(private readonly child: ChildProcess, readonly label: string, private readonly now: () => number) {
    this.pid = child.pid ?? 0;
    this.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
    // `ip` itself missing (or the namespace gone) surfaces as an exit, not as an unhandled error.
    child.once('error', (error) => this.take('stderr', `cannot start: ${error.message}\n`));
    child.stdout?.on('data', (chunk: Buffer) => this.take('stdout', chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => this.take('stderr', chunk.toString()));
  }

  get output(): string {
    return this.text;
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  lines(): Array<{ at: number; text: string }> {
    return this.text.split('\n').filter((line) => line.length > STAMP_WIDTH).map((line) => ({ at: Number(line.slice(0, STAMP_WIDTH)), text: line.slice(STAMP_WIDTH + 1) }));
  }

  seenAt(pattern: RegExp): number | undefined {
    const line = this.find(pattern);
    return line === undefined ? undefined : Number(line.slice(0, STAMP_WIDTH));
  }

  waitFor(pattern: RegExp, timeoutMs = 30_000): Promise<string> {
    const seen = this.find(pattern);
    if (seen !== undefined) return Promise.resolve(seen);
    // Its 'exit' has been emitted already: waiting for it would only run out the timeout.
    if (!this.running) return Promise.reject(new Error(`${this.label}: no line matching ${pattern} before it exited\n${tail(this.text)}`));
    return new Promise((resolve, reject) => {
      const waiter = {
        pattern,
        resolve: (line: string) => {
          finish();
          resolve(line);
        },
      };
      const fail = (why: string): void => {
        finish();
        reject(new Error(`${this.label}: no line matching ${pattern} ${why}\n${tail(this.text)}`));
      };
      const timer = setTimeout(() => fail(`within ${timeoutMs} ms`), timeoutMs);
      const onExit = (): void => fail('before it exited');
      const finish = (): void => {
        clearTimeout(timer);
        this.child.off('exit', onExit);
        this.waiters.delete(waiter);
      };
      this.waiters.add(waiter);
      this.child.once('exit', onExit);
    });
  }

  async stop(): Promise<void> {
    if (this.running) {
      this.child.kill('SIGTERM');
      const stuck = setTimeout(() => this.child.kill('SIGKILL'), STOP_GRACE_MS);
      await this.exited;
      clearTimeout(stuck);
    }
    await this.exited;
  }

  /** The first whole line (stamped) whose text matches. */
  private find(pattern: RegExp): string | undefined {
    return this.text.split('\n').find((line) => line.length > STAMP_WIDTH && pattern.test(line.slice(STAMP_WIDTH + 1)));
  }

  /** Keeps whole lines, stamped with their arrival, and wakes the waiters they match. */
  private take(stream: 'stdout' | 'stderr', text: string): void {
    this[stream] = cap(this[stream] + text);
    const pieces = (this.partial[stream] + text).split('\n');
    this.partial[stream] = pieces.pop() ?? '';
    for (const piece of pieces) {
      const line = `${String(this.now()).padStart(STAMP_WIDTH)} ${piece}`;
      this.text = cap(`${this.text}${line}\n`);
      for (const waiter of [...this.waiters]) if (waiter.pattern.test(piece)) waiter.resolve(line);
    }
  }
}

function cap(text: string): string {
  return text.length > OUTPUT_LIMIT ? text.slice(text.length - OUTPUT_LIMIT) : text;
}

function tail(text: string, lines = 40): string {
  return text.split('\n').slice(-lines).join('\n');
}

async function ip(args: readonly string[]): Promise<void> {
  try {
    await run('ip', args);
  } catch (error) {
    const detail = (error as { stderr?: string }).stderr?.trim() || (error as Error).message;
    throw new Error(`ip ${args.join(' ')}: ${detail}`, { cause: error });
  }
}

/** Kills what still runs in the namespace, then deletes it. */
async function removeNamespace(namespace: string): Promise<void> {
  const pids = await run('ip', ['netns', 'pids', namespace]).then((r) => r.stdout, () => '');
  killAll(pids);
  await run('ip', ['netns', 'del', namespace]).catch(() => undefined);
}

function removeNamespaceSync(namespace: string): void {
  try {
    killAll(execFileSync('ip', ['netns', 'pids', namespace], { encoding: 'utf8' }));
    execFileSync('ip', ['netns', 'del', namespace], { stdio: 'ignore' });
  } catch {
    // Leaving anyway: the next lab's sweep removes it.
  }
}

function killAll(pids: string): void {
  for (const pid of pids.split(/\s+/).filter(Boolean).map(Number)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
}

/** Removes the namespaces of labs whose test process is gone (killed before it could close them). */
async function sweepStaleLabs(): Promise<void> {
  const listed = await run('ip', ['netns', 'list']).then((r) => r.stdout, () => '');
  const names = listed.split('\n').map((line) => line.split(' ')[0] ?? '').filter((name) => OWNED.test(name));
  for (const name of names) {
    const owner = Number(OWNED.exec(name)?.[1]);
    if (owner !== process.pid && !isProcessAlive(owner)) await removeNamespace(name);
  }
}
