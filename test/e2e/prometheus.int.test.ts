/**
 * Debian's real `prometheus` scrapes brightline: a simulated beamline's device host and run engine
 * run in this process with metrics on a free loopback port, serve a few device reads and a short
 * count plan, and Prometheus, configured from deploy/prometheus/prometheus.yml with a file_sd
 * targets file as `brightline up` writes it, answers queries for the command latency histogram,
 * the events counter and the queue length. Then the nats-server restarts and the reconnect counter
 * says so.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { brightline } from '../../gen/proto.js';
import { startRunEngine, type RunEngineHost } from '../../actors/plan/run-engine-host.js';
import { Bus, DeviceVerb, subjects } from '../../actors/transport/mod.js';
import { prometheusTargetsFile, writePrometheusTargets } from '../../deploy/prometheus-targets.js';
import { freeTcpPort } from '../../lib/free-port.js';
import { MetricName } from '../../lib/telemetry/meter.js';
import { startMetrics, type MetricsHandle } from '../../lib/telemetry/metrics.js';
import { startNatsServer, type NatsServerHandle } from '../harness/nats-server.js';
import { RunEngineClient, startSimBeamline, type SimBeamline } from '../plan/real-beamline.js';

const v1 = brightline.v1;
const PROMETHEUS = '/usr/bin/prometheus';
const EXAMPLE_CONFIG = fileURLToPath(new URL('../../deploy/prometheus/prometheus.yml', import.meta.url));
const BEAMLINE = 'PM1';
const READS = 5;
const EVENTS = 3;
/** Generous: Prometheus starts, reads its targets and scrapes every second; slow machines are slow. */
const QUERY_TIMEOUT_MS = 90_000;

interface Sample {
  metric: Record<string, string>;
  value: number;
}

