/**
 * `brightline up` uses the NATS at NATS_URL when it answers, and otherwise starts a private
 * nats-server with JetStream on that address (loopback only), keeping its store between runs.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { connect as tcpConnect } from 'node:net';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { BrightlineError, ErrorCode } from '../lib/errors.js';
import type { Logger } from '../lib/log.js';

export interface LocalNats {
  url: string;
  /** The server we started, or undefined when an existing one answered. */
  process: ChildProcess | undefined;
  stop(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

export async function ensureNats(url: string, logger: Logger): Promise<LocalNats> {
  const servers = url.split(',').map((server) => server.trim()).filter(Boolean);
  const answering = await Promise.all(servers.map((server) => hostAndPort(server)).map(({ host, port }) => isListening(host, port)));
  if (answering.some(Boolean)) {
    // A cluster's clients fail over by themselves: one node answering is enough to go on.
    const down = servers.filter((_, i) => !answering[i]);
    logger.info(`using the NATS server${servers.length > 1 ? 's' : ''} at ${url}${down.length ? ` (not answering now: ${down.join(', ')})` : ''}`);
    return { url, process: undefined, stop: async () => {} };
  }
  if (servers.length > 1) {
    throw new BrightlineError(ErrorCode.Unavailable, `none of the NATS servers in NATS_URL answers (${servers.join(', ')}); brightline starts its own only for a single loopback address`);
  }
  const { host, port } = hostAndPort(url);
  if (!LOOPBACK.has(host)) {
    throw new BrightlineError(ErrorCode.Unavailable, `NATS at ${url} does not answer, and brightline only starts its own on loopback`);
  }
  const storeDir = process.env['BRIGHTLINE_NATS_STORE'] ?? join(homedir(), '.local', 'state', 'brightline', `nats-${port}`);
  await mkdir(storeDir, { recursive: true });
  logger.info(`no NATS at ${url}: starting nats-server with JetStream on 127.0.0.1:${port} (store ${storeDir})`);
  const child = spawn('nats-server', ['-a', '127.0.0.1', '-p', String(port), '-js', '-sd', storeDir], { stdio: ['ignore', 'ignore', 'pipe'] });
  const spawnFailed = new Promise<never>((_, reject) =>
    child.once('error', (error) =>
      reject(new BrightlineError(ErrorCode.Unavailable, `cannot start nats-server (${error.message}); install it with 'apt-get install nats-server'`)),
    ),
  );
  await Promise.race([waitUntilListening(host, port, 10_000), spawnFailed]);
  return {
    url: `nats://127.0.0.1:${port}`,
    process: child,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

export function hostAndPort(url: string): { host: string; port: number } {
  const first = url.split(',')[0]?.trim() ?? url;
  const parsed = new URL(first.includes('://') ? first : `nats://${first}`);
  return { host: parsed.hostname || '127.0.0.1', port: Number(parsed.port || 4222) };
}

export function isListening(host: string, port: number, timeoutMs = 1_000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = tcpConnect({ host: host.replace(/^\[|\]$/g, ''), port });
    const done = (ok: boolean): void => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

async function waitUntilListening(host: string, port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await isListening(host, port, 250)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new BrightlineError(ErrorCode.Unavailable, `nats-server did not listen on ${host}:${port} within ${timeoutMs} ms`);
}
