import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { AreaDetector, FrameWriteError, areaDetectorKind, type AreaDetectorConfig } from '../../../actors/device/kinds/area-detector.js';
import { encodeNpy, npyHeader } from '../../../actors/device/kinds/npy-writer.js';
import type { KindEnvironment } from '../../../actors/device/kinds/kind.js';
import { EntryReader } from '../../../actors/device/config-reader.js';
import type { OperationContext } from '../../../actors/device/device-behaviour.js';
import { OperationStoppedError } from '../../../actors/device/errors.js';
import { MockSignalRegistry } from '../../../actors/device/signals/mock-backend.js';
import { SignalPutError } from '../../../actors/device/signals/errors.js';
import { seededRandom } from '../../../actors/device/random.js';
import { beamlineId, deviceName } from '../../../lib/ids.js';
import { loadEventModelValidator, type DocumentValidator } from '../../../actors/plan/document-schemas.js';
import { EVENT_MODEL_SCHEMAS } from '../../harness/event-model.js';

const run = promisify(execFile);

type ResourceFields = { uid: string; root: string; resource_path: string; spec: string };

function environment(dataDir: string, mocks = new MockSignalRegistry(), seed = 1): KindEnvironment {
  let tick = 0;
  return {
    beamline: beamlineId('BL01'),
    signals: { resolve: (uri) => mocks.get(uri) },
    now: () => 1_700_000_000 + (tick += 1),
    random: seededRandom(seed),
    dataDir,
    device: (name) => assert.fail(`an area detector drives no other device, asked for ${name}`),
  };
}

function parse(entry: Record<string, unknown>): { config: AreaDetectorConfig; problems: string[] } {
  const problems: string[] = [];
  const reader = new EntryReader(entry, 'BL01.devices[0]', problems);
  const common = { kind: 'area-detector', name: deviceName('cam'), stage: [], connect_timeout_s: 5 };
  return { config: areaDetectorKind.parse(reader, common), problems };
}

function context(signal = new AbortController().signal): OperationContext {
  return { signal, timeoutMs: 10_000, progress: () => undefined };
}

/** Parses an .npy 1.0 file independently of the writer: header dict and the data bytes. */
function parseNpy(file: Buffer): { header: string; data: Buffer; headerEnd: number } {
  assert.deepEqual([...file.subarray(0, 6)], [0x93, ...Buffer.from('NUMPY')]);
  assert.deepEqual([file[6], file[7]], [1, 0]);
  const headerEnd = 10 + file.readUInt16LE(8);
  assert.equal(headerEnd % 64, 0, 'data must start 64-byte aligned');
  assert.equal(file[headerEnd - 1], 0x0a, 'header ends with a newline');
  return { header: file.subarray(10, headerEnd).toString('latin1').trim(), data: file.subarray(headerEnd), headerEnd };
}

async function created(config: AreaDetectorConfig, env: KindEnvironment): Promise<AreaDetector> {
  const detector = areaDetectorKind.create(config, env) as AreaDetector;
  await detector.connect(1000, new AbortController().signal);
  return detector;
}

describe('npy writer', () => {
  it('writes numpy 1.0 headers for 1-D and 2-D, float32 and uint16', () => {
    assert.equal(parseNpy(npyHeader('<u2', [5])).header, "{'descr': '<u2', 'fortran_order': False, 'shape': (5,), }");
    const file = encodeNpy(new Uint16Array([1, 2, 513, 4, 5, 6]), [2, 3]);
    const { header, data } = parseNpy(file);
    assert.equal(header, "{'descr': '<u2', 'fortran_order': False, 'shape': (2, 3), }");
    assert.deepEqual([...data], [1, 0, 2, 0, 1, 2, 4, 0, 5, 0, 6, 0]);
    assert.throws(() => encodeNpy(new Float32Array(5), [2, 3]), RangeError);
  });
});

