/**
 * The signal a device set or trigger is sent with (gateway/device-rpcs.ts): it ends with the call
 * or with the host watch, whichever comes first and with its reason, as AbortSignal.any did, and
 * leaves no listener behind on the call's signal, which lives on for the whole call.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { getEventListeners } from 'node:events';
import { firstAbortOf } from '../../lib/abort.js';

describe('firstAbortOf', () => {
  it('aborts with the reason of the first signal to abort, and only that one', () => {
    const call = new AbortController();
    const host = new AbortController();
    const ended = firstAbortOf(call.signal, host.signal);
    assert.equal(ended.signal.aborted, false);
    const lost = new Error('the device host for BL01 has been silent for 3.2 s');
    host.abort(lost);
    assert.equal(ended.signal.aborted, true);
    assert.equal(ended.signal.reason, lost);
    call.abort(new Error('cancelled by the client'));
    assert.equal(ended.signal.reason, lost);
    ended.release();
  });

  it('is aborted at once, with the first aborted signal\'s reason, when one already is', () => {
    const call = new AbortController();
    const host = new AbortController();
    host.abort('host lost');
    call.abort('deadline');
    const ended = firstAbortOf(call.signal, host.signal);
    assert.equal(ended.signal.reason, 'deadline');
    assert.equal(getEventListeners(call.signal, 'abort').length, 0);
  });

  it('stops listening to its signals once released, so an ended operation no longer hears the call', () => {
    const call = new AbortController();
    const host = new AbortController();
    const before = getEventListeners(call.signal, 'abort').length;
    const ended = firstAbortOf(call.signal, host.signal);
    assert.equal(getEventListeners(call.signal, 'abort').length, before + 1);
    ended.release();
    assert.equal(getEventListeners(call.signal, 'abort').length, before);
    assert.equal(getEventListeners(host.signal, 'abort').length, 0);
    call.abort('cancelled after the set was over');
    assert.equal(ended.signal.aborted, false);
  });
});
