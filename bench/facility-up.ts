/**
 * `brightline up` as a user starts it, in a private environment: a copy of the facility config
 * whose simulated IOCs listen on free UDP ports (so the bench never meets another facility's IOCs
 * on 5100..5108), a free NATS port (so `up` starts its own nats-server on a temporary store), a
 * temporary state directory (users file, operator token) and free gateway and dashboard ports.
 *
 * `up` runs in its own process group: Ctrl-C on the bench reaches only the bench, which stops the
 * facility with SIGINT as a user would; if that fails, or the bench dies, the whole group is killed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import { parse, stringify } from 'yaml';
import { loadFacilityConfig, type FacilityConfig } from '../deploy/facility-config.js';
import { freeTcpPort, freeUdpPort } from '../lib/free-port.js';
import { readLocalToken } from '../gateway/auth/local-token.js';
import { isAlive, processTree, type FacilityProcess } from './facility-processes.js';

const CLI = fileURLToPath(new URL('../bin/brightline.js', import.meta.url));
/** `up` gives its processes 60 s to beat; past this it has said why not. */
const READY_TIMEOUT_MS = 90_000;
/** `up` stops each process with SIGTERM, then SIGKILL after 5 s; this is its whole shutdown. */
const STOP_TIMEOUT_MS = 30_000;
/** Lines of `up`'s output kept for a failure message. */
const TAIL_LINES = 60;

/** How the copy differs from the config it was made from. */
export interface CopyOptions {
  /**
   * Point detectors without exposure, motors without acceleration and on a 1 ms tick (instead of
   * the record's 100 ms): what is left of a scan's time is brightline's own.
   */
  readonly instantHardware: boolean;
}

/** Everything of one private facility that lives outside `up`: its files, ports and environment. */
export interface PrivateSetup {
  readonly dir: string;
  readonly configPath: string;
  readonly config: FacilityConfig;
  readonly natsUrl: string;
  readonly gateway: string;
  readonly dashboard: string;
  readonly stateDir: string;
  readonly env: NodeJS.ProcessEnv;
  remove(): void;
}

type Yaml = Record<string, unknown>;
const isMapping = (value: unknown): value is Yaml => typeof value === 'object' && value !== null && !Array.isArray(value);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** Moves every IOC to a free UDP port and, when asked, takes the simulated hardware's waits out. */
async function copyConfig(source: string, target: string, options: CopyOptions): Promise<void> {
  const raw = parse(await readFile(source, 'utf8')) as unknown;
  for (const beamline of list(isMapping(raw) ? raw['beamlines'] : undefined)) {
    if (!isMapping(beamline)) continue;
    const ioc = beamline['ioc'];
    if (isMapping(ioc)) ioc['port'] = await freeUdpPort();
    if (!options.instantHardware) continue;
    // A scaler's counting time must stay positive; point detectors wait out theirs in software.
    for (const device of list(beamline['devices'])) if (isMapping(device) && device['kind'] === 'point-detector') device['exposure_s'] = 0;
    for (const record of list(isMapping(ioc) ? ioc['records'] : undefined)) {
      if (!isMapping(record) || record['type'] !== 'motor') continue;
      record['accl'] = 0;
      record['tickMs'] = 1;
    }
  }
  await writeFile(target, `# written by bench/facility.ts from ${source}\n${stringify(raw)}`);
}

/** Names that would point a child at something other than this private facility. */
const FOREIGN_ENV = /^(NATS_|BRIGHTLINE_|EPICS_|OTEL_)/;

export async function preparePrivateFacility(source: string, options: CopyOptions): Promise<PrivateSetup> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-facility-'));
  try {
    const configPath = join(dir, 'facility.yaml');
    await copyConfig(source, configPath, options);
    const config = await loadFacilityConfig(configPath);
    const natsUrl = `nats://127.0.0.1:${await freeTcpPort()}`;
    const gateway = `127.0.0.1:${await freeTcpPort()}`;
    const dashboard = `127.0.0.1:${await freeTcpPort()}`;
    const stateDir = join(dir, 'state');
    const env: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => !FOREIGN_ENV.test(name)));
    Object.assign(env, {
      NATS_URL: natsUrl,
      BRIGHTLINE_NATS_STORE: join(dir, 'nats'),
      BRIGHTLINE_STATE_DIR: stateDir,
      BRIGHTLINE_GATEWAY: gateway,
      BRIGHTLINE_DASHBOARD: dashboard,
    });
    return { dir, configPath, config, natsUrl, gateway, dashboard, stateDir, env, remove: () => rmSync(dir, { recursive: true, force: true }) };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

/** What `up` said when it was ready, timed by the bench and by `up` itself. */
export interface ReadyFigures {
  /** From spawning `up` to its summary line, on the bench's clock. */
  readonly spawnToSummaryMs: number;
  /** What the summary says: from the start of launching (after the build) to every heartbeat seen. */
  readonly upSaysS: number;
  /** How long `up` took to build the processes' JavaScript (its log line), before launching. */
  readonly buildS: number | undefined;
  /** up's line when it gave up waiting (then it prints no summary, but keeps its processes running). */
  readonly notReady?: string;
}

export interface StopFigures {
  readonly ms: number;
  readonly exitCode: number | null;
  /** Processes of the facility still alive after `up` exited (then killed by the bench). */
  readonly leftovers: readonly FacilityProcess[];
  /** Whether `up` had to be killed because it did not stop within STOP_TIMEOUT_MS. */
  readonly killed: boolean;
}

