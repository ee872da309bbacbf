/** ai, ao, longin and longout: one numeric value with limit alarms; outputs also honour DRVL/DRVH. */
import type { AnalogInputDefinition, AnalogOutputDefinition } from './definitions.js';
import { PutRejectedError, PutRejectReason } from './errors.js';
import { LimitAlarmRecord } from './limit-alarm-record.js';
import type { Scheduler } from './scheduler.js';

export class AnalogRecord extends LimitAlarmRecord {
  readonly #rejectOutOfLimits: boolean;

  constructor(name: string, scheduler: Scheduler, definition: AnalogInputDefinition | AnalogOutputDefinition) {
    const integer = definition.type === 'longin' || definition.type === 'longout';
    const output = definition.type === 'ao' || definition.type === 'longout';
    super({ name, type: definition.type, scheduler, desc: definition.desc ?? '' }, definition, {
      nativeType: integer ? 'long' : 'double',
      initial: definition.value,
      writable: output || (definition as AnalogInputDefinition).writable !== false,
      drive: output
        ? { low: (definition as AnalogOutputDefinition).drvl ?? 0, high: (definition as AnalogOutputDefinition).drvh ?? 0 }
        : undefined,
    });
    this.#rejectOutOfLimits = output && (definition as AnalogOutputDefinition).outOfLimits === 'reject';
  }

  protected override putValue(value: number): void {
    const limits = this.driveLimits();
    if (limits && (value > limits.high || value < limits.low)) {
      if (this.#rejectOutOfLimits) {
        throw new PutRejectedError(this.val.name, PutRejectReason.OutOfLimits, `${value} is outside DRVL..DRVH ${limits.low}..${limits.high}`);
      }
      value = Math.min(limits.high, Math.max(limits.low, value));
    }
    this.process(value);
  }
}
