/**
 * Runs the real `brightline` CLI as a child process, the way a person or a script would, and
 * lets a test wait for lines of its output; and the gateway those processes talk to, with one
 * test token per role.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Bus } from '../../actors/transport/mod.js';
import { BeamlineRole, type Identity } from '../../gateway/rpc.js';
import type { Logger } from '../../lib/log.js';
import { startTestGateway, type TestGateway } from './gateway.js';
import { generateToken, hashToken } from '../../gateway/auth/token-store.js';
import { freeTcpPort } from '../../lib/free-port.js';

const CLI = fileURLToPath(new URL('../../bin/brightline.js', import.meta.url));

export interface CliProcess {
  child: ChildProcess;
  readonly stdout: string;
  readonly stderr: string;
  /** Resolves with the `occurrence`-th stdout+stderr line matching, or rejects after timeoutMs. */
  waitFor(pattern: RegExp, timeoutMs?: number, occurrence?: number): Promise<string>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

export function startCli(args: string[], env: Record<string, string>): CliProcess {
  const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  const waiters: Array<{ pattern: RegExp; occurrence: number; resolve: (line: string) => void }> = [];
  const check = (): void => {
    for (const waiter of [...waiters]) {
      const line = `${stdout}\n${stderr}`.split('\n').filter((l) => waiter.pattern.test(l))[waiter.occurrence - 1];
      if (line !== undefined) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(line);
      }
    }
  };
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    check();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    check();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return {
    child,
    get stdout() {
      return stdout;
    },
    get stderr() {
      return stderr;
    },
    waitFor(pattern, timeoutMs = 20_000, occurrence = 1) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          reject(new Error(`no line matching ${pattern} within ${timeoutMs} ms\n--- stdout\n${stdout}\n--- stderr\n${stderr}`));
        }, timeoutMs);
        waiters.push({
          pattern,
          occurrence,
          resolve: (line) => {
            clearTimeout(timer);
            resolve(line);
          },
        });
        check();
      });
    },
    exited,
    async kill(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

/** Runs the CLI to completion. */
export async function runCli(args: string[], env: Record<string, string>, timeoutMs = 60_000): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const cli = startCli(args, env);
  const timer = setTimeout(() => cli.child.kill('SIGKILL'), timeoutMs);
  const { code } = await cli.exited;
  clearTimeout(timer);
  return { code, stdout: cli.stdout, stderr: cli.stderr };
}

/** A loopback port nobody listens on right now. */
export { freeTcpPort as freePort } from '../../lib/free-port.js';

/** The test tokens of a CLI gateway; each holds its role on every beamline the gateway is started for. */
export const CliToken = {
  Operator: 'cli-token-operator',
  Staff: 'cli-token-staff',
  User: 'cli-token-user',
  Observer: 'cli-token-observer',
} as const;
export type CliToken = (typeof CliToken)[keyof typeof CliToken];

export interface CliGatewayOptions {
  bus: Bus;
  /** The beamlines the staff, user and observer tokens hold their role on; BL01 when absent. */
  beamlines?: readonly string[];
  logger?: Logger;
}

export interface CliGateway {
  readonly gateway: TestGateway;
  readonly address: string;
  /**
   * The environment of a CLI process that talks to this gateway with `token` (staff by default);
   * `null` sends none. The state directory is an empty one of the test's, so a token file of the
   * account running the tests is never read.
   */
  env(token?: CliToken | string | null): Record<string, string>;
  stop(): Promise<void>;
}

/** A gateway on a free loopback port for CLI processes: ops (operator), sam (staff), alice (user) and bob (observer), one CliToken each. */
export async function startCliGateway(options: CliGatewayOptions): Promise<CliGateway> {
  const beamlines = options.beamlines ?? ['BL01'];
  const on = (role: BeamlineRole): ReadonlyMap<string, BeamlineRole> => new Map(beamlines.map((beamline) => [beamline, role]));
  const tokens = new Map<string, Identity>([
    [CliToken.Operator, { user: 'ops', operator: true, roles: new Map() }],
    [CliToken.Staff, { user: 'sam', operator: false, roles: on(BeamlineRole.Staff) }],
    [CliToken.User, { user: 'alice', operator: false, roles: on(BeamlineRole.User) }],
    [CliToken.Observer, { user: 'bob', operator: false, roles: on(BeamlineRole.Observer) }],
  ]);
  const gateway = await startTestGateway({ bus: options.bus, tokens, ...(options.logger ? { logger: options.logger } : {}) });
  const stateDir = await mkdtemp(join(tmpdir(), 'bl-cli-state-'));
  return {
    gateway,
    address: gateway.address,
    env: (token = CliToken.Staff) => ({ BRIGHTLINE_GATEWAY: gateway.address, BRIGHTLINE_TOKEN: token ?? '', BRIGHTLINE_STATE_DIR: stateDir }),
    stop: async () => {
      await gateway.stop();
      await rm(stateDir, { recursive: true, force: true });
    },
  };
}

export interface GatewayCliProcess {
  readonly process: CliProcess;
  readonly address: string;
  /** The environment of a CLI process that talks to this gateway as its one user, an operator. */
  readonly env: Record<string, string>;
  stop(): Promise<void>;
}

/**
 * A real `brightline gateway` process, as `up` starts one, on a free loopback port with a users
 * file of one operator in `dir`; `env` carries NATS_URL (and anything else the process needs).
 */
export async function startGatewayCli(env: Record<string, string>, dir: string): Promise<GatewayCliProcess> {
  const token = generateToken();
  const usersFile = join(dir, 'gateway-users.yaml');
  await writeFile(usersFile, `users:\n  - user: ops\n    token_sha256: ${hashToken(token)}\n    operator: true\n`, { mode: 0o600 });
  const address = `127.0.0.1:${await freeTcpPort()}`;
  const dashboard = `127.0.0.1:${await freeTcpPort()}`;
  const child = startCli(['gateway', '--listen', address, '--dashboard', dashboard, '--users', usersFile], env);
  await child.waitFor(/gRPC on 127\.0\.0\.1:\d+/, 60_000);
  const stateDir = await mkdtemp(join(tmpdir(), 'bl-cli-state-'));
  return {
    process: child,
    address,
    env: { BRIGHTLINE_GATEWAY: address, BRIGHTLINE_TOKEN: token, BRIGHTLINE_STATE_DIR: stateDir },
    stop: async () => {
      await child.kill();
      await rm(stateDir, { recursive: true, force: true });
    },
  };
}