export class UpProcess {
  readonly #child: ChildProcess;
  readonly #spawnedAt = performance.now();
  /** Date.now() at the spawn, to compare with times other processes report. */
  readonly spawnedAtMs = Date.now();
  readonly #tail: string[] = [];
  readonly #waiters = new Set<(line: string) => void>();
  readonly #exited: Promise<number | null>;
  #stopping: Promise<StopFigures> | undefined;
  /** Every process of the facility seen so far, so those left behind can be found after `up` exits. */
  #seen = new Map<number, FacilityProcess>();

  private constructor(readonly setup: PrivateSetup, echo: boolean) {
    this.#child = spawn(process.execPath, [CLI, 'up', '--config', setup.configPath], {
      env: setup.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group: the bench's Ctrl-C is the bench's to pass on, and the group can be killed as one.
      detached: true,
    });
    this.#exited = new Promise((resolve) => this.#child.once('exit', (code) => resolve(code)));
    for (const stream of [this.#child.stdout, this.#child.stderr]) {
      if (!stream) continue;
      createInterface({ input: stream }).on('line', (line) => {
        this.#tail.push(line);
        if (this.#tail.length > TAIL_LINES) this.#tail.shift();
        if (echo) process.stderr.write(`[up] ${line}\n`);
        for (const waiter of this.#waiters) waiter(line);
      });
    }
  }

  static start(setup: PrivateSetup, echo = false): UpProcess {
    return new UpProcess(setup, echo);
  }

  get pid(): number {
    return this.#child.pid ?? -1;
  }

  get running(): boolean {
    return this.#child.exitCode === null && this.#child.signalCode === null;
  }

  get spawnedAt(): number {
    return this.#spawnedAt;
  }

  /**
   * Waits for the summary line, or up's "not ready after 60 s" (a loaded machine: its processes may
   * still come up, so the caller may wait on); fails with up's last words when it exits first.
   */
  async ready(): Promise<ReadyFigures> {
    let buildS: number | undefined;
    let notReady: string | undefined;
    const summary = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => finish(new Error(`brightline up printed no summary within ${READY_TIMEOUT_MS / 1000} s`)), READY_TIMEOUT_MS);
      const finish = (outcome: string | Error): void => {
        clearTimeout(timer);
        this.#waiters.delete(onLine);
        if (typeof outcome === 'string') resolve(outcome);
        else reject(new Error(`${outcome.message}\n--- the last lines of up's output:\n${this.#tail.join('\n')}`));
      };
      const onLine = (line: string): void => {
        const built = /built the facility's processes as JavaScript in ([\d.]+) s/.exec(line);
        if (built) buildS = Number(built[1]);
        if (/ ready in [\d.]+ s, NATS /.test(line) && !line.includes('|')) finish(line);
        else if (/\[up\] not ready after/.test(line)) {
          notReady = line.replace(/^.*\[up\] /, '');
          finish(line);
        }
      };
      this.#waiters.add(onLine);
      void this.#exited.then((code) => finish(new Error(`brightline up exited (code ${code}) before it was ready`)));
    });
    this.processes();
    if (notReady !== undefined) return { spawnToSummaryMs: Number.NaN, upSaysS: Number.NaN, buildS, notReady };
    return { spawnToSummaryMs: performance.now() - this.#spawnedAt, upSaysS: Number(/ ready in ([\d.]+) s/.exec(summary)?.[1]), buildS };
  }

  /** The operator token `up` wrote into the state directory. */
  async token(): Promise<string> {
    const token = await readLocalToken(join(this.setup.stateDir, 'token'));
    if (token === undefined) throw new Error(`brightline up wrote no operator token into ${this.setup.stateDir}`);
    return token;
  }

  /** `up` and every process under it now (nats-server, the daemons, esbuild's service). */
  processes(): FacilityProcess[] {
    const tree = processTree(this.pid);
    for (const p of tree) this.#seen.set(p.pid, p);
    return tree;
  }

  /** The last lines `up` and its processes printed, for a failure message. */
  tail(): string {
    return this.#tail.join('\n');
  }

  /**
   * Ctrl-C as a user gives it: SIGINT to `up`, then its exit. Then no process of the facility may
   * be left: those that are get SIGKILL and are reported. Idempotent.
   */
  stop(): Promise<StopFigures> {
    this.#stopping ??= this.#stop();
    return this.#stopping;
  }

  async #stop(): Promise<StopFigures> {
    if (this.running) this.processes();
    const started = performance.now();
    let killed = false;
    if (this.running) {
      this.#child.kill('SIGINT');
      const timer = setTimeout(() => {
        killed = true;
        this.killGroup();
      }, STOP_TIMEOUT_MS);
      await this.#exited;
      clearTimeout(timer);
    }
    const ms = performance.now() - started;
    // The daemons leave within a second of `up` (they poll its pid); give them that before calling them left over.
    let leftovers = [...this.#seen.values()].filter(isAlive);
    for (let i = 0; i < 20 && leftovers.length > 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      leftovers = leftovers.filter(isAlive);
    }
    for (const p of leftovers) {
      try {
        process.kill(p.pid, 'SIGKILL');
      } catch {
        // gone in the meantime
      }
    }
    return { ms, exitCode: this.#child.exitCode, leftovers, killed };
  }

  /** SIGKILL to `up`'s whole process group, at once and synchronously (also from an 'exit' handler). */
  killGroup(): void {
    try {
      process.kill(-this.pid, 'SIGKILL');
    } catch {
      // the group is gone already
    }
  }
}
