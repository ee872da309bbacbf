import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Flyer, NotFlyingError, flyerKind, type FlyerConfig } from '../../../actors/device/kinds/flyer.js';
import type { DeviceHealthInfo, DeviceRef, KindEnvironment, StatusResult } from '../../../actors/device/kinds/kind.js';
import { connectAll, dataKeyOf, readSignal, signalParts, watchChanges, watchConnection } from '../../../actors/device/kinds/signal-group.js';
import type { DeviceBehaviour, OperationContext } from '../../../actors/device/device-behaviour.js';
import { EntryReader } from '../../../actors/device/config-reader.js';
import type { DeviceState } from '../../../actors/device/device-protocol.js';
import { DeviceBusyError, DeviceConnectError, OperationStoppedError } from '../../../actors/device/errors.js';
import { MockSignalBackend } from '../../../actors/device/signals/mock-backend.js';
import { InvalidArgumentError } from '../../../lib/errors.js';
import { beamlineId, deviceName } from '../../../lib/ids.js';
import type { PlainValue } from '../../../lib/values.js';

let clock = 100;
const now = (): number => (clock += 1);

/** A behaviour over mock signals: each read key shows one signal. */
function mockBehaviour(name: string, keys: Record<string, MockSignalBackend>, signals: Record<string, MockSignalBackend>): DeviceBehaviour {
  const all = Object.values(signals);
  return {
    name,
    deviceClass: 'Fake',
    signals,
    configurationFields: [],
    hintedFields: [],
    stageSettings: [],
    connect: (timeoutMs, signal) => connectAll(name, signalParts(signals), timeoutMs, signal),
    onConnection: (listener) => watchConnection(all, listener),
    onChange: (listener) => watchChanges(Object.values(keys), listener),
    describe: () => Object.fromEntries(Object.entries(keys).map(([key, s]) => [key, dataKeyOf(s, name)])),
    read: () => Object.fromEntries(Object.entries(keys).map(([key, s]) => [key, readSignal(s)])),
    stop: () => Promise.resolve(),
    expectedDurationS: () => 1,
    close: () => all.forEach((s) => s.close()),
  };
}

interface Move {
  readonly value: PlainValue;
  finish(): void;
  fail(error: Error): void;
}

/** What a device actor does for the flyer, with moves the test finishes by hand. */
class FakeRef implements DeviceRef {
  readonly stops: boolean[] = [];
  readonly #pending: Move[] = [];
  readonly #moveWaiters: Array<(move: Move) => void> = [];
  readonly #healthListeners = new Set<(health: DeviceHealthInfo) => void>();
  #health: DeviceHealthInfo = { state: 'idle', since: 0, reason: '' };
  ready = true;

  constructor(
    readonly name: string,
    readonly behaviour: DeviceBehaviour,
    readonly readback?: MockSignalBackend,
  ) {}

