/**
 * Waiting and error matching for integration tests: poll with a generous bound instead of
 * asserting how long something takes, and match typed errors by code and message.
 */
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { BrightlineError, type ErrorCode } from '../../lib/errors.js';

/** Polls `predicate` until it holds; fails naming `what` after `timeoutMs`. */
export async function eventually(what: string, predicate: () => boolean, timeoutMs = 15_000, pollMs = 20): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await sleep(pollMs);
  }
}

/** Polls `probe` until it gives a value, and returns it; fails naming `what` after `timeoutMs`. */
export async function eventuallyValue<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 20_000, pollMs = 25): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await probe();
    if (found !== undefined) return found;
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await sleep(pollMs);
  }
}

/** For `assert.rejects`: a BrightlineError with `code` whose message matches `pattern`. */
export function isBrightlineError(code: ErrorCode, pattern: RegExp) {
  return (error: unknown): boolean => {
    assert.ok(error instanceof BrightlineError, `expected a BrightlineError, got ${String(error)}`);
    assert.equal(error.code, code, error.message);
    assert.match(error.message, pattern);
    return true;
  };
}
