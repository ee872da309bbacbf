/**
 * Starts a private nats-server (Debian's package) with JetStream on a free loopback port, for one
 * test file. Never touches the shared server on 4222.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface NatsServerHandle {
  url: string;
  port: number;
  /** Stops the server; with `keepStore` its JetStream store survives for a restart. */
  stop(options?: { keepStore?: boolean }): Promise<void>;
  /** Kills it hard (SIGKILL), as a crash would. */
  kill(): Promise<void>;
  storeDir: string;
}

export interface NatsServerOptions {
  /** Reuse a store dir, e.g. to restart a server and find its streams again. */
  storeDir?: string;
  port?: number;
  /** A config file to start from (e.g. one including deploy/nats/permissions.conf); the options above override its address, port and store. */
  configFile?: string;
  /** Extra environment for the server, e.g. the `$BL_NATS_PASS_<USER>` passwords a config refers to. */
  env?: Readonly<Record<string, string>>;
}

const READY_LINE = /Listening for client connections on [\d.]+:(\d+)/;
const START_TIMEOUT_MS = 10_000;

export async function startNatsServer(options: NatsServerOptions = {}): Promise<NatsServerHandle> {
  const storeDir = options.storeDir ?? (await mkdtemp(join(tmpdir(), 'brightline-nats-')));
  const binary = natsServerBinary();
  const config = options.configFile ? ['-c', options.configFile] : [];
  const child = spawn(binary, [...config, '-a', '127.0.0.1', '-p', String(options.port ?? -1), '-js', '-sd', storeDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(options.env ? { env: { ...process.env, ...options.env } } : {}),
  });
  const port = await waitForPort(child, binary);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const halt = async (signal: NodeJS.Signals): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  return {
    url: `nats://127.0.0.1:${port}`,
    port,
    storeDir,
    stop: async ({ keepStore = false } = {}) => {
      await halt('SIGTERM');
      if (!keepStore && !options.storeDir) await rm(storeDir, { recursive: true, force: true });
    },
    kill: () => halt('SIGKILL'),
  };
}

/** Debian's nats-server on PATH, or NATS_SERVER_BIN. */
export function natsServerBinary(): string {
  return process.env['NATS_SERVER_BIN'] ?? 'nats-server';
}

/** Resolves with the client port once `child` logs that it listens; rejects if it exits first. */
export function waitForPort(child: ChildProcess, binary: string): Promise<number> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`nats-server did not start within ${START_TIMEOUT_MS} ms:\n${output}`));
    }, START_TIMEOUT_MS);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = READY_LINE.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        child.stderr?.off('data', onData);
        // Keep draining so a chatty server never blocks on a full pipe.
        child.stdout?.resume();
        child.stderr?.resume();
        resolve(Number(match[1]));
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`cannot start '${binary}' (install Debian's nats-server): ${error.message}`));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`nats-server exited with ${code} before it listened:\n${output}`));
    });
  });
}
