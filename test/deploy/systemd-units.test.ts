/**
 * The production systemd units of deploy/systemd/: systemd accepts them, every process role has
 * one, each runs a verb of the CLI with flags the CLI has, restarts as `brightline up` does, and
 * logs in to NATS as a user of deploy/nats/permissions.conf through its env file.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Role } from '../../actors/transport/subjects.js';
import { PROCESS_RESTART_POLICY } from '../../actors/supervisor/restart-policy.js';
import { commands } from '../../cli/commands.js';
import { PERMISSIONS_FILE, natsUserName } from '../../deploy/nats-permissions.js';
import {
  ENV_EXAMPLE_DIR,
  ROLE_UNITS,
  SHARED_ENV_FILE,
  SYSTEMD_DIR,
  TARGET_UNIT,
  brightlineInvocation,
  envExampleFile,
  instantiate,
  invocationFlags,
  loadRoleUnits,
  parseEnvFile,
  parseUnit,
  processEnvFile,
  unitName,
  unitValue,
  unitValues,
  type LoadedUnit,
  type UnitFile,
} from '../../deploy/systemd-units.js';

const SYSTEMD_ANALYZE = '/usr/bin/systemd-analyze';
const NODE = '/usr/bin/node';
const CHECKOUT = '/opt/brightline';
const FACILITY_CONFIG = '/etc/brightline/facility.yaml';
/** The instance the templates are checked with (any beamline id would do). */
const BEAMLINE = 'BL01';

const units = await loadRoleUnits();

function instanceOf(loaded: LoadedUnit): string | undefined {
  return loaded.unit.perBeamline ? BEAMLINE : undefined;
}

/** The unit as systemd would load it for BL01 (templates) or as it is. */
function parsedInstance(loaded: LoadedUnit): UnitFile {
  const instance = instanceOf(loaded);
  return parseUnit(instance === undefined ? loaded.text : instantiate(loaded.text, instance), loaded.unit.file);
}

function execStart(loaded: LoadedUnit): ReturnType<typeof brightlineInvocation> {
  return brightlineInvocation(unitValue(parsedInstance(loaded), 'Service', 'ExecStart', loaded.unit.file), loaded.unit.file);
}

/** A systemd time span as the units write it (`60s`, `2s`, `1min`, `500ms`, `60`) in seconds. */
function seconds(span: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(ms|s|sec|min|m)?$/.exec(span.trim());
  assert.ok(match?.[1], `'${span}' is not a time span this test reads`);
  const value = Number(match[1]);
  const unit = match[2] ?? 's';
  return unit === 'ms' ? value / 1000 : unit === 'min' || unit === 'm' ? value * 60 : value;
}

/**
 * `systemd-analyze verify` on copies of the units in a directory of their own, templates checked
 * as their BL01 instance. It needs no running systemd (it loads the units as a test manager does),
 * but it does check that ExecStart's program exists: on a machine without /usr/bin/node the copies
 * name this node. Returns the exit status and the output lines that are about our units.
 */
