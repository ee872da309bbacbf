import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createDocumentPublisher, DocumentPublishError } from '../../actors/plan/document-publisher.js';
import type { AnyDocument } from '../../actors/plan/documents.js';
import type { Bus } from '../../actors/transport/mod.js';

/** A bus whose first `failures` publishes fail; every publish is recorded by message id. */
function flakyBus(failures: number) {
  const sent: string[] = [];
  let left = failures;
  const bus = {
    publishDurable: async (_subject: string, _type: unknown, _message: unknown, msgId: string) => {
      sent.push(msgId);
      if (left-- > 0) throw new Error('no ack');
      return { seq: sent.length, duplicate: false };
    },
  };
  return { bus: bus as unknown as Bus, sent };
}

const event = { uid: 'e1', descriptor: 'd', seq_num: 1, time: 1, data: {}, timestamps: {}, filled: {} } as AnyDocument;

describe('document publisher', () => {
  it('holds a retry until beforeRetry resolves', async () => {
    const { bus, sent } = flakyBus(1);
    const emit = createDocumentPublisher({ bus, beamline: 'BL01', retryDelayMs: 1 });
    let release!: () => void;
    const earlierStored = new Promise<void>((resolve) => (release = resolve));
    let asked = 0;
    const published = emit('event', event, 'r', { beforeRetry: () => (asked++, earlierStored) });
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.deepEqual(sent, ['e1'], 'not sent again while earlier documents are unstored');
    assert.equal(asked, 1);
    release();
    await published;
    assert.deepEqual(sent, ['e1', 'e1'], 'then sent again with the same message id');
  });

  it('asks to be held back as soon as a publish fails, not after its retry pause', async () => {
    const { bus, sent } = flakyBus(1);
    const emit = createDocumentPublisher({ bus, beamline: 'BL01', retryDelayMs: 200 });
    let asked = 0;
    const published = emit('event', event, 'r', { beforeRetry: () => (asked++, Promise.resolve()) });
    // Well inside the 200 ms pause: a queue that learnt of the retry only after it would have let
    // a later Event out first (document-queue.ts counts retries from beforeRetry).
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(asked, 1, 'asked during the pause');
    assert.deepEqual(sent, ['e1']);
    await published;
    assert.deepEqual(sent, ['e1', 'e1']);
  });

  it('gives up when an earlier document could not be stored', async () => {
    const { bus, sent } = flakyBus(1);
    const emit = createDocumentPublisher({ bus, beamline: 'BL01', retryDelayMs: 1 });
    const earlier = new Error('earlier document lost');
    await assert.rejects(emit('event', event, 'r', { beforeRetry: () => Promise.reject(earlier) }), (error: unknown) => {
      assert.ok(error instanceof DocumentPublishError);
      assert.equal(error.cause, earlier);
      return true;
    });
    assert.deepEqual(sent, ['e1'], 'no retry');
  });
});
