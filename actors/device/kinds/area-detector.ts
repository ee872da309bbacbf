/**
 * 'area-detector': a simulated area detector that writes each frame to its own `.npy` file and
 * points at it with Resource/Datum documents in databroker's NPY_SEQ convention (ophyd's
 * file-writing detectors do the same): frame `i` of a Resource is `${root}/${resource_path}_${i}.npy`
 * and its datum id is `${resource uid}/${i}`. The frame is seeded noise plus a spot scaled by an
 * optional intensity signal.
 *
 * Resource lifetime: each stage starts a new Resource (so each run gets its own), created lazily
 * at the first trigger after it, after construction or after `close()`; frames are numbered 0, 1,
 * ... within it.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { BrightlineError, ErrorCode, describeError } from '../../../lib/errors.js';
import { newUid } from '../../../lib/ids.js';
import type { EntryReader } from '../config-reader.js';
import { Operation, type AssetDocument, type DataKeyInfo, type DeviceBehaviour, type OperationContext, type Reading } from '../device-behaviour.js';
import { OperationStoppedError } from '../errors.js';
import type { SignalBackend, SignalValue, Unsubscribe } from '../signals/signal-backend.js';
import { SoftSignalBackend, softSource } from '../signals/soft-backend.js';
import { frameTotal, simulateFrame, type FrameSpec } from './frame-source.js';
import type { CommonDeviceConfig, DeviceKindModule, KindEnvironment } from './kind.js';
import { encodeNpy } from './npy-writer.js';
import { connectAll, latestNumber, signalParts, toReading, watchConnection } from './signal-group.js';
import { delay } from './waits.js';

export interface AreaDetectorConfig extends CommonDeviceConfig {
  readonly kind: 'area-detector';
  /** [rows, cols] of a frame. */
  readonly shape: readonly [number, number];
  readonly exposure_s: number;
  /** Signal whose latest value scales the spot (the beam intensity); without one the scale is 1. */
  readonly intensity: string | undefined;
  /** Where frames go; the host's per-beamline data folder when absent. */
  readonly data_dir: string | undefined;
}

const DEFAULT_SHAPE = [64, 64] as const;
const DEFAULT_EXPOSURE_S = 0.05;
/** 16 Mpixel frames (64 MB of float32) are far beyond any detector we simulate. */
const MAX_PIXELS = 4096 * 4096;
/** Time to write a frame beyond the exposure: a fixed margin plus a pessimistic disk speed. */
const WRITE_MARGIN_S = 0.5;
const WRITE_BYTES_PER_S = 50e6;
/** Stage and configure are puts to an in-process value. */
const QUICK_OPERATION_S = 1;
const SPOT: Omit<FrameSpec, 'rows' | 'cols'> = { background: 100, noise: 3, spotHeight: 1000, spotWidth: 1 / 8 };

/** A frame could not be written: the folder is missing and cannot be made, read-only, full... */
export class FrameWriteError extends BrightlineError {
  constructor(
    readonly device: string,
    readonly path: string,
    cause: unknown,
  ) {
    super(ErrorCode.FailedPrecondition, `${device} cannot write its frame to ${path}: ${describeError(cause)} (is data_dir writable?)`, { cause });
  }
}

/** The intensity signal has no number to scale the frame with. */
export class IntensityUnavailableError extends BrightlineError {
  constructor(
    readonly device: string,
    readonly source: string,
    readonly value: unknown,
  ) {
    super(ErrorCode.FailedPrecondition, `${device} cannot scale its frame: intensity ${source} is ${JSON.stringify(value) ?? 'unset'}, not a number`, { retryable: true });
  }
}

