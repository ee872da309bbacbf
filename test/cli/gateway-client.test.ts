// The CLI's gateway client against a stand-in Facility server on loopback (no bus): metadata it
// sends, deadlines, cancellation reaching the server, streams, and how each failure comes out.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { facilityServiceDefinition } from '../../gateway/facility-definition.js';
import { ErrorCode } from '../../lib/errors.js';
import { GatewayClient, type GatewayClientOptions } from '../../cli/gateway-client.js';
import { LEASE_TOKEN_METADATA } from '../../gateway/device-rpcs.js';
import { GatewayCallError, GatewayTimeoutError, GatewayUnreachableError, unreachableMessage } from '../../cli/gateway-errors.js';
import { CliError, ExitCode, exitCodeForError } from '../../cli/exit-codes.js';
import { bearerToken } from '../../cli/environment.js';
import { localTokenFile, writeLocalToken } from '../../gateway/auth/local-token.js';
import { ERROR_NAME_METADATA } from '../../gateway/status-table.js';
import { freePort } from '../harness/cli-process.js';

type Unary = grpc.ServerUnaryCall<Record<string, unknown>, object>;
type Stream = grpc.ServerWritableStream<Record<string, unknown>, object>;

/** What the stand-in server saw, and hooks a test sets. */
interface Seen {
  metadata: grpc.Metadata[];
  cancelled: string[];
  /** How Read answers; by default with one reading named after the device. */
  read?: (call: Unary, callback: grpc.sendUnaryData<object>) => void;
  /** Resolves with each call that reached a method that never answers. */
  hanging: Array<() => void>;
}

function standIn(seen: Seen): grpc.UntypedServiceImplementation {
  const remember = (call: { metadata: grpc.Metadata; on(event: 'cancelled', listener: () => void): unknown }, method: string): void => {
    seen.metadata.push(call.metadata);
    call.on('cancelled', () => seen.cancelled.push(method));
  };
  return {
    Read: (call: Unary, callback: grpc.sendUnaryData<object>) => {
      remember(call, 'Read');
      if (seen.read) return seen.read(call, callback);
      callback(null, { readings: { [String(call.request['device'])]: { value: { number: 1.5 }, timestamp: 1, alarm_severity: 'NO_ALARM' } } });
    },
    ListDevices: (call: Unary) => {
      remember(call, 'ListDevices');
      for (const wake of seen.hanging.splice(0)) wake();
      // Never answers: the client's deadline, signal or Ctrl-C has to end it.
    },
    WatchProgress: (call: Stream) => {
      remember(call, 'WatchProgress');
      for (let i = 1; i <= 3; i++) call.write({ status_id: String(call.request['status_id']), fraction: i / 4 });
      if (call.request['device'] === 'fails') call.emit('error', { code: grpc.status.FAILED_PRECONDITION, details: 'm1 is in fault' });
      // Otherwise it stays open until the client cancels.
    },
  };
}

