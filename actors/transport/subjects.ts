/**
 * Every NATS subject, stream and bucket name of brightline is built here and nowhere else
 * (DESIGN.md, "Subjects"), so a rename is one edit and a typo is a type error.
 */
import { isSubjectToken } from '../../lib/ids.js';

export const DeviceVerb = {
  Describe: 'describe',
  Read: 'read',
  ReadConfiguration: 'read_configuration',
  DescribeConfiguration: 'describe_configuration',
  Set: 'set',
  Trigger: 'trigger',
  Stage: 'stage',
  Unstage: 'unstage',
  Stop: 'stop',
  Kickoff: 'kickoff',
  Complete: 'complete',
  Collect: 'collect',
  Locate: 'locate',
  /** Not in DESIGN.md's verb list, though its device protocol names configure: added with issue 5. */
  Configure: 'configure',
} as const;
export type DeviceVerb = (typeof DeviceVerb)[keyof typeof DeviceVerb];

export const PlanVerb = {
  Submit: 'submit',
  Pause: 'pause',
  Resume: 'resume',
  Abort: 'abort',
  Stop: 'stop',
  Halt: 'halt',
  Status: 'status',
  /** The plans a run engine runs, with their parameters (ListPlansReply); see subjects.planCatalog. */
  Plans: 'plans',
} as const;
export type PlanVerb = (typeof PlanVerb)[keyof typeof PlanVerb];

/** Verbs of a beamline's plan queue, on `bl.v1.queue.<beamline>.<verb>` (proto/brightline/v1/queue.proto). */
export const QueueVerb = {
  Add: 'add',
  Move: 'move',
  Remove: 'remove',
  Clear: 'clear',
  List: 'list',
  Start: 'start',
  Stop: 'stop',
  History: 'history',
} as const;
export type QueueVerb = (typeof QueueVerb)[keyof typeof QueueVerb];

/** Verbs of the lease manager, on `bl.v1.lease.<verb>` (proto/brightline/v1/lease.proto). */
export const LeaseVerb = {
  Acquire: 'acquire',
  Renew: 'renew',
  Release: 'release',
  Break: 'break',
  List: 'list',
} as const;
export type LeaseVerb = (typeof LeaseVerb)[keyof typeof LeaseVerb];

/** The NATS header a command to a shared device carries its lease token in. */
export const LEASE_TOKEN_HEADER = 'Bl-Lease-Token';

export const Role = {
  DeviceHost: 'device-host',
  RunEngine: 'run-engine',
  Supervisor: 'supervisor',
  Gateway: 'gateway',
  SimIoc: 'sim-ioc',
} as const;
export type Role = (typeof Role)[keyof typeof Role];

export const DOCUMENT_STREAM = 'BL_DOCS';
export const HEALTH_BUCKET = 'BL_HEALTH';
export const LEASE_BUCKET = 'BL_LEASES';
/** Acknowledgements of alarms by the dashboard's users, key = the alarm's BL_HEALTH key (gateway/dashboard). */
export const ALARM_ACK_BUCKET = 'BL_ALARM_ACKS';

function token(name: string, what: string): string {
  if (!isSubjectToken(name)) throw new TypeError(`${what} '${name}' is not a valid subject token`);
  return name;
}

/** Anything that names a single subject token, or the `*` wildcard for subscriptions. */
type TokenOrWildcard = string;

function tokenOrWildcard(name: TokenOrWildcard, what: string): string {
  return name === '*' ? name : token(name, what);
}

/** The device token of a `bl.v1.dev.<beamline>.<device>.<verb>` subject; undefined for any other. */
export function deviceOfCommandSubject(subject: string): string | undefined {
  const parts = subject.split('.');
  return parts.length === 6 && parts[0] === 'bl' && parts[1] === 'v1' && parts[2] === 'dev' ? parts[4] : undefined;
}

/** The run uid token of a `bl.v1.docs.<beamline>.<run_uid>` subject; undefined for any other. */
export function runOfDocumentSubject(subject: string): string | undefined {
  const parts = subject.split('.');
  return parts.length === 5 && parts[0] === 'bl' && parts[1] === 'v1' && parts[2] === 'docs' ? parts[4] : undefined;
}

