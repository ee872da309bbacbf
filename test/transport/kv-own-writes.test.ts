/**
 * A replicated KV bucket may answer a read from a copy that has not yet applied a write the leader
 * acknowledged (JetStream direct get): the bucket reads again until it sees at least this process's
 * own last write of the key. A stand-in for the NATS client's bucket plays the lagging copy.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { JetStreamManager } from '@nats-io/jetstream';
import type { KV, KvEntry, Kvm } from '@nats-io/kv';
import { brightline } from '../../gen/proto.js';
import { KvOperationError } from '../../actors/transport/mod.js';
import { encodeMessage } from '../../actors/transport/codec.js';
import { openKvBucket } from '../../actors/transport/kv.js';
import { silentLogger } from '../../lib/log.js';

const { QueueCounter } = brightline.v1;

/** A bucket whose reads come from a copy that applies each write only after `lagReads` more reads. */
function laggingBucket(lagReads: number): { kv: KV; reads: () => number } {
  const applied: KvEntry[] = [];
  const pending: Array<{ entry: KvEntry; readsLeft: number }> = [];
  let revision = 0;
  let reads = 0;
  const write = async (key: string, value: Uint8Array): Promise<number> => {
    revision += 1;
    pending.push({ entry: { bucket: 'T', key, value, revision, operation: 'PUT', created: new Date(), delta: 0 } as unknown as KvEntry, readsLeft: lagReads });
    return revision;
  };
  const kv = {
    put: write,
    create: write,
    update: (key: string, value: Uint8Array) => write(key, value),
    get: async (key: string) => {
      reads += 1;
      for (const item of [...pending]) {
        if (item.readsLeft-- > 0) continue;
        applied.push(item.entry);
        pending.splice(pending.indexOf(item), 1);
      }
      return applied.filter((entry) => entry.key === key).at(-1) ?? null;
    },
  };
  return { kv: kv as unknown as KV, reads: () => reads };
}

async function bucketOver(kv: KV) {
  const kvm = { create: async () => kv } as unknown as Kvm;
  return openKvBucket(kvm, 'T', {}, silentLogger, async () => ({}) as JetStreamManager);
}

describe('KV reads after this process wrote the key', () => {
  it('reads again while the copy that answers has not applied the write', async () => {
    const lagging = laggingBucket(2);
    const bucket = await bucketOver(lagging.kv);
    const first = await bucket.put('n', QueueCounter, { value: 1 });
    assert.equal((await bucket.get('n', QueueCounter))?.revision, first);
    const second = await bucket.update('n', QueueCounter, { value: 2 }, first);
    const read = await bucket.get('n', QueueCounter);
    assert.equal(read?.revision, second);
    assert.equal(read?.value.value, 2);
    assert.ok(lagging.reads() > 2, 'the stale answers were read again');
  });

  it("takes the first answer for a key this process never wrote, even if another writer's newer value is not there yet", async () => {
    const lagging = laggingBucket(1);
    const bucket = await bucketOver(lagging.kv);
    await lagging.kv.put('theirs', encodeMessage(QueueCounter, { value: 9 }));
    assert.equal(await bucket.get('theirs', QueueCounter), undefined);
    assert.equal(lagging.reads(), 1);
  });

  it('fails, retryable, when no copy catches up with its own write', async () => {
    const lagging = laggingBucket(Number.POSITIVE_INFINITY);
    const bucket = await bucketOver(lagging.kv);
    await bucket.put('n', QueueCounter, { value: 1 });
    await assert.rejects(bucket.get('n', QueueCounter), (error: unknown) => {
      assert.ok(error instanceof KvOperationError, String(error));
      assert.equal(error.retryable, true);
      assert.match(error.message, /holds revision none, older than revision 1 written by this process/);
      return true;
    });
  });
});
