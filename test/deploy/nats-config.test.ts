/**
 * The production NATS files of deploy/nats: three node environments that make one cluster, each
 * accepted by nats-server with the shared config (`nats-server -t`).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CLUSTER_CONFIG } from '../harness/nats-cluster.js';
import { natsServerBinary } from '../harness/nats-server.js';

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
});