export const areaDetectorKind: DeviceKindModule<AreaDetectorConfig> = {
  kind: 'area-detector',
  fields: ['shape', 'exposure_s', 'intensity', 'data_dir'],
  parse(reader: EntryReader, common: CommonDeviceConfig): AreaDetectorConfig {
    const shape = reader.shape('shape', DEFAULT_SHAPE);
    const [rows = DEFAULT_SHAPE[0], cols = DEFAULT_SHAPE[1]] = shape;
    if (shape.length !== 2) reader.problem('shape', `must be [rows, cols], got ${JSON.stringify(shape)}`);
    else if (rows * cols > MAX_PIXELS) reader.problem('shape', `[${rows}, ${cols}] is more than ${MAX_PIXELS} pixels`);
    for (const [field] of common.stage) {
      if (field !== 'exposure') reader.problem('stage', `'${field}' is not a settable field of an area-detector (exposure)`);
    }
    return {
      ...common,
      kind: 'area-detector',
      shape: [rows, cols],
      exposure_s: reader.number('exposure_s', 'positive', DEFAULT_EXPOSURE_S),
      intensity: reader.has('intensity') ? reader.signal('intensity') : undefined,
      data_dir: reader.has('data_dir') ? reader.text('data_dir') : undefined,
    };
  },
  create: (config, env) => new AreaDetector(config, env),
};

// a type, not an interface, so it is assignable to AssetDocument's plain record
type ResourceDoc = {
  readonly spec: 'NPY_SEQ';
  readonly root: string;
  readonly resource_path: string;
  readonly resource_kwargs: Record<string, never>;
  readonly path_semantics: 'posix';
  readonly uid: string;
};

/** The last frame written: what read() and assetDocuments() report. */
interface Frame {
  readonly resource: ResourceDoc;
  readonly index: number;
  readonly total: number;
  readonly timestamp: number;
}

const positive = (value: SignalValue): string | undefined => (typeof value === 'number' && value > 0 ? undefined : 'must be > 0 s');

export class AreaDetector implements DeviceBehaviour {
  readonly name: string;
  readonly deviceClass = 'SimAreaDetector';
  readonly signals: Readonly<Record<string, SignalBackend>>;
  readonly configurationFields = ['exposure'];
  readonly hintedFields: readonly string[];
  readonly stageSettings: AreaDetectorConfig['stage'];
  readonly #exposure: SoftSignalBackend;
  readonly #intensity: SignalBackend | undefined;
  readonly #root: string;
  readonly #listeners = new Set<() => void>();
  /** The Resource the next frame joins, and how many frames it already has. */
  #resource: { doc: ResourceDoc; frames: number } | undefined;
  #last: Frame | undefined;

  constructor(
    private readonly config: AreaDetectorConfig,
    private readonly env: KindEnvironment,
  ) {
    this.name = config.name;
    this.hintedFields = [`${this.name}_stats_total`];
    this.stageSettings = config.stage;
    // the exposure is ours, not a control system's: configure and stage set it like a PV
    this.#exposure = new SoftSignalBackend(softSource(env.beamline, this.name, 'exposure'), config.exposure_s, { units: 's', check: positive, now: env.now });
    this.#intensity = config.intensity === undefined ? undefined : env.signals.resolve(config.intensity);
    this.signals = this.#intensity ? { exposure: this.#exposure, intensity: this.#intensity } : { exposure: this.#exposure };
    this.#root = resolve(config.data_dir ?? env.dataDir);
  }

  connect(timeoutMs: number, signal: AbortSignal): Promise<void> {
    return connectAll(this.name, signalParts(this.signals), timeoutMs, signal);
  }

  onConnection(listener: (connected: boolean, reason: string) => void): Unsubscribe {
    return watchConnection(Object.values(this.signals), listener);
  }

