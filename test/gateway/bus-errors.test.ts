/**
 * What the gateway makes of the NATS client's errors during a JetStream read: the client's own
 * error classes, built as the client builds them (a request's timeout, the JetStream API's "no
 * responders", an API error reply from a cluster without a leader), and the real errors of a
 * nats-server without JetStream, must reach a client as UNAVAILABLE naming what was read; an
 * error that is none of these stays INTERNAL with nothing of it shown.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { status } from '@grpc/grpc-js';
import { ClosedConnectionError, NoRespondersError, RequestError, TimeoutError as NatsTimeoutError } from '@nats-io/transport-node';
import { JetStreamApiError, JetStreamStatusError, jserrors } from '@nats-io/jetstream/internal';
import { Bus, DOCUMENT_STREAM, subjects } from '../../actors/transport/mod.js';
import { brightline } from '../../gen/proto.js';
import { BrightlineError, ErrorCode, TimeoutError } from '../../lib/errors.js';
import type { Logger } from '../../lib/log.js';
import { explainBusFailure, explainJetStreamFailure, JetStreamUnavailableError, jetStreamTrouble, type BusAttempt } from '../../gateway/bus-errors.js';
import { toGrpcStatus } from '../../gateway/status-table.js';
import { natsServerBinary, waitForPort } from '../harness/nats-server.js';

const READ = { store: 'the document stream BL_DOCS', what: 'reading the documents of run r1', beamline: 'BL01' };

/** What the JetStream API replies when the cluster has no meta leader (captured from nats-server 2.9 with 2 of 3 nodes down). */
const clusterNotAvailable = (): JetStreamApiError => new JetStreamApiError({ code: 503, err_code: 10008, description: 'JetStream system temporarily unavailable' });

/** As the client's JetStream API request makes it when nobody serves `$JS.API.…` (jsbaseclient_api.ts). */
function jetStreamNotEnabled(subject: string): Error {
  const noResponders = new NoRespondersError(subject);
  return new jserrors.JetStreamNotEnabled('jetstream is not enabled', { cause: new RequestError(noResponders.message, { cause: noResponders }) });
}

function recordingLogger(): Logger & { errors: string[]; warnings: string[] } {
  const errors: string[] = [];
  const warnings: string[] = [];
  return { errors, warnings, info: () => {}, warn: (m) => warnings.push(m), error: (m) => errors.push(m) };
}

