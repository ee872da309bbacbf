/**
 * 'flyer': a fly scan over one motor. kickoff moves the motor to `start`, then sends it on to
 * `stop` without waiting; while it travels, every change a detector reports becomes one collected
 * event holding the motor's readback and every detector's reading. The motor and the detectors are
 * driven through their own actors (DeviceRef), so their states stay true and others see them busy.
 *
 * The flyer itself reads and describes nothing: its data leave through collect, and a primary
 * stream reading it would only gain keys without meaning.
 */
import { InvalidArgumentError, BrightlineError, ErrorCode, describeError } from '../../../lib/errors.js';
import type { DeviceName } from '../../../lib/ids.js';
import type { PlainValue } from '../../../lib/values.js';
import type { EntryReader } from '../config-reader.js';
import { Operation, type CollectedEvent, type DataKeyInfo, type DeviceBehaviour, type OperationContext, type Reading } from '../device-behaviour.js';
import { DeviceBusyError, OperationStoppedError } from '../errors.js';
import { DeviceState } from '../device-protocol.js';
import type { Unsubscribe } from '../signals/signal-backend.js';
import type { CommonDeviceConfig, DeviceKindModule, DeviceRef, KindEnvironment } from './kind.js';
import { connectAll } from './signal-group.js';
import { unlessAborted } from './waits.js';

export interface FlyerConfig extends CommonDeviceConfig {
  readonly kind: 'flyer';
  readonly motor: DeviceName;
  readonly detectors: readonly DeviceName[];
}

/** The fly move's timeout is the motor's own estimate, stretched, plus a margin. */
const MOVE_TIMEOUT_FACTOR = 2;
const MARGIN_S = 5;
/** When the motor has no estimate (no velocity), as the motor kind assumes. */
const UNKNOWN_MOVE_S = 60;

/** complete (or anything else that needs a fly scan) without a kickoff before it. */
export class NotFlyingError extends BrightlineError {
  constructor(
    readonly device: string,
    readonly command: string,
  ) {
    super(ErrorCode.FailedPrecondition, `cannot ${command} ${device}: no fly scan under way (kickoff first)`);
  }
}

export const flyerKind: DeviceKindModule<FlyerConfig> = {
  kind: 'flyer',
  fields: ['motor', 'detectors'],
  parse(reader: EntryReader, common: CommonDeviceConfig): FlyerConfig {
    const motor = reader.token('motor');
    const detectors = reader.tokenList('detectors');
    if (detectors.includes(motor)) reader.problem('detectors', `must not include the motor '${motor}'`);
    if (new Set(detectors).size !== detectors.length) reader.problem('detectors', `must name each detector once, got ${detectors.join(', ')}`);
    if (common.stage.length > 0) reader.problem('stage', 'a flyer has no fields to stage; stage its motor or detectors instead');
    return { ...common, kind: 'flyer', motor, detectors };
  },
  create: (config, env) => new Flyer(config, env),
  dependsOn: (config) => [config.motor, ...config.detectors],
};

/**
 * One kickoff..complete. `ended` exists once the move to `stop` is under way; `landed` once it has
 * ended. complete, stop or a failed kickoff forget the flight; a landed one no longer blocks a kickoff.
 */
interface Flight {
  readonly start: number;
  readonly stop: number;
  stopped: boolean;
  landed: boolean;
  ended: Promise<void> | undefined;
  stopRecording: Unsubscribe;
}

export class Flyer implements DeviceBehaviour {
  readonly name: string;
  readonly deviceClass = 'Flyer';
  readonly signals = {};
  readonly configurationFields = [];
  readonly hintedFields = [];
  readonly stageSettings = [];
  readonly #motor: DeviceRef;
  readonly #detectors: readonly DeviceRef[];
  #flight: Flight | undefined;
  #events: CollectedEvent[] = [];

  constructor(
    config: FlyerConfig,
    private readonly env: KindEnvironment,
  ) {
    this.name = config.name;
    this.#motor = env.device(config.motor);
    this.#detectors = config.detectors.map((d) => env.device(d));
  }

  /** Connected means the motor and every detector are ready; one error names all that are not. */
  connect(timeoutMs: number, signal: AbortSignal): Promise<void> {
    const parts = this.#devices().map((ref) => ({ part: ref.name, connect: (ms: number, s: AbortSignal) => readyWithin(ref, ms, s) }));
    return connectAll(this.name, parts, timeoutMs, signal);
  }

