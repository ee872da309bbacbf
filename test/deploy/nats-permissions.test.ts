/**
 * The NATS users generated from deploy/facility.yaml (deploy/nats-permissions.ts): the committed
 * deploy/nats/permissions.conf is exactly what the generator writes, nats-server accepts the
 * production config that includes it, and the permissions follow the gateway's table.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DeviceVerb, PlanVerb, QueueVerb, Role, inboxPrefix, subjects } from '../../actors/transport/subjects.js';
import { loadFacilityConfig } from '../../deploy/facility-config.js';
import { MissingNatsPasswordError, PERMISSIONS_FILE, childNatsEnv, generatePermissions, natsCredentialsEnv, natsUserName, natsUsers, passwordEnvFile, passwordEnvVar, type NatsUser } from '../../deploy/nats-permissions.js';
import { natsServerBinary } from '../harness/nats-server.js';

const AUTH_CONFIG = fileURLToPath(new URL('../../deploy/nats/brightline-nats-auth.conf', import.meta.url));
const NODE_ENV = fileURLToPath(new URL('../../deploy/nats/nats-1.env', import.meta.url));

const config = await loadFacilityConfig();
const users = natsUsers(config);

function user(name: string): NatsUser {
  const found = users.find((u) => u.user === name);
  assert.ok(found, `no NATS user '${name}'`);
  return found;
}

/** Every subject a user's lists name, as one text to search for other beamlines in. */
function allSubjects(u: NatsUser): string[] {
  return [...u.publish, ...u.subscribe];
}

describe('deploy/nats/permissions.conf', () => {
  it('is what the generator writes from deploy/facility.yaml (run node --import tsx deploy/nats-permissions.ts when this fails)', async () => {
    assert.equal(readFileSync(PERMISSIONS_FILE, 'utf8'), await generatePermissions());
  });

  it('is accepted by nats-server in the production node config, with every password from the environment', () => {
    const env: Record<string, string> = {};
    for (const line of readFileSync(NODE_ENV, 'utf8').split('\n')) {
      const match = /^([A-Z_][A-Z0-9_]*)=(.*)$/.exec(line.trim());
      if (match?.[1]) env[match[1]] = (match[2] ?? '').replace(/^"(.*)"$/, '$1');
    }
    for (const line of passwordEnvFile(users).split('\n')) {
      const [key, value] = line.split('=');
      if (key && value && !key.startsWith('#')) env[key] = value;
    }
    const ok = spawnSync(natsServerBinary(), ['-c', AUTH_CONFIG, '-t'], { env: { ...process.env, ...env }, encoding: 'utf8' });
    assert.equal(ok.status, 0, ok.stdout + ok.stderr);
    const missing = { ...env };
    delete missing[passwordEnvVar('BL01-observer')];
    const refused = spawnSync(natsServerBinary(), ['-c', AUTH_CONFIG, '-t'], { env: { ...process.env, ...missing }, encoding: 'utf8' });
    assert.notEqual(refused.status, 0, 'a missing password stops the server');
    assert.match(refused.stdout + refused.stderr, /BL_NATS_PASS_BL01_OBSERVER/);
  });
});

