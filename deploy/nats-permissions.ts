/**
 * The NATS users of a facility and what each may publish and subscribe to, generated from
 * deploy/facility.yaml into deploy/nats/permissions.conf, so that the bus enforces what the
 * gateway's policy (gateway/auth/policy.ts) does: beamline A's user cannot set B's devices or touch
 * B's queue, not even by talking NATS directly.
 *
 *   node --import tsx deploy/nats-permissions.ts              rewrite deploy/nats/permissions.conf
 *   node --import tsx deploy/nats-permissions.ts --check      exit 1 if the committed file is stale
 *   node --import tsx deploy/nats-permissions.ts --passwords  print a fresh password env file
 *
 * One account, users with subject permissions (not an account per beamline): the streams and
 * buckets are shared by design (BL_DOCS holds every beamline's documents, BL_HEALTH every device's
 * health, BL_LEASES the shared devices' leases) and the gateway and supervisor work across
 * beamlines; accounts would split those or need an export and import per subject, restating these
 * same rules twice. Within the account, permissions narrow the JetStream API too: a consumer on
 * BL_DOCS may be created only with a filter on one's own beamline (the create subject carries the
 * filter, nats-server >= 2.9), KV writes are per key prefix, and every user reads replies only on
 * its own inbox prefix (`_INBOX_<user>`, which Bus.connect uses).
 */
import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BrightlineError, ErrorCode } from '../lib/errors.js';
import {
  ALARM_ACK_BUCKET,
  DOCUMENT_STREAM,
  DeviceVerb,
  HEALTH_BUCKET,
  LEASE_BUCKET,
  LeaseVerb,
  PlanVerb,
  QueueVerb,
  Role,
  inboxPrefix,
  subjects,
} from '../actors/transport/subjects.js';
import { DEFAULT_FACILITY_CONFIG, loadFacilityConfig, sharedDeviceHost, type FacilityConfig } from './facility-config.js';

export const PERMISSIONS_FILE = fileURLToPath(new URL('./nats/permissions.conf', import.meta.url));

/** One NATS user: who it is for and the subjects it may use (everything else is refused). */
export interface NatsUser {
  user: string;
  /** One line for the generated file. */
  about: string;
  publish: string[];
  subscribe: string[];
  /** Serves requests: may reply to each request it receives, whatever its reply subject. */
  responds: boolean;
}

/** The verbs of each role, as the gateway's authorization table has them (gateway/README.md). */
const OBSERVER_DEVICE_VERBS: readonly DeviceVerb[] = [DeviceVerb.Describe, DeviceVerb.Read, DeviceVerb.ReadConfiguration, DeviceVerb.DescribeConfiguration, DeviceVerb.Locate];
// The fly-scan verbs move hardware (kickoff starts a fly scan), so they go with set and trigger.
const USER_DEVICE_VERBS: readonly DeviceVerb[] = [
  DeviceVerb.Set, DeviceVerb.Trigger, DeviceVerb.Stop, DeviceVerb.Stage, DeviceVerb.Unstage, DeviceVerb.Kickoff, DeviceVerb.Complete, DeviceVerb.Collect,
];
const STAFF_DEVICE_VERBS: readonly DeviceVerb[] = [DeviceVerb.Configure];
const OBSERVER_PLAN_VERBS: readonly PlanVerb[] = [PlanVerb.Status];
const USER_PLAN_VERBS: readonly PlanVerb[] = [PlanVerb.Submit, PlanVerb.Pause, PlanVerb.Resume, PlanVerb.Abort, PlanVerb.Stop];
const STAFF_PLAN_VERBS: readonly PlanVerb[] = [PlanVerb.Halt];
const OBSERVER_QUEUE_VERBS: readonly QueueVerb[] = [QueueVerb.List, QueueVerb.History];
const USER_QUEUE_VERBS: readonly QueueVerb[] = [QueueVerb.Add, QueueVerb.Move, QueueVerb.Remove, QueueVerb.Start, QueueVerb.Stop];
const STAFF_QUEUE_VERBS: readonly QueueVerb[] = [QueueVerb.Clear];
const BEAMLINE_ROLES = ['observer', 'user', 'staff'] as const;
type BeamlineRoleName = (typeof BEAMLINE_ROLES)[number];

