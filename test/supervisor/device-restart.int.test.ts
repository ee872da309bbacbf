/**
 * A device host whose device actor crashes, driven over a real nats-server: the crash comes from a
 * signal backend with a bug (its stop button throws instead of rejecting), reached through the
 * real motor kind and the real `stop` verb. The host restarts the device, then gives up and serves
 * it in fault; its other devices, a composite whose child crashed included, keep serving.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { brightline } from '../../gen/proto.js';
import { Bus, DeviceVerb, subjects } from '../../actors/transport/mod.js';
import { parseDeviceConfigs, startDeviceHost, type DeviceHost, type SignalResolver } from '../../actors/device/mod.js';
import { createSignalResolver } from '../../actors/device/signals/create-resolver.js';
import type { PutOptions, SignalBackend, SignalValue } from '../../actors/device/signals/signal-backend.js';
import type { RestartPolicy } from '../../actors/supervisor/restart-policy.js';
import { createDatabase, type RecordDatabase } from '../../epics/server/records/mod.js';
import { ErrorCode } from '../../lib/errors.js';
import { toWireValue } from '../../lib/values.js';
import { startNatsServer, type NatsServerHandle } from '../harness/nats-server.js';
import { eventually, isBrightlineError } from '../harness/waits.js';

const v1 = brightline.v1;
const BL = 'BL07';
const TIMEOUT = { timeoutMs: 8000 };
/** A small budget with a window no test run outlasts, so the count of crashes is exact. */
const POLICY: RestartPolicy = { initialBackoffMs: 100, maxBackoffMs: 800, maxRestarts: 4, withinMs: 600_000 };

const motor = (name: string, velo: number) => ({ type: 'motor', name, egu: 'mm', velo, accl: 0.1, llm: -100, hlm: 100, prec: 3, value: 0, tickMs: 20 });
const RECORDS = [motor('m1', 5), motor('crashy', 2), motor('stx', 5), motor('sty', 5), motor('stz', 5)];

const devices = parseDeviceConfigs(
  [
    { kind: 'motor', name: 'm1', pv: 'sim://T7:m1' },
    { kind: 'motor', name: 'crashy', pv: 'sim://T7:crashy' },
    { kind: 'xyz-stage', name: 'st', x: 'sim://T7:stx', y: 'sim://T7:sty', z: 'sim://T7:stz' },
  ],
  BL,
);

/** A stop button whose driver throws synchronously (a bug) while its record is in `armed`. */
class BuggyStopButton implements SignalBackend {
  constructor(
    private readonly inner: SignalBackend,
    private readonly record: string,
    private readonly armed: ReadonlySet<string>,
  ) {}
  get source(): string {
    return this.inner.source;
  }
  get connected(): boolean {
    return this.inner.connected;
  }
  connect: SignalBackend['connect'] = (options) => this.inner.connect(options);
  meta: SignalBackend['meta'] = () => this.inner.meta();
  latest: SignalBackend['latest'] = () => this.inner.latest();
  get: SignalBackend['get'] = (options) => this.inner.get(options);
  put(value: SignalValue, options: PutOptions): Promise<void> {
    if (this.armed.has(this.record)) throw new TypeError(`stop driver of ${this.record} lost its channel table`);
    return this.inner.put(value, options);
  }
  subscribe: SignalBackend['subscribe'] = (listener) => this.inner.subscribe(listener);
  onConnection: SignalBackend['onConnection'] = (listener) => this.inner.onConnection(listener);
  close: SignalBackend['close'] = () => this.inner.close();
}