/**
 * Where the replies to a connection's requests and its JetStream deliveries arrive: a prefix per
 * NATS user, so that deploy/nats/permissions.conf can let each user read its own replies only
 * (with one shared `_INBOX` anyone could read anyone's). Without a user, the client's default.
 */
export function inboxPrefix(user: string | undefined): string {
  return user === undefined || user === '' ? '_INBOX' : `_INBOX_${token(user, 'NATS user')}`;
}

/** Subjects of the JetStream API itself, for the few calls its client library does not offer. */
export const jetstreamApi = {
  streamLeaderStepDown: (stream: string): string => `$JS.API.STREAM.LEADER.STEPDOWN.${token(stream, 'stream')}`,
} as const;

export const subjects = {
  deviceCommand: (beamline: string, device: string, verb: DeviceVerb): string =>
    `bl.v1.dev.${token(beamline, 'beamline')}.${token(device, 'device')}.${verb}`,
  /** Every device of a beamline for one verb: a host serves them all with one subscription. */
  deviceCommands: (beamline: string, verb: DeviceVerb): string => `bl.v1.dev.${token(beamline, 'beamline')}.*.${verb}`,
  /** Progress of a device's set, trigger or complete (StatusProgress). */
  statusProgress: (beamline: TokenOrWildcard, device: TokenOrWildcard): string =>
    `bl.v1.status.${tokenOrWildcard(beamline, 'beamline')}.${tokenOrWildcard(device, 'device')}`,
  reading: (beamline: TokenOrWildcard, device: TokenOrWildcard): string =>
    `bl.v1.reading.${tokenOrWildcard(beamline, 'beamline')}.${tokenOrWildcard(device, 'device')}`,
  health: (beamline: TokenOrWildcard, device: TokenOrWildcard): string =>
    `bl.v1.health.${tokenOrWildcard(beamline, 'beamline')}.${tokenOrWildcard(device, 'device')}`,
  healthKey: (beamline: string, device: string): string => `${token(beamline, 'beamline')}.${token(device, 'device')}`,
  /** A process's record in HEALTH_BUCKET; `*` matches every role or instance in a key filter. */
  processHealthKey: (role: Role | '*', instance: TokenOrWildcard): string => `proc.${role}.${tokenOrWildcard(instance, 'instance')}`,
  plan: (beamline: string, verb: PlanVerb): string => `bl.v1.plan.${token(beamline, 'beamline')}.${verb}`,
  /**
   * The plan catalog (PlanVerb.Plans) of whichever run engine answers: every engine serves it in the
   * services framework's queue group, and all of them run the same registry, so a client that is
   * not about one beamline (the gateway's ListPlans) asks once without finding a beamline first.
   */
  planCatalog: (): string => `bl.v1.plan.${PlanVerb.Plans}`,
  /** PlanStatus published by the run engine on every change of state or progress (pub/sub). */
  planState: (beamline: TokenOrWildcard): string => `bl.v1.planstate.${tokenOrWildcard(beamline, 'beamline')}`,
  /** Where RunStart.. RunStop of one run are published; `*` for every run of the beamline. */
  documents: (beamline: TokenOrWildcard, runUid: TokenOrWildcard): string =>
    `bl.v1.docs.${tokenOrWildcard(beamline, 'beamline')}.${tokenOrWildcard(runUid, 'run uid')}`,
  allDocuments: (): string => 'bl.v1.docs.>',
  heartbeat: (role: Role | '*', instance: TokenOrWildcard): string =>
    `bl.v1.hb.${role}.${tokenOrWildcard(instance, 'instance')}`,
  queue: (beamline: string, verb: QueueVerb): string => `bl.v1.queue.${token(beamline, 'beamline')}.${verb}`,
  queueBucket: (beamline: string): string => `BL_QUEUE_${token(beamline, 'beamline')}`,
  lease: (verb: LeaseVerb): string => `bl.v1.lease.${verb}`,
  /** Key of a shared device's lease in LEASE_BUCKET. */
  leaseKey: (device: string): string => token(device, 'device'),
} as const;