/** How long a service may take to answer a request: device moves run for minutes (remote-devices.ts allows 10). */
const RESPONSE_WINDOW = '24h';

/** A subject's first `tokens` tokens and `>`: the whole family a builder's subjects belong to. */
function family(subject: string, tokens: number): string {
  return `${subject.split('.').slice(0, tokens).join('.')}.>`;
}

const EVERYTHING = '>';
const SERVICES_API = '$SRV.>';

/**
 * The JetStream API subjects nats.js uses (its own, not brightline's: listed here only to grant
 * them). Stream and consumer names are single tokens; consumer names are random (ordered consumers).
 */
const js = {
  all: '$JS.API.>',
  flowControlAll: '$JS.FC.>',
  accountInfo: '$JS.API.INFO',
  streamInfo: (stream: string) => `$JS.API.STREAM.INFO.${stream}`,
  streamCreate: (stream: string) => `$JS.API.STREAM.CREATE.${stream}`,
  streamUpdate: (stream: string) => `$JS.API.STREAM.UPDATE.${stream}`,
  messageGet: (stream: string) => `$JS.API.STREAM.MSG.GET.${stream}`,
  /** Direct gets by subject (`last_by_subj` in the subject), limited to subjects under `filter`. */
  directGet: (stream: string, filter: string) => `$JS.API.DIRECT.GET.${stream}.${filter}`,
  directGetAny: (stream: string) => `$JS.API.DIRECT.GET.${stream}`,
  /** Consumers whose filter is under `filter` (`>`: any, also none). */
  consumerCreate: (stream: string, filter: string) => (filter === EVERYTHING ? `$JS.API.CONSUMER.CREATE.${stream}.>` : `$JS.API.CONSUMER.CREATE.${stream}.*.${filter}`),
  consumerUse: (stream: string) => [`$JS.API.CONSUMER.INFO.${stream}.*`, `$JS.API.CONSUMER.DELETE.${stream}.*`, `$JS.API.CONSUMER.MSG.NEXT.${stream}.*`],
  /** Flow control replies of push consumers (KV watches). */
  flowControl: (stream: string) => `$JS.FC.${stream}.>`,
};

const kvStream = (bucket: string): string => `KV_${bucket}`;
const kvKeys = (bucket: string, keys: string): string => `$KV.${bucket}.${keys}`;

/** Read a stream through consumers filtered under `filter` (and the stream's info). */
function streamReader(stream: string, filter: string): string[] {
  return [js.streamInfo(stream), js.consumerCreate(stream, filter), ...js.consumerUse(stream)];
}

/** Read keys under `keys` of a bucket: get, list, watch. */
function kvReader(bucket: string, keys = EVERYTHING): string[] {
  const stream = kvStream(bucket);
  // A get by revision names no key in its subject: only for a reader of every key.
  const byRevision = keys === EVERYTHING ? [js.directGetAny(stream)] : [];
  return [js.streamInfo(stream), js.directGet(stream, kvKeys(bucket, keys)), ...byRevision, js.consumerCreate(stream, kvKeys(bucket, keys)), ...js.consumerUse(stream), js.flowControl(stream)];
}

/** Read and write keys under `keys`, and create the bucket when it is missing (Bus.kv does). */
function kvWriter(bucket: string, keys = EVERYTHING): string[] {
  return [...kvReader(bucket, keys), js.streamCreate(kvStream(bucket)), kvKeys(bucket, keys)];
}

function deviceVerbs(beamline: string, verbs: readonly DeviceVerb[]): string[] {
  return verbs.map((verb) => subjects.deviceCommands(beamline, verb));
}

