import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ReplayCache } from '../../actors/plan/replay-cache.js';
import type { Msg } from '../../actors/plan/msg.js';

function run(cache: ReplayCache, msgs: Msg[], completeAll = true) {
  return msgs.map((msg) => {
    const entry = cache.record(msg);
    if (completeAll) cache.completed(entry);
    return entry;
  });
}

const step = (x: number): Msg[] => [
  { cmd: 'set', device: 'm1', value: x, group: 'mv' },
  { cmd: 'wait', group: 'mv' },
  { cmd: 'create', name: 'primary' },
  { cmd: 'read', device: 'det' },
  { cmd: 'save' },
];

describe('replay cache', () => {
  it('records nothing before a checkpoint, or after clear_checkpoint', () => {
    const cache = new ReplayCache();
    assert.equal(cache.record({ cmd: 'null' }), undefined);
    cache.checkpoint();
    run(cache, step(1));
    cache.clearCheckpoint();
    assert.equal(cache.rewindable, false);
    assert.deepEqual(cache.replay(), []);
  });

  it('does not replay a bundle that was saved, but does replay the moves before it', () => {
    const cache = new ReplayCache();
    cache.checkpoint();
    run(cache, step(1));
    run(cache, [{ cmd: 'set', device: 'm1', value: 2, group: 'mv' }]);
    assert.deepEqual(cache.replay().map((e) => e.msg.cmd), ['set', 'wait', 'set']);
  });

  it('replays a bundle whose save was interrupted, whole, with the save waiting for its reply last', () => {
    const cache = new ReplayCache();
    cache.checkpoint();
    const entries = run(cache, step(1).slice(0, 4));
    cache.record({ cmd: 'save' });
    const replay = cache.replay();
    assert.deepEqual(replay.map((e) => e.msg.cmd), ['set', 'wait', 'create', 'read', 'save']);
    assert.equal(replay.at(-1)?.awaitingReply, true);
    assert.equal(entries[0]?.awaitingReply, false);
  });

  it('never replays what made documents or changed the run', () => {
    const cache = new ReplayCache();
    cache.checkpoint();
    run(cache, [{ cmd: 'open_run' }, { cmd: 'collect', device: 'fly' }, { cmd: 'monitor', device: 'm1' }, { cmd: 'stage', device: 'det' }, { cmd: 'trigger', device: 'det' }]);
    assert.deepEqual(cache.replay().map((e) => e.msg.cmd), ['trigger']);
  });
});
