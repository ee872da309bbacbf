/**
 * The gateway's JetStream reads when JetStream cannot answer: a 3-node cluster (the production
 * config) loses two nodes, so the streams and the cluster have no leader and the node the gateway
 * is connected to times out or refuses its reads. A client of ListRuns, StreamDocuments (a replay
 * and the live documents of the runs to come) and ListHealth is told UNAVAILABLE (retryable),
 * naming what was read, never "internal error"; once a second node is back the same calls work.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as grpc from '@grpc/grpc-js';
import type { brightline } from '../../gen/proto.js';
import { Bus, DOCUMENT_STREAM, subjects } from '../../actors/transport/mod.js';
import { BeamlineRole } from '../../gateway/rpc.js';
import type { Logger } from '../../lib/log.js';
import { isGrpcError, startTestGateway, type TestGateway } from '../harness/gateway.js';
import { startNatsCluster, type NatsCluster } from '../harness/nats-cluster.js';
import { eventuallyValue } from '../harness/waits.js';
import { identity, v1 } from './run-engine-rig.js';

type RunSummary = brightline.v1.RunSummary.$Properties;

const BL = 'BL01';
const RUN = 'jsdown-run-1';
/** Each read may wait out the client's JetStream API timeout (5 s) once or twice. */
const STEP_TIMEOUT_MS = 120_000;
/** What a client must be told while JetStream cannot answer: what was read, and to retry. */
const DOCS_UNAVAILABLE = /^the document stream BL_DOCS (did not answer within 5 s|could not be read) while .* \(a NATS node may be down; retry\)$/;

describe('gateway reads while JetStream has no leader (2 of 3 nodes down)', () => {
  let cluster: NatsCluster;
  let bus: Bus;
  let gw: TestGateway;
  const gatewayErrors: string[] = [];
  const logger: Logger = { info: () => {}, warn: () => {}, error: (m) => gatewayErrors.push(m) };

  before(async () => {
    cluster = await startNatsCluster({ nodes: 3 });
    // On nats-1 only, which stays up: the gateway's connection is never lost, only JetStream's answers.
    bus = await Bus.connect({ servers: cluster.node('nats-1').url, name: 'jetstream-unavailable-gateway', replicas: 3 });
    await bus.ensureStream({ name: DOCUMENT_STREAM, subjects: [subjects.allDocuments()] });
    for (const [name, uid] of [['start', RUN], ['stop', `${RUN}-s`]] as const) {
      const json = JSON.stringify(name === 'start' ? { uid, time: 1, scan_id: 1, plan_name: 'count' } : { uid, run_start: RUN, time: 2, exit_status: 'success', num_events: {} });
      await bus.publishDurable(subjects.documents(BL, RUN), v1.DocumentEnvelope, { name, uid, run_uid: RUN, json, beamline: BL }, uid);
    }
    gw = await startTestGateway({ bus, tokens: new Map([['t-bob', identity('bob', BeamlineRole.Observer, BL)]]), logger });
  }, { timeout: STEP_TIMEOUT_MS });

  after(async () => {
    await gw?.stop();
    await bus?.close();
    await cluster?.stop();
  }, { timeout: STEP_TIMEOUT_MS });

  const listRuns = (): Promise<{ runs?: RunSummary[] }> => gw.client('t-bob').unary('ListRuns', { beamline: BL, limit: 5 });
  const replay = () => gw.client('t-bob').stream('StreamDocuments', { beamline: BL, run_uid: RUN });

  it('lists and replays the run while the cluster is whole', { timeout: STEP_TIMEOUT_MS }, async () => {
    assert.deepEqual((await listRuns()).runs?.map((run) => run.run_uid), [RUN]);
    const tap = replay();
    assert.equal((await tap.ended).code, grpc.status.OK);
    assert.equal(tap.messages.length, 2);
  });

  it('answers UNAVAILABLE naming BL_DOCS (ListRuns, replay, live) and the health bucket, once two nodes are down', { timeout: STEP_TIMEOUT_MS }, async () => {
    await Promise.all([cluster.node('nats-2').kill(), cluster.node('nats-3').kill()]);
    await assert.rejects(listRuns(), isGrpcError(grpc.status.UNAVAILABLE, DOCS_UNAVAILABLE));
    const replayed = await replay().ended;
    assert.equal(replayed.code, grpc.status.UNAVAILABLE, replayed.details);
    assert.match(replayed.details, DOCS_UNAVAILABLE);
    assert.match(replayed.details, /while (finding the run|reading the documents of run jsdown-run-1) on BL01/);
    const live = await gw.client('t-bob').stream('StreamDocuments', { beamline: BL, live: true }).ended;
    assert.equal(live.code, grpc.status.UNAVAILABLE, live.details);
    assert.match(live.details, DOCS_UNAVAILABLE);
    await assert.rejects(gw.client('t-bob').unary('ListHealth', { beamline: BL }), isGrpcError(grpc.status.UNAVAILABLE, /BL_HEALTH/));
    assert.deepEqual(gatewayErrors, [], 'nothing was an internal error');
  });

  it('answers again once a second node is back (the failure was worth retrying)', { timeout: STEP_TIMEOUT_MS }, async () => {
    await cluster.node('nats-2').restart();
    const runs = await eventuallyValue('ListRuns to answer again', async () => (await listRuns().catch(() => undefined))?.runs, 90_000, 1_000);
    assert.deepEqual(runs.map((run) => run.run_uid), [RUN]);
    const tap = await eventuallyValue('a replay to work again', async () => {
      const attempt = replay();
      return (await attempt.ended).code === grpc.status.OK ? attempt : undefined;
    }, 90_000, 1_000);
    assert.equal(tap.messages.length, 2);
  });
});
