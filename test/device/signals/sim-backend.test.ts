import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createDatabase, ManualScheduler, type RecordDatabase } from '../../../epics/server/records/mod.js';
import { SimSignalBackend } from '../../../actors/device/signals/sim-backend.js';
import {
  SignalAbortedError, SignalClosedError, SignalConnectError, SignalNotConnectedError, SignalPutError, SignalTimeoutError,
} from '../../../actors/device/signals/errors.js';
import type { ConnectionChange, SignalReading } from '../../../actors/device/signals/signal-backend.js';

const RECORDS = [
  { type: 'motor', name: 'm1', egu: 'mm', velo: 1, accl: 0.1, hlm: 10, llm: -10, prec: 3, value: 0, tickMs: 50 },
  { type: 'ai', name: 'current', value: 299.5, egu: 'mA', prec: 2, low: 200, lolo: 100 },
  { type: 'ai', name: 'undefined_ai' },
  { type: 'ao', name: 'gain', value: 1, egu: 'x', drvh: 100, drvl: 0, prec: 1 },
  { type: 'bo', name: 'shutter', znam: 'closed', onam: 'open', value: 0 },
  { type: 'mbbo', name: 'filter', states: ['out', 'Al', 'Cu'], value: 1 },
  { type: 'stringout', name: 'sample', value: 'lysozyme' },
  { type: 'waveform', name: 'spectrum', ftvl: 'double', nelm: 4, value: [1, 2, 3, 4] },
  { type: 'longin', name: 'count', value: 7 },
];

const START_MS = 1_700_000_000_000;

function setup(): { db: RecordDatabase; clock: ManualScheduler; signal: (name: string) => SimSignalBackend } {
  const clock = new ManualScheduler(START_MS);
  const db = createDatabase('S:', RECORDS, { scheduler: clock });
  const signal = (name: string): SimSignalBackend => new SimSignalBackend(db, name);
  return { db, clock, signal };
}

async function connected(backend: SimSignalBackend): Promise<SimSignalBackend> {
  await backend.connect({ timeoutMs: 100 });
  return backend;
}

