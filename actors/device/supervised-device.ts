/**
 * A device as its host serves it: one stable handle in front of the device's current actor. When
 * the actor itself dies (an exception in the machine: a bug, not a device fault), the dead one is
 * shut down and a fresh behaviour and actor take its place after a back-off; after too many
 * crashes the device stays in fault with the reason. Listeners, the NATS service and composites
 * holding this handle keep working across restarts: they never see the actor underneath.
 * Classes rather than closures: a host has thousands of these, and methods on a prototype are
 * shared (bench/README.md, memory per device).
 */
import type { BrightlineError } from '../../lib/errors.js';
import { silentLogger, type Logger } from '../../lib/log.js';
import type { PlainValue } from '../../lib/values.js';
import { ChildSupervisor, SupervisorState, type SupervisedChild, type SupervisorClock } from '../supervisor/child-supervisor.js';
import type { RestartPolicy } from '../supervisor/restart-policy.js';
import {
  Operation, type AssetDocument, type CollectedEvent, type DataKeyInfo, type DeviceBehaviour, type Location, type Reading,
} from './device-behaviour.js';
import {
  describeCrash, firstSettled, phraseOf, waitUntilReady, type ActorClock, type DeviceEventSink, type DeviceHandle, type OperationOptions, type ProgressUpdate,
} from './device-handle.js';
import { DeviceState, type WallClock } from './device-protocol.js';
import { DeviceFaultError, DeviceHostStoppingError, DeviceNotReadyError } from './errors.js';
import type { DeviceHealthInfo, StatusResult } from './kinds/kind.js';
import type { ConfigureResult } from './operations.js';
import type { SignalBackend, Unsubscribe } from './signals/signal-backend.js';

export interface SupervisedDeviceOptions {
  readonly name: string;
  /** A fresh, unstarted handle over a fresh behaviour (`kindModule(kind).create(config, env)`), reporting to `sink`. */
  spawn(sink: DeviceEventSink): DeviceHandle;
  readonly policy: RestartPolicy;
  /** Times the back-off; real time by default. */
  readonly clock?: SupervisorClock;
  readonly now: WallClock;
  readonly logger?: Logger;
}

/** Creates the first actor at once (a kind that cannot be built fails here); `start()` starts it. */
export function superviseDevice(options: SupervisedDeviceOptions): DeviceHandle {
  return new SupervisedDevice(options);
}

/** The host's actor clock when it can also tell the time (`SimulatedClock`), so tests time restarts too. */
export function supervisorClockOf(clock: ActorClock | undefined): SupervisorClock | undefined {
  const candidate = clock as Partial<SupervisorClock> | undefined;
  return typeof candidate?.now === 'function' ? (clock as SupervisorClock) : undefined;
}

type Listeners<T> = Set<(value: T) => void>;

function emit<T>(listeners: Listeners<T>, value: T): void {
  for (const listener of [...listeners]) listener(value);
}

