/** stringin and stringout: one string of at most 39 bytes (a DBR_STRING). */
import type { StringDefinition } from './definitions.js';
import type { Field } from './field.js';
import { RecordBase, UDF_ALARM } from './record-base.js';
import type { Scheduler } from './scheduler.js';
import { NO_ALARM, type PvValue } from './types.js';

export class StringRecord extends RecordBase {
  readonly #val: Field;

  constructor(name: string, scheduler: Scheduler, definition: StringDefinition) {
    const defined = definition.value !== undefined;
    super({ name, type: definition.type, scheduler, desc: definition.desc ?? '', alarm: defined ? NO_ALARM : UDF_ALARM });
    const writable = definition.type === 'stringout' || definition.writable !== false;
    this.addField('UDF', { nativeType: 'char', value: [defined ? 0 : 1] });
    this.#val = this.addField('VAL', {
      nativeType: 'string',
      value: [definition.value ?? ''],
      onPut: writable ? (value) => this.writeValue(value) : undefined,
    }, { alarm: true });
  }

  protected override writeValue(value: PvValue): void {
    this.touch();
    this.requireField('UDF').store([0]);
    this.#val.store(value);
    this.commitAlarm(NO_ALARM);
    this.flush();
  }
}