function verify(edit: (file: string, text: string) => string = (_file, text) => text): { status: number | null; findings: string[]; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'brightline-units-'));
  try {
    const files = [...units.map((u) => u.unit.file), TARGET_UNIT];
    for (const file of files) {
      let text = readFileSync(join(SYSTEMD_DIR, file), 'utf8');
      if (!existsSync(NODE)) text = text.replaceAll(`${NODE} `, `${process.execPath} `);
      writeFileSync(join(dir, file), edit(file, text));
    }
    const names = [...units.map((u) => unitName(u.unit, instanceOf(u))), TARGET_UNIT];
    const env: NodeJS.ProcessEnv = { ...process.env, SYSTEMD_LOG_COLOR: '0' };
    // A log level set for debugging elsewhere would bury the warnings or hide them.
    delete env['SYSTEMD_LOG_LEVEL'];
    const result = spawnSync(SYSTEMD_ANALYZE, ['verify', '--man=no', ...names.map((name) => join(dir, name))], { encoding: 'utf8', env });
    const output = `${result.stdout}${result.stderr}`;
    const ours = [dir, ...files.map((f) => f.replace('@.service', '@')), ...names];
    const findings = output.split('\n').filter((line) => line.trim() !== '' && ours.some((mark) => line.includes(mark)));
    return { status: result.status, findings, output };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('deploy/systemd units', () => {
  it('are accepted by systemd-analyze verify without a warning', { skip: !existsSync(SYSTEMD_ANALYZE) && `no ${SYSTEMD_ANALYZE} here` }, () => {
    const clean = verify();
    assert.deepEqual(clean.findings, [], clean.output);
    assert.equal(clean.status, 0, clean.output);
    // The same run with one unknown key planted: were systemd-analyze silent whatever the units
    // said (another version, another log level), the check above would mean nothing.
    const planted = verify((file, text) => (file === 'brightline-gateway.service' ? text.replace('[Service]\n', '[Service]\nBrightlineNoSuchKey=1\n') : text));
    assert.ok(planted.findings.some((line) => line.includes('BrightlineNoSuchKey')), `systemd-analyze did not report a planted unknown key:\n${planted.output}`);
  });

  it('exist for every process role, templated by beamline where the role runs per beamline', () => {
    const perBeamline = new Set<string>([Role.DeviceHost, Role.RunEngine, Role.SimIoc]);
    for (const role of Object.values(Role)) {
      const unit = ROLE_UNITS[role];
      assert.ok(unit, `no unit for the role ${role}`);
      assert.ok(existsSync(join(SYSTEMD_DIR, unit.file)), `${unit.file} is missing`);
      assert.equal(unit.perBeamline, perBeamline.has(role), `${unit.file}: per beamline or not`);
      assert.equal(unit.file.includes('@.'), unit.perBeamline, `${unit.file}: a template exactly when per beamline`);
    }
    assert.deepEqual(
      units.filter((u) => u.unit.commissioningOnly).map((u) => u.role),
      [Role.SimIoc],
      'only the simulated IOC is for commissioning',
    );
    assert.match(readFileSync(join(SYSTEMD_DIR, ROLE_UNITS[Role.SimIoc].file), 'utf8'), /COMMISSIONING WITHOUT HARDWARE ONLY/);
  });

  it('run the verb of their role through the installed checkout, with flags the CLI names and its parser takes', async () => {
    const original = process.stdout.write.bind(process.stdout);
    for (const loaded of units) {
      const { file } = loaded.unit;
      const invocation = execStart(loaded);
      assert.equal(invocation.node, NODE, `${file}: node`);
      assert.equal(invocation.script, `${CHECKOUT}/bin/brightline.js`, `${file}: the CLI of the checkout`);
      assert.equal(unitValue(parsedInstance(loaded), 'Service', 'WorkingDirectory', file), CHECKOUT, `${file}: runs in the checkout`);
      assert.equal(invocation.verb, loaded.role, `${file}: runs its role`);
      const command = commands[invocation.verb];
      assert.ok(command, `${file}: 'brightline ${invocation.verb}' is not a command`);
      const flags = invocationFlags(invocation.args);
      for (const flag of flags.keys()) {
        const named = new RegExp(`(^|[\\s\\[|])--${flag.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=[\\s\\]|=]|$)`);
        assert.match(command.usage, named, `${file}: --${flag} is not in the usage of 'brightline ${invocation.verb}': ${command.usage}`);
      }
      assert.equal(flags.get('config'), FACILITY_CONFIG, `${file}: the facility config of /etc/brightline`);
      if (loaded.unit.perBeamline) assert.equal(flags.get('beamline'), BEAMLINE, `${file}: --beamline %i`);
      else assert.equal(flags.has('beamline'), false, `${file}: one per facility, no beamline`);
      // The command's own parser, with --help so that it stops there: an unknown option or a
      // valued flag without its value fails here as it would at start.
      const printed: string[] = [];
      process.stdout.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
        if (typeof chunk === 'string' && chunk.startsWith('usage:')) {
          printed.push(chunk);
          return true;
        }
        return original(chunk, ...rest);
      }) as typeof process.stdout.write;
      let status: number;
      try {
        status = await command.run([...invocation.args, '--help']);
      } finally {
        process.stdout.write = original;
      }
      assert.equal(status, 0, `${file}: brightline ${invocation.verb} ${invocation.args.join(' ')} is refused by its parser`);
      assert.equal(printed.length, 1, `${file}: the parser took the arguments`);
    }
  });

  it('read the shared env file, then the one named after the process’s NATS user', () => {
    for (const { role, unit, text } of units) {
      // Checked on the template itself: the %i in the file name is what makes each instance its own.
      const files = unitValues(parseUnit(text, unit.file), 'Service', 'EnvironmentFile');
      assert.deepEqual(files, [SHARED_ENV_FILE, processEnvFile(role, unit.perBeamline ? '%i' : undefined)], unit.file);
    }
  });

  it('restart on failure as `brightline up` does, and stop trying after as many failures in as long', () => {
    for (const loaded of units) {
      const unit = parsedInstance(loaded);
      const { file } = loaded.unit;
      assert.equal(unitValue(unit, 'Service', 'Restart', file), 'on-failure', file);
      assert.equal(Number(unitValue(unit, 'Unit', 'StartLimitBurst', file)), PROCESS_RESTART_POLICY.maxRestarts + 1, `${file}: the first start and maxRestarts restarts`);
      assert.equal(seconds(unitValue(unit, 'Unit', 'StartLimitIntervalSec', file)), PROCESS_RESTART_POLICY.withinMs / 1000, `${file}: the policy's window`);
      const delay = seconds(unitValue(unit, 'Service', 'RestartSec', file));
      assert.ok(delay * 1000 >= PROCESS_RESTART_POLICY.initialBackoffMs && delay * 1000 <= PROCESS_RESTART_POLICY.maxBackoffMs, `${file}: RestartSec within the policy's back-off`);
      // Exit 2 (command line or config) and 4 (NATS refused the login) do not heal by waiting.
      assert.deepEqual(unitValue(unit, 'Service', 'RestartPreventExitStatus', file).split(/\s+/), ['2', '4'], file);
    }
  });

  it('run as the brightline user in a read-only system, writing only where the unit lets them', () => {
    for (const loaded of units) {
      const unit = parsedInstance(loaded);
      const { file } = loaded.unit;
      assert.equal(unitValue(unit, 'Service', 'User', file), 'brightline', file);
      assert.equal(unitValue(unit, 'Service', 'NoNewPrivileges', file), 'yes', file);
      assert.equal(unitValue(unit, 'Service', 'ProtectSystem', file), 'strict', file);
      // tsx keeps its compiled files under os.tmpdir(): with ProtectSystem=strict, /tmp must be private and writable.
      assert.equal(unitValue(unit, 'Service', 'PrivateTmp', file), 'yes', `${file}: tsx's cache`);
      const writable = [
        ...unitValues(unit, 'Service', 'StateDirectory').flatMap((v) => v.split(/\s+/)).map((d) => `/var/lib/${d}`),
        ...unitValues(unit, 'Service', 'ReadWritePaths').flatMap((v) => v.split(/\s+/)),
      ];
      const dataDir = invocationFlags(execStart(loaded).args).get('data-dir');
      if (typeof dataDir === 'string') {
        assert.ok(writable.some((dir) => dataDir === dir || dataDir.startsWith(`${dir}/`)), `${file}: --data-dir ${dataDir} is not writable (writable: ${writable.join(', ') || 'nothing'})`);
      }
      assert.deepEqual(unitValues(unit, 'Unit', 'PartOf'), [TARGET_UNIT], `${file}: part of ${TARGET_UNIT}`);
      assert.deepEqual(unitValues(unit, 'Install', 'WantedBy'), [TARGET_UNIT], `${file}: enabled into ${TARGET_UNIT}`);
      assert.ok(unitValues(unit, 'Unit', 'After').includes('network-online.target'), `${file}: after the network`);
    }
    assert.equal(execStart(units.find((u) => u.role === Role.DeviceHost) as LoadedUnit).args.includes('--data-dir'), true, 'the device host names its data dir');
  });

  it('serve the gateway beyond loopback only with TLS, which the gateway requires there', () => {
    const flags = invocationFlags(execStart(units.find((u) => u.role === Role.Gateway) as LoadedUnit).args);
    assert.equal(flags.has('insecure'), false);
    for (const flag of ['listen', 'dashboard', 'users', 'tls-cert', 'tls-key']) assert.equal(typeof flags.get(flag), 'string', `--${flag}`);
  });
});

