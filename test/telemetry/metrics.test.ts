/**
 * Metrics without NATS: startMetrics serves /metrics on a free loopback port, the instruments of
 * the device service, the document publisher and the supervisor's health gauge report under their
 * Prometheus names, and without a provider everything is a no-op.
 */
import { afterEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { metrics } from '@opentelemetry/api';
import { brightline } from '../../gen/proto.js';
import { serveDevices } from '../../actors/device/device-service.js';
import type { DeviceHandle } from '../../actors/device/device-handle.js';
import { createDocumentPublisher } from '../../actors/plan/document-publisher.js';
import type { AnyDocument } from '../../actors/plan/documents.js';
import { watchDeviceHealthMetrics } from '../../actors/supervisor/health-metrics.js';
import { DeviceVerb, MemoryKvBucket, subjects, type Bus, type BusService, type Replyable, type RequestHandler } from '../../actors/transport/mod.js';
import { ErrorCode } from '../../lib/errors.js';
import { lazyInstrument, MetricName, observeGauge } from '../../lib/telemetry/meter.js';
import { METRICS_ENV, MetricsAlreadyStartedError, MetricsListenError, parseListenAddress, startMetrics, type MetricsHandle } from '../../lib/telemetry/metrics.js';

const v1 = brightline.v1;
const BEAMLINE = 'MT1';

let running: MetricsHandle | undefined;

async function start(listen = '127.0.0.1:0'): Promise<MetricsHandle & { port: number }> {
  running = await startMetrics({ service: 'test', instance: 'unit', listen });
  const { port } = running;
  assert.ok(port !== undefined && port > 0, `a port, got ${String(port)}`);
  return Object.assign(running, { port });
}

async function scrape(port: number): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${port}/metrics`);
  assert.equal(response.status, 200);
  return response.text();
}

/** The value of the one sample line `name{labels}` (labels in any order), or undefined. */
function sample(text: string, name: string, labels: Record<string, string>): number | undefined {
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const found = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(labels).every(([k, v]) => found[k] === v) && Object.keys(found).length === Object.keys(labels).length) return Number(match[3]);
  }
  return undefined;
}

/** A bus service that keeps its handlers, so a test calls an endpoint as the services framework would. */
function capturingService(): BusService & { call(subject: string, verb: string, request: unknown): Promise<Replyable> } {
  const handlers = new Map<string, RequestHandler<unknown, Replyable>>();
  return {
    addEndpoint: (_name, subject, _req, _rep, handler) => void handlers.set(subject.split('.').at(-1) ?? '', handler as RequestHandler<unknown, Replyable>),
    stop: async () => undefined,
    call: (subject, verb, request) => {
      const handler = handlers.get(verb);
      assert.ok(handler, `an endpoint for ${verb}`);
      return handler(request, subject, { get: () => undefined });
    },
  };
}

/** A motor that answers read, as much of a DeviceHandle as the read endpoint touches. */
function readableDevice(name: string): DeviceHandle {
  const fake: Pick<DeviceHandle, 'name' | 'read' | 'assetDocuments'> = {
    name,
    read: () => ({ [name]: { value: 1.5, timestamp: 1, alarm_severity: 'NO_ALARM', alarm_status: '' } }),
    assetDocuments: () => [],
  };
  return fake as DeviceHandle;
}

afterEach(async () => {
  await running?.stop();
  running = undefined;
});

describe('startMetrics', () => {
  it('parses host:port, :port and port, and refuses anything else', () => {
    assert.deepEqual(parseListenAddress('127.0.0.1:9464'), { host: '127.0.0.1', port: 9464 });
    assert.deepEqual(parseListenAddress(':0'), { host: '127.0.0.1', port: 0 });
    assert.deepEqual(parseListenAddress('9100'), { host: '127.0.0.1', port: 9100 });
    assert.deepEqual(parseListenAddress('[::1]:9100'), { host: '::1', port: 9100 });
    for (const bad of ['localhost', '127.0.0.1:', '1.2.3.4:70000', 'a:b:c', '127.0.0.1:-1']) {
      assert.throws(() => parseListenAddress(bad), (error: Error & { code?: number }) => error.code === ErrorCode.InvalidArgument && /BRIGHTLINE_METRICS/.test(error.message), bad);
    }
  });

  it('registers nothing without an address, and instruments are then no-ops', async () => {
    const saved = process.env[METRICS_ENV];
    delete process.env[METRICS_ENV];
    try {
      const handle = await startMetrics({ service: 'test', instance: 'unit' });
      assert.equal(handle.port, undefined);
      const histogram = lazyInstrument((meter) => meter.createHistogram('brightline_test_seconds'));
      histogram().record(0.1, { a: 'b' });
      assert.equal(metrics.getMeterProvider().constructor.name, 'NoopMeterProvider');
      await handle.stop();
    } finally {
      if (saved !== undefined) process.env[METRICS_ENV] = saved;
    }
  });

  it('takes its address from BRIGHTLINE_METRICS, serves /metrics only, with the resource as target_info', async () => {
    const saved = process.env[METRICS_ENV];
    process.env[METRICS_ENV] = '127.0.0.1:0';
    try {
      running = await startMetrics({ service: 'device-host', instance: 'BL07' });
    } finally {
      if (saved === undefined) delete process.env[METRICS_ENV];
      else process.env[METRICS_ENV] = saved;
    }
    const port = running.port ?? 0;
    assert.ok(port > 0);
    const text = await scrape(port);
    assert.match(text, /^target_info\{[^}]*service_name="device-host"[^}]*\} 1$/m);
    assert.match(text, /^target_info\{[^}]*service_instance_id="BL07"[^}]*\} 1$/m);
    assert.equal((await fetch(`http://127.0.0.1:${port}/other`)).status, 404);
    assert.equal((await fetch(`http://127.0.0.1:${port}/metrics`, { method: 'POST' })).status, 405);
  });

  it('refuses a second provider, and a port in use, with typed errors', async () => {
    await start();
    await assert.rejects(startMetrics({ service: 'test', instance: 'again', listen: '127.0.0.1:0' }), MetricsAlreadyStartedError);
    await running?.stop();
    running = undefined;

    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const address = blocker.address();
    const busy = typeof address === 'object' && address ? address.port : 0;
    try {
      await assert.rejects(startMetrics({ service: 'test', instance: 'busy', listen: `127.0.0.1:${busy}` }), (error: unknown) => {
        assert.ok(error instanceof MetricsListenError);
        assert.equal(error.code, ErrorCode.Unavailable);
        assert.match(error.message, new RegExp(`127\\.0\\.0\\.1:${busy}.*EADDRINUSE`));
        return true;
      });
      assert.equal(metrics.getMeterProvider().constructor.name, 'NoopMeterProvider', 'a failed start leaves no provider behind');
    } finally {
      blocker.close();
    }
  });

  it('stops serving and unregisters its provider on stop', async () => {
    const { port, stop } = await start();
    await stop();
    running = undefined;
    assert.equal(metrics.getMeterProvider().constructor.name, 'NoopMeterProvider');
    await assert.rejects(fetch(`http://127.0.0.1:${port}/metrics`));
  });
});

