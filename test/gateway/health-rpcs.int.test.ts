/**
 * ListHealth and WatchHealth against a real nats-server and a real device host, which writes its
 * devices' records into BL_HEALTH as the facility's hosts do.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as grpc from '@grpc/grpc-js';
import { brightline } from '../../gen/proto.js';
import { Bus } from '../../actors/transport/mod.js';
import { openHealthBucket } from '../../actors/supervisor/health-store.js';
import { BeamlineRole, type Identity } from '../../gateway/rpc.js';
import { startNatsServer, type NatsServerHandle } from '../harness/nats-server.js';
import { isGrpcError, startTestGateway, type FacilityClient, type TestGateway } from '../harness/gateway.js';
import { eventuallyValue } from '../harness/waits.js';
import { startSimBeamline, type SimBeamline } from '../plan/real-beamline.js';

const BL = 'BL01';
const tokens = new Map<string, Identity>([['t-nobody-special', { user: 'carol', operator: false, roles: new Map([['BL02', BeamlineRole.Observer]]) }]]);

interface Record_ {
  key: string;
  beamline: string;
  name: string;
  kind: string;
  state: string;
  reason: string;
}

describe('health methods of the gateway', () => {
  let nats: NatsServerHandle;
  const buses: Bus[] = [];
  let beamline: SimBeamline | undefined;
  let gw: TestGateway;
  let client: FacilityClient;

  const connect = async (name: string): Promise<Bus> => {
    const bus = await Bus.connect({ servers: nats.url, name });
    buses.push(bus);
    return bus;
  };

  before(async () => {
    nats = await startNatsServer();
    const bus = await connect('device-host');
    beamline = await startSimBeamline({ bus, beamline: BL, prefix: 'GH1:' });
    // A process of another beamline, as the supervisor would record it.
    const bucket = await openHealthBucket(bus);
    await bucket.put('proc.run-engine.BL02', brightline.v1.HealthRecord, {
      key: 'proc.run-engine.BL02', kind: 'process', beamline: 'BL02', name: 'run-engine', state: 'ok', owner: 'supervisor/facility',
    });
    gw = await startTestGateway({ bus: await connect('gateway'), tokens });
    client = gw.client('t-nobody-special');
  });

  after(async () => {
    await gw?.stop();
    await beamline?.close();
    for (const bus of buses) await bus.close();
    await nats?.stop();
  });

  it('lists the records of one beamline, or of the whole facility, to any authenticated caller', async () => {
    const bl01 = await eventuallyValue('the four device records of BL01', async () => {
      const reply = await client.unary<{ records: Record_[] }>('ListHealth', { beamline: BL });
      return reply.records.length === 4 ? reply.records : undefined;
    });
    assert.deepEqual(bl01.map((r) => r.name), ['det', 'm1', 'ring_current', 'shutter']);
    assert.ok(bl01.every((r) => r.beamline === BL && r.kind === 'device'));
    const all = await client.unary<{ records: Record_[] }>('ListHealth', {});
    assert.deepEqual(all.records.map((r) => r.key), ['BL01.det', 'BL01.m1', 'BL01.ring_current', 'BL01.shutter', 'proc.run-engine.BL02']);
    await assert.rejects(gw.client().unary('ListHealth', {}), isGrpcError(grpc.status.UNAUTHENTICATED));
    await assert.rejects(client.unary('ListHealth', { beamline: 'BL 01' }), isGrpcError(grpc.status.INVALID_ARGUMENT, /not a beamline name/));
  });

  it('watches: the current records first, then each change', async () => {
    assert.ok(beamline);
    const watch = client.stream<Record_>('WatchHealth', { beamline: BL });
    await watch.next('the four current records', () => watch.messages.length >= 4);
    assert.deepEqual(watch.messages.slice(0, 4).map((r) => `${r.name} ${r.state}`), ['det ok', 'm1 ok', 'ring_current ok', 'shutter ok']);
    // A real change: the device host stops and marks its devices disconnected.
    await beamline.close();
    beamline = undefined;
    const change = await watch.next('m1 disconnected', (r) => r.name === 'm1' && r.state === 'disconnected');
    assert.match(change.reason, /device host stopped/);
    assert.ok(watch.messages.every((r) => r.beamline === BL), 'only the records of the beamline asked for');
    watch.call.cancel();
    assert.equal((await watch.ended).code, grpc.status.CANCELLED);
  });
});
