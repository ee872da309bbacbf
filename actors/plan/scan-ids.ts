/**
 * Scan ids count up per beamline across run engine restarts. The queue's KV keeps the last one;
 * a beamline that has runs from before the KV key existed seeds it from its RunStart documents.
 */
import { subjects, type Bus } from '../transport/mod.js';
import { readStoredDocuments } from './stream-replay.js';

/** The highest RunStart scan_id among the beamline's stored documents (0 if none). */
export async function recoverLastScanId(bus: Bus, beamline: string, quietMs = 300): Promise<number> {
  let last = 0;
  await readStoredDocuments(bus, subjects.documents(beamline, '*'), (envelope) => {
    if (envelope.name === 'start') last = Math.max(last, scanIdOf(envelope.json));
  }, quietMs);
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
