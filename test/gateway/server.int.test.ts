/**
 * The gateway's server core against a real nats-server: authentication, malformed requests,
 * grpc.health.v1, reflection, the loopback rule and TLS.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import { protoPath as healthProtoPath } from 'grpc-health-check';
import { brightline } from '../../gen/proto.js';
import { Bus } from '../../actors/transport/mod.js';
import { openHealthBucket } from '../../actors/supervisor/health-store.js';
import { FACILITY_SERVICE } from '../../gateway/facility-definition.js';
import { startGrpcHealth } from '../../gateway/grpc-health.js';
import { startGateway } from '../../gateway/server.js';
import { BeamlineRole, type Identity } from '../../gateway/rpc.js';
import { startNatsServer, type NatsServerHandle } from '../harness/nats-server.js';
import { facilityClient, isGrpcError, startTestGateway, type TestGateway } from '../harness/gateway.js';
import { eventually, eventuallyValue } from '../harness/waits.js';
import type { Logger } from '../../lib/log.js';

const run = promisify(execFile);

const tokens = new Map<string, Identity>([
  ['t-alice', { user: 'alice', operator: false, roles: new Map([['BL02', BeamlineRole.User], ['BL01', BeamlineRole.Observer]]) }],
  ['t-op', { user: 'olga', operator: true, roles: new Map() }],
]);

type HealthClient = grpc.Client & {
  Check(request: { service: string }, callback: (error: grpc.ServiceError | null, reply: { status: string }) => void): void;
};

function healthClient(address: string): HealthClient {
  const definition = protoLoader.loadSync(healthProtoPath, { keepCase: true, enums: String, defaults: true });
  const Health = grpc.loadPackageDefinition(definition)['grpc'] as unknown as { health: { v1: { Health: grpc.ServiceClientConstructor } } };
  return new Health.health.v1.Health(address, grpc.credentials.createInsecure()) as unknown as HealthClient;
}

function check(client: HealthClient, service: string): Promise<string> {
  return new Promise((resolve, reject) => client.Check({ service }, (error, reply) => (error ? reject(error) : resolve(reply.status))));
}

describe('gateway server core', () => {
  let nats: NatsServerHandle;
  let bus: Bus;
  let gw: TestGateway;

  before(async () => {
    nats = await startNatsServer();
    bus = await Bus.connect({ servers: nats.url, name: 'gateway-test' });
    gw = await startTestGateway({ bus, tokens });
  });

  after(async () => {
    await gw?.stop();
    await bus?.close();
    await nats?.stop();
  });

  it('answers WhoAmI with the identity of the token', async () => {
    const reply = await gw.client('t-alice').unary<{ user: string; operator: boolean; roles: Array<{ beamline: string; role: string }> }>('WhoAmI', {});
    assert.equal(reply.user, 'alice');
    assert.equal(reply.operator, false);
    assert.deepEqual(reply.roles.map((r) => ({ beamline: r.beamline, role: r.role })), [
      { beamline: 'BL01', role: 'observer' },
      { beamline: 'BL02', role: 'user' },
    ]);
  });

  it('refuses a call without a token, and one with an unknown token, as UNAUTHENTICATED saying what to do', async () => {
    await assert.rejects(gw.client().unary('WhoAmI', {}), isGrpcError(grpc.status.UNAUTHENTICATED, /no bearer token: set BRIGHTLINE_TOKEN/));
    await assert.rejects(gw.client('t-nobody').unary('WhoAmI', {}), isGrpcError(grpc.status.UNAUTHENTICATED, /unknown token/));
  });

  it('answers a request that does not decode with INVALID_ARGUMENT and keeps serving', async () => {
    const raw = grpc.makeGenericClientConstructor(
      {
        Read: {
          path: `/${FACILITY_SERVICE}/Read`,
          requestStream: false,
          responseStream: false,
          requestSerialize: (bytes: Buffer) => bytes,
          requestDeserialize: (bytes: Buffer) => bytes,
          responseSerialize: (bytes: Buffer) => bytes,
          responseDeserialize: (bytes: Buffer) => bytes,
        },
      },
      'Raw',
    );
    const client = new raw(gw.address, grpc.credentials.createInsecure()) as unknown as grpc.Client & {
      Read(request: Buffer, metadata: grpc.Metadata, callback: (error: grpc.ServiceError | null) => void): void;
    };
    const metadata = new grpc.Metadata();
    metadata.set('authorization', 'Bearer t-alice');
    // Field 1 (beamline), length-delimited, claiming 255 bytes that are not there.
    const garbage = Buffer.from([0x0a, 0xff, 0x01, 0x42]);
    const error = await new Promise<grpc.ServiceError | null>((resolve) => client.Read(garbage, metadata, resolve));
    assert.ok(error);
    isGrpcError(grpc.status.INVALID_ARGUMENT, /not a valid brightline\.v1\.DeviceRef/)(error);
    client.close();
    const reply = await gw.client('t-alice').unary<{ user: string }>('WhoAmI', {});
    assert.equal(reply.user, 'alice', 'the server serves the next call');
  });

  it('refuses a malformed device name with INVALID_ARGUMENT before anything reaches the bus', async () => {
    await assert.rejects(gw.client('t-op').unary('Read', { beamline: 'BL01', device: 'm1.>' }), isGrpcError(grpc.status.INVALID_ARGUMENT, /'m1\.>' is not a device name/));
  });

  it('says SERVING on grpc.health.v1 for the server and the Facility service', async () => {
    const client = healthClient(gw.address);
    try {
      assert.equal(await check(client, ''), 'SERVING');
      assert.equal(await check(client, FACILITY_SERVICE), 'SERVING');
    } finally {
      client.close();
    }
  });

  it('lists brightline.v1.Facility through server reflection', async () => {
    const require = createRequire(import.meta.url);
    const reflectionProto = join(dirname(require.resolve('@grpc/reflection/package.json')), 'build/proto/grpc/reflection/v1/reflection.proto');
    const definition = protoLoader.loadSync(reflectionProto, { keepCase: true, defaults: true, oneofs: true });
    const pkg = grpc.loadPackageDefinition(definition)['grpc'] as unknown as { reflection: { v1: { ServerReflection: grpc.ServiceClientConstructor } } };
    const client = new pkg.reflection.v1.ServerReflection(gw.address, grpc.credentials.createInsecure()) as unknown as grpc.Client & {
      ServerReflectionInfo(): grpc.ClientDuplexStream<object, { list_services_response?: { service: Array<{ name: string }> } }>;
    };
    try {
      const stream = client.ServerReflectionInfo();
      const reply = await new Promise<{ list_services_response?: { service: Array<{ name: string }> } }>((resolve, reject) => {
        stream.once('data', resolve);
        stream.once('error', reject);
        stream.write({ list_services: '' });
      });
      stream.end();
      const names = reply.list_services_response?.service.map((s) => s.name) ?? [];
      assert.ok(names.includes(FACILITY_SERVICE), `reflection lists ${names.join(', ')}`);
      assert.ok(names.includes('grpc.health.v1.Health'), `reflection lists ${names.join(', ')}`);
    } finally {
      client.close();
    }
  });

  it('refuses to serve a non-loopback address without TLS, naming the way out', async () => {
    await assert.rejects(
      startGateway({ bus, listen: '0.0.0.0:0', identify: () => undefined }),
      (error: Error) => /refusing to serve 0\.0\.0\.0 without TLS/.test(error.message) && /--insecure/.test(error.message),
    );
    await assert.rejects(startGateway({ bus, listen: 'nonsense', identify: () => undefined }), /not host:port/);
  });

  it('serves TLS with a certificate and key, and a plain-text client cannot talk to it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bl-gw-tls-'));
    try {
      const cert = join(dir, 'cert.pem');
      const key = join(dir, 'key.pem');
      await run('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1',
        '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost', '-keyout', key, '-out', cert]);
      const gateway = await startGateway({ bus, listen: '127.0.0.1:0', identify: (token) => tokens.get(token), tls: { certFile: cert, keyFile: key } });
      try {
        // Checked against the name in the certificate (TLS's server name may not be an IP address).
        const secure = facilityClient(gateway.address, 't-alice', grpc.credentials.createSsl(await readFile(cert)), { 'grpc.ssl_target_name_override': 'localhost' });
        const plain = facilityClient(gateway.address, 't-alice');
        try {
          assert.equal((await secure.unary<{ user: string }>('WhoAmI', {})).user, 'alice');
          await assert.rejects(plain.unary('WhoAmI', {}, { deadlineMs: 3_000 }), (error: grpc.ServiceError) => error.code === grpc.status.UNAVAILABLE || error.code === grpc.status.DEADLINE_EXCEEDED);
        } finally {
          secure.close();
          plain.close();
        }
      } finally {
        await gateway.stop();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('ends open streams with UNAVAILABLE when it stops, so that clients know to reconnect', async () => {
    const gateway = await startTestGateway({ bus, tokens });
    const bucket = await openHealthBucket(bus);
    await bucket.put('proc.supervisor.facility', brightline.v1.HealthRecord, { key: 'proc.supervisor.facility', kind: 'process', name: 'supervisor/facility', state: 'ok' });
    const watch = gateway.client('t-alice').stream('WatchHealth', {});
    await watch.next('the current record', () => true);
    await gateway.stop();
    const end = await watch.ended;
    assert.equal(end.code, grpc.status.UNAVAILABLE, end.details);
    assert.match(end.details, /the gateway is shutting down/);
  });

  it('says NOT_SERVING once its bus is gone', async () => {
    const ownBus = await Bus.connect({ servers: nats.url, name: 'gateway-own-bus' });
    const gateway = await startGateway({ bus: ownBus, listen: '127.0.0.1:0', identify: (token) => tokens.get(token) });
    const client = healthClient(gateway.address);
    try {
      assert.equal(await check(client, FACILITY_SERVICE), 'SERVING');
      await ownBus.close();
      await eventuallyValue('NOT_SERVING', async () => ((await check(client, FACILITY_SERVICE)) === 'NOT_SERVING' ? true : undefined), 10_000);
    } finally {
      client.close();
      await gateway.stop();
    }
  });

  it('stays NOT_SERVING after stop, even when a probe was in flight', async () => {
    // A bus whose flush (the probe's ping) answers only when the test says so.
    let answerProbe: () => void = () => undefined;
    let probes = 0;
    const stalled = {
      flush: () => {
        probes += 1;
        return new Promise<void>((resolve) => (answerProbe = resolve));
      },
      closed: () => new Promise<void>(() => undefined),
    } as unknown as Bus;
    const server = new grpc.Server();
    const health = startGrpcHealth(server, stalled, { info: () => undefined, warn: () => undefined, error: () => undefined });
    const port = await new Promise<number>((resolve, reject) =>
      server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (error, bound) => (error ? reject(error) : resolve(bound))),
    );
    const client = healthClient(`127.0.0.1:${port}`);
    try {
      await eventually('a probe in flight', () => probes === 1, 10_000);
      health.stop();
      assert.equal(await check(client, FACILITY_SERVICE), 'NOT_SERVING');
      answerProbe();
      await new Promise((resolve) => setImmediate(resolve));
      assert.equal(await check(client, FACILITY_SERVICE), 'NOT_SERVING', 'the late probe does not say SERVING');
      assert.equal(await check(client, ''), 'NOT_SERVING');
    } finally {
      client.close();
      server.forceShutdown();
    }
  });

  describe('when NATS refuses the gateway its own requests', () => {
    let refusing: NatsServerHandle;
    let refusedBus: Bus;
    let refusedGw: TestGateway;
    let dir: string;
    const logged: string[] = [];
    const logger: Logger = { info: (m) => logged.push(m), warn: (m) => logged.push(m), error: (m) => logged.push(m) };

    before(async () => {
      dir = await mkdtemp(join(tmpdir(), 'bl-gw-refused-'));
      const config = join(dir, 'server.conf');
      await writeFile(config, [
        'authorization {',
        '  users = [',
        '    { user: "gateway", password: "gw-secret", permissions: { publish: { deny: ["bl.v1.dev.BL01.>", "bl.v1.plan.BL01.>"] } } }',
        '  ]',
        '}',
        '',
      ].join('\n'));
      refusing = await startNatsServer({ configFile: config });
      refusedBus = await Bus.connect({ servers: refusing.url, name: 'gateway-refused', user: 'gateway', password: 'gw-secret' });
      refusedGw = await startTestGateway({ bus: refusedBus, tokens, logger });
    });

    after(async () => {
      await refusedGw?.stop();
      await refusedBus?.close();
      await refusing?.stop();
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    /** The client sees INTERNAL with a reference, never the NATS user or subject; the log line of that reference has the subject. */
    const hiddenWithSubject = (subject: string) => (error: unknown): boolean => {
      isGrpcError(grpc.status.INTERNAL, /^internal error \(see gateway log, ref [0-9a-f]+\)$/)(error);
      const details = (error as grpc.ServiceError).details;
      assert.equal((error as grpc.ServiceError).metadata?.get('bl-error-name').length ?? 0, 0, 'no error name for a hidden failure');
      const ref = /ref ([0-9a-f]+)/.exec(details)?.[1] ?? '';
      const line = logged.find((l) => l.includes(`ref ${ref}`)) ?? '';
      assert.ok(line.includes(subject), `the log line of ref ${ref} names ${subject}: ${line}`);
      return true;
    };

    it('answers a device or run-engine request NATS refused with INTERNAL and a reference, not PERMISSION_DENIED', async () => {
      const olga = refusedGw.client('t-op');
      await assert.rejects(olga.unary('Read', { beamline: 'BL01', device: 'm1' }), hiddenWithSubject('bl.v1.dev.BL01.m1.read'));
      await assert.rejects(olga.unary('SubmitPlan', { beamline: 'BL01', plan: { plan_name: 'count' } }), hiddenWithSubject('bl.v1.plan.BL01.submit'));
      // What NATS allows still works: nobody serves BL02, and the client is told so in words.
      await assert.rejects(olga.unary('Read', { beamline: 'BL02', device: 'm1' }), isGrpcError(grpc.status.UNAVAILABLE, /^no device host for BL02 is running/));
    });
  });
});