describe('instruments', () => {
  it('device commands: a histogram in seconds per beamline, device, verb and outcome, with buckets from 0.5 ms to 60 s', async () => {
    // The endpoints exist before metrics start, as in a process that starts its telemetry late.
    const service = capturingService();
    serveDevices(service, BEAMLINE, new Map([['m1', readableDevice('m1')]]));
    const { port } = await start();

    const reply = await service.call(subjects.deviceCommand(BEAMLINE, 'm1', DeviceVerb.Read), DeviceVerb.Read, {});
    assert.equal(reply.error, undefined);
    await service.call(subjects.deviceCommand(BEAMLINE, 'm1', DeviceVerb.Read), DeviceVerb.Read, {});
    await assert.rejects(service.call(subjects.deviceCommand(BEAMLINE, 'nope', DeviceVerb.Read), DeviceVerb.Read, {}), /nope/);

    const text = await scrape(port);
    const name = MetricName.DeviceCommandDuration;
    assert.match(text, new RegExp(`^# TYPE ${name} histogram$`, 'm'));
    const ok = { beamline: BEAMLINE, device: 'm1', verb: 'read', outcome: 'ok' };
    assert.equal(sample(text, `${name}_count`, ok), 2);
    const sum = sample(text, `${name}_sum`, ok);
    assert.ok(sum !== undefined && sum > 0 && sum < 10, `sum of two fake reads in seconds, got ${sum}`);
    assert.equal(sample(text, `${name}_bucket`, { ...ok, le: '0.0005' }) !== undefined, true);
    assert.equal(sample(text, `${name}_bucket`, { ...ok, le: '60' }), 2);
    assert.equal(sample(text, `${name}_bucket`, { ...ok, le: '+Inf' }), 2);
    assert.equal(sample(text, `${name}_count`, { beamline: BEAMLINE, device: '(unknown)', verb: 'read', outcome: 'error' }), 1);
  });

  it('events: Events count 1, EventPages their rows, duplicates and other documents nothing', async () => {
    const { port } = await start();
    const duplicates = new Set<string>();
    const bus = {
      publishDurable: async (_subject: string, _type: unknown, _message: unknown, msgId: string) => {
        const duplicate = duplicates.has(msgId);
        duplicates.add(msgId);
        return { seq: duplicates.size, duplicate };
      },
    };
    const emit = createDocumentPublisher({ bus: bus as unknown as Bus, beamline: BEAMLINE });
    assert.equal(sample(await scrape(port), MetricName.Events, { beamline: BEAMLINE }), 0, 'the series exists before the first event');

    const event = { uid: 'e1', descriptor: 'd', seq_num: 1, time: 1, data: {}, timestamps: {}, filled: {} } as AnyDocument;
    const page = { uid: ['p1', 'p2', 'p3'], descriptor: 'd', seq_num: [2, 3, 4], time: [1, 1, 1], data: {}, timestamps: {}, filled: {} } as AnyDocument;
    await emit('start', { uid: 'r', time: 1 } as AnyDocument, 'r');
    await emit('event', event, 'r');
    await emit('event', event, 'r'); // a retry of a publish that landed: the stream says duplicate
    await emit('event_page', page, 'r');
    assert.equal(sample(await scrape(port), MetricName.Events, { beamline: BEAMLINE }), 4);
  });

  it('device health: 1 for the state of each device record, 0 for the other three; process records left out', async () => {
    const { port } = await start();
    const bucket = new MemoryKvBucket('BL_HEALTH');
    const record = (key: string, kind: string, beamline: string, name: string, state: string): brightline.v1.IHealthRecord => ({ key, kind, beamline, name, state });
    await bucket.put(`${BEAMLINE}.m1`, v1.HealthRecord, record(`${BEAMLINE}.m1`, 'device', BEAMLINE, 'm1', 'ok'));
    await bucket.put('proc.device-host.MT1', v1.HealthRecord, record('proc.device-host.MT1', 'process', BEAMLINE, 'device-host', 'ok'));
    const watch = await watchDeviceHealthMetrics(bucket);
    try {
      await bucket.put(`${BEAMLINE}.det`, v1.HealthRecord, record(`${BEAMLINE}.det`, 'device', BEAMLINE, 'det', 'fault'));
      let text = await scrape(port);
      const health = (device: string, state: string): number | undefined => sample(text, MetricName.DeviceHealth, { beamline: BEAMLINE, device, state });
      assert.deepEqual(['ok', 'degraded', 'fault', 'disconnected'].map((s) => health('m1', s)), [1, 0, 0, 0]);
      assert.deepEqual(['ok', 'degraded', 'fault', 'disconnected'].map((s) => health('det', s)), [0, 0, 1, 0]);
      assert.equal(health('device-host', 'ok'), undefined);

      await bucket.put(`${BEAMLINE}.m1`, v1.HealthRecord, record(`${BEAMLINE}.m1`, 'device', BEAMLINE, 'm1', 'disconnected'));
      await bucket.delete(`${BEAMLINE}.det`);
      text = await scrape(port);
      assert.deepEqual(['ok', 'degraded', 'fault', 'disconnected'].map((s) => health('m1', s)), [0, 0, 0, 1]);
      assert.equal(health('det', 'fault'), undefined, 'a deleted record is no longer reported');
    } finally {
      await watch.stop();
    }
  });

  it('an observable gauge reports what its callbacks observe, whenever metrics start, until removed', async () => {
    const remove = observeGauge({ name: MetricName.QueueLength, description: 'test' }, (observe) => observe(3, { beamline: BEAMLINE }));
    const { port } = await start();
    assert.equal(sample(await scrape(port), MetricName.QueueLength, { beamline: BEAMLINE }), 3);
    remove();
    assert.equal(sample(await scrape(port), MetricName.QueueLength, { beamline: BEAMLINE }), undefined);
  });
});