/** The facility's layout as the permissions need it. */
interface Layout {
  beamlines: string[];
  /** Beamlines with a run engine (and so a queue bucket). */
  withRunEngine: string[];
  withIoc: string[];
  /** The beamline entry of the shared devices (FAC); undefined when the facility has none. */
  shared: string | undefined;
  /** Per beamline, the shared devices its plans may use. */
  sharedDevices: Map<string, string[]>;
}

function layoutOf(config: FacilityConfig): Layout {
  return {
    beamlines: config.beamlines.map((b) => b.id),
    withRunEngine: config.beamlines.filter((b) => b.runEngine).map((b) => b.id),
    withIoc: config.beamlines.filter((b) => b.ioc).map((b) => b.id),
    shared: sharedDeviceHost(config)?.beamline,
    sharedDevices: new Map(config.beamlines.map((b) => [b.id, b.sharedDevices])),
  };
}

/** Every NATS user of the facility, in the order of the generated file. */
export function natsUsers(config: FacilityConfig): NatsUser[] {
  const layout = layoutOf(config);
  const users: NatsUser[] = [operator(), supervisor(), gateway(layout)];
  for (const beamline of layout.beamlines) {
    users.push(deviceHost(beamline, layout));
    if (layout.withIoc.includes(beamline)) users.push(simIoc(beamline));
    if (layout.withRunEngine.includes(beamline)) users.push(runEngine(beamline, layout));
    if (beamline !== layout.shared) for (const role of BEAMLINE_ROLES) users.push(beamlineUser(beamline, role, layout));
  }
  return users;
}

/** The NATS user a brightline process of `role` for `instance` (a beamline, mostly) logs in as. */
export function natsUserName(role: Role, instance?: string): string {
  return role === Role.Supervisor || role === Role.Gateway || instance === undefined ? role : `${role}-${instance}`;
}

