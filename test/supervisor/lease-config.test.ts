import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseDeviceConfigs } from '../../actors/device/config.js';
import { needsLease, refusal } from '../../actors/device/lease-guard.js';
import { fromWireLease } from '../../actors/supervisor/lease-model.js';
import { DeviceVerb } from '../../actors/transport/mod.js';
import { leaseSafeStates, loadFacilityConfig, parseFacilityConfig, sharedDeviceHost } from '../../deploy/facility-config.js';

const FAC = {
  id: 'FAC',
  run_engine: false,
  devices: [
    { name: 'fe_shutter', kind: 'shutter', pv: 'ca://FAC:fe', shared: true, safe_state: 'closed' },
    { name: 'mono', kind: 'motor', pv: 'ca://FAC:mono', shared: true },
  ],
};

describe('shared devices in the facility config', () => {
  it('deploy/facility.yaml: FAC serves the shared devices, has no run engine, and BL01/BL02 declare what they use', async () => {
    const config = await loadFacilityConfig();
    const host = sharedDeviceHost(config);
    assert.equal(host?.beamline, 'FAC');
    assert.deepEqual(host?.devices.map((d) => [d.name, d.kind]), [['fe_shutter', 'shutter'], ['ring_current', 'ring-current'], ['mono', 'motor']]);
    assert.deepEqual(leaseSafeStates(config), { fe_shutter: 'closed' });
    const byId = new Map(config.beamlines.map((b) => [b.id, b]));
    assert.equal(byId.get('FAC')?.runEngine, false);
    assert.equal(byId.get('BL01')?.runEngine, true);
    assert.deepEqual(byId.get('BL01')?.sharedDevices, ['mono', 'fe_shutter']);
    assert.deepEqual(byId.get('BL02')?.sharedDevices, ['mono', 'fe_shutter', 'ring_current']);
    // The device layer accepts the FAC entries, with their flags.
    const devices = parseDeviceConfigs(byId.get('FAC')?.devices, 'FAC');
    assert.deepEqual(devices.filter((d) => d.shared).map((d) => d.name).sort(), ['fe_shutter', 'mono', 'ring_current']);
    assert.equal(devices.find((d) => d.name === 'fe_shutter')?.safe_state, 'closed');
    // The mono has realistic energy limits in its simulated record.
    const mono = (byId.get('FAC')?.ioc?.records as Array<Record<string, unknown>>).find((r) => r['name'] === 'mono');
    assert.equal(mono?.['egu'], 'eV');
    assert.ok(Number(mono?.['llm']) >= 1000 && Number(mono?.['hlm']) <= 50_000);
  });

  it('reports every misuse of shared devices at once', () => {
    const raw = {
      beamlines: [
        FAC,
        { id: 'BL01', devices: [{ name: 'mono', kind: 'motor', pv: 'ca://BL01:m' }], shared_devices: ['mono', 'nothing'] },
        { id: 'BL02', run_engine: 'no', shared_devices: 'mono' },
        { id: 'BL03', devices: [{ name: 'x', kind: 'motor', pv: 'ca://BL03:x', shared: true }] },
      ],
    };
    assert.throws(
      () => parseFacilityConfig(raw, 'test.yaml'),
      (error: unknown) => {
        const message = (error as Error).message;
        return [
          /BL01\.shared_devices: 'nothing' is not a shared device \(shared: fe_shutter, mono\)/,
          /BL01\.shared_devices: 'mono' is also one of BL01's own devices; rename one/,
          /BL02\.run_engine must be true or false/,
          /BL02\.shared_devices must be a list of device names/,
          /shared devices must all be on one beamline entry .*found on FAC, BL03/,
        ].every((pattern) => pattern.test(message));
      },
    );
    const ok = parseFacilityConfig({ beamlines: [FAC, { id: 'BL02', devices: [], shared_devices: ['mono'] }] }, 'ok.yaml');
    assert.deepEqual(ok.beamlines.map((b) => [b.id, b.runEngine, b.sharedDevices]), [['FAC', false, []], ['BL02', true, ['mono']]]);
  });

  it('device entries: shared must be a boolean, and a safe state belongs to a shared device', () => {
    assert.throws(
      () => parseDeviceConfigs([{ name: 'a', kind: 'motor', pv: 'ca://a', shared: 'yes' }, { name: 'b', kind: 'motor', pv: 'ca://b', safe_state: 0 }], 'FAC'),
      (error: unknown) => /FAC\.devices\[0\]\.shared must be true or false/.test((error as Error).message) && /FAC\.devices\[1\]\.safe_state only applies to a shared device/.test((error as Error).message),
    );
  });
});

describe('the device host lease guard, as data', () => {
  it('guards the verbs that change a device; reads and stop are open to all', () => {
    for (const verb of [DeviceVerb.Set, DeviceVerb.Trigger, DeviceVerb.Stage, DeviceVerb.Unstage, DeviceVerb.Configure, DeviceVerb.Kickoff, DeviceVerb.Complete]) assert.ok(needsLease(verb), verb);
    for (const verb of [DeviceVerb.Read, DeviceVerb.Describe, DeviceVerb.ReadConfiguration, DeviceVerb.DescribeConfiguration, DeviceVerb.Locate, DeviceVerb.Stop]) assert.ok(!needsLease(verb), verb);
  });

  it('names the holder, or says no lease is held', () => {
    const held = fromWireLease({ device: 'mono', holder: 'BL02', client: 'plan scan (item 1)', token: 't', acquired_at: 1000, expires_at: 1030, state: 'held' });
    assert.match(refusal('mono', 'set', held, undefined, 1010), /^mono is a shared device leased to BL02 \(plan scan \(item 1\)\) since \S+ until \S+ \(in 20 s\); acquire a lease first \('set' refused\)$/);
    assert.match(refusal('mono', 'set', held, 'old', 1010), /the lease token sent is not the current one/);
    assert.match(refusal('mono', 'set', held, undefined, 1031), /^mono is a shared device and 'set' needs a lease; none held/);
    const free = fromWireLease({ device: 'mono', state: 'free', note: 'released by BL02 at 10:00:00Z' });
    assert.match(refusal('mono', 'stage', free, 't', 1010), /the lease token sent is no longer valid \(last: released by BL02 at 10:00:00Z\)/);
    assert.match(refusal('mono', 'set', undefined, undefined, 1010), /needs a lease; none held; acquire one with 'brightline lease acquire mono --beamline <yours>'/);
  });
});