describe('a device host supervises its device actors', () => {
  let nats: NatsServerHandle;
  let serving: Bus;
  let calling: Bus;
  let database: RecordDatabase;
  let host: DeviceHost;
  const armed = new Set<string>();
  const health: Array<{ device: string; state: string; reason: string }> = [];
  const latest = (device: string) => health.filter((h) => h.device === device).at(-1);
  /** What a client reading m1 all along saw go wrong. */
  const bystanderFailures: string[] = [];
  let bystanderReads = 0;
  let watching = true;
  let bystander: Promise<void> = Promise.resolve();

  const command = <Rep>(device: string, verb: DeviceVerb, type: { encode: unknown; decode: unknown }, body: object, reply: { decode(b: Uint8Array): Rep }) =>
    calling.request(subjects.deviceCommand(BL, device, verb), type as never, body as never, reply as never, TIMEOUT) as Promise<Rep>;
  const read = async (device: string) => (await command(device, DeviceVerb.Read, v1.ReadRequest, {}, v1.ReadReply)).readings;
  const set = (device: string, value: brightline.v1.Value.$Properties) => command(device, DeviceVerb.Set, v1.SetRequest, { value }, v1.StatusReply);
  const stop = (device: string) => command(device, DeviceVerb.Stop, v1.StopRequest, { success: false }, v1.CommandReply);
  const numberOf = (readings: Record<string, brightline.v1.IReading>, key: string): number => readings[key]?.value?.number ?? Number.NaN;

  /** Crashes `device` through its stop button; resolves once the host has noticed. */
  const crash = async (device: string): Promise<void> => {
    const before = health.length;
    armed.add(device);
    await stop(device);
    await eventually(`${device} to crash`, () => health.slice(before).some((h) => h.device === device && /restarting after a crash|^crashed/.test(h.reason)));
  };

  before(async () => {
    nats = await startNatsServer();
    database = createDatabase('T7:', RECORDS);
    const sim = createSignalResolver({ sim: database });
    const signals: SignalResolver = {
      resolve: (uri) => {
        const backend = sim.resolve(uri);
        const stopOf = /^sim:\/\/T7:(\w+)\.STOP$/.exec(uri)?.[1];
        if (stopOf === undefined) return backend;
        // the stage's axes are served as st_x, st_y, st_z
        const device = stopOf.startsWith('st') ? `st_${stopOf.slice(2)}` : stopOf;
        return new BuggyStopButton(backend, device, armed);
      },
    };
    serving = await Bus.connect({ servers: nats.url, name: 'device-host' });
    calling = await Bus.connect({ servers: nats.url, name: 'caller' });
    calling.subscribe(subjects.health(BL, '*'), v1.DeviceHealth, (h) => health.push({ device: h.device, state: h.state, reason: h.reason }));
    await calling.flush();
    host = await startDeviceHost({
      bus: serving, beamline: BL, devices, signals, dataDir: await mkdtemp(join(tmpdir(), 'bl-data-')), heartbeatIntervalMs: 200, restartPolicy: POLICY,
    });
    bystander = (async () => {
      while (watching) {
        try {
          if (!Number.isFinite(numberOf(await read('m1'), 'm1'))) bystanderFailures.push('m1 read no number');
          bystanderReads += 1;
        } catch (error) {
          bystanderFailures.push(String(error));
        }
        await sleep(25);
      }
    })();
  });

  after(async () => {
    watching = false;
    await bystander;
    await host?.stop();
    database?.close();
    await calling?.close();
    await serving?.close();
    await nats?.stop();
  });

  it('fails a request in flight with a clear error, restarts the device after the back-off, and serves it again', async () => {
    assert.deepEqual(host.devices, ['m1', 'crashy', 'st_x', 'st_y', 'st_z', 'st']);
    const moving = set('crashy', { number: 50 });
    await eventually('crashy busy', () => latest('crashy')?.state === 'busy');
    await crash('crashy');
    await assert.rejects(moving, isBrightlineError(ErrorCode.Aborted, /^set crashy to 50 failed: crashy crashed: .*stop driver of crashy lost its channel table/));
    const restarting = health.find((h) => h.device === 'crashy' && h.reason.startsWith('restarting'));
    assert.equal(restarting?.state, 'connecting');
    assert.match(restarting?.reason ?? '', /^restarting after a crash: .*stop driver of crashy lost its channel table \(attempt 1, in 100 ms\)$/);

    armed.delete('crashy');
    await eventually('crashy idle again', () => latest('crashy')?.state === 'idle');
    assert.ok(Number.isFinite(numberOf(await read('crashy'), 'crashy')));
    assert.equal((await set('crashy', { number: 1 })).success, true);
    assert.equal(numberOf(await read('crashy'), 'crashy'), 1);
  });

  it('replaces a crashed child under its composite, which moves the fresh child', async () => {
    const before = health.length;
    await crash('st_x');
    armed.delete('st_x');
    await eventually('st_x idle again', () => latest('st_x')?.state === 'idle');
    await eventually('st ready again', () => latest('st')?.state === 'idle');
    const stage = health.slice(before).filter((h) => h.device === 'st');
    assert.ok(stage.some((h) => h.state === 'disconnected' && /st_x is connecting \(restarting after a crash/.test(h.reason)), JSON.stringify(stage));

    assert.equal((await set('st', toWireValue([1, 2, 3]))).success, true);
    const readings = await read('st');
    assert.deepEqual(['st_x', 'st_y', 'st_z'].map((axis) => numberOf(readings, axis)), [1, 2, 3]);
    assert.equal(numberOf(await read('st_x'), 'st_x'), 1);
  });

  it('escalates to fault after too many crashes, with the reason in health and in every refusal', async () => {
    // one crash already happened in the first test: four more restarts, then the budget is spent
    armed.add('crashy');
    for (let crashes = 2; latest('crashy')?.state !== 'fault'; crashes++) {
      assert.ok(crashes <= POLICY.maxRestarts + 1, `still not in fault after ${crashes - 1} crashes`);
      await eventually('crashy idle', () => latest('crashy')?.state === 'idle');
      await crash('crashy');
    }
    const reason = latest('crashy')?.reason ?? '';
    assert.match(reason, /^crashed 5 times in 600 s, last: .*stop driver of crashy lost its channel table; not restarting — restart the device host to try again$/);
    const refusal = /^cannot .*crashy is in fault \(crashed 5 times in 600 s, last: .*; not restarting — restart the device host to try again\)$/;
    await assert.rejects(read('crashy'), isBrightlineError(ErrorCode.FailedPrecondition, refusal));
    await assert.rejects(set('crashy', { number: 2 }), isBrightlineError(ErrorCode.FailedPrecondition, refusal));

    armed.delete('crashy');
    await sleep(2 * POLICY.maxBackoffMs);
    assert.equal(latest('crashy')?.state, 'fault', 'no restart after escalation');
    // the rest of the host is unaffected
    assert.equal((await set('m1', { number: 2 })).success, true);
    assert.equal((await set('st', toWireValue([0, 0, 0]))).success, true);
  });

  it('kept serving its other devices throughout', () => {
    assert.ok(bystanderReads > 10, `only ${bystanderReads} reads of m1`);
    assert.deepEqual(bystanderFailures, []);
  });
});