/** The environment variable the server reads the user's password from: BL_NATS_PASS_DEVICE_HOST_BL01. */
export function passwordEnvVar(user: string): string {
  return `BL_NATS_PASS_${user.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}

/**
 * NATS_USER and NATS_PASSWORD for a process of `role` (for `instance`), when `env` holds that user's
 * password as the server does ($BL_NATS_PASS_<USER>); empty when it does not (a server without
 * users). For whatever starts brightline processes on a cluster with users (the launcher, the
 * supervisor's restarts), so each logs in as itself rather than as its parent.
 */
export function natsCredentialsEnv(role: Role, instance?: string, env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const user = natsUserName(role, instance);
  const password = env[passwordEnvVar(user)];
  return password ? { NATS_USER: user, NATS_PASSWORD: password } : {};
}

/** A parent logs in with NATS users but lacks the password of the user a child would log in as. */
export class MissingNatsPasswordError extends BrightlineError {
  constructor(readonly user: string) {
    super(
      ErrorCode.FailedPrecondition,
      `NATS credentials are configured (NATS_USER or $BL_NATS_PASS_* is set) but $${passwordEnvVar(user)} is not: each process logs in as its own NATS user (here ${user}), ` +
        'so set every password of deploy/nats/permissions.conf (node --import tsx deploy/nats-permissions.ts --passwords prints a set)',
    );
  }
}

const PASSWORD_ENV_PREFIX = 'BL_NATS_PASS_';

/**
 * The environment of a brightline process started by another (the launcher): the parent's without
 * its NATS login (NATS_USER, NATS_PASSWORD) or anyone's password ($BL_NATS_PASS_*), plus the
 * child's own login when the parent holds that user's password. A parent that logs in itself or
 * holds other users' passwords, but not this one's, is a configuration mistake:
 * MissingNatsPasswordError, rather than a child that logs in as nobody (or as its parent).
 */
export function childNatsEnv(role: Role, instance: string | undefined, parent: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  let configured = Boolean(parent['NATS_USER']);
  for (const [name, value] of Object.entries(parent)) {
    if (name.startsWith(PASSWORD_ENV_PREFIX)) configured = true;
    else if (name !== 'NATS_USER' && name !== 'NATS_PASSWORD') env[name] = value;
  }
  const own = natsCredentialsEnv(role, instance, parent);
  if (configured && !own['NATS_USER']) throw new MissingNatsPasswordError(natsUserName(role, instance));
  return { ...env, ...own };
}

function operator(): NatsUser {
  return {
    user: 'operator',
    about: 'the facility operator (and `brightline up` on a cluster): everything, as the gateway policy lets operators do everything',
    publish: [EVERYTHING],
    subscribe: [EVERYTHING],
    responds: false,
  };
}

function supervisor(): NatsUser {
  const brightline = family(subjects.heartbeat('*', '*'), 2);
  return {
    user: natsUserName(Role.Supervisor),
    about: "the facility's caretaker: every process's heartbeat and health, every run's RunStop when its engine dies, the lease manager making shared devices safe",
    publish: [brightline, js.all, kvKeys('*', EVERYTHING), js.flowControlAll],
    subscribe: [brightline, inbox(Role.Supervisor), SERVICES_API],
    responds: true,
  };
}

function gateway(layout: Layout): NatsUser {
  const user = natsUserName(Role.Gateway);
  return {
    user,
    about: 'the gRPC gateway and the dashboard: every client request (it authorizes them itself, gateway/auth/policy.ts); reads streams and buckets, writes only the alarm acknowledgements',
    publish: [
      family(subjects.deviceCommand('X', 'x', DeviceVerb.Read), 3),
      family(subjects.plan('X', PlanVerb.Status), 3),
      family(subjects.queue('X', QueueVerb.List), 3),
      family(subjects.lease(LeaseVerb.List), 3),
      subjects.heartbeat(Role.Gateway, '*'),
      js.accountInfo,
      ...streamReader(DOCUMENT_STREAM, EVERYTHING),
      js.messageGet(DOCUMENT_STREAM),
      ...kvReader(HEALTH_BUCKET),
      ...kvReader(LEASE_BUCKET),
      // The dashboard's acknowledgements, shared by every console.
      ...kvWriter(ALARM_ACK_BUCKET),
      ...layout.withRunEngine.flatMap((b) => kvReader(subjects.queueBucket(b))),
    ],
    subscribe: [subjects.reading('*', '*'), subjects.health('*', '*'), subjects.statusProgress('*', '*'), subjects.planState('*'), subjects.heartbeat('*', '*'), inbox(user)],
    responds: false,
  };
}

function deviceHost(beamline: string, layout: Layout): NatsUser {
  const user = natsUserName(Role.DeviceHost, beamline);
  const healthKeys = family(subjects.healthKey(beamline, 'x'), 1);
  return {
    user,
    about: `serves ${beamline}'s devices only; publishes their readings, health, progress and its heartbeat; writes their health records`,
    publish: [
      subjects.reading(beamline, '*'),
      subjects.health(beamline, '*'),
      subjects.statusProgress(beamline, '*'),
      subjects.heartbeat(Role.DeviceHost, beamline),
      js.accountInfo,
      ...kvWriter(HEALTH_BUCKET, healthKeys),
      // The host of the shared devices follows their leases (actors/device/lease-guard.ts).
      ...(beamline === layout.shared ? [...kvReader(LEASE_BUCKET), js.streamCreate(kvStream(LEASE_BUCKET))] : []),
    ],
    subscribe: [family(subjects.deviceCommand(beamline, 'x', DeviceVerb.Read), 4), SERVICES_API, inbox(user)],
    responds: true,
  };
}

function simIoc(beamline: string): NatsUser {
  const user = natsUserName(Role.SimIoc, beamline);
  return { user, about: `${beamline}'s simulated IOC: its heartbeat only`, publish: [subjects.heartbeat(Role.SimIoc, beamline)], subscribe: [inbox(user)], responds: false };
}