describe('JetStream read failures, as the gateway explains them', () => {
  const unavailable: Array<[string, () => Error, RegExp]> = [
    ['a JetStream API request without an answer (the client TimeoutError)', () => new NatsTimeoutError(), /^the document stream BL_DOCS did not answer within 5 s while reading the documents of run r1 on BL01 \(a NATS node may be down; retry\)$/],
    ['a cluster without a meta leader (API error 10008, status 503)', clusterNotAvailable, /^the document stream BL_DOCS could not be read while reading the documents of run r1 on BL01: JetStream system temporarily unavailable \(a NATS node may be down; retry\)$/],
    ['a stream without a leader (API error 10118, stream offline)', () => new JetStreamApiError({ code: 500, err_code: 10118, description: 'stream is offline' }), /could not be read .*: stream is offline/],
    ['nobody serving the JetStream API (JetStreamNotEnabled)', () => jetStreamNotEnabled('$JS.API.STREAM.INFO.BL_DOCS'), /could not be read .*: JetStream does not answer on the NATS server/],
    ['a consumer whose pull got no responders (status 503)', () => new JetStreamStatusError('no responders', 503), /could not be read/],
    ['a request cut off by the connection dropping', () => new RequestError('connection disconnected'), /^the gateway lost its NATS connection while reading the documents of run r1 on BL01 \(reading the document stream BL_DOCS\); retry$/],
    ['a request on a closed connection', () => new ClosedConnectionError(), /lost its NATS connection/],
    ['a timeout the client wrapped in a RequestError', () => new RequestError('timeout', { cause: new NatsTimeoutError() }), /did not answer within 5 s/],
  ];

  for (const [what, make, message] of unavailable) {
    it(`makes ${what} UNAVAILABLE, retryable, naming what was read`, () => {
      const cause = make();
      const explained = explainJetStreamFailure(cause, READ);
      assert.ok(explained instanceof JetStreamUnavailableError, `${cause.name}: ${cause.message} was not explained`);
      assert.equal(explained.code, ErrorCode.Unavailable);
      assert.equal(explained.retryable, true);
      assert.equal(explained.cause, cause);
      assert.match(explained.message, message);
      const grpc = toGrpcStatus(explained, 'StreamDocuments', recordingLogger());
      assert.equal(grpc.code, status.UNAVAILABLE);
      assert.equal(grpc.details, explained.message);
    });
  }

  const notJetStreamTrouble: Array<[string, () => unknown]> = [
    ['a JetStream API error that is the request\'s fault (wrong last sequence, 400)', () => new JetStreamApiError({ code: 400, err_code: 10071, description: 'wrong last sequence: 7' })],
    ['the stream missing (the bus makes it a StreamNotFoundError of its own)', () => new jserrors.StreamNotFoundError({ code: 404, err_code: 10059, description: 'stream not found' })],
    ['a DOMException of AbortSignal.timeout(), also named TimeoutError', () => new DOMException('The operation was aborted due to timeout', 'TimeoutError')],
    ['a bug', () => new TypeError("Cannot read properties of undefined (reading 'seq')")],
    ['a RequestError that is not about the connection', () => new RequestError('cancelled')],
    ['a thrown string', () => 'timeout'],
    ['a BrightlineError (the bus says what it is itself)', () => new TimeoutError('reading a stored message', 5_000)],
  ];

  for (const [what, make] of notJetStreamTrouble) {
    it(`leaves ${what} as it is`, () => {
      const error = make();
      assert.equal(jetStreamTrouble(error), undefined);
      assert.equal(explainJetStreamFailure(error, READ), error);
    });
  }

  it('keeps an unknown error INTERNAL with nothing of it shown, also in the status table\'s own check', () => {
    const logger = recordingLogger();
    const bug = new TypeError("Cannot read properties of undefined (reading 'seq') at /srv/brightline/gateway/run-rpcs.ts:70");
    const grpc = toGrpcStatus(bug, 'StreamDocuments', logger);
    assert.equal(grpc.code, status.INTERNAL);
    assert.match(grpc.details, /^internal error \(see gateway log, ref [0-9a-f]{8}\)$/);
    assert.equal(logger.errors.length, 1);
    const apiRefusal = toGrpcStatus(new JetStreamApiError({ code: 400, err_code: 10071, description: 'wrong last sequence: 7' }), 'ListRuns', logger);
    assert.equal(apiRefusal.code, status.INTERNAL);
    assert.doesNotMatch(apiRefusal.details, /sequence/);
  });

  it('makes a JetStream failure a handler did not explain UNAVAILABLE in the status table, logged as a warning', () => {
    const logger = recordingLogger();
    const grpc = toGrpcStatus(new NatsTimeoutError(), 'WatchHealth', logger);
    assert.equal(grpc.code, status.UNAVAILABLE);
    assert.equal(grpc.details, 'JetStream did not answer within 5 s while serving WatchHealth (a NATS node may be down; retry)');
    assert.equal(grpc.metadata?.get('bl-error-name')[0], 'JetStreamUnavailableError');
    assert.deepEqual(logger.errors, []);
    assert.match(logger.warnings.join('\n'), /WatchHealth: TimeoutError: timeout/);
  });

  it('explains a JetStream failure of a bus read (the run catalog\'s) by its store, after the call\'s own end', () => {
    const attempt = (signal: AbortSignal): BusAttempt => ({
      what: 'listing the runs',
      beamline: 'BL01',
      timeoutMs: 30_000,
      capMs: 30_000,
      signal,
      store: 'the document stream BL_DOCS',
      missing: () => assert.fail('not a request'),
      silent: () => assert.fail('not the catalog\'s own bound'),
    });
    const explained = explainBusFailure(clusterNotAvailable(), attempt(new AbortController().signal));
    assert.ok(explained instanceof JetStreamUnavailableError);
    assert.match(explained.message, /^the document stream BL_DOCS could not be read while listing the runs on BL01: JetStream system temporarily unavailable/);
    // A call that ended (cancelled, its deadline) ends for that reason, whatever the read said.
    const cancelled = new AbortController();
    const reason = new BrightlineError(ErrorCode.Cancelled, 'the client cancelled the call');
    cancelled.abort(reason);
    assert.equal(explainBusFailure(new NatsTimeoutError(), attempt(cancelled.signal)), reason);
  });
});

describe('the errors of a real nats-server without JetStream', () => {
  let server: ChildProcess;
  let bus: Bus;
  const v1 = brightline.v1;

  before(async () => {
    const binary = natsServerBinary();
    server = spawn(binary, ['-a', '127.0.0.1', '-p', '-1'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const port = await waitForPort(server, binary);
    bus = await Bus.connect({ servers: `nats://127.0.0.1:${port}`, name: 'bus-errors-test' });
  });

  after(async () => {
    await bus?.close();
    server?.kill('SIGTERM');
  });

  const reads: Array<[string, () => Promise<unknown>]> = [
    ['a stream reader (ordered consumer)', () => bus.readStream(DOCUMENT_STREAM, subjects.documents('BL01', 'r1'), v1.DocumentEnvelope, { kind: 'all' }, () => undefined)],
    ['a stored-message lookup (direct get)', () => bus.lastStoredMessage(DOCUMENT_STREAM, subjects.documents('BL01', 'r1'), v1.DocumentEnvelope, { timeoutMs: 10_000 })],
    ['a listing of subjects', () => bus.lastSequencePerSubject(DOCUMENT_STREAM, subjects.documents('BL01', '*'), { timeoutMs: 10_000 })],
    ['a stream\'s info', () => bus.streamInfo(DOCUMENT_STREAM)],
  ];

  for (const [what, read] of reads) {
    it(`makes the failure of ${what} UNAVAILABLE`, async () => {
      const error = await read().then(() => assert.fail(`${what} succeeded without JetStream`), (e: unknown) => e);
      const explained = explainJetStreamFailure(error, READ);
      assert.ok(explained instanceof JetStreamUnavailableError, `not explained: ${String(error)}`);
      assert.match(explained.message, /^the document stream BL_DOCS could not be read while reading the documents of run r1 on BL01: JetStream does not answer/);
      assert.equal(toGrpcStatus(error, 'StreamDocuments', recordingLogger()).code, status.UNAVAILABLE);
    });
  }
});
