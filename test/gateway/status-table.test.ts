import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { status } from '@grpc/grpc-js';
import { BrightlineError, ErrorCode } from '../../lib/errors.js';
import type { Logger } from '../../lib/log.js';
import { STATUS_TABLE, toGrpcStatus } from '../../gateway/status-table.js';

function recordingLogger(): Logger & { errors: string[] } {
  const errors: string[] = [];
  return { errors, info: () => {}, warn: () => {}, error: (message) => errors.push(message) };
}

describe('status table', () => {
  it('has a status for every error code, each the gRPC code of the same meaning', () => {
    for (const [name, code] of Object.entries(ErrorCode)) {
      const mapping = STATUS_TABLE[code];
      assert.ok(mapping, `no status for ${name}`);
      if (code === ErrorCode.Unknown) assert.equal(mapping.status, status.INTERNAL);
      else assert.equal(mapping.status, code as number, `${name} keeps its gRPC code`);
    }
  });

  it('passes a facility error through with its message', () => {
    const logger = recordingLogger();
    const error = new BrightlineError(ErrorCode.OutOfRange, 'cannot set m1 to 11 mm: outside its limits [-10, 10] mm');
    assert.deepEqual(
      { code: toGrpcStatus(error, 'Set', logger).code, details: toGrpcStatus(error, 'Set', logger).details },
      { code: status.OUT_OF_RANGE, details: error.message },
    );
    assert.deepEqual(logger.errors, []);
  });

  it('turns an unknown error into INTERNAL with a reference to the log line, and no internals', () => {
    const logger = recordingLogger();
    const secret = new TypeError("Cannot read properties of undefined (reading 'x') at /srv/brightline/gateway/secret.ts:12");
    const failure = toGrpcStatus(secret, 'Read', logger);
    assert.equal(failure.code, status.INTERNAL);
    const ref = /^internal error \(see gateway log, ref ([0-9a-f]{8})\)$/.exec(failure.details)?.[1];
    assert.ok(ref, failure.details);
    assert.doesNotMatch(failure.details, /secret|undefined|srv/);
    assert.equal(logger.errors.length, 1);
    assert.match(logger.errors[0] ?? '', new RegExp(`Read failed \\(ref ${ref}\\): TypeError: Cannot read properties`));
  });

  it('hides the message of an Internal facility error (one from another process, say) and of a thrown non-error', () => {
    const logger = recordingLogger();
    const internal = toGrpcStatus(new BrightlineError(ErrorCode.Internal, 'handler for bl.v1.dev.BL01.m1.read threw: boom'), 'Read', logger);
    assert.equal(internal.code, status.INTERNAL);
    assert.doesNotMatch(internal.details, /boom/);
    const thrown = toGrpcStatus('a string', 'Read', logger);
    assert.equal(thrown.code, status.INTERNAL);
    assert.doesNotMatch(thrown.details, /a string/);
    assert.equal(logger.errors.length, 2);
  });
});
