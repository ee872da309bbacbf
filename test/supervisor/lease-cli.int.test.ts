// `brightline leases` and `brightline lease acquire|release|break`, run as real CLI processes
// against a lease manager and the FAC device host of deploy/facility.yaml (on its simulated IOC
// records) over a private nats-server.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDeviceConfigs, startDeviceHost, type DeviceHost } from '../../actors/device/mod.js';
import { startLeaseManager, type LeaseManager } from '../../actors/supervisor/lease-manager.js';
import { Bus } from '../../actors/transport/mod.js';
import { beamlineSignals, SignalMode } from '../../cli/device-host-signals.js';
import { findBeamline, leaseSafeStates, loadFacilityConfig, sharedDeviceHost } from '../../deploy/facility-config.js';
import { silentLogger } from '../../lib/log.js';
import { CliToken, runCli, startCli, startCliGateway, type CliGateway } from '../harness/cli-process.js';
import { startNatsServer, type NatsServerHandle } from '../harness/nats-server.js';

describe('lease commands of the CLI', () => {
  let nats: NatsServerHandle;
  let bus: Bus;
  let host: DeviceHost;
  let manager: LeaseManager | undefined;
  let gateway: CliGateway;
  let env: Record<string, string>;

  const cli = (args: string[], extra: Record<string, string> = {}) => runCli(args, { ...env, ...extra });
  const output = (result: { stdout: string; stderr: string }): string => `--- stdout\n${result.stdout}\n--- stderr\n${result.stderr}`;
  const shutter = async (): Promise<unknown> => {
    const result = await cli(['read', 'fe_shutter', '--beamline', 'FAC', '--json']);
    const parsed = JSON.parse(result.stdout) as Record<string, { readings?: Record<string, { value: unknown }> }>;
    return parsed['fe_shutter']?.readings?.['fe_shutter']?.value;
  };

  before(async () => {
    nats = await startNatsServer();
    bus = await Bus.connect({ servers: nats.url, name: 'lease-cli-test' });
    const config = await loadFacilityConfig();
    const fac = findBeamline(config, 'FAC');
    const { signals, close } = await beamlineSignals(config, fac, SignalMode.Sim, silentLogger);
    host = await startDeviceHost({
      bus, beamline: 'FAC', devices: parseDeviceConfigs(fac.devices, 'FAC'), signals, dataDir: await mkdtemp(join(tmpdir(), 'bl-lease-cli-')), heartbeatIntervalMs: 500, onStopped: close,
    });
    gateway = await startCliGateway({ bus, beamlines: ['BL01', 'BL02'] });
    // Lease commands speak NATS; read and mv go through the gateway, where moving a shared device
    // by hand is for the facility operator (who also needs the lease token, as the host checks).
    env = { NATS_URL: nats.url, BRIGHTLINE_BEAMLINE: 'BL02', ...gateway.env(CliToken.Operator) };
  });

  after(async () => {
    await manager?.stop();
    await gateway?.stop();
    await host?.stop();
    await bus?.close();
    await nats?.stop();
  });

  it('says so when no lease manager runs (exit 3)', async () => {
    const result = await cli(['leases']);
    assert.equal(result.code, 3, output(result));
    assert.match(result.stderr, /no lease manager is running: it runs in 'brightline supervisor'/);
  });

  it('acquires, lists, refuses a second beamline naming the holder, and moves the device with the token', async () => {
    const config = await loadFacilityConfig();
    manager = await startLeaseManager({ bus, devices: sharedDeviceHost(config)?.devices.map((d) => d.name) ?? [], safeStates: leaseSafeStates(config) });
    assert.match((await cli(['leases'])).stdout, /no leases/);

    const acquired = await cli(['lease', 'acquire', 'fe_shutter', '--client', 'alice@console', '--ttl', '120', '--json']);
    assert.equal(acquired.code, 0, output(acquired));
    const lease = JSON.parse(acquired.stdout) as { token: string; holder: string; client: string };
    assert.equal(lease.holder, 'BL02');
    assert.equal(lease.client, 'alice@console');

    const listed = await cli(['leases']);
    assert.match(listed.stdout, /DEVICE\s+HOLDER\s+CLIENT\s+SINCE\s+EXPIRES IN\s+WAITING/);
    assert.match(listed.stdout, /fe_shutter\s+BL02\s+alice@console\s+\d\d:\d\d:\d\d\s+(1 min \d+ s|\d+ s)\s+0/);
    const json = JSON.parse((await cli(['leases', '--json'])).stdout) as { leases: Array<{ device: string; holder: string }> };
    assert.deepEqual(json.leases.map((l) => [l.device, l.holder]), [['fe_shutter', 'BL02']]);

    const refused = await cli(['lease', 'acquire', 'fe_shutter', '--beamline', 'BL01']);
    assert.equal(refused.code, 1, output(refused));
    assert.match(refused.stderr, /no lease on fe_shutter for BL01: fe_shutter is leased to BL02 \(alice@console\) since \S+ until \S+/);

    const without = await cli(['mv', 'fe_shutter', 'open', '--beamline', 'FAC']);
    assert.equal(without.code, 1, output(without));
    assert.match(without.stderr + without.stdout, /fe_shutter is a shared device leased to BL02 \(alice@console\)/);
    const moved = await cli(['mv', 'fe_shutter', 'open', '--beamline', 'FAC'], { BRIGHTLINE_LEASE_TOKEN: lease.token });
    assert.equal(moved.code, 0, output(moved));
    assert.equal(await shutter(), 'open');

    const released = await cli(['lease', 'release', 'fe_shutter', '--token', lease.token]);
    assert.equal(released.code, 0, output(released));
    assert.match(released.stdout, /released by BL02 \(alice@console\)/);
    const again = await cli(['lease', 'release', 'fe_shutter', '--token', lease.token]);
    assert.equal(again.code, 1, output(again));
    assert.match(again.stderr, /nothing released: the lease on fe_shutter is no longer held: released by BL02/);
  });

  it('holds a lease while it runs; an operator breaks it with a reason, making the shutter safe; Ctrl-C releases one', async () => {
    const holding = startCli(['lease', 'acquire', 'fe_shutter', '--client', 'bob@console', '--ttl', '1', '--hold'], env);
    const line = await holding.waitFor(/token \S+/);
    const token = /token (\S+)/.exec(line)?.[1] ?? '';
    await holding.waitFor(/holding it/);
    assert.equal((await cli(['mv', 'fe_shutter', 'open', '--beamline', 'FAC'], { BRIGHTLINE_LEASE_TOKEN: token })).code, 0);

    const noReason = await cli(['lease', 'break', 'fe_shutter']);
    assert.equal(noReason.code, 2, output(noReason));
    assert.match(noReason.stderr, /needs --reason/);
    const broken = await cli(['lease', 'break', 'fe_shutter', '--operator', 'ops', '--reason', 'end of shift']);
    assert.equal(broken.code, 0, output(broken));
    assert.match(broken.stdout, /broke BL02 \(bob@console\)'s lease on fe_shutter: end of shift/);
    assert.match(broken.stdout, /made safe: stopped; set to "closed"/);
    assert.equal(await shutter(), 'closed');
    // The holder learns at its next renewal, and says why.
    const exit = await holding.exited;
    assert.equal(exit.code, 1, `${holding.stdout}\n${holding.stderr}`);
    assert.match(holding.stderr, /broken by ops at \S+: end of shift/);

    const again = startCli(['lease', 'acquire', 'fe_shutter', '--client', 'bob@console', '--ttl', '1', '--hold'], env);
    await again.waitFor(/holding it/);
    await again.kill('SIGINT');
    assert.match(again.stdout, /released fe_shutter/);
    const list = JSON.parse((await cli(['leases', 'fe_shutter', '--json'])).stdout) as { leases: Array<{ state: string; note: string }> };
    assert.equal(list.leases[0]?.state, 'free');
    assert.match(list.leases[0]?.note ?? '', /released by BL02 \(bob@console\)/);
  });

  it('rejects bad command lines before connecting (exit 2)', async () => {
    for (const args of [['lease'], ['lease', 'grab', 'mono'], ['lease', 'acquire'], ['lease', 'acquire', 'mono', '--timeout', '5'], ['lease', 'release', 'mono']]) {
      const result = await cli(args);
      assert.equal(result.code, 2, `${args.join(' ')}: ${output(result)}`);
    }
  });
});