describe('Prometheus scrapes a device host and a run engine', () => {
  let nats: NatsServerHandle;
  let metrics: MetricsHandle;
  let hostBus: Bus;
  let engineBus: Bus;
  let client: Bus;
  let beamline: SimBeamline;
  let engine: RunEngineHost;
  let dir: string;
  let prometheus: ChildProcess | undefined;
  let prometheusLog = '';
  let prometheusUrl = '';

  before(async () => {
    nats = await startNatsServer();
    metrics = await startMetrics({ service: 'e2e', instance: 'prometheus-test', listen: '127.0.0.1:0' });
    hostBus = await Bus.connect({ servers: nats.url, name: 'prom-device-host' });
    engineBus = await Bus.connect({ servers: nats.url, name: 'prom-run-engine' });
    client = await Bus.connect({ servers: nats.url, name: 'prom-client' });
    beamline = await startSimBeamline({ bus: hostBus, beamline: BEAMLINE, prefix: `${BEAMLINE}:` });
    engine = await startRunEngine({ bus: engineBus, beamline: BEAMLINE, heartbeatIntervalMs: 200 });
    dir = await mkdtemp(join(tmpdir(), 'bl-prometheus-'));
  });

  after(async () => {
    if (prometheus && prometheus.exitCode === null && prometheus.signalCode === null) {
      const exited = new Promise<void>((resolve) => prometheus?.once('exit', () => resolve()));
      prometheus.kill('SIGTERM');
      const killer = setTimeout(() => prometheus?.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(killer);
    }
    await engine?.stop();
    await beamline?.close();
    for (const bus of [client, engineBus, hostBus]) await bus?.close();
    await metrics?.stop();
    await nats?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('answers queries for the command latency, the events and the queue length', async () => {
    for (let i = 0; i < READS; i++) {
      const reply = await client.request(subjects.deviceCommand(BEAMLINE, 'det', DeviceVerb.Read), v1.ReadRequest, {}, v1.ReadReply, { timeoutMs: 5_000 });
      assert.ok(reply.readings?.['det'], 'det was read');
    }
    const runs = new RunEngineClient(client, BEAMLINE);
    try {
      const item = await runs.submit('count', { detectors: ['det'], num: EVENTS });
      const [entry] = (await runs.historyIncluding([item], 30_000)).filter((e) => e.item?.item_uid === item);
      assert.equal(entry?.exit_status, 'success', entry?.reason ?? '');
    } finally {
      runs.close();
    }

    prometheusUrl = await startPrometheus(metrics.port ?? 0);

    const reads = await untilSample(`${MetricName.DeviceCommandDuration}_count`, (s) => s.metric['device'] === 'det' && s.metric['verb'] === 'read' && s.value >= READS);
    assert.deepEqual(
      { beamline: reads.metric['beamline'], outcome: reads.metric['outcome'], role: reads.metric['role'], instance: reads.metric['instance'] },
      { beamline: BEAMLINE, outcome: 'ok', role: 'e2e', instance: 'prometheus-test' },
      'labels from the histogram and from the targets file',
    );

    const events = await untilSample(MetricName.Events, (s) => s.metric['beamline'] === BEAMLINE && s.value >= EVENTS);
    assert.equal(events.value, EVENTS, 'each event of the count counted once');

    const queue = await untilSample(MetricName.QueueLength, (s) => s.metric['beamline'] === BEAMLINE);
    assert.equal(queue.value, 0, 'the count ran: nothing waits');

    // The buckets make a quantile (over all reads so far: they were made before the first scrape, so a rate() would be 0).
    const p99 = await untilSample(`histogram_quantile(0.99, sum by (le) (${MetricName.DeviceCommandDuration}_bucket{verb="read"}))`, (s) => Number.isFinite(s.value));
    assert.ok(p99.value > 0 && p99.value <= 60, `a p99 read latency in seconds, got ${p99.value}`);
  });

  it('counts a lost and regained NATS connection', async () => {
    const count = async (name: string): Promise<number> => {
      const text = await (await fetch(`http://127.0.0.1:${metrics.port}/metrics`)).text();
      const line = text.split('\n').find((l) => l.startsWith(`${name}{connection="prom-run-engine"}`));
      return Number(line?.split(' ').at(-1) ?? NaN);
    };
    assert.equal(await count(MetricName.NatsReconnects), 0);
    await nats.stop({ keepStore: true });
    nats = await startNatsServer({ port: nats.port, storeDir: nats.storeDir });
    await untilTrue('the run engine bus to count its reconnect', async () => (await count(MetricName.NatsReconnects)) === 1);
    assert.equal(await count(MetricName.NatsDisconnects), 1);
  });

  async function startPrometheus(metricsPort: number): Promise<string> {
    const env = { BRIGHTLINE_STATE_DIR: join(dir, 'state') };
    const targets = prometheusTargetsFile(env);
    await writePrometheusTargets(targets, [{ address: `127.0.0.1:${metricsPort}`, role: 'e2e', instance: 'prometheus-test' }]);
    // The example as documented, with the state dir filled in and a faster scrape.
    const example = await readFile(EXAMPLE_CONFIG, 'utf8');
    const config = example.replace('BRIGHTLINE_STATE_DIR/', `${env.BRIGHTLINE_STATE_DIR}/`).replace(/scrape_interval: \d+s/, 'scrape_interval: 1s');
    assert.notEqual(config, example);
    assert.match(config, /scrape_interval: 1s/);
    const configFile = join(dir, 'prometheus.yml');
    await writeFile(configFile, config);

    const port = await freeTcpPort();
    prometheus = spawn(PROMETHEUS, [`--config.file=${configFile}`, `--storage.tsdb.path=${join(dir, 'tsdb')}`, `--web.listen-address=127.0.0.1:${port}`, '--log.level=warn'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    for (const stream of [prometheus.stdout, prometheus.stderr]) stream?.on('data', (chunk: Buffer) => (prometheusLog = (prometheusLog + chunk.toString()).slice(-8_000)));
    prometheus.once('error', (error) => (prometheusLog += `\ncannot run ${PROMETHEUS} (Debian package prometheus): ${error.message}`));
    return `http://127.0.0.1:${port}`;
  }

  /** Queries Prometheus until a sample of `query` satisfies `accept`; fails with Prometheus's log and the last answer. */
  async function untilSample(query: string, accept: (sample: Sample) => boolean): Promise<Sample> {
    let last = '';
    const deadline = Date.now() + QUERY_TIMEOUT_MS;
    for (;;) {
      assert.equal(prometheus?.exitCode ?? null, null, `prometheus exited: ${prometheusLog}`);
      try {
        const response = await fetch(`${prometheusUrl}/api/v1/query?query=${encodeURIComponent(query)}`);
        last = await response.text();
        const body = JSON.parse(last) as { status: string; data?: { result?: Array<{ metric: Record<string, string>; value: [number, string] }> } };
        const found = (body.data?.result ?? []).map((r) => ({ metric: r.metric, value: Number(r.value[1]) })).find(accept);
        if (body.status === 'success' && found) return found;
      } catch (error) {
        last = String(error); // not listening yet
      }
      if (Date.now() > deadline) assert.fail(`no sample of ${query} within ${QUERY_TIMEOUT_MS / 1000} s; last answer: ${last}\nprometheus log: ${prometheusLog}`);
      await sleep(500);
    }
  }
});

async function untilTrue(what: string, check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await sleep(100);
  }
}