describe('area-detector', () => {
  let root: string;
  let validate: DocumentValidator;
  before(async () => {
    root = await mkdtemp(join(tmpdir(), 'brightline-area-'));
    validate = await loadEventModelValidator(EVENT_MODEL_SCHEMAS);
  });
  after(() => rm(root, { recursive: true, force: true }));

  it('parses defaults and reports a shape that is not [rows, cols]', () => {
    const { config, problems } = parse({});
    assert.deepEqual(problems, []);
    assert.deepEqual([config.shape, config.exposure_s, config.intensity, config.data_dir], [[64, 64], 0.05, undefined, undefined]);
    const bad = parse({ shape: [64], exposure_s: 0, intensity: 'BL01:det' });
    assert.equal(bad.problems.length, 3, bad.problems.join('\n'));
    assert.match(bad.problems[0] ?? '', /shape must be \[rows, cols\]/);
  });

  it('reads the image key as an invalid empty datum id before any frame, with no asset documents', async () => {
    const detector = await created(parse({ shape: [4, 6] }).config, environment(root));
    const reading = detector.read();
    assert.deepEqual(Object.keys(reading).sort(), Object.keys(detector.describe()).sort());
    assert.equal(reading['cam_image']?.value, '');
    assert.equal(reading['cam_image']?.alarm_severity, 'INVALID');
    assert.deepEqual(detector.assetDocuments(), []);
  });

  it('writes each frame as an .npy file named by NPY_SEQ, with valid Resource and Datum documents', async () => {
    const dir = join(root, 'frames', 'nested');
    const detector = await created(parse({ shape: [8, 12], exposure_s: 0.001, data_dir: dir }).config, environment(root));
    let changes = 0;
    detector.onChange(() => (changes += 1));
    await detector.trigger(context());
    const [resource0] = detector.assetDocuments();
    await detector.trigger(context());
    assert.equal(changes, 2);

    const [resource, datum, ...rest] = detector.assetDocuments();
    assert.equal(rest.length, 0);
    assert.equal(resource?.name, 'resource');
    assert.equal(datum?.name, 'datum');
    validate('resource', resource?.doc ?? {});
    validate('datum', datum?.doc ?? {});
    assert.equal(resource?.doc, resource0?.doc, 'the same Resource until a new one starts');
    const { uid, root: resourceRoot, resource_path: path, spec } = resource?.doc as ResourceFields;
    assert.equal(spec, 'NPY_SEQ');
    assert.equal(resourceRoot, dir);
    assert.deepEqual(datum?.doc, { datum_id: `${uid}/1`, resource: uid, datum_kwargs: { index: 1 } });
    assert.equal(detector.read()['cam_image']?.value, `${uid}/1`);

    const { header, data } = parseNpy(await readFile(join(dir, `${path}_1.npy`)));
    assert.equal(header, "{'descr': '<f4', 'fortran_order': False, 'shape': (8, 12), }");
    assert.equal(data.length, 8 * 12 * 4);
    let total = 0;
    for (let i = 0; i < data.length; i += 4) total += data.readFloatLE(i);
    const reported = detector.read()['cam_stats_total']?.value;
    assert.ok(typeof reported === 'number' && Math.abs(total - reported) < 1e-6 * total, `${total} vs ${String(reported)}`);
    await readFile(join(dir, `${path}_0.npy`));

    detector.startNewResource();
    await detector.trigger(context());
    const [next, nextDatum] = detector.assetDocuments();
    assert.notEqual((next?.doc as { uid: string }).uid, uid);
    assert.equal((nextDatum?.doc as { datum_id: string }).datum_id, `${(next?.doc as { uid: string }).uid}/0`);
  });

  it('describes the image as an external array and reads documents a descriptor and event accept', async () => {
    const detector = await created(parse({ shape: [3, 5], exposure_s: 0.001 }).config, environment(root));
    await detector.trigger(context());
    const dataKeys = detector.describe();
    assert.deepEqual(dataKeys['cam_image'], { source: 'sim://cam.image', object_name: 'cam', dtype: 'array', shape: [3, 5], units: 'counts', precision: 0, external: 'FILESTORE:' });
    validate('descriptor', { uid: 'd1', run_start: 'r1', time: 1, data_keys: dataKeys, hints: { cam: { fields: [...detector.hintedFields] } } });
    const readings = detector.read();
    const data = Object.fromEntries(Object.entries(readings).map(([k, r]) => [k, r.value]));
    const timestamps = Object.fromEntries(Object.entries(readings).map(([k, r]) => [k, r.timestamp]));
    validate('event', { uid: 'e1', descriptor: 'd1', seq_num: 1, time: 2, data, timestamps, filled: { cam_image: false } });
  });

  it('loads in numpy when numpy is installed', async (t) => {
    const detector = await created(parse({ shape: [5, 7], exposure_s: 0.001 }).config, environment(root));
    await detector.trigger(context());
    const { root: dir, resource_path: path } = detector.assetDocuments()[0]?.doc as ResourceFields;
    const script = 'import numpy, sys; a = numpy.load(sys.argv[1]); print(a.dtype, a.shape, float(a.sum(dtype="float64")), sep="|")';
    const result = await run('python3', ['-c', script, join(dir, `${path}_0.npy`)]).catch(() => undefined);
    if (!result) return t.skip('python3 with numpy is not available');
    const [dtype, shape, total] = result.stdout.trim().split('|');
    assert.deepEqual([dtype, shape], ['float32', '(5, 7)']);
    assert.ok(Math.abs(Number(total) - Number(detector.read()['cam_stats_total']?.value)) < 1e-3);
  });

  it('scales the spot by the intensity signal', async () => {
    const totals: number[] = [];
    for (const intensity of [0, 5]) {
      const mocks = new MockSignalRegistry();
      mocks.define('mock://BL01:I0', { value: intensity });
      const detector = await created(parse({ shape: [16, 16], exposure_s: 0.001, intensity: 'mock://BL01:I0' }).config, environment(root, mocks));
      await detector.trigger(context());
      totals.push(Number(detector.read()['cam_stats_total']?.value));
    }
    const [dark = 0, lit = 0] = totals;
    // same seed, same noise: only the spot differs
    assert.ok(lit > dark + 1000, `lit ${lit} vs dark ${dark}`);
  });

  it('fails the trigger with a clear error when the folder cannot be written', async () => {
    const notADir = join(root, 'plain-file');
    await writeFile(notADir, 'x');
    const detector = await created(parse({ shape: [2, 2], exposure_s: 0.001, data_dir: join(notADir, 'frames') }).config, environment(root));
    await assert.rejects(detector.trigger(context()), (error: unknown) => {
      assert.ok(error instanceof FrameWriteError);
      assert.match(error.message, /cam cannot write its frame to .*plain-file\/frames\/cam_.*_0\.npy: .*data_dir writable/);
      return true;
    });
    assert.deepEqual(detector.assetDocuments(), []);
  });

  it('ends the exposure when aborted and counts no frame', async () => {
    const detector = await created(parse({ shape: [2, 2], exposure_s: 60 }).config, environment(root));
    const abort = new AbortController();
    const trigger = detector.trigger(context(abort.signal));
    abort.abort();
    await assert.rejects(trigger, OperationStoppedError);
    assert.equal(detector.read()['cam_image']?.value, '');
  });

  it('keeps the exposure in a soft signal that configure sets and checks', async () => {
    const detector = await created(parse({ shape: [2, 2], exposure_s: 0.5 }).config, environment(root));
    assert.deepEqual(detector.configurationFields, ['exposure']);
    const exposure = detector.signals['exposure'];
    assert.ok(exposure);
    await exposure.put(2, { wait: true, timeoutMs: 100 });
    assert.ok(detector.expectedDurationS('trigger') > 2);
    await assert.rejects(exposure.put(-1, { wait: true, timeoutMs: 100 }), SignalPutError);
    assert.equal(exposure.latest()?.value, 2);
  });
});
