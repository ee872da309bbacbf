/**
 * The Prometheus targets file `brightline up` writes, and the example configuration that reads it,
 * checked by Debian's `promtool` as Prometheus would load them.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { distinctFreePorts, prometheusTargetsFile, targetGroups, writePrometheusTargets } from '../../deploy/prometheus-targets.js';

const run = promisify(execFile);
const EXAMPLE_CONFIG = fileURLToPath(new URL('../../deploy/prometheus/prometheus.yml', import.meta.url));
const TARGETS = [
  { address: '127.0.0.1:40001', role: 'device-host', instance: 'BL01' },
  { address: '127.0.0.1:40002', role: 'run-engine', instance: 'BL01' },
  { address: '127.0.0.1:40003', role: 'supervisor', instance: 'facility' },
];

describe('Prometheus targets of brightline up', () => {
  it('lives in the state dir', () => {
    assert.equal(prometheusTargetsFile({ BRIGHTLINE_STATE_DIR: '/srv/bl' }), '/srv/bl/prometheus-targets.json');
  });

  it('is one file_sd group per process, labelled with its role and instance', () => {
    assert.deepEqual(targetGroups(TARGETS.slice(0, 2)), [
      { targets: ['127.0.0.1:40001'], labels: { role: 'device-host', instance: 'BL01' } },
      { targets: ['127.0.0.1:40002'], labels: { role: 'run-engine', instance: 'BL01' } },
    ]);
  });

  it('is written whole, creating the state dir, and the example config that reads it passes promtool', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bl-prom-targets-'));
    try {
      const stateDir = join(dir, 'state', 'nested');
      const file = prometheusTargetsFile({ BRIGHTLINE_STATE_DIR: stateDir });
      await writePrometheusTargets(file, TARGETS);
      assert.deepEqual(JSON.parse(await readFile(file, 'utf8')), targetGroups(TARGETS));
      assert.deepEqual(await readdir(stateDir), ['prometheus-targets.json'], 'no temporary file left');

      const example = await readFile(EXAMPLE_CONFIG, 'utf8');
      const config = join(dir, 'prometheus.yml');
      await writeFile(config, example.replace('BRIGHTLINE_STATE_DIR/', `${stateDir}/`));
      const checked = await run('promtool', ['check', 'config', config]);
      assert.match(checked.stdout + checked.stderr, /SUCCESS/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('gets different free ports for every process', async () => {
    const ports = await distinctFreePorts(12);
    assert.equal(new Set(ports).size, 12);
    assert.ok(ports.every((p) => p > 0 && p < 65_536));
  });
});