function runEngine(beamline: string, layout: Layout): NatsUser {
  const user = natsUserName(Role.RunEngine, beamline);
  const shared = layout.shared;
  const sharedDevices = shared ? (layout.sharedDevices.get(beamline) ?? []) : [];
  const watched = shared ? [beamline, shared] : [beamline];
  return {
    user,
    about: `serves ${beamline}'s plans and queue; drives ${beamline}'s devices${sharedDevices.length > 0 ? ` and, under a lease, ${sharedDevices.join(', ')} of ${shared}` : ''}; stores its documents`,
    publish: [
      family(subjects.deviceCommand(beamline, 'x', DeviceVerb.Read), 4),
      ...sharedDevices.map((device) => family(subjects.deviceCommand(shared ?? '', device, DeviceVerb.Read), 5)),
      ...[LeaseVerb.Acquire, LeaseVerb.Renew, LeaseVerb.Release, LeaseVerb.List].map((verb) => subjects.lease(verb)),
      subjects.planState(beamline),
      subjects.heartbeat(Role.RunEngine, beamline),
      subjects.documents(beamline, '*'),
      js.accountInfo,
      js.streamCreate(DOCUMENT_STREAM),
      js.streamUpdate(DOCUMENT_STREAM),
      ...streamReader(DOCUMENT_STREAM, family(subjects.documents(beamline, '*'), 4)),
      ...kvWriter(subjects.queueBucket(beamline)),
    ],
    subscribe: [
      family(subjects.plan(beamline, PlanVerb.Status), 4),
      family(subjects.queue(beamline, QueueVerb.List), 4),
      subjects.planCatalog(),
      ...watched.flatMap((b) => [subjects.reading(b, '*'), subjects.health(b, '*'), subjects.statusProgress(b, '*'), subjects.heartbeat(Role.DeviceHost, b)]),
      SERVICES_API,
      inbox(user),
    ],
    responds: true,
  };
}

/**
 * A person or script on one beamline, talking NATS directly with the rights the gateway would give
 * that role: the gateway's table, verb for verb. The shared devices (FAC) may be watched by all, as
 * the policy says; changing them is for the operator.
 */
function beamlineUser(beamline: string, role: BeamlineRoleName, layout: Layout): NatsUser {
  const user = `${beamline}-${role}`;
  const rank = BEAMLINE_ROLES.indexOf(role);
  const upTo = <T>(...byRank: ReadonlyArray<readonly T[]>): T[] => byRank.slice(0, rank + 1).flat();
  const watched = layout.shared ? [beamline, layout.shared] : [beamline];
  return {
    user,
    about: `${role} on ${beamline}: ${['watches it', 'moves its devices and runs plans', 'also configures devices, halts, clears the queue'][rank]}`,
    publish: [
      ...deviceVerbs(beamline, upTo(OBSERVER_DEVICE_VERBS, USER_DEVICE_VERBS, STAFF_DEVICE_VERBS)),
      ...(layout.shared ? deviceVerbs(layout.shared, OBSERVER_DEVICE_VERBS) : []),
      ...upTo(OBSERVER_PLAN_VERBS, USER_PLAN_VERBS, STAFF_PLAN_VERBS).map((verb) => subjects.plan(beamline, verb)),
      ...upTo(OBSERVER_QUEUE_VERBS, USER_QUEUE_VERBS, STAFF_QUEUE_VERBS).map((verb) => subjects.queue(beamline, verb)),
      subjects.planCatalog(),
      subjects.lease(LeaseVerb.List),
      js.accountInfo,
      ...streamReader(DOCUMENT_STREAM, family(subjects.documents(beamline, '*'), 4)),
      ...kvReader(HEALTH_BUCKET),
    ],
    subscribe: [
      ...watched.flatMap((b) => [subjects.reading(b, '*'), subjects.statusProgress(b, '*')]),
      subjects.planState(beamline),
      // Health and the device list are facility-wide for anyone known (the gateway's ListHealth, ListDevices).
      subjects.health('*', '*'),
      subjects.heartbeat('*', '*'),
      inbox(user),
    ],
    responds: false,
  };
}

