/**
 * A private nats-server for bench/device.ts: loopback only, free ports, JetStream in a temporary
 * store (as deployed), and the HTTP monitoring port, so the bench can ask the server how many
 * subscriptions a connection holds. (test/harness starts one too, but nothing imports test/.)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isListening } from '../deploy/local-nats.js';
import { freeTcpPort } from '../lib/free-port.js';

const START_TIMEOUT_MS = 10_000;

export interface BenchNats {
  readonly url: string;
  readonly child: ChildProcess;
  /** `nats-server --version`, e.g. `v2.9.10`. */
  readonly version: string;
  /** Subscriptions the server holds for the connection named `name`, and their subjects. */
  subscriptionsOf(name: string): Promise<{ count: number; subjects: string[] }>;
  stop(): Promise<void>;
}

export async function startBenchNats(): Promise<BenchNats> {
  const binary = process.env['NATS_SERVER_BIN'] ?? 'nats-server';
  const storeDir = await mkdtemp(join(tmpdir(), 'brightline-bench-nats-'));
  const port = await freeTcpPort();
  const monitorPort = await freeTcpPort();
  const child = spawn(binary, ['-a', '127.0.0.1', '-p', String(port), '-m', String(monitorPort), '-js', '-sd', storeDir], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  child.stderr?.on('data', (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const failed = new Promise<never>((_, reject) => {
    child.once('error', (error) => reject(new Error(`cannot start '${binary}' (install Debian's nats-server): ${error.message}`)));
    void exited.then(() => reject(new Error(`nats-server exited before it listened:\n${log}`)));
  });
  failed.catch(() => undefined);
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
    await rm(storeDir, { recursive: true, force: true });
  };
  try {
    await Promise.race([waitUntilListening(port), failed]);
  } catch (error) {
    child.kill('SIGKILL');
    await stop();
    throw error;
  }
  const monitor = `http://127.0.0.1:${monitorPort}`;
  const varz = (await (await fetch(`${monitor}/varz`)).json()) as { version?: string };
  return {
    url: `nats://127.0.0.1:${port}`,
    child,
    version: `v${varz.version ?? '?'}`,
    subscriptionsOf: async (name) => {
      const connz = (await (await fetch(`${monitor}/connz?subs=1&limit=1024`)).json()) as {
        connections?: { name?: string; subscriptions?: number; subscriptions_list?: string[] }[];
      };
      const connection = connz.connections?.find((c) => c.name === name);
      if (!connection) throw new Error(`nats-server has no connection named '${name}'`);
      return { count: connection.subscriptions ?? 0, subjects: connection.subscriptions_list ?? [] };
    },
    stop,
  };
}

async function waitUntilListening(port: number): Promise<void> {
  const deadline = performance.now() + START_TIMEOUT_MS;
  while (!(await isListening('127.0.0.1', port, 250))) {
    if (performance.now() > deadline) throw new Error(`nats-server did not listen on 127.0.0.1:${port} within ${START_TIMEOUT_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
