/**
 * The run engine's own NATS link goes dead without a reset (a pulled cable, test/e2e/multi-host):
 * it then hears no heartbeat of its device host either, and must not blame the host for it. A proxy
 * between the engine's bus and a real nats-server stops passing bytes while commands are in flight;
 * the device host, on a connection of its own, is fine all along. The engine waits for its own
 * connection: the read in flight is sent again, the set in flight fails naming the engine's lost
 * connection (it may have happened). A host that really goes silent on a healthy link is still lost.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { brightline } from '../../gen/proto.js';
import { DeviceHostLostError } from '../../actors/plan/device-access.js';
import { RemoteDevices } from '../../actors/plan/remote-devices.js';
import { Bus, DeviceVerb, Role, subjects, type BusService } from '../../actors/transport/mod.js';
import type { Logger } from '../../lib/log.js';
import { startNatsServer, type NatsServerHandle } from '../harness/nats-server.js';
import { SilenceableProxy } from '../harness/silenceable-proxy.js';
import { eventually } from '../harness/waits.js';

const v1 = brightline.v1;
const BL = 'BL01';
const BEAT_MS = 100;
/** Well below the 6 to 8 s the bus takes to give up on a dead link, so the watchdog speaks first. */
const SILENCE_MS = 1_000;

/** A device host whose replies to m1's set and det's read wait until released; it beats while `beating`. */
class GatedHost {
  beating = true;
  readonly received: string[] = [];
  private readonly gates: Array<() => void> = [];
  private open = false;
  private timer: NodeJS.Timeout | undefined;
  private service: BusService | undefined;

  constructor(private readonly bus: Bus) {}

  async start(): Promise<void> {
    const startedAt = Date.now() / 1000;
    this.timer = setInterval(() => {
      if (!this.beating) return;
      this.bus.publish(subjects.heartbeat(Role.DeviceHost, BL), v1.Heartbeat, {
        role: Role.DeviceHost, instance: BL, pid: 4242, started_at: startedAt, interval_ms: BEAT_MS, devices: ['m1', 'det'],
      });
    }, BEAT_MS);
    this.service = await this.bus.addService({ name: 'gated-device-host', version: '0.0.1' });
    this.service.addEndpoint('m1-set', subjects.deviceCommand(BL, 'm1', DeviceVerb.Set), v1.SetRequest, v1.StatusReply, async () => {
      await this.gate('set m1');
      return { success: true };
    });
    this.service.addEndpoint('det-read', subjects.deviceCommand(BL, 'det', DeviceVerb.Read), v1.ReadRequest, v1.ReadReply, async () => {
      await this.gate('read det');
      return { readings: { det: { value: { number: 7 }, timestamp: Date.now() / 1000, alarm_severity: 'NO_ALARM' } } };
    });
    await this.bus.flush();
  }

  /** From now on, requests are answered at once. */
  release(): void {
    this.open = true;
    for (const pass of this.gates.splice(0)) pass();
  }

  hold(): void {
    this.open = false;
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    this.release();
    await this.service?.stop();
  }

  private gate(what: string): Promise<void> {
    this.received.push(what);
    return this.open ? Promise.resolve() : new Promise((resolve) => this.gates.push(resolve));
  }
}

describe("the run engine's own NATS link dies with commands in flight", () => {
  let server: NatsServerHandle;
  const proxy = new SilenceableProxy();
  let engineBus: Bus;
  let hostBus: Bus;
  let host: GatedHost;
  let devices: RemoteDevices;
  const log: string[] = [];
  const logger: Logger = { info: (m) => log.push(m), warn: (m) => log.push(m), error: (m) => log.push(m) };

  before(async () => {
    server = await startNatsServer();
    await proxy.start(server.port);
    engineBus = await Bus.connect({ servers: `nats://127.0.0.1:${proxy.port}`, name: 'run-engine' });
    hostBus = await Bus.connect({ servers: server.url, name: 'device-host' });
    host = new GatedHost(hostBus);
    await host.start();
    devices = new RemoteDevices({ bus: engineBus, beamline: BL, logger, silenceMs: SILENCE_MS, defaultTimeoutMs: 60_000 });
    devices.start();
    await engineBus.flush();
    assert.deepEqual(await devices.servedDevices(5_000), ['m1', 'det']);
  });

  after(async () => {
    devices?.close();
    await host?.close();
    await engineBus?.close();
    await hostBus?.close();
    await proxy.stop();
    await server?.stop();
  });

  it('still declares a host lost that goes silent while our own link answers', async () => {
    host.hold();
    const set = devices.set('m1', 1);
    await eventually('the host to get the set', () => host.received.includes('set m1'));
    host.beating = false;
    await assert.rejects(set, (error: unknown) => {
      assert.ok(error instanceof DeviceHostLostError, String(error));
      assert.match(error.message, /device host of beamline 'BL01' lost during 'set' of 'm1': it has sent no heartbeat for \d+\.\d s/);
      return true;
    });
    host.beating = true;
    host.release();
    assert.deepEqual(await devices.servedDevices(5_000), ['m1', 'det'], 'heard from the host again');
    await devices.set('m1', 2);
  });

  it('waits for its own connection: the read in flight is sent again, the set in flight fails naming the lost connection', { timeout: 90_000 }, async () => {
    host.received.length = 0;
    host.hold();
    const set = devices.set('m1', 3).then(() => undefined, (error: unknown) => error);
    const read = devices.read('det').then((value) => value, (error: unknown) => error);
    await eventually('the host to get both commands', () => host.received.includes('set m1') && host.received.includes('read det'));
    const changes: boolean[] = [];
    engineBus.onConnectionChange((connected) => changes.push(connected));
    assert.equal(proxy.silence(), 1, 'the engine had one connection through the proxy');
    // The host answers while the engine's link is dead: those replies are lost on the way.
    host.release();

    const failure = await set;
    assert.ok(failure instanceof Error, 'the set in flight failed');
    assert.ok(!(failure instanceof DeviceHostLostError), `the device host is not blamed: ${failure.message}`);
    assert.match(failure.message, /^the run engine lost its NATS connection during 'set' of 'm1': the set got no reply after a lost NATS connection and is not sent again \(it may have happened\)$/);
    const done = await read;
    assert.ok(!(done instanceof Error), `the read was sent again and answered: ${String(done)}`);
    assert.equal((done as Awaited<ReturnType<RemoteDevices['read']>>).readings['det']?.value, 7);
    assert.deepEqual(host.received.filter((what) => what === 'set m1'), ['set m1'], 'the set was not sent again');
    assert.deepEqual(host.received.filter((what) => what === 'read det'), ['read det', 'read det'], 'the read was sent again');
    assert.deepEqual(changes, [false, true], 'the engine noticed its dead link and connected again');
    assert.ok(log.some((line) => /no heartbeat from the device host of 'BL01' .* but this run engine's own NATS connection/.test(line)), log.join('\n'));

    // Connected again, the engine works as before.
    await devices.set('m1', 4);
  });
});
