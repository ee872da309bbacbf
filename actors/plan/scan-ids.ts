/**
 * Scan ids count up per beamline across run engine restarts: on start the engine finds the highest
 * scan_id among the beamline's RunStart documents in the stream.
 */
import { brightline } from '../../gen/proto.js';
import { subjects, DOCUMENT_STREAM, type Bus } from '../transport/mod.js';

/**
 * Replays the beamline's documents and returns the highest RunStart scan_id (0 if none). An empty
 * stream sends nothing at all, so `quietMs` without a message means there is nothing more.
 */
export async function recoverLastScanId(bus: Bus, beamline: string, quietMs = 300): Promise<number> {
  let last = 0;
  let finish: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (finish = resolve));
  let timer = setTimeout(() => finish(), quietMs);
  const reader = await bus.readStream(DOCUMENT_STREAM, subjects.documents(beamline, '*'), brightline.v1.DocumentEnvelope, { kind: 'all' }, (envelope, info) => {
    if (envelope.name === 'start') last = Math.max(last, scanIdOf(envelope.json));
    clearTimeout(timer);
    if (info.pending === 0) finish();
    else timer = setTimeout(() => finish(), quietMs);
  });
  await done;
  clearTimeout(timer);
  await reader.stop();
  return last;
}

function scanIdOf(json: string | null | undefined): number {
  try {
    const doc = JSON.parse(json ?? '') as { scan_id?: unknown };
    return typeof doc.scan_id === 'number' && Number.isInteger(doc.scan_id) ? doc.scan_id : 0;
  } catch {
    return 0;
  }
}