describe('the CLI gateway client', () => {
  const seen: Seen = { metadata: [], cancelled: [], hanging: [] };
  let server: grpc.Server;
  let address: string;
  const clients: GatewayClient[] = [];
  const connect = async (options: GatewayClientOptions = {}): Promise<GatewayClient> => {
    const client = await GatewayClient.connect({ address, token: { token: 'tok-1', source: { kind: 'env' } }, ...options });
    clients.push(client);
    return client;
  };
  const whenCancelled = async (method: string): Promise<void> => {
    while (!seen.cancelled.includes(method)) await new Promise((resolve) => setTimeout(resolve, 10));
  };

  before(async () => {
    server = new grpc.Server();
    server.addService(facilityServiceDefinition(), standIn(seen));
    const port = await new Promise<number>((resolve, reject) => server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (e, p) => (e ? reject(e) : resolve(p))));
    address = `127.0.0.1:${port}`;
  });

  after(() => {
    for (const client of clients) client.close();
    server.forceShutdown();
  });

  it('sends the bearer token and the lease token as metadata, and decodes the reply', async () => {
    const client = await connect();
    const reply = await client.unary('Read', { beamline: 'FAC', device: 'fe_shutter' }, { timeoutMs: 5_000, metadata: { [LEASE_TOKEN_METADATA]: 'lease-9' } });
    assert.equal(reply.readings?.['fe_shutter']?.value?.number, 1.5);
    const metadata = seen.metadata.at(-1);
    assert.deepEqual(metadata?.get('authorization'), ['Bearer tok-1']);
    assert.deepEqual(metadata?.get(LEASE_TOKEN_METADATA), ['lease-9']);

    const anonymous = await connect({ token: { token: undefined, source: { kind: 'none', path: '/nowhere/token' } } });
    await anonymous.unary('Read', { beamline: 'BL01', device: 'm1' });
    assert.deepEqual(seen.metadata.at(-1)?.get('authorization'), []);
  });

  it('turns each status into an error with its code, message and exit code', async () => {
    const client = await connect();
    const answer = (code: grpc.status, details: string): void => {
      seen.read = (_call, callback) => callback({ code, details });
    };
    try {
      answer(grpc.status.PERMISSION_DENIED, 'set m1 on BL01 needs the user role; bob is an observer there');
      const denied = await client.unary('Read', { beamline: 'BL01', device: 'm1' }).catch((e: unknown) => e);
      assert.ok(denied instanceof GatewayCallError);
      assert.equal(denied.message, 'set m1 on BL01 needs the user role; bob is an observer there');
      assert.equal(exitCodeForError(denied), ExitCode.Denied);

      answer(grpc.status.UNAUTHENTICATED, 'unknown token');
      const unknown = await client.unary('Read', { beamline: 'BL01', device: 'm1' }).catch((e: unknown) => e);
      assert.ok(unknown instanceof GatewayCallError);
      assert.equal(exitCodeForError(unknown), ExitCode.Denied);
      assert.match(unknown.message, /^unknown token\n {2}the token sent was BRIGHTLINE_TOKEN's$/);
      const anonymous = await connect({ token: { token: undefined, source: { kind: 'none', path: '/nowhere/token' } } });
      const missing = await anonymous.unary('Read', { beamline: 'BL01', device: 'm1' }).catch((e: unknown) => e);
      assert.ok(missing instanceof GatewayCallError);
      assert.match(missing.message, /no token: BRIGHTLINE_TOKEN is not set and \/nowhere\/token does not exist; 'brightline token new' makes one/);

      // UNAVAILABLE that the gateway sent (a device host missing) is the gateway's word, not a lost gateway.
      answer(grpc.status.UNAVAILABLE, 'no device host for BL09 is running; start the facility with ./brightline up');
      const noHost = await client.unary('Read', { beamline: 'BL09', device: 'm1' }).catch((e: unknown) => e);
      assert.ok(noHost instanceof GatewayCallError, String(noHost));
      assert.equal(noHost.code, ErrorCode.Unavailable);
      assert.equal(exitCodeForError(noHost), ExitCode.Unavailable);

      answer(grpc.status.INVALID_ARGUMENT, "'m1.RBV' is not a device name");
      const invalid = await client.unary('Read', { beamline: 'BL01', device: 'm1.RBV' }).catch((e: unknown) => e);
      assert.ok(invalid instanceof GatewayCallError);
      assert.equal(exitCodeForError(invalid), ExitCode.Usage);

      answer(grpc.status.FAILED_PRECONDITION, 'cannot read m1: m1 is in fault');
      const refused = await client.unary('Read', { beamline: 'BL01', device: 'm1' }).catch((e: unknown) => e);
      assert.ok(refused instanceof GatewayCallError);
      assert.equal(exitCodeForError(refused), ExitCode.RunFailed);

      // CANCELLED naming the facility's error is the facility's (a move stopped by someone else): a failure, not a lost gateway nor Ctrl-C.
      seen.read = (_call, callback) => {
        const metadata = new grpc.Metadata();
        metadata.set(ERROR_NAME_METADATA, 'SignalAbortedError');
        callback({ code: grpc.status.CANCELLED, details: 'set m1 was cancelled: stopped by bob', metadata });
      };
      const cancelled = await client.unary('Read', { beamline: 'BL01', device: 'm1' }).catch((e: unknown) => e);
      assert.ok(cancelled instanceof GatewayCallError, String(cancelled));
      assert.equal(cancelled.message, 'set m1 was cancelled: stopped by bob');
      assert.equal(cancelled.remoteName, 'SignalAbortedError');
      assert.equal(exitCodeForError(cancelled), ExitCode.RunFailed);
      // Unnamed, it is the gateway cutting the call.
      answer(grpc.status.CANCELLED, 'Cancelled on server');
      const cut = await client.unary('Read', { beamline: 'BL01', device: 'm1' }).catch((e: unknown) => e);
      assert.ok(cut instanceof GatewayUnreachableError, String(cut));
    } finally {
      delete seen.read;
    }
  });

  it('gives up at the deadline with a timeout error, and the server sees the call cancelled', async () => {
    const client = await connect();
    const error = await client.unary('ListDevices', { beamline: 'BL01' }, { timeoutMs: 200 }).catch((e: unknown) => e);
    assert.ok(error instanceof GatewayTimeoutError, String(error));
    assert.match(error.message, /no answer to ListDevices within 0\.2 s from the gateway at 127\.0\.0\.1:\d+/);
    assert.equal(exitCodeForError(error), ExitCode.Unavailable);
    await whenCancelled('ListDevices');
  });

  it("rejects with the signal's reason when the caller aborts, cancelling the call on the server", async () => {
    seen.cancelled.length = 0;
    const client = await connect();
    const controller = new AbortController();
    const reached = new Promise<void>((resolve) => seen.hanging.push(resolve));
    const call = client.unary('ListDevices', { beamline: 'BL01' }, { signal: controller.signal });
    await reached;
    const reason = new Error('the device host went away');
    controller.abort(reason);
    await assert.rejects(call, (e: unknown) => e === reason);
    await whenCancelled('ListDevices');
  });

  it('iterates a server stream, and cancelling it ends the loop quietly and the call on the server', async () => {
    seen.cancelled.length = 0;
    const client = await connect();
    const stream = client.stream('WatchProgress', { beamline: 'BL01', device: 'm1', status_id: 's-1' });
    const fractions: number[] = [];
    for await (const progress of stream) {
      fractions.push(progress.fraction ?? 0);
      if (fractions.length === 3) stream.cancel();
    }
    assert.deepEqual(fractions, [0.25, 0.5, 0.75]);
    await whenCancelled('WatchProgress');

    // Leaving the loop early ends the call too.
    seen.cancelled.length = 0;
    for await (const progress of client.stream('WatchProgress', { beamline: 'BL01', device: 'm1', status_id: 's-2' })) {
      assert.equal(progress.status_id, 's-2');
      break;
    }
    await whenCancelled('WatchProgress');
  });

  it("throws a stream's error status from the loop, after the messages before it", async () => {
    const client = await connect();
    const got: number[] = [];
    const failed = await (async () => {
      for await (const progress of client.stream('WatchProgress', { beamline: 'BL01', device: 'fails', status_id: 's-3' })) got.push(progress.fraction ?? 0);
    })().catch((e: unknown) => e);
    assert.deepEqual(got, [0.25, 0.5, 0.75]);
    assert.ok(failed instanceof GatewayCallError);
    assert.equal(failed.code, ErrorCode.FailedPrecondition);
    assert.equal(failed.message, 'm1 is in fault');
  });

  it('says where it looked and what to do when no gateway listens there', async () => {
    const nowhere = `127.0.0.1:${await freePort()}`;
    const error = await GatewayClient.connect({ address: nowhere, connectTimeoutMs: 10_000 }).catch((e: unknown) => e);
    assert.ok(error instanceof GatewayUnreachableError, String(error));
    assert.equal(error.message, unreachableMessage(nowhere));
    assert.equal(error.message, `cannot reach the brightline gateway at ${nowhere}: is the facility running? start it with ./brightline up (or set BRIGHTLINE_GATEWAY)`);
    assert.equal(exitCodeForError(error), ExitCode.Unavailable);
  });

  it('reports a gateway that goes away under an open stream as lost, not as its own answer', async () => {
    const other = new grpc.Server();
    other.addService(facilityServiceDefinition(), standIn({ metadata: [], cancelled: [], hanging: [] }));
    const port = await new Promise<number>((resolve, reject) => other.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (e, p) => (e ? reject(e) : resolve(p))));
    const client = await connect({ address: `127.0.0.1:${port}` });
    const stream = client.stream('WatchProgress', { beamline: 'BL01', device: 'm1', status_id: 's-4' });
    const lost = (async () => {
      for await (const progress of stream) if (progress.fraction === 0.75) other.forceShutdown();
    })().catch((e: unknown) => e);
    const error = await lost;
    assert.ok(error instanceof GatewayUnreachableError, String(error));
    assert.match(error.message, new RegExp(`^lost the connection to the brightline gateway at 127\\.0\\.0\\.1:${port}`));
  });
});

