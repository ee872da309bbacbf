import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DocumentQueue, type EmitOptions } from '../../actors/plan/document-queue.js';
import { DocumentName, type AnyDocument } from '../../actors/plan/documents.js';

/** A publish the test settles by hand: `attempts` lists every attempt in the order it was sent. */
interface Attempt {
  readonly uid: string;
  readonly retry: boolean;
  succeed(): void;
  fail(error: Error): void;
}

/**
 * A stream that stores what it is sent, in the order sent, and a publisher on it that retries a
 * failed document once (after `beforeRetry`, as document-publisher.ts does).
 */
function fakeStream() {
  const attempts: Attempt[] = [];
  const stored: string[] = [];
  const waiters = new Set<() => void>();
  const sent = (): void => {
    for (const wake of [...waiters]) wake();
  };
  const attempt = (uid: string, retry: boolean): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      attempts.push({
        uid,
        retry,
        succeed: () => {
          if (!stored.includes(uid)) stored.push(uid);
          resolve();
        },
        fail: reject,
      });
      sent();
    });
  const publish = async (_name: DocumentName, doc: AnyDocument, options: EmitOptions): Promise<void> => {
    const uid = (doc as { uid: string }).uid;
    try {
      await attempt(uid, false);
    } catch {
      await options.beforeRetry?.();
      await attempt(uid, true);
    }
  };
  /** Resolves once `count` attempts have been sent. */
  const untilSent = async (count: number): Promise<void> => {
    while (attempts.length < count) await new Promise<void>((resolve) => waiters.add(() => (waiters.delete(resolve), resolve())));
  };
  return { attempts, stored, publish, untilSent };
}

const doc = (uid: string): AnyDocument => ({ uid }) as unknown as AnyDocument;
const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('document queue', () => {
  it('keeps up to `window` events in flight, in order, and sends RunStart and descriptors alone', async () => {
    const stream = fakeStream();
    const queue = new DocumentQueue(stream.publish, 3);
    queue.push(DocumentName.Start, doc('start'));
    queue.push(DocumentName.Descriptor, doc('desc'));
    for (let i = 1; i <= 5; i++) queue.push(DocumentName.Event, doc(`e${i}`));
    await settle();
    assert.deepEqual(stream.attempts.map((a) => a.uid), ['start'], 'the RunStart alone');
    stream.attempts[0]?.succeed();
    await settle();
    assert.deepEqual(stream.attempts.map((a) => a.uid), ['start', 'desc'], 'the descriptor alone, after the RunStart is stored');
    stream.attempts[1]?.succeed();
    await settle();
    assert.deepEqual(stream.attempts.map((a) => a.uid), ['start', 'desc', 'e1', 'e2', 'e3'], 'a window of three events');
    stream.attempts[3]?.succeed(); // e2 before e1: the window moves on by one
    await settle();
    assert.deepEqual(stream.attempts.map((a) => a.uid).slice(5), ['e4']);
    for (const a of stream.attempts.slice(2)) a.succeed();
    await settle();
    stream.attempts.at(-1)?.succeed();
    await queue.drained();
    assert.deepEqual(stream.attempts.map((a) => a.uid), ['start', 'desc', 'e1', 'e2', 'e3', 'e4', 'e5']);
    assert.equal(queue.failure, undefined);
  });

  it('a descriptor waits for the events before it and holds back the ones after it', async () => {
    const stream = fakeStream();
    const queue = new DocumentQueue(stream.publish, 4);
    queue.push(DocumentName.Event, doc('e1'));
    queue.push(DocumentName.Event, doc('e2'));
    queue.push(DocumentName.Descriptor, doc('baseline'));
    queue.push(DocumentName.Event, doc('b1'));
    await settle();
    assert.deepEqual(stream.attempts.map((a) => a.uid), ['e1', 'e2']);
    stream.attempts[0]?.succeed();
    await settle();
    assert.deepEqual(stream.attempts.map((a) => a.uid), ['e1', 'e2'], 'not while e2 is in flight');
    stream.attempts[1]?.succeed();
    await settle();
    assert.deepEqual(stream.attempts.map((a) => a.uid), ['e1', 'e2', 'baseline']);
    stream.attempts[2]?.succeed();
    await settle();
    stream.attempts[3]?.succeed();
    await queue.drained();
    assert.deepEqual(stream.stored, ['e1', 'e2', 'baseline', 'b1']);
  });

  it('retries a failed event only after the ones before it are stored, and sends nothing new meanwhile', async () => {
    const stream = fakeStream();
    const queue = new DocumentQueue(stream.publish, 3);
    for (let i = 1; i <= 5; i++) queue.push(DocumentName.Event, doc(`e${i}`));
    await stream.untilSent(3);
    const [e1, e2, e3] = stream.attempts;
    // A lost connection: e2 and e3 did not make it, e1's ack is late.
    e2?.fail(new Error('connection lost'));
    e3?.fail(new Error('connection lost'));
    await settle();
    assert.deepEqual(stream.attempts.map((a) => a.uid), ['e1', 'e2', 'e3'], 'no retry before e1 is stored, no new event while one waits for its retry');
    e1?.succeed();
    await stream.untilSent(4);
    await settle();
    assert.deepEqual(stream.attempts.slice(3).map((a) => `${a.uid}${a.retry ? ' again' : ''}`), ['e2 again'], 'e3 waits for e2');
    stream.attempts[3]?.succeed();
    await stream.untilSent(5);
    await settle();
    assert.deepEqual(stream.attempts.slice(4).map((a) => `${a.uid}${a.retry ? ' again' : ''}`), ['e3 again']);
    stream.attempts[4]?.succeed();
    await stream.untilSent(7);
    stream.attempts[5]?.succeed();
    stream.attempts[6]?.succeed();
    await queue.drained();
    assert.deepEqual(stream.stored, ['e1', 'e2', 'e3', 'e4', 'e5'], 'stored in the order made');
    assert.equal(queue.failure, undefined);
  });

  it('after a publish fails for good, drops what waits, stops retrying the rest and drains', async () => {
    const stream = fakeStream();
    const queue = new DocumentQueue(stream.publish, 2);
    for (let i = 1; i <= 4; i++) queue.push(DocumentName.Event, doc(`e${i}`));
    await stream.untilSent(2);
    const [e1, e2] = stream.attempts;
    e1?.fail(new Error('lost'));
    e2?.fail(new Error('lost'));
    await stream.untilSent(3);
    const gone = new Error('stream gone');
    stream.attempts[2]?.fail(gone); // e1's retry
    await queue.drained();
    assert.equal(queue.failure, gone, 'the first failure is the run\'s');
    assert.deepEqual(stream.attempts.map((a) => `${a.uid}${a.retry ? ' again' : ''}`), ['e1', 'e2', 'e1 again'], 'e2 is not retried, e3 and e4 never sent');
    queue.push(DocumentName.Event, doc('e5'));
    await queue.drained();
    assert.equal(stream.attempts.length, 3, 'nothing is sent after a failure');
  });

  it('with a window of 1 publishes one document at a time', async () => {
    const stream = fakeStream();
    const queue = new DocumentQueue(stream.publish, 1);
    for (let i = 1; i <= 3; i++) queue.push(DocumentName.Event, doc(`e${i}`));
    for (let i = 1; i <= 3; i++) {
      await stream.untilSent(i);
      await settle();
      assert.equal(stream.attempts.length, i);
      stream.attempts[i - 1]?.succeed();
    }
    await queue.drained();
    assert.deepEqual(stream.stored, ['e1', 'e2', 'e3']);
    assert.throws(() => new DocumentQueue(stream.publish, 0), RangeError);
  });
});
