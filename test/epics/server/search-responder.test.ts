import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Command, SearchReply, decodeDatagram, encodeMessages, searchRequest, versionMessage } from '../../../epics/protocol/mod.js';
import { answerSearch } from '../../../epics/server/search-responder.js';
import { FakePv, FakePvSource } from './fake-pv-source.js';

const source = new FakePvSource([new FakePv({ name: 'A', nativeType: 'double', value: [0] })]);
const decode = (messages: Parameters<typeof encodeMessages>[0]) => decodeDatagram(encodeMessages(messages));

describe('answerSearch', () => {
  it('answers nothing at all when no search deserves an answer', () => {
    assert.deepEqual(answerSearch(decode([versionMessage(), searchRequest('B', 1)]), source, 5064), []);
  });

  it('puts VERSION first, then one answer per found or DO_REPLY name, in request order', () => {
    const replies = answerSearch(decode([versionMessage(), searchRequest('B', 1, SearchReply.DoReply), searchRequest('A', 2)]), source, 6000);
    assert.deepEqual(replies.map((m) => [m.command, m.parameter2]), [[Command.Version, 0], [Command.NotFound, 1], [Command.Search, 2]]);
    assert.equal(replies[2]?.dataType, 6000);
  });

  it('ignores empty and absurdly long names', () => {
    const long = { ...searchRequest('A', 3), payload: new Uint8Array(4096).fill(65) };
    const empty = { ...searchRequest('A', 4), payload: new Uint8Array(8) };
    assert.deepEqual(answerSearch(decode([long, empty]), source, 5064), []);
  });
});
