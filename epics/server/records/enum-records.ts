/**
 * bi, bo, mbbi and mbbo: an enum VAL whose state strings come from ZNAM/ONAM or ZRST..FFST, and
 * a STATE alarm at the severity configured for the current state. Renaming a state is a property
 * change clients hear as DBE_PROPERTY.
 */
import { MAX_ENUM_STRING_BYTES } from './coerce.js';
import { toSeverity, type BinaryDefinition, type MultiBitDefinition, type SeveritySetting } from './definitions.js';
import type { Field } from './field.js';
import { RecordBase, UDF_ALARM } from './record-base.js';
import type { Scheduler } from './scheduler.js';
import { ALARM_SEVERITY_NAMES, AlarmStatus, NO_ALARM, type Alarm, type AlarmSeverity, type PvValue } from './types.js';

/** The two-letter prefixes of the 16 multi-bit states: ZRST, ONST, ... FFST. */
export const MBB_STATE_PREFIXES = ['ZR', 'ON', 'TW', 'TH', 'FR', 'FV', 'SX', 'SV', 'EI', 'NI', 'TE', 'EL', 'TV', 'TT', 'FT', 'FF'] as const;

interface StateFields {
  readonly name: string;
  readonly severity: string;
}

export class EnumRecord extends RecordBase {
  readonly #val: Field;
  readonly #states: readonly StateFields[];
  readonly #binary: boolean;
  #undefinedValue: boolean;

  constructor(name: string, scheduler: Scheduler, definition: BinaryDefinition | MultiBitDefinition) {
    const initial = initialIndex(definition);
    super({ name, type: definition.type, scheduler, desc: definition.desc ?? '', alarm: initial === undefined ? UDF_ALARM : NO_ALARM });
    this.#undefinedValue = initial === undefined;
    this.#binary = isBinary(definition);
    const refresh = (): void => this.#reprocess();
    const severityMeta = { enumStrings: [...ALARM_SEVERITY_NAMES] };
    this.#states = stateSettings(definition).map(([nameField, text, severityField, severity]) => {
      this.addTextSetting(nameField, text, refresh, MAX_ENUM_STRING_BYTES);
      this.addSetting(severityField, toSeverity(severity, 0), refresh, { nativeType: 'enum', meta: severityMeta });
      return { name: nameField, severity: severityField };
    });
    const output = definition.type === 'bo' || definition.type === 'mbbo';
    const writable = output || definition.writable !== false;
    this.addField('UDF', { nativeType: 'char', value: [this.#undefinedValue ? 1 : 0] });
    this.#val = this.addField('VAL', {
      nativeType: 'enum',
      value: [initial ?? 0],
      onPut: writable ? (value) => this.writeValue(value) : undefined,
      meta: { enumStrings: this.#enumStrings() },
    }, { alarm: true });
    if (initial !== undefined) this.commitAlarm(this.#alarm());
    this.flush();
  }

  protected override writeValue(value: PvValue): void {
    this.touch();
    if (this.#undefinedValue) {
      this.#undefinedValue = false;
      this.requireField('UDF').store([0]);
    }
    this.#val.store(value);
    this.commitAlarm(this.#alarm());
    this.flush();
  }

  #reprocess(): void {
    this.touch();
    this.#val.setMeta({ enumStrings: this.#enumStrings() });
    this.commitAlarm(this.#alarm());
    this.flush();
  }

  /** A binary record always has two states; a multi-bit one, up to its last named state, as EPICS counts them. */
  #enumStrings(): string[] {
    const names = this.#states.map((state) => this.text(state.name));
    if (this.#binary) return names;
    let count = 0;
    names.forEach((text, i) => {
      if (text !== '') count = i + 1;
    });
    return names.slice(0, count);
  }

  #alarm(): Alarm {
    if (this.#undefinedValue) return UDF_ALARM;
    const state = this.#states[this.#val.number];
    const severity = state ? (this.num(state.severity) as AlarmSeverity) : 0;
    return severity > 0 ? { status: AlarmStatus.State, severity } : NO_ALARM;
  }
}

type StateSetting = readonly [nameField: string, text: string, severityField: string, severity: SeveritySetting | undefined];

function stateSettings(definition: BinaryDefinition | MultiBitDefinition): StateSetting[] {
  if (isBinary(definition)) {
    return [
      ['ZNAM', definition.znam ?? '', 'ZSV', definition.zsv],
      ['ONAM', definition.onam ?? '', 'OSV', definition.osv],
    ];
  }
  const { states, severities } = definition;
  return MBB_STATE_PREFIXES.map((prefix, i) => [`${prefix}ST`, states[i] ?? '', `${prefix}SV`, severities?.[i]]);
}

/** The definition's value as a state index; validation has already checked it names a state. */
function initialIndex(definition: BinaryDefinition | MultiBitDefinition): number | undefined {
  const value = definition.value;
  if (typeof value !== 'string') return value;
  if (isBinary(definition)) return [definition.znam, definition.onam].indexOf(value);
  return definition.states.indexOf(value);
}

function isBinary(definition: BinaryDefinition | MultiBitDefinition): definition is BinaryDefinition {
  return definition.type === 'bi' || definition.type === 'bo';
}
