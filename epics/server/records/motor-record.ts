/**
 * A subset of the EPICS motor record, simulated: a put to VAL starts a move whose put-callback
 * completes when DMOV returns to 1; RBV follows the move's profile on every scheduler tick; STOP
 * halts it where it is (VAL becomes that position, the pending callbacks complete). A VAL outside
 * LLM..HLM is refused and LVIO set. A new VAL during a move retargets from where the motor is, and
 * every pending callback completes when the final move ends. VELO and ACCL apply from the next move.
 */
import type { MotorDefinition } from './definitions.js';
import { PutRejectedError, PutRejectReason } from './errors.js';
import type { Field, FieldMeta } from './field.js';
import { planMove, type MoveProfile } from './motor-profile.js';
import { RecordBase } from './record-base.js';
import type { Cancel, Scheduler } from './scheduler.js';
import { NO_ALARM } from './types.js';

export const DEFAULT_MOTOR_TICK_MS = 100;

interface Move {
  readonly profile: MoveProfile;
  readonly startMs: number;
  readonly cancel: Cancel;
}

export class MotorRecord extends RecordBase {
  readonly #val: Field;
  readonly #rbv: Field;
  readonly #tickMs: number;
  #move: Move | undefined;
  #waiters: (() => void)[] = [];

  constructor(name: string, scheduler: Scheduler, definition: MotorDefinition) {
    super({ name, type: 'motor', scheduler, desc: definition.desc ?? '', alarm: NO_ALARM });
    this.#tickMs = definition.tickMs ?? DEFAULT_MOTOR_TICK_MS;
    const position = definition.value ?? 0;
    const refresh = (): void => this.#refreshMeta();
    const positive = (value: number): string | undefined => (value > 0 ? undefined : 'must be > 0');
    const nonNegative = (value: number): string | undefined => (value >= 0 ? undefined : 'must be >= 0');
    this.addTextSetting('EGU', definition.egu ?? '', refresh, 15);
    this.addSetting('PREC', definition.prec ?? 0, refresh, { nativeType: 'short' });
    this.addSetting('VELO', definition.velo ?? 1, () => {}, { check: positive });
    // EPICS's default: 0.2 s to reach VELO
    this.addSetting('ACCL', definition.accl ?? 0.2, () => {}, { check: nonNegative });
    this.addSetting('HLM', definition.hlm ?? 0, refresh);
    this.addSetting('LLM', definition.llm ?? 0, refresh);
    this.addSetting('MDEL', definition.mdel ?? 0, () => {});
    this.addSetting('ADEL', definition.adel ?? 0, () => {});
    this.addField('LVIO', { nativeType: 'short', value: [0] });
    this.addField('TDIR', { nativeType: 'short', value: [0] });
    this.addField('STOP', { nativeType: 'short', value: [0], onPut: (value) => this.#putStop(value[0] as number) });
    const meta = this.#positionMeta();
    this.#val = this.addField('VAL', { nativeType: 'double', value: [position], meta, onPut: (value) => this.#putVal(value[0] as number) }, { alarm: true });
    // RBV before MOVN and DMOV: a flush posts in this order, so a client sees the final RBV before DMOV = 1
    this.#rbv = this.addField('RBV', {
      nativeType: 'double', value: [position], meta,
      deadband: () => ({ mdel: this.num('MDEL'), adel: this.num('ADEL') }),
    }, { alarm: true });
    this.addField('MOVN', { nativeType: 'short', value: [0] });
    this.addField('DMOV', { nativeType: 'short', value: [1] });
  }

  get moving(): boolean {
    return this.#move !== undefined;
  }

  /** Halts any move (its put-callbacks complete) and its timer: the database is closing. */
  override close(): void {
    this.#stop();
  }

  #putVal(target: number): Promise<void> {
    const high = this.num('HLM');
    const low = this.num('LLM');
    // equal limits mean no soft limits, as in the motor record
    if (high !== low && (target > high || target < low)) {
      this.touch();
      this.requireField('LVIO').store([1]);
      this.flush();
      throw new PutRejectedError(this.#val.name, PutRejectReason.OutOfLimits, `${target} is outside LLM..HLM ${low}..${high} ${this.text('EGU')}`.trimEnd());
    }
    const done = new Promise<void>((resolve) => this.#waiters.push(resolve));
    this.#start(target);
    return done;
  }

  #start(target: number): void {
    const from = this.#position();
    this.#move?.cancel();
    this.#move = undefined;
    this.touch();
    this.requireField('LVIO').store([0]);
    this.#val.store([target]);
    const profile = planMove(from, target, this.num('VELO'), this.num('ACCL'));
    this.requireField('TDIR').store([target >= from ? 1 : 0]);
    this.requireField('MOVN').store([profile.durationMs > 0 ? 1 : 0]);
    // even a null move pulses DMOV, so a client waiting for its 0 -> 1 edge is not left hanging
    this.requireField('DMOV').store([0]);
    this.flush();
    if (profile.durationMs === 0) {
      this.#finish(target);
      return;
    }
    const cancel = this.scheduler.every(this.#tickMs, () => this.#tick());
    this.#move = { profile, startMs: this.scheduler.now(), cancel };
  }

  #tick(): void {
    const move = this.#move;
    if (!move) return;
    const elapsed = this.scheduler.now() - move.startMs;
    if (elapsed >= move.profile.durationMs) {
      this.#finish(move.profile.to);
      return;
    }
    this.touch();
    this.#rbv.store([move.profile.positionAt(elapsed)]);
    this.flush();
  }

  #putStop(value: number): void {
    if (value !== 0) this.#stop();
  }

  #stop(): void {
    if (!this.#move) return;
    const position = this.#position();
    this.#val.store([position]);
    this.#finish(position);
  }

  #finish(position: number): void {
    this.#move?.cancel();
    this.#move = undefined;
    this.touch();
    this.#rbv.store([position], { settled: true });
    this.requireField('MOVN').store([0]);
    this.requireField('DMOV').store([1]);
    this.flush();
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const resolve of waiters) resolve();
  }

  /** Where the motor is now: on its profile while moving, else its last readback. */
  #position(): number {
    const move = this.#move;
    if (!move) return this.#rbv.number;
    return move.profile.positionAt(this.scheduler.now() - move.startMs);
  }

  #positionMeta(): Partial<FieldMeta> {
    const limits = { low: this.num('LLM'), high: this.num('HLM') };
    return { units: this.text('EGU'), precision: this.num('PREC'), display: limits, control: { ...limits } };
  }

  #refreshMeta(): void {
    this.touch();
    const meta = this.#positionMeta();
    this.#val.setMeta(meta);
    this.#rbv.setMeta(meta);
    this.flush();
  }
}
