/**
 * The seam between the gRPC server and the modules that serve its methods. A handler sees a
 * decoded request and a CallContext (who calls, a signal that fires on cancellation or deadline,
 * the time left); it returns plain reply properties or throws a BrightlineError, which the server
 * maps to a gRPC status through one table. Every handler also says what the call needs (a role on
 * a beamline), so authorization happens in one place before any handler runs.
 */
import type { brightline } from '../gen/proto.js';

type v1 = typeof brightline.v1;
type Req<K extends keyof v1> = InstanceType<v1[K]>;
type Rep<K extends keyof v1> = InstanceType<v1[K]> extends { toJSON(): unknown } ? Props<K> : never;
type Props<K extends keyof v1> = ConstructorParameters<v1[K]> extends [(infer P)?] ? NonNullable<P> : never;

/** Roles on one beamline, weakest first: each can do what the ones before it can. */
export const BeamlineRole = {
  Observer: 'observer',
  User: 'user',
  Staff: 'staff',
} as const;
export type BeamlineRole = (typeof BeamlineRole)[keyof typeof BeamlineRole];

/** Who a bearer token belongs to. */
export interface Identity {
  user: string;
  /** The facility operator: every role on every beamline, shared devices included. */
  operator: boolean;
  roles: ReadonlyMap<string, BeamlineRole>;
}

/**
 * What a call needs. `authenticated`: any known token (facility-wide listings). `beamline`: at
 * least `role` on that beamline; for the shared beamline FAC the server's policy decides (reads by
 * anyone, changes by operators). `operator`: the facility operator only.
 */
export type Need =
  | { kind: 'authenticated' }
  | { kind: 'beamline'; beamline: string; role: BeamlineRole; action: string }
  | { kind: 'operator'; action: string };

export interface CallContext {
  readonly method: string;
  readonly identity: Identity;
  /** Aborted when the client cancels, the call's deadline passes or the gateway shuts down. */
  readonly signal: AbortSignal;
  /** What is left of the call's deadline in ms, at most `capMs`; `capMs` when it has none. */
  remainingMs(capMs: number): number;
  /** A metadata value the client sent with the call (name in lower case, e.g. `bl-lease-token`); undefined when absent. */
  header(name: string): string | undefined;
}

export interface UnaryRpc<Q, R> {
  kind: 'unary';
  need(request: Q): Need;
  handle(request: Q, context: CallContext): Promise<R>;
}

export interface StreamRpc<Q, R> {
  kind: 'stream';
  need(request: Q): Need;
  /**
   * Sends messages until the stream is over (resolve) or failed (throw); must return soon after
   * `context.signal` aborts. `send` resolves once the message is handed to the transport, which
   * lets a handler slow down for a slow client.
   */
  handle(request: Q, context: CallContext, send: (message: R) => Promise<void>): Promise<void>;
}

/** Every method of the Facility service with its request and reply (or streamed message) types. */
export interface FacilityRpcs {
  WhoAmI: UnaryRpc<Req<'Empty'>, Rep<'Identity'>>;
  ListDevices: UnaryRpc<Req<'ListDevicesRequest'>, Rep<'ListDevicesReply'>>;
  Describe: UnaryRpc<Req<'DeviceRef'>, Rep<'DescribeReply'>>;
  DescribeConfiguration: UnaryRpc<Req<'DeviceRef'>, Rep<'DescribeReply'>>;
  Read: UnaryRpc<Req<'DeviceRef'>, Rep<'ReadReply'>>;
  ReadConfiguration: UnaryRpc<Req<'DeviceRef'>, Rep<'ReadReply'>>;
  Set: UnaryRpc<Req<'SetDeviceRequest'>, Rep<'StatusReply'>>;
  Trigger: UnaryRpc<Req<'TriggerDeviceRequest'>, Rep<'StatusReply'>>;
  Stop: UnaryRpc<Req<'StopDeviceRequest'>, Rep<'CommandReply'>>;
  Stage: UnaryRpc<Req<'DeviceRef'>, Rep<'CommandReply'>>;
  Unstage: UnaryRpc<Req<'DeviceRef'>, Rep<'CommandReply'>>;
  Configure: UnaryRpc<Req<'ConfigureDeviceRequest'>, Rep<'ConfigureReply'>>;
  WatchReadings: StreamRpc<Req<'DeviceRef'>, Rep<'ReadingUpdate'>>;
  WatchProgress: StreamRpc<Req<'WatchProgressRequest'>, Rep<'StatusProgress'>>;
  ListHealth: UnaryRpc<Req<'HealthRequest'>, Rep<'HealthListReply'>>;
  WatchHealth: StreamRpc<Req<'HealthRequest'>, Rep<'HealthRecord'>>;
  ListPlans: UnaryRpc<Req<'Empty'>, Rep<'ListPlansReply'>>;
  SubmitPlan: UnaryRpc<Req<'BeamlineSubmitRequest'>, Rep<'SubmitPlanReply'>>;
  ControlPlan: UnaryRpc<Req<'BeamlineControlRequest'>, Rep<'PlanControlReply'>>;
  GetPlanStatus: UnaryRpc<Req<'BeamlineRef'>, Rep<'PlanStatus'>>;
  WatchPlanStatus: StreamRpc<Req<'BeamlineRef'>, Rep<'PlanStatus'>>;
  QueueAdd: UnaryRpc<Req<'BeamlineQueueAddRequest'>, Rep<'QueueAddReply'>>;
  QueueMove: UnaryRpc<Req<'BeamlineQueueMoveRequest'>, Rep<'QueueListReply'>>;
  QueueRemove: UnaryRpc<Req<'BeamlineQueueItemRef'>, Rep<'QueueListReply'>>;
  QueueClear: UnaryRpc<Req<'BeamlineRef'>, Rep<'QueueListReply'>>;
  QueueList: UnaryRpc<Req<'BeamlineRef'>, Rep<'QueueListReply'>>;
  QueueStart: UnaryRpc<Req<'BeamlineRef'>, Rep<'QueueListReply'>>;
  QueueStop: UnaryRpc<Req<'BeamlineRef'>, Rep<'QueueListReply'>>;
  QueueHistory: UnaryRpc<Req<'BeamlineHistoryRequest'>, Rep<'QueueHistoryReply'>>;
  ListRuns: UnaryRpc<Req<'ListRunsRequest'>, Rep<'ListRunsReply'>>;
  StreamDocuments: StreamRpc<Req<'StreamDocumentsRequest'>, Rep<'DocumentEnvelope'>>;
}

export type FacilityMethodName = keyof FacilityRpcs;

/** A part of the service: the methods one module serves. The server merges the parts. */
export type FacilityHandlers = Partial<FacilityRpcs>;