  /** A device that lost its link (disconnected or reconnecting) counts as lost; a fault does not. */
  onConnection(listener: (connected: boolean, reason: string) => void): Unsubscribe {
    const lost = new Map<string, string>();
    const unsubscribes = this.#devices().map((ref) =>
      ref.onHealth((health) => {
        const wasConnected = lost.size === 0;
        if (health.state === DeviceState.Disconnected || health.state === DeviceState.Connecting) lost.set(ref.name, `${health.state} ${health.reason}`.trim());
        else lost.delete(ref.name);
        const connected = lost.size === 0;
        if (connected !== wasConnected || !connected) listener(connected, [...lost].map(([device, why]) => `${device}: ${why}`).join('; '));
      }),
    );
    return () => unsubscribes.forEach((u) => u());
  }

  /** read() never changes. */
  onChange(): Unsubscribe {
    return () => undefined;
  }

  describe(): Record<string, DataKeyInfo> {
    return {};
  }

  read(): Record<string, Reading> {
    return {};
  }

  async kickoff(params: Record<string, PlainValue>, context: OperationContext): Promise<void> {
    const { start, stop } = params;
    if (this.#flight && !this.#flight.landed) throw new DeviceBusyError(this.name, `kickoff ${this.name}`, `flying ${this.#motor.name} from ${this.#flight.start} to ${this.#flight.stop}`);
    if (typeof start !== 'number' || typeof stop !== 'number' || !Number.isFinite(start) || !Number.isFinite(stop)) {
      throw new InvalidArgumentError(`cannot kickoff ${this.name}: params start and stop must be finite numbers, got ${JSON.stringify(params)}`);
    }
    const flight: Flight = { start, stop, stopped: false, landed: false, ended: undefined, stopRecording: () => undefined };
    this.#flight = flight;
    try {
      await this.#motor.set(start, context.timeoutMs / 1000, context.signal);
      // stop(true) completes the move to start where it stands: that is no reason to fly
      if (flight.stopped) throw new OperationStoppedError(this.name, 'kickoff', `before ${this.#motor.name} reached ${start}`);
      flight.stopRecording = this.#record();
      await this.#startMove(flight, context.signal);
      if (flight.stopped) throw new OperationStoppedError(this.name, 'kickoff', `as ${this.#motor.name} set off towards ${stop}`);
    } catch (error) {
      flight.stopRecording();
      if (this.#flight === flight) this.#flight = undefined;
      // abandoned by timeout or stop: the motor must not go on by itself
      if (context.signal.aborted) this.#motor.stop(false);
      throw error;
    }
  }

  /** Resolves when the move to `stop` ends, rejects with its error; aborting only stops waiting. */
  async complete(context: OperationContext): Promise<void> {
    const flight = this.#flight;
    if (!flight?.ended) throw new NotFlyingError(this.name, 'complete');
    const forget = (): void => {
      if (this.#flight === flight) this.#flight = undefined;
    };
    // forgotten only once the move's outcome is reported; after an abort stop() forgets it
    await unlessAborted(flight.ended, context.signal, () => new OperationStoppedError(this.name, 'complete', `while ${this.#motor.name} flew to ${flight.stop}`)).then(
      forget,
      (error: unknown) => {
        if (!context.signal.aborted) forget();
        throw error;
      },
    );
  }

  /** The events recorded since the last collect. */
  collect(): CollectedEvent[] {
    return this.#events.splice(0);
  }

  describeCollect(): Record<string, DataKeyInfo> {
    const motorKeys = this.#motorKeys();
    const motor = Object.fromEntries(Object.entries(this.#motor.describe()).filter(([key]) => motorKeys.includes(key)));
    return Object.assign(motor, ...this.#detectors.map((d) => d.describe())) as Record<string, DataKeyInfo>;
  }

  /** Ends the flight: the motor stops (success: where it stands), recording ends, events stay. */
  stop(success: boolean): Promise<void> {
    const flight = this.#flight;
    if (!flight) return Promise.resolve();
    this.#flight = undefined;
    flight.stopped = true;
    flight.stopRecording();
    // a landed flight has nothing moving; the motor may already be someone else's
    if (!flight.landed) this.#motor.stop(success);
    return Promise.resolve();
  }

  /** kickoff gets no params here, so its estimate is the motor's for an unknown target. */
  expectedDurationS(operation: Operation): number {
    if (operation === Operation.Kickoff) return this.#moveEstimateS(undefined) + MARGIN_S;
    if (operation === Operation.Complete) return this.#moveEstimateS(this.#flight?.stop) + MARGIN_S;
    return MARGIN_S;
  }

  close(): void {
    this.#flight?.stopRecording();
    this.#flight = undefined;
    this.#events = [];
  }

  #devices(): DeviceRef[] {
    return [this.#motor, ...this.#detectors];
  }

  /**
   * Sends the motor to `stop` and resolves once it is under way: its actor went busy, or the move
   * already ended (a move of zero length). A move refused or failed before that rejects.
   */
  #startMove(flight: Flight, signal: AbortSignal): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      let settled = false;
      const settle = (error?: unknown): void => {
        if (settled) return;
        settled = true;
        unsubscribe();
        signal.removeEventListener('abort', onAbort);
        if (error === undefined) resolve();
        else reject(error);
      };
      const onAbort = (): void => settle(new OperationStoppedError(this.name, 'kickoff', `before ${this.#motor.name} started towards ${flight.stop}`));
      // subscribed before the set, so the busy transition cannot be missed
      const unsubscribe = this.#motor.onHealth((health) => {
        if (health.state === DeviceState.Busy) settle();
      });
      signal.addEventListener('abort', onAbort, { once: true });
      const timeoutS = MOVE_TIMEOUT_FACTOR * this.#moveEstimateS(flight.stop) + MARGIN_S;
      // not tied to kickoff's signal: the fly move outlives the kickoff operation
      const move = this.#motor.set(flight.stop, timeoutS);
      flight.ended = move.then(
        () => this.#land(flight),
        (error: unknown) => {
          this.#land(flight);
          throw error;
        },
      );
      flight.ended.then(() => settle(), (error: unknown) => settle(error));
    });
  }

  /** The move to `stop` ended: recording ends, and a new kickoff may start. */
  #land(flight: Flight): void {
    flight.landed = true;
    flight.stopRecording();
  }

  #record(): Unsubscribe {
    const motorKeys = this.#motorKeys();
    const unsubscribes = this.#detectors.map((d) => d.behaviour.onChange(() => this.#recordEvent(motorKeys)));
    let recording = true;
    return () => {
      if (recording) unsubscribes.forEach((u) => u());
      recording = false;
    };
  }

  #recordEvent(motorKeys: readonly string[]): void {
    const data: Record<string, PlainValue> = {};
    const timestamps: Record<string, number> = {};
    const add = (readings: Record<string, Reading>, keep: (key: string) => boolean): void => {
      for (const [key, reading] of Object.entries(readings)) {
        if (!keep(key)) continue;
        data[key] = reading.value;
        timestamps[key] = reading.timestamp;
      }
    };
    add(this.#motor.read(), (key) => motorKeys.includes(key));
    // every detector, not only the one that changed: each event has all of describeCollect's keys
    for (const detector of this.#detectors) add(detector.read(), () => true);
    this.#events.push({ time: this.env.now(), data, timestamps });
  }

  /** The motor's readback keys: those whose source is its `readback` signal; all when it has none. */
  #motorKeys(): string[] {
    const described = this.#motor.describe();
    const readback = this.#motor.behaviour.signals['readback']?.source;
    const keys = Object.keys(described).filter((key) => readback !== undefined && described[key]?.source === readback);
    return keys.length > 0 ? keys : Object.keys(described);
  }

  #moveEstimateS(target: number | undefined): number {
    const estimate = this.#motor.behaviour.expectedDurationS(Operation.Set, target);
    return Number.isFinite(estimate) && estimate >= 0 ? estimate : UNKNOWN_MOVE_S;
  }
}

/** Waits for `ref` to be ready, at most `timeoutMs`; a timeout says what state it was stuck in. */
async function readyWithin(ref: DeviceRef, timeoutMs: number, signal: AbortSignal): Promise<void> {
  // not AbortSignal.timeout: its timer is unref'd, so a process with nothing else to do would exit
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), timeoutMs);
  try {
    await ref.whenReady(AbortSignal.any([signal, deadline.signal]));
  } catch (error) {
    if (!deadline.signal.aborted || signal.aborted) throw error;
    const health = ref.health();
    throw new Error(`not ready within ${timeoutMs} ms (${health.state}${health.reason ? `: ${health.reason}` : ''}; ${describeError(error)})`, { cause: error });
  } finally {
    clearTimeout(timer);
  }
}