describe('SimSignalBackend', () => {
  it('describes and reads scalars, enums, strings and arrays like ca:// does', async () => {
    const { signal } = setup();
    const current = await connected(signal('S:current'));
    assert.equal(current.source, 'sim://S:current');
    assert.equal(current.connected, true);
    assert.deepEqual(current.meta(), { dtype: 'number', shape: [], units: 'mA', precision: 2, writable: true });
    assert.deepEqual(current.latest(), { value: 299.5, timestamp: START_MS / 1000, severity: 'NO_ALARM', status: '' });

    const rbv = await connected(signal('S:m1.RBV'));
    assert.deepEqual(rbv.meta(), { dtype: 'number', shape: [], units: 'mm', precision: 3, limits: { low: -10, high: 10 }, writable: false });

    const shutter = await connected(signal('S:shutter'));
    assert.deepEqual(shutter.meta(), { dtype: 'string', shape: [], units: '', precision: 0, choices: ['closed', 'open'], writable: true });
    assert.equal(shutter.latest()?.value, 'closed');

    const sample = await connected(signal('S:sample'));
    assert.equal(sample.meta().dtype, 'string');
    assert.equal(sample.latest()?.value, 'lysozyme');

    const spectrum = await connected(signal('S:spectrum'));
    assert.deepEqual(spectrum.meta().shape, [4]);
    assert.equal(spectrum.meta().dtype, 'array');
    assert.deepEqual(spectrum.latest()?.value, [1, 2, 3, 4]);

    const count = await connected(signal('S:count'));
    assert.equal(count.meta().dtype, 'integer');
    assert.equal(count.latest()?.value, 7);
  });

  it('names alarm severity and status', async () => {
    const { signal } = setup();
    const udf = await connected(signal('S:undefined_ai'));
    assert.equal(udf.latest()?.severity, 'INVALID');
    assert.equal(udf.latest()?.status, 'UDF');
    const current = await connected(signal('S:current'));
    const seen: SignalReading[] = [];
    current.subscribe((reading) => seen.push(reading));
    await current.put(150, { wait: true, timeoutMs: 100 });
    assert.deepEqual(seen.map((r) => [r.value, r.severity, r.status]), [[150, 'MINOR', 'LOW']]);
  });

  it('is not readable before connect, and refuses a PV the database lacks at once', async () => {
    const { signal } = setup();
    const backend = signal('S:current');
    assert.throws(() => backend.meta(), SignalNotConnectedError);
    assert.equal(backend.latest(), undefined);
    await assert.rejects(backend.get(), SignalNotConnectedError);
    await assert.rejects(backend.put(1, { wait: true, timeoutMs: 100 }), SignalNotConnectedError);

    const missing = signal('S:nope');
    const started = Date.now();
    await assert.rejects(missing.connect({ timeoutMs: 5000 }), (error: unknown) =>
      error instanceof SignalConnectError && /sim:\/\/S:nope did not connect: the simulated database has no PV 'S:nope'/.test(error.message));
    assert.ok(Date.now() - started < 1000, 'without waiting out the timeout');
  });

  it('reports the connect, then every update in order, and get reads fresh', async () => {
    const { signal, clock } = setup();
    const gain = signal('S:gain');
    const changes: ConnectionChange[] = [];
    const values: unknown[] = [];
    gain.onConnection((change) => changes.push(change));
    gain.subscribe((reading) => values.push(reading.value));
    await gain.connect({ timeoutMs: 100 });
    assert.deepEqual(changes, [{ connected: true, reason: '' }]);
    clock.advance(1000);
    await gain.put(2, { wait: true, timeoutMs: 100 });
    await gain.put(3, { wait: false, timeoutMs: 100 });
    await gain.put(500, { wait: true, timeoutMs: 100 }); // clamped at DRVH, as EPICS does
    assert.deepEqual(values, [1, 2, 3, 100]);
    const fresh = await gain.get();
    assert.equal(fresh.value, 100);
    assert.equal(fresh.timestamp, (START_MS + 1000) / 1000);
  });

  it('put with wait on a motor resolves only when the move is done', async () => {
    const { signal, clock } = setup();
    const val = await connected(signal('S:m1'));
    const rbv = await connected(signal('S:m1.RBV'));
    const positions: number[] = [];
    rbv.subscribe((reading) => positions.push(reading.value as number));
    let done = false;
    const move = val.put(2, { wait: true, timeoutMs: 5000 }).then(() => {
      done = true;
    });
    clock.advance(1000);
    await Promise.resolve();
    assert.equal(done, false, 'still moving after 1 s of a 2.1 s move');
    clock.advance(1200);
    await move;
    assert.equal(rbv.latest()?.value, 2);
    assert.ok(positions.length > 3 && positions.every((p, i) => i === 0 || p >= (positions[i - 1] ?? 0)), positions.join(','));
  });

  it('times out, aborts and closes a put that waits', async () => {
    const { signal } = setup();
    const val = await connected(signal('S:m1'));
    await assert.rejects(val.put(5, { wait: true, timeoutMs: 30 }), (error: unknown) =>
      error instanceof SignalTimeoutError && /put sim:\/\/S:m1 did not complete within 30 ms/.test(error.message));

    const controller = new AbortController();
    const aborted = val.put(6, { wait: true, timeoutMs: 5000, signal: controller.signal });
    controller.abort();
    await assert.rejects(aborted, SignalAbortedError);

    const closing = val.put(7, { wait: true, timeoutMs: 5000 });
    val.close();
    await assert.rejects(closing, SignalClosedError);
    await assert.rejects(val.put(1, { wait: true, timeoutMs: 100 }), SignalClosedError);
    val.close(); // idempotent
  });

  it('puts enum states by name or index and lists the choices for a wrong one', async () => {
    const { signal } = setup();
    const filter = await connected(signal('S:filter'));
    assert.deepEqual(filter.meta().choices, ['out', 'Al', 'Cu']);
    assert.equal(filter.latest()?.value, 'Al');
    await filter.put('Cu', { wait: true, timeoutMs: 100 });
    assert.equal(filter.latest()?.value, 'Cu');
    await filter.put(0, { wait: true, timeoutMs: 100 });
    assert.equal((await filter.get()).value, 'out');
    await assert.rejects(filter.put('Pb', { wait: true, timeoutMs: 100 }), (error: unknown) =>
      error instanceof SignalPutError && /'Pb' is not a state; choices: 'out', 'Al', 'Cu'/.test(error.message));
    await assert.rejects(filter.put(3, { wait: true, timeoutMs: 100 }), SignalPutError);
  });

  it('refuses a motor beyond its limits and a read-only field with the reason', async () => {
    const { signal } = setup();
    const val = await connected(signal('S:m1'));
    await assert.rejects(val.put(11, { wait: true, timeoutMs: 100 }), (error: unknown) =>
      error instanceof SignalPutError && /put to sim:\/\/S:m1 refused: .*outside LLM\.\.HLM -10\.\.10/.test(error.message));
    // without wait the refusal is not the caller's to hear, as over CA
    await val.put(11, { wait: false, timeoutMs: 100 });
    const rbv = await connected(signal('S:m1.RBV'));
    await assert.rejects(rbv.put(1, { wait: true, timeoutMs: 100 }), (error: unknown) => error instanceof SignalPutError && /read-only/.test(error.message));
  });

  it('follows metadata changes (new motor limits)', async () => {
    const { signal } = setup();
    const val = await connected(signal('S:m1'));
    const hlm = await connected(signal('S:m1.HLM'));
    await hlm.put(20, { wait: true, timeoutMs: 100 });
    assert.deepEqual(val.meta().limits, { low: -10, high: 20 });
  });
});
