/**
 * The production NATS files of deploy/nats: three node environments that make one cluster, each
 * accepted by nats-server with the shared config (`nats-server -t`), and a node started from it
 * pinging its peers often enough to drop a silent one within a minute.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freeTcpPort } from '../../lib/free-port.js';
import { fileURLToPath } from 'node:url';
import { CLUSTER_CONFIG } from '../harness/nats-cluster.js';
import { natsServerBinary, waitForPort } from '../harness/nats-server.js';

const NODES = [1, 2, 3].map((n) => fileURLToPath(new URL(`../../deploy/nats/nats-${n}.env`, import.meta.url)));

/** KEY=VALUE lines, as systemd's EnvironmentFile (and `set -a; . file`) read them. */
function readEnv(path: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const match = /^([A-Z_][A-Z0-9_]*)=(.*)$/.exec(line.trim());
    if (match?.[1]) env[match[1]] = (match[2] ?? '').replace(/^"(.*)"$/, '$1');
  }
  return env;
}

describe('deploy/nats', () => {
  const envs = NODES.map(readEnv);

  it('has three nodes with their own names and one list of routes naming each of them', () => {
    assert.deepEqual(envs.map((env) => env['NATS_SERVER_NAME']), ['nats-1', 'nats-2', 'nats-3']);
    const routes = new Set(envs.map((env) => env['NATS_ROUTES']));
    assert.equal(routes.size, 1, 'every node lists the same routes');
    const [list] = routes;
    for (const name of ['nats-1', 'nats-2', 'nats-3']) assert.match(String(list), new RegExp(`nats-route://${name}\\b`));
    for (const env of envs) {
      for (const key of ['NATS_LISTEN', 'NATS_MONITOR', 'NATS_CLUSTER_LISTEN', 'NATS_STORE_DIR']) assert.ok(env[key], `${env['NATS_SERVER_NAME']} sets ${key}`);
    }
  });

  it('is a config nats-server accepts on every node', () => {
    for (const env of envs) {
      const result = spawnSync(natsServerBinary(), ['-c', CLUSTER_CONFIG, '-t'], { env: { ...process.env, ...env }, encoding: 'utf8' });
      assert.equal(result.status, 0, `${env['NATS_SERVER_NAME']}: ${result.stdout}${result.stderr}`);
      assert.match(result.stdout + result.stderr, /configuration file .* is valid/);
    }
  });

  it('makes a node ping its clients and routes every 10 s and drop one at 3 unanswered (deploy/multi-host.md)', async () => {
    const [client, monitor, cluster] = [await freeTcpPort(), await freeTcpPort(), await freeTcpPort()];
    const store = await mkdtemp(join(tmpdir(), 'brightline-nats-config-'));
    const binary = natsServerBinary();
    const node = spawn(binary, ['-c', CLUSTER_CONFIG], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        ...envs[0],
        NATS_LISTEN: `127.0.0.1:${client}`,
        NATS_MONITOR: `127.0.0.1:${monitor}`,
        NATS_CLUSTER_LISTEN: `127.0.0.1:${cluster}`,
        NATS_STORE_DIR: store,
        NATS_ROUTES: `[nats-route://127.0.0.1:${cluster}]`,
      },
    });
    const exited = new Promise((resolve) => node.once('exit', resolve));
    try {
      await waitForPort(node, binary);
      const varz = (await (await fetch(`http://127.0.0.1:${monitor}/varz`)).json()) as { ping_interval?: number; ping_max?: number };
      assert.deepEqual({ pingIntervalNs: varz.ping_interval, pingMax: varz.ping_max }, { pingIntervalNs: 10e9, pingMax: 3 });
    } finally {
      node.kill('SIGKILL');
      await exited;
      await rm(store, { recursive: true, force: true });
    }
  });
});