  health(): DeviceHealthInfo {
    return this.#health;
  }
  onHealth(listener: (health: DeviceHealthInfo) => void): () => void {
    this.#healthListeners.add(listener);
    return () => this.#healthListeners.delete(listener);
  }
  setHealth(state: DeviceState, reason = ''): void {
    this.#health = { state, reason, since: now() };
    for (const listener of [...this.#healthListeners]) listener(this.#health);
  }
  whenReady(signal: AbortSignal): Promise<void> {
    if (this.ready) return Promise.resolve();
    return new Promise((_, reject) => signal.addEventListener('abort', () => reject(new Error('aborted')), { once: true }));
  }
  /** An abort only stops the caller waiting: the motor goes on until stopped, as an actor's would. */
  set(value: PlainValue, _timeoutS: number, signal?: AbortSignal): Promise<StatusResult> {
    return new Promise((resolve, reject) => {
      signal?.addEventListener('abort', () => reject(new OperationStoppedError(this.name, 'set', 'waiting aborted')), { once: true });
      const end = (): void => {
        this.#pending.splice(this.#pending.indexOf(move), 1);
        this.setHealth('idle');
      };
      const move: Move = {
        value,
        finish: () => {
          if (typeof value === 'number') this.readback?.setValue(value);
          end();
          resolve({ elapsedS: 1 });
        },
        fail: (error) => {
          end();
          reject(error);
        },
      };
      this.#pending.push(move);
      this.setHealth('busy');
      const waiter = this.#moveWaiters.shift();
      if (waiter) waiter(move);
    });
  }
  /** The move the flyer asks for next (or has asked for and is still pending). */
  nextMove(): Promise<Move> {
    const pending = this.#pending.at(-1);
    return pending ? Promise.resolve(pending) : new Promise((resolve) => this.#moveWaiters.push(resolve));
  }
  trigger(): Promise<StatusResult> {
    return Promise.resolve({ elapsedS: 0 });
  }
  stop(success: boolean): void {
    this.stops.push(success);
    for (const move of [...this.#pending]) {
      if (success) move.finish();
      else move.fail(new OperationStoppedError(this.name, 'set', 'by stop'));
    }
  }
  read(): ReturnType<DeviceBehaviour['read']> {
    return this.behaviour.read();
  }
  describe(): ReturnType<DeviceBehaviour['describe']> {
    return this.behaviour.describe();
  }
}

interface Rig {
  flyer: Flyer;
  motor: FakeRef;
  readback: MockSignalBackend;
  det: MockSignalBackend;
  detRef: FakeRef;
}

async function rig(): Promise<Rig> {
  const readback = new MockSignalBackend('mock://BL01:m1.RBV', { value: 0, now });
  const setpoint = new MockSignalBackend('mock://BL01:m1.VAL', { value: 0, now });
  const det = new MockSignalBackend('mock://BL01:det', { value: 0, now });
  await Promise.all([readback, setpoint, det].map((s) => s.connect({ timeoutMs: 100 })));
  const motor = new FakeRef('m1', mockBehaviour('m1', { m1: readback, m1_setpoint: setpoint }, { readback, setpoint }), readback);
  const detRef = new FakeRef('det', mockBehaviour('det', { det }, { value: det }));
  const refs = new Map([motor, detRef].map((r) => [r.name, r]));
  const env: KindEnvironment = {
    beamline: beamlineId('BL01'),
    signals: { resolve: (uri) => assert.fail(`a flyer resolves no signal, asked for ${uri}`) },
    now,
    random: () => 0.5,
    dataDir: '/nonexistent',
    device: (name) => refs.get(name) ?? assert.fail(`no device ${name}`),
  };
  const config = parse({ motor: 'm1', detectors: ['det'] }).config;
  const flyer = flyerKind.create(config, env) as Flyer;
  await flyer.connect(100, new AbortController().signal);
  return { flyer, motor, readback, det, detRef };
}

function parse(entry: Record<string, unknown>): { config: FlyerConfig; problems: string[] } {
  const problems: string[] = [];
  const common = { kind: 'flyer', name: deviceName('fly'), stage: [], connect_timeout_s: 5 };
  return { config: flyerKind.parse(new EntryReader(entry, 'BL01.devices[3]', problems), common), problems };
}

function context(signal = new AbortController().signal): OperationContext {
  return { signal, timeoutMs: 10_000, progress: () => undefined };
}

/** Kickoff from 0 to 5, finishing the move to start; resolves once the move to stop is under way. */
async function flying(r: Rig, params: Record<string, PlainValue> = { start: 0, stop: 5 }): Promise<{ kickoff: Promise<void>; toStop: Move }> {
  const kickoff = r.flyer.kickoff(params, context());
  (await r.motor.nextMove()).finish();
  const toStop = await r.motor.nextMove();
  await kickoff;
  return { kickoff, toStop };
}

describe('flyer', () => {
  it('parses its motor and detectors, which it depends on', () => {
    const { config, problems } = parse({ motor: 'm1', detectors: ['det', 'cam'] });
    assert.deepEqual(problems, []);
    assert.deepEqual(flyerKind.dependsOn?.(config), ['m1', 'det', 'cam']);
    const bad = parse({ motor: 'm1', detectors: ['m1', 'det', 'det'] });
    assert.equal(bad.problems.length, 2, bad.problems.join('\n'));
    assert.match(bad.problems[0] ?? '', /must not include the motor 'm1'/);
  });

  it('moves to start, records each detector change during the move to stop, and collects once', async () => {
    const r = await rig();
    const kickoff = r.flyer.kickoff({ start: 0, stop: 5 }, context());
    const toStart = await r.motor.nextMove();
    assert.equal(toStart.value, 0);
    r.det.setValue(1); // before the fly move: not recorded
    toStart.finish();
    const toStop = await r.motor.nextMove();
    assert.equal(toStop.value, 5);
    await kickoff;

    r.readback.setValue(1.5);
    r.det.setValue(10);
    r.readback.setValue(3);
    r.det.setValue(20);
    const events = r.flyer.collect();
    assert.deepEqual(events.map((e) => e.data), [{ m1: 1.5, det: 10 }, { m1: 3, det: 20 }]);
    assert.deepEqual(Object.keys(events[0]?.timestamps ?? {}), ['m1', 'det']);
    assert.ok((events[1]?.time ?? 0) > (events[0]?.time ?? 0));
    assert.deepEqual(r.flyer.collect(), [], 'collect hands out each event once');
    assert.deepEqual(Object.keys(r.flyer.describeCollect()), ['m1', 'det'], 'the motor readback, not its setpoint');

    const complete = r.flyer.complete(context());
    toStop.finish();
    await complete;
    r.det.setValue(30); // after the move: not recorded
    assert.deepEqual(r.flyer.collect(), []);
    assert.deepEqual(r.flyer.read(), {});
    assert.deepEqual(r.flyer.describe(), {});
    await assert.rejects(r.flyer.complete(context()), NotFlyingError, 'one complete per kickoff');
  });

  it('refuses a second kickoff while flying, bad params, and complete without kickoff', async () => {
    const r = await rig();
    await assert.rejects(r.flyer.complete(context()), (error: unknown) => error instanceof NotFlyingError && /cannot complete fly: no fly scan under way/.test(error.message));
    await assert.rejects(r.flyer.kickoff({ start: 0 }, context()), InvalidArgumentError);
    const { toStop } = await flying(r);
    await assert.rejects(r.flyer.kickoff({ start: 0, stop: 5 }, context()), (error: unknown) => error instanceof DeviceBusyError && /flying m1 from 0 to 5/.test(error.message));
    toStop.finish();
    await r.flyer.complete(context());
    const again = await flying(r, { start: 5, stop: 0 });
    again.toStop.finish();
    await r.flyer.complete(context());
  });

  it('complete rejects with the error of a failed move, and the next kickoff is allowed', async () => {
    const r = await rig();
    const { toStop } = await flying(r);
    toStop.fail(new Error('following error'));
    await assert.rejects(r.flyer.complete(context()), /following error/);
    const again = await flying(r);
    again.toStop.finish();
    await r.flyer.complete(context());
  });

  it('kickoff fails when the motor refuses the move to start', async () => {
    const r = await rig();
    const kickoff = r.flyer.kickoff({ start: 0, stop: 5 }, context());
    (await r.motor.nextMove()).fail(new Error('m1 is in fault'));
    await assert.rejects(kickoff, /m1 is in fault/);
    await assert.rejects(r.flyer.complete(context()), NotFlyingError);
  });

  it('stop stops the motor and the recording; an aborted complete only stops waiting', async () => {
    const r = await rig();
    await flying(r);
    const abort = new AbortController();
    const complete = r.flyer.complete(context(abort.signal));
    abort.abort();
    await assert.rejects(complete, OperationStoppedError);
    assert.deepEqual(r.motor.stops, []);
    await assert.rejects(r.flyer.kickoff({ start: 0, stop: 5 }, context()), DeviceBusyError, 'still flying after the abort');

    await r.flyer.stop(false);
    assert.deepEqual(r.motor.stops, [false]);
    r.det.setValue(7);
    assert.deepEqual(r.flyer.collect(), []);
    await assert.rejects(r.flyer.complete(context()), NotFlyingError);
  });

  it('an aborted kickoff stops the motor on its way to start', async () => {
    const r = await rig();
    const abort = new AbortController();
    const kickoff = r.flyer.kickoff({ start: 0, stop: 5 }, context(abort.signal));
    await r.motor.nextMove();
    abort.abort();
    await assert.rejects(kickoff, OperationStoppedError);
    assert.deepEqual(r.motor.stops, [false]);
  });

  it('connects once every device is ready, naming each that is not', async () => {
    const r = await rig();
    r.detRef.ready = false;
    await assert.rejects(r.flyer.connect(20, new AbortController().signal), (error: unknown) => {
      assert.ok(error instanceof DeviceConnectError);
      assert.deepEqual(error.failures.map((f) => f.part), ['det']);
      assert.match(error.message, /det: not ready within 20 ms \(idle/);
      return true;
    });
  });

  it('reports a lost link of its motor or detectors as a connection change', async () => {
    const r = await rig();
    const changes: Array<[boolean, string]> = [];
    r.flyer.onConnection((connected, reason) => changes.push([connected, reason]));
    r.motor.setHealth('busy');
    r.motor.setHealth('disconnected', 'ca://BL01:m1.RBV: server went away');
    r.motor.setHealth('connecting');
    r.motor.setHealth('idle');
    assert.deepEqual(changes, [
      [false, 'm1: disconnected ca://BL01:m1.RBV: server went away'],
      [false, 'm1: connecting'],
      [true, ''],
    ]);
  });
});
