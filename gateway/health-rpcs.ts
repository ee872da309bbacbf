/**
 * ListHealth and WatchHealth: the facility health model (KV bucket BL_HEALTH, written by device
 * hosts and the supervisor) for one beamline or the whole facility, processes included.
 */
import { brightline } from '../gen/proto.js';
import { fromWireRecord, HealthKind, type HealthRecord } from '../actors/supervisor/health-model.js';
import type { FacilityRpcs } from './rpc.js';
import { requestedBeamline } from './beamline-request.js';
import type { HealthSource } from './health-source.js';
import { LatestByKey, untilAborted } from './stream-pump.js';

const v1 = brightline.v1;
/** A listing waits this long for the bucket at most (the call's deadline may cut it shorter). */
const LIST_CAP_MS = 10_000;

export function healthRpcs(health: HealthSource): Pick<FacilityRpcs, 'ListHealth' | 'WatchHealth'> {
  return {
    ListHealth: {
      kind: 'unary',
      need: (request) => {
        if (request.beamline) requestedBeamline(request.beamline);
        return { kind: 'authenticated' };
      },
      handle: async (request, context) => {
        const records = await health.records(context.remainingMs(LIST_CAP_MS));
        return { records: records.filter(on(request.beamline)).sort(byPlace) };
      },
    },
    WatchHealth: {
      kind: 'stream',
      need: (request) => {
        if (request.beamline) requestedBeamline(request.beamline);
        return { kind: 'authenticated' };
      },
      handle: async (request, context, send) => {
        const shown = on(request.beamline);
        const pump = new LatestByKey(send);
        const bucket = await health.bucket();
        // Watch first, then read: a change in between is held and sent after the current records, not lost.
        let early: Array<{ record: HealthRecord; revision: number }> | undefined = [];
        const sentRevision = new Map<string, number>();
        const forward = (record: HealthRecord, revision: number): void => {
          if ((sentRevision.get(record.key) ?? 0) >= revision || !shown(record)) return;
          sentRevision.set(record.key, revision);
          pump.push(record.key, record);
        };
        const watch = await bucket.watch('>', v1.HealthRecord, (_key, value, revision) => {
          // A deleted record has no message to send; the next write of the key is sent as usual.
          if (!value) return;
          const record = fromWireRecord(value);
          if (early) early.push({ record, revision });
          else forward(record, revision);
        }, { updatesOnly: true });
        try {
          const current = await health.stored(context.remainingMs(LIST_CAP_MS));
          for (const stored of [...current].sort((a, b) => byPlace(a.record, b.record))) forward(stored.record, stored.revision);
          for (const change of early) forward(change.record, change.revision);
          early = undefined;
          await untilAborted(context.signal);
        } finally {
          await watch.stop();
        }
      },
    },
  };
}

function on(beamline: string): (record: HealthRecord) => boolean {
  return (record) => !beamline || record.beamline === beamline;
}

/** Facility-wide processes first, then by beamline; within one, processes before devices, by name. The CLI shows them in this order too. */
export function byPlace(a: Pick<HealthRecord, 'beamline' | 'kind' | 'name'>, b: Pick<HealthRecord, 'beamline' | 'kind' | 'name'>): number {
  return (
    a.beamline.localeCompare(b.beamline) ||
    (a.kind === b.kind ? 0 : a.kind === HealthKind.Process ? -1 : 1) ||
    a.name.localeCompare(b.name)
  );
}
