/** An in-memory DeviceAccess for unit tests: a motor 'm1' and a detector 'det' that reads m1 squared. */
import { BrightlineError, ErrorCode } from '../../lib/errors.js';
import type { PlainValue } from '../../lib/values.js';
import type { CommandOptions, DeviceAccess } from '../../actors/plan/device-access.js';
import type { DeviceDescription, DeviceReading } from '../../actors/plan/documents.js';

export class FakeDevices implements DeviceAccess {
  position = 0;
  readonly calls: string[] = [];
  failOn: string | undefined;
  /** When set, trigger waits on this promise (or the abort signal). */
  triggerGate: Promise<void> | undefined;

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
    return { device, dataKeys: { det: { source: 'sim://det', dtype: 'number', shape: [], units: 'counts', precision: 0, object_name: 'det' } }, hintedFields: ['det'] };
  }

  async read(device: string): Promise<Record<string, DeviceReading>> {
    this.record(`read ${device}`);
    if (device === 'm1') return { m1: { value: this.position, timestamp: 1000 }, m1_setpoint: { value: this.position, timestamp: 1000 } };
    return { det: { value: this.position ** 2, timestamp: 1000 } };
  }

  async set(device: string, value: PlainValue): Promise<void> {
    this.record(`set ${device} ${JSON.stringify(value)}`);
    this.position = value as number;
  }

  async trigger(device: string, options: CommandOptions = {}): Promise<void> {
    this.record(`trigger ${device}`);
    const gate = this.triggerGate;
    if (!gate) return;
    await new Promise<void>((resolve, reject) => {
      options.signal?.addEventListener('abort', () => reject(new BrightlineError(ErrorCode.Cancelled, 'cancelled')), { once: true });
      void gate.then(resolve);
    });
  }

  async stop(device: string): Promise<void> {
    this.calls.push(`stop ${device}`);
  }

  private record(call: string): void {
    this.calls.push(call);
    if (this.failOn && call.startsWith(this.failOn)) throw new BrightlineError(ErrorCode.Unavailable, `${this.failOn}: device in fault`);
  }
}