function listen<T>(listeners: Listeners<T>, listener: (value: T) => void): Unsubscribe {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** One actor of the device: passes on what it reports until it crashes or is stopped. */
class Incarnation implements SupervisedChild, DeviceEventSink {
  readonly handle: DeviceHandle;
  readonly #device: SupervisedDevice;
  #detached = false;
  #failure: { readonly error: unknown } | undefined;
  #onFailure: ((error: unknown) => void) | undefined;

  constructor(device: SupervisedDevice, spawn: (sink: DeviceEventSink) => DeviceHandle) {
    this.#device = device;
    this.handle = spawn(this);
  }

  health(health: DeviceHealthInfo): void {
    if (!this.#detached) this.#device.actorHealth(health);
  }

  readings(readings: Record<string, Reading>): void {
    if (!this.#detached) emit(this.#device.readingListeners, readings);
  }

  progress(update: ProgressUpdate): void {
    if (!this.#detached) emit(this.#device.progressListeners, update);
  }

  change(): void {
    const listeners = this.#device.changeListeners;
    if (!this.#detached && listeners) emit(listeners, undefined);
  }

  crashed(error: unknown): void {
    this.#detached = true;
    this.#failure = { error };
    const listener = this.#onFailure;
    this.#onFailure = undefined;
    if (listener) listener(error);
    else this.#device.crashedUnsupervised();
  }

  onFailure(listener: (error: unknown) => void): Unsubscribe {
    if (this.#failure) {
      listener(this.#failure.error);
      return () => undefined;
    }
    this.#onFailure = listener;
    return () => {
      if (this.#onFailure === listener) this.#onFailure = undefined;
    };
  }

  stop(): void {
    this.#detached = true;
    this.handle.shutdown();
  }
}

class SupervisedDevice implements DeviceHandle {
  readonly name: string;
  readonly behaviour: DeviceBehaviour;
  readonly #now: WallClock;
  readonly #logger: Logger;
  readonly #spawn: (sink: DeviceEventSink) => DeviceHandle;
  readonly #policy: RestartPolicy;
  readonly #clock: SupervisorClock | undefined;
  /** Built at the first crash: most devices never need one, and a host has thousands. */
  #supervisor: ChildSupervisor<Incarnation> | undefined;
  readonly #first: Incarnation;
  readonly #healthListeners: Listeners<DeviceHealthInfo> = new Set();
  readonly readingListeners: Listeners<Record<string, Reading>> = new Set();
  readonly progressListeners: Listeners<ProgressUpdate> = new Set();
  /** Listeners of the stable behaviour's onChange (composites), made on first use. */
  changeListeners: Listeners<void> | undefined;
  #health: DeviceHealthInfo;
  /** The actor serving now: undefined while a restart waits, after escalation and after shutdown. */
  #live: DeviceHandle | undefined;
  /** The newest actor, live or not: its behaviour stands in while none is. */
  latest: DeviceHandle;
  #shutDown = false;

  constructor(options: SupervisedDeviceOptions) {
    this.name = options.name;
    this.#now = options.now;
    this.#logger = options.logger ?? silentLogger;
    this.#spawn = options.spawn;
    this.#policy = options.policy;
    this.#clock = options.clock;
    this.#health = { state: DeviceState.Disconnected, since: this.#now(), reason: '' };
    this.#first = this.#incarnate();
    this.latest = this.#first.handle;
    this.behaviour = new FollowingBehaviour(this);
  }

  /** The first actor crashed: a new supervisor takes it from there. */
  crashedUnsupervised(): void {
    if (this.#supervisor || this.#shutDown) return;
    this.#supervisor = new ChildSupervisor<Incarnation>({
      start: () => {
        const next = this.#incarnate();
        void next.handle.start();
        return next;
      },
      policy: this.#policy,
      ...(this.#clock ? { clock: this.#clock } : {}),
      onRestarting: (attempt, delayMs, error) => this.#restarting(attempt, delayMs, error),
      onRestarted: (_child, attempt) => this.#logger.info(`${this.name} restarted (attempt ${attempt})`),
      onEscalated: (why, error) => this.#escalated(why, error),
    });
    // The first actor has crashed already: the supervisor learns it at once and restarts it.
    this.#supervisor.start(this.#first);
  }

  #incarnate(): Incarnation {
    const incarnation = new Incarnation(this, this.#spawn);
    this.latest = incarnation.handle;
    this.#live = incarnation.handle;
    return incarnation;
  }

  /** The live actor's health, or the supervisor's word while none is live. */
  actorHealth(next: DeviceHealthInfo): void {
    if (next.state === this.#health.state && next.reason === this.#health.reason) return;
    this.#health = next;
    emit(this.#healthListeners, next);
  }

  #restarting(attempt: number, delayMs: number, error: unknown): void {
    this.#live = undefined;
    const reason = `restarting after a crash: ${describeCrash(error)} (attempt ${attempt}, in ${delayMs} ms)`;
    this.#logger.error(`${this.name} ${reason}`);
    this.actorHealth({ state: DeviceState.Connecting, reason, since: this.#now() });
  }

  #escalated(why: string, error: unknown): void {
    this.#live = undefined;
    const reason = `${why}, last: ${describeCrash(error)}; not restarting — restart the device host to try again`;
    this.#logger.error(`${this.name} ${reason}`);
    this.actorHealth({ state: DeviceState.Fault, reason, since: this.#now() });
  }

  /** Why nothing can be done while no actor is live. */
  #unavailable(command: string): BrightlineError {
    if (this.#shutDown) return new DeviceHostStoppingError(this.name);
    if (this.#supervisor?.state === SupervisorState.Escalated) return new DeviceFaultError(this.name, command, this.#health.reason);
    const { state, reason } = this.#health;
    return new DeviceNotReadyError(this.name, command, reason ? `${state} (${reason})` : state);
  }

  /** The live actor; `command` is phrased only when there is none, to say why. */
  #current(command: () => string): DeviceHandle {
    if (!this.#live) throw this.#unavailable(command());
    return this.#live;
  }

  health(): DeviceHealthInfo {
    return this.#health;
  }

  onHealth(listener: (health: DeviceHealthInfo) => void): Unsubscribe {
    return listen(this.#healthListeners, listener);
  }

  whenReady(signal: AbortSignal): Promise<void> {
    return waitUntilReady(this, signal);
  }

  start(): Promise<DeviceHealthInfo> {
    const settled = firstSettled(this);
    void this.#first.handle.start();
    return settled;
  }

  async run(operation: Operation, options: OperationOptions & { value?: PlainValue; params?: Record<string, PlainValue> }): Promise<StatusResult & { result?: unknown }> {
    return this.#current(() => phraseOf(this.name, operation, options.value)).run(operation, options);
  }

  async configure(values: Record<string, PlainValue>, options?: OperationOptions): Promise<ConfigureResult> {
    return this.#current(() => `configure ${this.name}`).configure(values, options);
  }

  async set(value: PlainValue, timeoutS: number, signal?: AbortSignal): Promise<StatusResult> {
    return this.#current(() => phraseOf(this.name, Operation.Set, value)).set(value, timeoutS, signal);
  }

  async trigger(timeoutS: number, signal?: AbortSignal): Promise<StatusResult> {
    return this.#current(() => `trigger ${this.name}`).trigger(timeoutS, signal);
  }

  /** Nothing moves while no actor is live: the dead one halted what it was doing. */
  stop(success: boolean): void {
    this.#live?.stop(success);
  }

  read(): Record<string, Reading> {
    return this.#current(() => `read ${this.name}`).read();
  }

  describe(): Record<string, DataKeyInfo> {
    return this.#current(() => `describe ${this.name}`).describe();
  }

  readConfiguration(): Record<string, Reading> {
    return this.#current(() => `read the configuration of ${this.name}`).readConfiguration();
  }

  describeConfiguration(): Record<string, DataKeyInfo> {
    return this.#current(() => `describe the configuration of ${this.name}`).describeConfiguration();
  }

  locate(): Location {
    return this.#current(() => `locate ${this.name}`).locate();
  }

  collect(): CollectedEvent[] {
    return this.#current(() => `collect from ${this.name}`).collect();
  }

  describeCollect(): Record<string, DataKeyInfo> {
    return this.#current(() => `describe what ${this.name} collects`).describeCollect();
  }

  assetDocuments(): AssetDocument[] {
    return this.#live?.assetDocuments() ?? [];
  }

  hintedFields(): string[] {
    return this.latest.hintedFields();
  }

  onReadings(listener: (readings: Record<string, Reading>) => void): Unsubscribe {
    return listen(this.readingListeners, listener);
  }

  onProgress(listener: (update: ProgressUpdate) => void): Unsubscribe {
    return listen(this.progressListeners, listener);
  }

  shutdown(): void {
    if (this.#shutDown) return;
    this.#shutDown = true;
    this.#live = undefined;
    if (this.#supervisor) this.#supervisor.stop();
    else this.#first.stop();
  }
}

/**
 * The behaviour of the newest actor, for composites that use a child's behaviour directly;
 * `onChange` listeners stay subscribed across restarts.
 */
class FollowingBehaviour implements DeviceBehaviour {
  readonly #device: SupervisedDevice;

  constructor(device: SupervisedDevice) {
    this.#device = device;
  }

  get #current(): DeviceBehaviour {
    return this.#device.latest.behaviour;
  }

  get name(): string {
    return this.#device.name;
  }
  get deviceClass(): string {
    return this.#current.deviceClass;
  }
  get signals(): Readonly<Record<string, SignalBackend>> {
    return this.#current.signals;
  }
  get configurationFields(): readonly string[] {
    return this.#current.configurationFields;
  }
  get hintedFields(): readonly string[] {
    return this.#current.hintedFields;
  }
  get stageSettings(): ReadonlyArray<readonly [string, PlainValue]> {
    return this.#current.stageSettings;
  }
  connect(timeoutMs: number, signal: AbortSignal): Promise<void> {
    return this.#current.connect(timeoutMs, signal);
  }
  onConnection(listener: (connected: boolean, reason: string) => void): Unsubscribe {
    return this.#current.onConnection(listener);
  }
  onChange(listener: () => void): Unsubscribe {
    return listen((this.#device.changeListeners ??= new Set()), listener);
  }
  describe(): Record<string, DataKeyInfo> {
    return this.#current.describe();
  }
  read(): Record<string, Reading> {
    return this.#current.read();
  }
  get assetDocuments(): DeviceBehaviour['assetDocuments'] {
    return this.#bound('assetDocuments');
  }
  get checkSet(): DeviceBehaviour['checkSet'] {
    return this.#bound('checkSet');
  }
  get set(): DeviceBehaviour['set'] {
    return this.#bound('set');
  }
  get trigger(): DeviceBehaviour['trigger'] {
    return this.#bound('trigger');
  }
  get locate(): DeviceBehaviour['locate'] {
    return this.#bound('locate');
  }
  stop(success: boolean): Promise<void> {
    return this.#current.stop(success);
  }
  get kickoff(): DeviceBehaviour['kickoff'] {
    return this.#bound('kickoff');
  }
  get complete(): DeviceBehaviour['complete'] {
    return this.#bound('complete');
  }
  get collect(): DeviceBehaviour['collect'] {
    return this.#bound('collect');
  }
  get describeCollect(): DeviceBehaviour['describeCollect'] {
    return this.#bound('describeCollect');
  }
  get onStage(): DeviceBehaviour['onStage'] {
    return this.#bound('onStage');
  }
  expectedDurationS(operation: Operation, value?: PlainValue): number {
    return this.#current.expectedDurationS(operation, value);
  }
  /** The supervised actors close their own behaviours. */
  close(): void {}

  /** An optional method of the current behaviour, bound to it; undefined when it has none. */
  #bound<K extends OptionalMethod>(key: K): DeviceBehaviour[K] {
    const behaviour = this.#current;
    const method = behaviour[key] as ((...args: never[]) => unknown) | undefined;
    return (method && method.bind(behaviour)) as DeviceBehaviour[K];
  }
}

type OptionalMethod = 'assetDocuments' | 'checkSet' | 'set' | 'trigger' | 'locate' | 'kickoff' | 'complete' | 'collect' | 'describeCollect' | 'onStage';
