/**
 * The IOC database: records by name, and the lookup from a PV name (`SIM:m1.RBV`, or `SIM:m1` for
 * its VAL) to the field that serves it. This is what the CA server searches; it has no network.
 */
import { AnalogRecord } from './analog-records.js';
import type { RandomSource } from './calc-expression.js';
import { CalcRecord } from './calc-record.js';
import { RecordType, type RecordDefinition } from './definitions.js';
import { EnumRecord } from './enum-records.js';
import { RecordConfigError } from './errors.js';
import type { Field } from './field.js';
import { LinkMode, recordOf, type InputLink } from './input-links.js';
import { MotorRecord } from './motor-record.js';
import type { FieldLookup, RecordBase } from './record-base.js';
import { ScalerRecord } from './scaler-record.js';
import { systemScheduler, type Scheduler } from './scheduler.js';
import { StringRecord } from './string-records.js';
import type { ProcessVariable, PvListener } from './types.js';
import { validateDefinitions } from './validate-definitions.js';
import { WaveformRecord } from './waveform-record.js';

export interface DatabaseOptions {
  /** The system clock and node timers unless given; tests pass a ManualScheduler. */
  readonly scheduler?: Scheduler;
  /** Uniform in [0, 1): what a calc's RNDM and NRNDM draw from. Math.random unless given; tests seed it. */
  readonly random?: RandomSource;
}

/** What building a record may use besides its definition. */
interface BuildContext {
  readonly scheduler: Scheduler;
  readonly random: RandomSource;
}

export class RecordDatabase {
  readonly #records = new Map<string, RecordBase>();
  /** One alias object per bare record name, so repeated finds return the same PV. */
  readonly #aliases = new Map<string, ProcessVariable>();

  constructor(
    readonly prefix: string,
    records: readonly RecordBase[],
  ) {
    for (const record of records) this.#records.set(record.name, record);
  }

  /** `REC.FIELD`, or `REC` for its VAL field; undefined if there is no such record or field. */
  find(name: string): ProcessVariable | undefined {
    const dot = name.indexOf('.');
    if (dot >= 0) return this.field(name);
    const alias = this.#aliases.get(name);
    if (alias) return alias;
    const val = this.#records.get(name)?.field('VAL');
    if (!val) return undefined;
    const created = aliasOf(name, val);
    this.#aliases.set(name, created);
    return created;
  }

  /** The field behind a full PV name; a bare record name means its VAL. */
  field(name: string): Field | undefined {
    const dot = name.indexOf('.');
    const recordName = dot >= 0 ? name.slice(0, dot) : name;
    const fieldName = dot >= 0 ? name.slice(dot + 1) : 'VAL';
    return this.#records.get(recordName)?.field(fieldName);
  }

  /** A record by its full name (`SIM:m1`) or its name without the prefix (`m1`). */
  record(name: string): RecordBase | undefined {
    return this.#records.get(name) ?? this.#records.get(this.prefix + name);
  }

  recordNames(): string[] {
    return [...this.#records.keys()];
  }

  /** Every servable PV name, `REC.FIELD` for each field of each record. */
  pvNames(): string[] {
    return [...this.#records.values()].flatMap((record) => record.fieldNames().map((field) => `${record.name}.${field}`));
  }

  /** Stops every motion (pending put-callbacks complete) and drops links between records. */
  close(): void {
    for (const record of this.#records.values()) record.close();
  }
}

/**
 * Builds and links the records of `definitions` under `prefix` (e.g. `SIM:`). Throws
 * RecordConfigError listing every problem, including links naming PVs that do not exist.
 */
export function createDatabase(prefix: string, definitions: readonly unknown[], options: DatabaseOptions = {}): RecordDatabase {
  const valid = validateDefinitions(prefix, definitions);
  const context: BuildContext = { scheduler: options.scheduler ?? systemScheduler(), random: options.random ?? Math.random };
  const records = valid.map((definition) => buildRecord(prefix + definition.name, context, definition));
  const database = new RecordDatabase(prefix, records);
  // a link may name a PV with or without the prefix; the exact name wins
  const lookup = (name: string): Field | undefined => database.field(name) ?? database.field(prefix + name);
  const problems = records.flatMap((record, index) => record.inputLinks.flatMap((link) => {
    const problem = linkProblem(record, link, lookup);
    return problem ? [`records[${index}] (${valid[index]?.name}).${link.path}: ${problem}`] : [];
  }));
  if (problems.length > 0) throw new RecordConfigError(problems);
  for (const record of records) record.link(lookup);
  return database;
}

function linkProblem(record: RecordBase, link: InputLink, lookup: FieldLookup): string | undefined {
  const target = lookup(link.pv);
  if (!target) return `no PV '${link.pv}' in this database`;
  if (target.nativeType === 'string') return `'${link.pv}' is a string, ${link.role} must be numeric`;
  // NPP reads the record's own last value, a lag's memory; CP would process on its own output
  if (link.mode === LinkMode.Monitor && recordOf(target.name) === record.name) {
    return `'${link.pv}' is this record itself, and a CP link to it would recompute on its own output; read it with '${link.pv} NPP'`;
  }
  return undefined;
}

function buildRecord(name: string, context: BuildContext, definition: RecordDefinition): RecordBase {
  const { scheduler } = context;
  switch (definition.type) {
    case RecordType.Ai:
    case RecordType.Ao:
    case RecordType.Longin:
    case RecordType.Longout:
      return new AnalogRecord(name, scheduler, definition);
    case RecordType.Bi:
    case RecordType.Bo:
    case RecordType.Mbbi:
    case RecordType.Mbbo:
      return new EnumRecord(name, scheduler, definition);
    case RecordType.Stringin:
    case RecordType.Stringout:
      return new StringRecord(name, scheduler, definition);
    case RecordType.Waveform:
      return new WaveformRecord(name, scheduler, definition);
    case RecordType.Calc:
      return new CalcRecord(name, scheduler, definition, context.random);
    case RecordType.Motor:
      return new MotorRecord(name, scheduler, definition);
    case RecordType.Scaler:
      return new ScalerRecord(name, scheduler, definition);
  }
}

/** The VAL field under the record's bare name, which is how most clients ask for it. */
function aliasOf(name: string, field: Field): ProcessVariable {
  return {
    name,
    nativeType: field.nativeType,
    count: field.count,
    get writable() {
      return field.writable;
    },
    snapshot: () => field.snapshot(),
    put: (value) => field.put(value),
    subscribe: (listener: PvListener) => field.subscribe(listener),
  };
}