describe('deploy/systemd/env examples', () => {
  const permissionUsers = new Set([...readFileSync(PERMISSIONS_FILE, 'utf8').matchAll(/^\s*user: "([^"]+)"/gm)].map((m) => m[1]));

  it('log each process in as the NATS user named after it, a user of permissions.conf, with no password filled in', () => {
    assert.ok(permissionUsers.size > 0, 'users read from permissions.conf');
    for (const loaded of units) {
      const instance = instanceOf(loaded);
      const file = envExampleFile(loaded.role, instance);
      assert.ok(existsSync(file), `${basename(file)} is missing from deploy/systemd/env`);
      const env = parseEnvFile(readFileSync(file, 'utf8'));
      const user = natsUserName(loaded.role, instance);
      assert.equal(env.get('NATS_USER'), user, basename(file));
      assert.ok(permissionUsers.has(user), `${basename(file)}: NATS user '${user}' is not in ${PERMISSIONS_FILE}`);
      assert.equal(env.get('NATS_PASSWORD'), '', `${basename(file)}: an example carries no password`);
      // The unit of this instance reads exactly this file.
      const files = unitValues(parsedInstance(loaded), 'Service', 'EnvironmentFile');
      assert.ok(files.some((f) => basename(f) === basename(file)), `${loaded.unit.file} does not read ${basename(file)}`);
    }
  });

  it('give the device host a Channel Access address list: without one it searches only the simulated IOCs', () => {
    const env = parseEnvFile(readFileSync(envExampleFile(Role.DeviceHost, BEAMLINE), 'utf8'));
    assert.ok(env.get('EPICS_CA_ADDR_LIST'), 'EPICS_CA_ADDR_LIST');
  });

  it('share one NATS_URL naming every node of the cluster in deploy/nats, and its replica count', () => {
    const shared = parseEnvFile(readFileSync(join(ENV_EXAMPLE_DIR, basename(SHARED_ENV_FILE)), 'utf8'));
    assert.equal(shared.has('NATS_USER') || shared.has('NATS_PASSWORD'), false, 'each process logs in from its own file');
    assert.equal(shared.get('BRIGHTLINE_JS_REPLICAS'), '3');
    const hosts = (shared.get('NATS_URL') ?? '').split(',').map((url) => new URL(url).hostname);
    const routes = parseEnvFile(readFileSync(fileURLToPath(new URL('../../deploy/nats/nats-1.env', import.meta.url)), 'utf8')).get('NATS_ROUTES') ?? '';
    const nodes = [...routes.matchAll(/nats-route:\/\/([^:]+):/g)].map((m) => m[1]);
    assert.equal(nodes.length, 3, routes);
    assert.deepEqual(hosts, nodes, 'NATS_URL lists the nodes of the cluster routes');
  });

  it('are all read by some unit, or are the shared file', () => {
    const read = new Set([basename(SHARED_ENV_FILE), ...units.map((u) => basename(envExampleFile(u.role, instanceOf(u))))]);
    for (const file of readdirSync(ENV_EXAMPLE_DIR)) assert.ok(read.has(file), `${file} in deploy/systemd/env is read by no unit`);
  });
});