  /** read() changes only when a frame has been written. */
  onChange(listener: () => void): Unsubscribe {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  describe(): Record<string, DataKeyInfo> {
    const [rows, cols] = this.config.shape;
    const key = (field: string): Pick<DataKeyInfo, 'source' | 'object_name'> => ({ source: `sim://${this.name}.${field}`, object_name: this.name });
    return {
      [`${this.name}_image`]: { ...key('image'), dtype: 'array', shape: [rows, cols], units: 'counts', precision: 0, external: 'FILESTORE:' },
      [`${this.name}_stats_total`]: { ...key('stats_total'), dtype: 'number', shape: [], units: 'counts', precision: 1 },
    };
  }

  /**
   * Before the first frame both keys are present (so an event has its descriptor's keys) but
   * marked INVALID/UDF: the image as `''`, a datum id that no Datum claims, the total as NaN.
   */
  read(): Record<string, Reading> {
    const last = this.#last;
    if (!last) {
      return { [`${this.name}_image`]: { ...toReading(undefined), value: '' }, [`${this.name}_stats_total`]: toReading(undefined) };
    }
    const ok = { timestamp: last.timestamp, alarm_severity: 'NO_ALARM', alarm_status: '' };
    return { [`${this.name}_image`]: { ...ok, value: datumId(last) }, [`${this.name}_stats_total`]: { ...ok, value: last.total } };
  }

  /** The Resource (same uid until a new one starts) and the Datum of the frame read() reports. */
  assetDocuments(): AssetDocument[] {
    const last = this.#last;
    if (!last) return [];
    const datum = { datum_id: datumId(last), resource: last.resource.uid, datum_kwargs: { index: last.index } };
    return [
      { name: 'resource', doc: last.resource },
      { name: 'datum', doc: datum },
    ];
  }

  async trigger(context: OperationContext): Promise<void> {
    await delay(latestNumber(this.#exposure) * 1000, context.signal, () => new OperationStoppedError(this.name, 'trigger', 'during the exposure'));
    const [rows, cols] = this.config.shape;
    const frame = simulateFrame({ rows, cols, ...SPOT }, this.#scale(), this.env.random);
    const resource = (this.#resource ??= { doc: this.#newResourceDoc(), frames: 0 });
    const index = resource.frames;
    const path = join(this.#root, `${resource.doc.resource_path}_${index}.npy`);
    try {
      await mkdir(this.#root, { recursive: true });
      await writeFile(path, encodeNpy(frame, [rows, cols]));
    } catch (error) {
      throw new FrameWriteError(this.name, path, error);
    }
    // a frame written after a stop is not counted: the next trigger overwrites it
    if (context.signal.aborted) throw new OperationStoppedError(this.name, 'trigger', 'while writing the frame');
    resource.frames = index + 1;
    this.#last = { resource: resource.doc, index, total: frameTotal(frame), timestamp: this.env.now() };
    for (const listener of [...this.#listeners]) listener();
  }

  /** The next trigger starts a new Resource. */
  startNewResource(): void {
    this.#resource = undefined;
  }

  onStage(): void {
    this.startNewResource();
  }

  /** Nothing runs outside this process: the machine's abort of the trigger ends the exposure. */
  stop(): Promise<void> {
    return Promise.resolve();
  }

  expectedDurationS(operation: Operation): number {
    if (operation !== Operation.Trigger) return QUICK_OPERATION_S;
    const [rows, cols] = this.config.shape;
    return latestNumber(this.#exposure) + WRITE_MARGIN_S + (rows * cols * 4) / WRITE_BYTES_PER_S;
  }

  close(): void {
    this.#listeners.clear();
    this.#resource = undefined;
    for (const signal of Object.values(this.signals)) signal.close();
  }

  #scale(): number {
    if (!this.#intensity) return 1;
    const value = this.#intensity.latest()?.value;
    if (typeof value !== 'number' || !Number.isFinite(value)) throw new IntensityUnavailableError(this.name, this.#intensity.source, value);
    return value;
  }

  #newResourceDoc(): ResourceDoc {
    const uid = newUid();
    // the device name keeps a shared data folder readable; the uid keeps resources apart
    return Object.freeze({ spec: 'NPY_SEQ', root: this.#root, resource_path: `${this.name}_${uid}`, resource_kwargs: {}, path_semantics: 'posix', uid });
  }
}

function datumId(frame: Frame): string {
  return `${frame.resource.uid}/${frame.index}`;
}
