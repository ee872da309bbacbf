/**
 * A replicated KV bucket may answer a read from a copy that has not yet applied a write the leader
 * acknowledged (JetStream direct get): the bucket reads again until it sees at least this process's
 * own last write of the key. A stand-in for the NATS client's bucket plays the lagging copy.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { JetStreamApiError, type JetStreamManager } from '@nats-io/jetstream';
import type { KV, KvEntry, Kvm } from '@nats-io/kv';
import { brightline } from '../../gen/proto.js';
import { KvOperationError, KvRevisionMismatchError } from '../../actors/transport/mod.js';
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

/**
 * The lagging copy of laggingBucket behind a leader that checks compare-and-set as JetStream does:
 * an update whose expected revision is not the key's last is refused, naming the last.
 */
function laggingLeader(lagReads: number): { kv: KV; reads: () => number; writeElsewhere: (key: string, value: number) => Promise<number> } {
  const lagging = laggingBucket(lagReads);
  const last = new Map<string, number>();
  const base = lagging.kv as unknown as Record<string, (...args: never[]) => Promise<unknown>>;
  const written = async (key: string, write: Promise<unknown>): Promise<number> => {
    const revision = (await write) as number;
    last.set(key, revision);
    return revision;
  };
  const kv = {
    ...base,
    put: (key: string, value: Uint8Array) => written(key, lagging.kv.put(key, value)),
    update: (key: string, value: Uint8Array, expected: number) => {
      const at = last.get(key) ?? 0;
      if (at !== expected) return Promise.reject(new JetStreamApiError({ code: 400, err_code: 10071, description: `wrong last sequence: ${at}` }));
      return written(key, lagging.kv.update(key, value, expected));
    },
  };
  return { kv: kv as unknown as KV, reads: lagging.reads, writeElsewhere: (key, value) => kv.put(key, encodeMessage(QueueCounter, { value })) };
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

  it('after a compare-and-set refused for a newer revision another writer made, reads wait for a copy that has it', async () => {
    const leader = laggingLeader(3);
    const bucket = await bucketOver(leader.kv);
    const mine = await bucket.put('state', QueueCounter, { value: 1 });
    assert.equal((await bucket.get('state', QueueCounter))?.revision, mine);
    const theirs = await leader.writeElsewhere('state', 2);
    // The copy that answers has not applied their write: the read is stale, and so is the update.
    assert.equal((await bucket.get('state', QueueCounter))?.revision, mine);
    await assert.rejects(bucket.update('state', QueueCounter, { value: 3 }, mine), KvRevisionMismatchError);
    const read = await bucket.get('state', QueueCounter);
    assert.equal(read?.revision, theirs, 'the read after the refusal waited for the revision the refusal named');
    assert.equal(read?.value.value, 2);
    assert.equal(await bucket.update('state', QueueCounter, { value: 3 }, theirs), theirs + 1);
  });

  it('fails, retryable, when no copy catches up with its own write', async () => {
    const lagging = laggingBucket(Number.POSITIVE_INFINITY);
    const bucket = await bucketOver(lagging.kv);
    await bucket.put('n', QueueCounter, { value: 1 });
    await assert.rejects(bucket.get('n', QueueCounter), (error: unknown) => {
      assert.ok(error instanceof KvOperationError, String(error));
      assert.equal(error.retryable, true);
      assert.match(error.message, /holds revision none, older than revision 1 this process wrote or was told of/);
      return true;
    });
  });
});
