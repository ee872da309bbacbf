/**
 * waveform: up to NELM elements of type FTVL. A put may be shorter than NELM (NORD follows it);
 * clients see `count` = NELM at channel creation and the current length in each snapshot.
 */
import type { WaveformDefinition } from './definitions.js';
import type { Field, FieldMeta } from './field.js';
import { RecordBase, UDF_ALARM } from './record-base.js';
import type { Scheduler } from './scheduler.js';
import { NO_ALARM, type PvValue } from './types.js';

export class WaveformRecord extends RecordBase {
  readonly #val: Field;

  constructor(name: string, scheduler: Scheduler, definition: WaveformDefinition) {
    const defined = definition.value !== undefined;
    super({ name, type: definition.type, scheduler, desc: definition.desc ?? '', alarm: defined ? NO_ALARM : UDF_ALARM });
    const initial = [...(definition.value ?? [])] as PvValue;
    const writable = definition.writable !== false;
    const refresh = (): void => {
      this.touch();
      this.#val.setMeta(this.#meta());
      this.flush();
    };
    this.addField('NELM', { nativeType: 'long', value: [definition.nelm] });
    this.addField('NORD', { nativeType: 'long', value: [initial.length] });
    this.addField('FTVL', { nativeType: 'string', value: [definition.ftvl.toUpperCase()] });
    this.addField('UDF', { nativeType: 'char', value: [defined ? 0 : 1] });
    this.addTextSetting('EGU', definition.egu ?? '', refresh, 15);
    this.addSetting('PREC', definition.prec ?? 0, refresh, { nativeType: 'short' });
    this.addSetting('HOPR', definition.hopr ?? 0, refresh);
    this.addSetting('LOPR', definition.lopr ?? 0, refresh);
    this.#val = this.addField('VAL', {
      nativeType: definition.ftvl,
      count: definition.nelm,
      variableLength: true,
      value: initial,
      onPut: writable ? (value) => this.writeValue(value) : undefined,
      meta: this.#meta(),
    }, { alarm: true });
  }

  protected override writeValue(value: PvValue): void {
    this.touch();
    this.requireField('UDF').store([0]);
    this.requireField('NORD').store([value.length]);
    this.#val.store(value);
    this.commitAlarm(NO_ALARM);
    this.flush();
  }

  #meta(): Partial<FieldMeta> {
    const range = { low: this.num('LOPR'), high: this.num('HOPR') };
    return { units: this.text('EGU'), precision: this.num('PREC'), display: range, control: { ...range } };
  }
}