describe('NATS users of the facility', () => {
  it('has a device host per beamline, a run engine per beamline with one, three roles per beamline but FAC, and the services', () => {
    const names = users.map((u) => u.user);
    for (const beamline of config.beamlines) {
      assert.ok(names.includes(`device-host-${beamline.id}`));
      assert.equal(names.includes(`run-engine-${beamline.id}`), beamline.runEngine);
      for (const role of ['observer', 'user', 'staff']) assert.equal(names.includes(`${beamline.id}-${role}`), beamline.id !== 'FAC', `${beamline.id}-${role}`);
    }
    for (const service of ['operator', 'supervisor', 'gateway']) assert.ok(names.includes(service));
    assert.equal(new Set(names).size, names.length, 'names are unique');
    assert.equal(new Set(names.map(passwordEnvVar)).size, names.length, 'so are their password variables');
  });

  it("gives each beamline's people and processes nothing of another beamline (the shared FAC aside)", () => {
    for (const u of users.filter((u) => /BL\d\d/.test(u.user))) {
      const own = /BL\d\d/.exec(u.user)?.[0];
      const foreign = allSubjects(u).filter((s) => /BL\d\d/.test(s) && !s.includes(own ?? ''));
      assert.deepEqual(foreign, [], u.user);
    }
  });

  it('grants the roles of the gateway table, each including the one below it', () => {
    const [observer, plain, staff] = ['observer', 'user', 'staff'].map((role) => user(`BL01-${role}`));
    assert.ok(observer && plain && staff);
    const verbs = (u: NatsUser): DeviceVerb[] => Object.values(DeviceVerb).filter((v) => u.publish.includes(subjects.deviceCommands('BL01', v)));
    assert.deepEqual(verbs(observer), ['describe', 'read', 'read_configuration', 'describe_configuration', 'locate']);
    assert.deepEqual(verbs(plain), ['describe', 'read', 'read_configuration', 'describe_configuration', 'set', 'trigger', 'stage', 'unstage', 'stop', 'kickoff', 'complete', 'collect', 'locate']);
    // Every verb has a role: a new verb in subjects.ts fails here until it is given one.
    assert.deepEqual(verbs(staff), Object.values(DeviceVerb));
    for (const verb of Object.values(PlanVerb).filter((v) => v !== PlanVerb.Plans)) assert.ok(staff.publish.includes(subjects.plan('BL01', verb)), verb);
    for (const verb of Object.values(QueueVerb)) assert.ok(staff.publish.includes(subjects.queue('BL01', verb)), verb);
    assert.ok(observer.publish.includes(subjects.plan('BL01', PlanVerb.Status)) && !observer.publish.includes(subjects.plan('BL01', PlanVerb.Submit)));
    assert.ok(plain.publish.includes(subjects.plan('BL01', PlanVerb.Abort)) && !plain.publish.includes(subjects.plan('BL01', PlanVerb.Halt)));
    assert.ok(plain.publish.includes(subjects.queue('BL01', QueueVerb.Add)) && !plain.publish.includes(subjects.queue('BL01', QueueVerb.Clear)));
    for (const [lower, higher] of [[observer, plain], [plain, staff]] as const) {
      for (const subject of lower.publish.filter((s) => !s.startsWith('_INBOX'))) assert.ok(higher.publish.includes(subject), `${higher.user} lacks ${subject}`);
    }
  });

  it('lets everyone watch the shared devices and nobody but the operator and the leasing run engines change them', () => {
    for (const u of users.filter((u) => /^BL\d\d-/.test(u.user))) {
      assert.ok(u.publish.includes(subjects.deviceCommands('FAC', DeviceVerb.Read)), u.user);
      assert.ok(!u.publish.some((s) => s.startsWith('bl.v1.dev.FAC') && !/\.(describe|read|read_configuration|describe_configuration|locate)$/.test(s)), u.user);
    }
    const engine = user('run-engine-BL01');
    assert.ok(engine.publish.includes('bl.v1.dev.FAC.mono.>') && engine.publish.includes('bl.v1.dev.FAC.fe_shutter.>'));
    assert.ok(!engine.publish.includes('bl.v1.dev.FAC.ring_current.>'), 'BL01 does not list ring_current among its shared devices');
  });

  it('lets services serve only their own subjects and read replies only on their own inbox', () => {
    assert.deepEqual(user('device-host-BL01').subscribe, ['bl.v1.dev.BL01.>', '$SRV.>', '_INBOX_device-host-BL01.>']);
    for (const u of users.filter((u) => u.user !== 'operator' && u.user !== 'supervisor')) {
      assert.deepEqual(u.subscribe.filter((s) => s.startsWith('_INBOX')), [`${inboxPrefix(u.user)}.>`], u.user);
    }
    assert.ok(user('gateway').subscribe.every((s) => !s.startsWith('bl.v1.dev')), 'the gateway serves no device');
  });

  it('names each process\'s user and password variable as the config does', () => {
    assert.equal(natsUserName(Role.DeviceHost, 'BL01'), 'device-host-BL01');
    assert.equal(natsUserName(Role.Supervisor), 'supervisor');
    assert.equal(passwordEnvVar('device-host-BL01'), 'BL_NATS_PASS_DEVICE_HOST_BL01');
    assert.match(passwordEnvFile(users), /^BL_NATS_PASS_BL01_OBSERVER=pw-[0-9a-f]{48}$/m);
    assert.deepEqual(natsCredentialsEnv(Role.RunEngine, 'BL02', { BL_NATS_PASS_RUN_ENGINE_BL02: 'pw-x' }), { NATS_USER: 'run-engine-BL02', NATS_PASSWORD: 'pw-x' });
    assert.deepEqual(natsCredentialsEnv(Role.RunEngine, 'BL02', {}), {});
  });

  it("gives a process that up starts its own NATS login, never up's, and no one's password", () => {
    const up = {
      PATH: '/usr/bin',
      NATS_URL: 'nats://nats-1:4222',
      NATS_USER: 'operator',
      NATS_PASSWORD: 'pw-operator',
      BL_NATS_PASS_OPERATOR: 'pw-operator',
      BL_NATS_PASS_DEVICE_HOST_BL01: 'pw-dh1',
      BL_NATS_PASS_GATEWAY: 'pw-gw',
    };
    assert.deepEqual(childNatsEnv(Role.DeviceHost, 'BL01', up), { PATH: '/usr/bin', NATS_URL: 'nats://nats-1:4222', NATS_USER: 'device-host-BL01', NATS_PASSWORD: 'pw-dh1' });
    assert.deepEqual(childNatsEnv(Role.Gateway, 'gateway', up), { PATH: '/usr/bin', NATS_URL: 'nats://nats-1:4222', NATS_USER: 'gateway', NATS_PASSWORD: 'pw-gw' });
    // A server without users: nothing to log in with, nothing inherited.
    assert.deepEqual(childNatsEnv(Role.RunEngine, 'BL01', { PATH: '/usr/bin' }), { PATH: '/usr/bin' });
    // Credentials configured, but not this process's: refused, naming the variable, rather than a child logging in as up.
    assert.throws(() => childNatsEnv(Role.RunEngine, 'BL01', up), (error: unknown) => error instanceof MissingNatsPasswordError && /\$BL_NATS_PASS_RUN_ENGINE_BL01 is not/.test(error.message));
    assert.throws(() => childNatsEnv(Role.RunEngine, 'BL01', { NATS_USER: 'operator', NATS_PASSWORD: 'pw' }), MissingNatsPasswordError);
    assert.ok(!JSON.stringify(Object.values(childNatsEnv(Role.DeviceHost, 'BL01', up))).includes('pw-operator'), "up's password reaches no child");
  });
});
