/**
 * Reads every document already stored under a subject of BL_DOCS, then stops. An empty subject
 * sends nothing at all, so `quietMs` without a message means there is nothing (more) to read.
 */
import { brightline } from '../../gen/proto.js';
import { DOCUMENT_STREAM, type Bus } from '../transport/mod.js';

export async function readStoredDocuments(
  bus: Bus,
  filterSubject: string,
  onDocument: (envelope: brightline.v1.DocumentEnvelope) => void,
  quietMs = 300,
): Promise<void> {
  let finish: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (finish = resolve));
  let timer = setTimeout(() => finish(), quietMs);
  const reader = await bus.readStream(DOCUMENT_STREAM, filterSubject, brightline.v1.DocumentEnvelope, { kind: 'all' }, (envelope, info) => {
    onDocument(envelope);
    clearTimeout(timer);
    if (info.pending === 0) finish();
    else timer = setTimeout(() => finish(), quietMs);
  });
  await done;
  clearTimeout(timer);
  await reader.stop();
}