function inbox(user: string): string {
  return `${inboxPrefix(user)}.>`;
}

/** deploy/nats/permissions.conf for these users. */
export function renderPermissions(users: readonly NatsUser[], source: string): string {
  const lines = [
    `# NATS users of the facility and their subject permissions. GENERATED from ${source} by`,
    '# deploy/nats-permissions.ts: do not edit; after a change to the facility config or the subjects run',
    '#   node --import tsx deploy/nats-permissions.ts',
    '# (test/deploy/nats-permissions.test.ts fails while this file is stale). See README.md, "Users and permissions".',
    '#',
    '# Each password comes from the environment of nats-server: $BL_NATS_PASS_<USER> (upper case, `-` as `_`).',
    '# Every one must be set or the server refuses the config; `--passwords` prints a fresh set. A password',
    '# must start with a letter and hold letters, digits, `_` and `-` only: nats-server parses the value.',
    '# A process logs in with NATS_USER and NATS_PASSWORD; its replies arrive on _INBOX_<user>.',
    '',
    'authorization {',
    '  users = [',
  ];
  for (const user of users) {
    lines.push(`    # ${user.user}: ${user.about}`);
    lines.push('    {');
    lines.push(`      user: "${user.user}"`);
    lines.push(`      password: $${passwordEnvVar(user.user)}`);
    lines.push('      permissions: {');
    lines.push(...subjectList('publish', user.publish));
    lines.push(...subjectList('subscribe', user.subscribe));
    if (user.responds) lines.push(`        allow_responses: { max: 1, expires: "${RESPONSE_WINDOW}" }`);
    lines.push('      }');
    lines.push('    }');
  }
  lines.push('  ]', '}', '');
  return lines.join('\n');
}

function subjectList(what: 'publish' | 'subscribe', list: readonly string[]): string[] {
  const unique = [...new Set(list)];
  return [`        ${what}: { allow: [`, ...unique.map((subject) => `          "${subject}"`), '        ] }'];
}

/** The file for a facility config, as the generator writes it. */
export async function generatePermissions(configPath: string = DEFAULT_FACILITY_CONFIG): Promise<string> {
  const config = await loadFacilityConfig(configPath);
  return renderPermissions(natsUsers(config), configPath === DEFAULT_FACILITY_CONFIG ? 'deploy/facility.yaml' : configPath);
}

/** An env file with a fresh password per user, for the nats-server nodes (and, one each, the processes). */
export function passwordEnvFile(users: readonly NatsUser[]): string {
  const lines = ['# NATS passwords of the brightline users (deploy/nats/permissions.conf). Keep it mode 0600.'];
  for (const user of users) lines.push(`${passwordEnvVar(user.user)}=pw-${randomBytes(24).toString('hex')}`);
  return `${lines.join('\n')}\n`;
}

async function main(argv: readonly string[]): Promise<number> {
  const configIndex = argv.indexOf('--config');
  const configPath = configIndex >= 0 ? argv[configIndex + 1] ?? DEFAULT_FACILITY_CONFIG : DEFAULT_FACILITY_CONFIG;
  if (argv.includes('--passwords')) {
    process.stdout.write(passwordEnvFile(natsUsers(await loadFacilityConfig(configPath))));
    return 0;
  }
  const text = await generatePermissions(configPath);
  if (argv.includes('--check')) {
    const committed = await readFile(PERMISSIONS_FILE, 'utf8').catch(() => '');
    if (committed === text) return 0;
    process.stderr.write(`${PERMISSIONS_FILE} is stale: run node --import tsx deploy/nats-permissions.ts\n`);
    return 1;
  }
  await writeFile(PERMISSIONS_FILE, text);
  process.stdout.write(`wrote ${PERMISSIONS_FILE}\n`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
