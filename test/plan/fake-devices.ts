/**
 * An in-memory DeviceAccess for unit tests: a motor 'm1', a detector 'det' that reads m1 squared,
 * and 'cam', a detector writing files: it reads as a datum id and hands over its Resource (one per
 * FakeDevices, no run_start) and the Datum of its current frame, as an area detector does.
 */
import { BrightlineError, ErrorCode } from '../../lib/errors.js';
import type { PlainValue } from '../../lib/values.js';
import type { CollectedEvents, CommandOptions, ConfigureResult, DeviceAccess, DeviceConfiguration } from '../../actors/plan/device-access.js';
import type { AssetDocument, DeviceDescription, DeviceRead, DeviceReading } from '../../actors/plan/documents.js';

export class FakeDevices implements DeviceAccess {
  position = 0;
  readonly calls: string[] = [];
  failOn: string | undefined;
  /** When set, trigger waits on this promise (or the abort signal). */
  triggerGate: Promise<void> | undefined;
  /** Only triggers from this one on (1-based, counting every trigger) wait on the gate. */
  gateFromTrigger = 1;
  #triggers = 0;
  /** Frames 'cam' has taken. */
  frames = 0;
  readonly resourceUid = 'res-1';
  velocity = 1;
  flying: CollectedEvents['events'] = [];
  readonly monitors = new Map<string, (readings: Record<string, DeviceReading>) => void>();

  async describe(device: string): Promise<DeviceDescription> {
    this.record(`describe ${device}`);
    if (device === 'm1') {
      return {
        device,
        dataKeys: {
          m1: { source: 'sim://m1', dtype: 'number', shape: [], units: 'mm', precision: 3, limits: { control: { low: -10, high: 10 } }, object_name: 'm1' },
          m1_setpoint: { source: 'sim://m1.VAL', dtype: 'number', shape: [], units: 'mm', precision: 3, object_name: 'm1' },
        },
        hintedFields: ['m1'],
      };
    }
    if (device === 'cam') {
      return {
        device,
        dataKeys: {
          cam_image: { source: 'sim://cam.image', dtype: 'array', shape: [4, 4], units: 'counts', external: 'FILESTORE:', object_name: 'cam' },
          cam_stats_total: { source: 'sim://cam.stats_total', dtype: 'number', shape: [], precision: 1, object_name: 'cam' },
        },
        hintedFields: ['cam_stats_total'],
      };
    }
    return { device, dataKeys: { det: { source: 'sim://det', dtype: 'number', shape: [], units: 'counts', precision: 0, object_name: 'det' } }, hintedFields: ['det'] };
  }

  async read(device: string): Promise<DeviceRead> {
    this.record(`read ${device}`);
    if (device === 'm1') return { readings: { m1: { value: this.position, timestamp: 1000 }, m1_setpoint: { value: this.position, timestamp: 1000 } }, assets: [] };
    if (device === 'cam') return this.readCam();
    return { readings: { det: { value: this.position ** 2, timestamp: 1000 } }, assets: [] };
  }

  private readCam(): DeviceRead {
    const index = this.frames - 1;
    const datumId = `${this.resourceUid}/${index}`;
    const assets: AssetDocument[] = [
      { name: 'datum', doc: { datum_id: datumId, resource: this.resourceUid, datum_kwargs: { index } } },
      { name: 'resource', doc: { spec: 'NPY_SEQ', root: '/data', resource_path: 'cam', resource_kwargs: {}, path_semantics: 'posix', uid: this.resourceUid } },
    ];
    return { readings: { cam_image: { value: datumId, timestamp: 1000 }, cam_stats_total: { value: 16 * index, timestamp: 1000 } }, assets };
  }

  async set(device: string, value: PlainValue): Promise<void> {
    this.record(`set ${device} ${JSON.stringify(value)}`);
    this.position = value as number;
  }

  async trigger(device: string, options: CommandOptions = {}): Promise<void> {
    this.record(`trigger ${device}`);
    if (device === 'cam') this.frames += 1;
    this.#triggers += 1;
    const gate = this.triggerGate;
    if (!gate || this.#triggers < this.gateFromTrigger) return;
    await new Promise<void>((resolve, reject) => {
      options.signal?.addEventListener('abort', () => reject(new BrightlineError(ErrorCode.Cancelled, 'cancelled')), { once: true });
      void gate.then(resolve);
    });
  }

  async stop(device: string): Promise<void> {
    this.calls.push(`stop ${device}`);
  }

  async stage(device: string): Promise<void> {
    this.record(`stage ${device}`);
  }

  async unstage(device: string): Promise<void> {
    this.record(`unstage ${device}`);
  }

  async configure(device: string, values: Record<string, PlainValue>): Promise<ConfigureResult> {
    this.record(`configure ${device} ${JSON.stringify(values)}`);
    const old = { [`${device}_velocity`]: { value: this.velocity, timestamp: 1000 } };
    if (typeof values['velocity'] === 'number') this.velocity = values['velocity'];
    return { old, new: { [`${device}_velocity`]: { value: this.velocity, timestamp: 1001 } } };
  }

  async configuration(device: string): Promise<DeviceConfiguration> {
    if (device !== 'm1') return { data: {}, timestamps: {}, dataKeys: {} };
    return {
      data: { m1_velocity: this.velocity },
      timestamps: { m1_velocity: 1000 },
      dataKeys: { m1_velocity: { source: 'sim://m1.VELO', dtype: 'number', shape: [], units: 'mm/s', precision: 3, object_name: 'm1' } },
    };
  }

  async kickoff(device: string, params: Record<string, PlainValue>): Promise<void> {
    this.record(`kickoff ${device} ${JSON.stringify(params)}`);
    this.flying = [1, 2, 3].map((i) => ({ time: 2000 + i, data: { m1: i, det: i * i }, timestamps: { m1: 2000 + i, det: 2000 + i } }));
  }

  async complete(device: string): Promise<void> {
    this.record(`complete ${device}`);
  }

  async collect(device: string): Promise<CollectedEvents> {
    this.record(`collect ${device}`);
    const events = this.flying;
    this.flying = [];
    return {
      dataKeys: {
        m1: { source: 'sim://m1', dtype: 'number', shape: [], precision: 3, object_name: device },
        det: { source: 'sim://det', dtype: 'number', shape: [], precision: 0, object_name: device },
      },
      events,
    };
  }

  monitor(device: string, listener: (readings: Record<string, DeviceReading>) => void): () => void {
    this.record(`monitor ${device}`);
    this.monitors.set(device, listener);
    return () => this.monitors.delete(device);
  }

  /** A reading update of a monitored device, as the device host would publish it. */
  publish(device: string, value: number): void {
    this.monitors.get(device)?.({ [device]: { value, timestamp: 3000 + value } });
  }

  private record(call: string): void {
    this.calls.push(call);
    if (this.failOn && call.startsWith(this.failOn)) throw new BrightlineError(ErrorCode.Unavailable, `${this.failOn}: device in fault`);
  }
}