describe("the CLI's bearer token", () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'bl-cli-token-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("is BRIGHTLINE_TOKEN's, else the local token file's, else none", async () => {
    const env = { BRIGHTLINE_STATE_DIR: join(dir, 'state') };
    assert.deepEqual(await bearerToken(env), { token: undefined, source: { kind: 'none', path: join(dir, 'state', 'token') } });
    await writeLocalToken('blt_from-file', localTokenFile(env));
    assert.deepEqual(await bearerToken(env), { token: 'blt_from-file', source: { kind: 'file', path: join(dir, 'state', 'token') } });
    assert.deepEqual(await bearerToken({ ...env, BRIGHTLINE_TOKEN: ' blt_from-env\n' }), { token: 'blt_from-env', source: { kind: 'env' } });
  });

  it('refuses a token with a character metadata cannot carry, without printing the token', async () => {
    const pasted = 'blt_secret\u00a0part';
    const error = await bearerToken({ BRIGHTLINE_STATE_DIR: join(dir, 'none'), BRIGHTLINE_TOKEN: pasted }).catch((e: unknown) => e);
    assert.ok(error instanceof CliError, String(error));
    assert.equal(error.exitCode, ExitCode.Denied);
    assert.match(error.message, /^BRIGHTLINE_TOKEN has a character no token has \(U\+00A0 at position 11;/);
    assert.ok(!error.message.includes('secret'), 'no part of the token is shown');
  });
});
