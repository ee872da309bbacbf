/**
 * The lease manager as a part of the supervisor process, for the facility config's shared devices.
 * It also mirrors each lease into the device's health record (`held_by`), so whoever looks at
 * facility health sees who drives a shared device without asking the lease service.
 */
import { brightline } from '../../gen/proto.js';
import { describeError } from '../../lib/errors.js';
import { LEASE_BUCKET, subjects, type KvWatch } from '../transport/mod.js';
import { setHealthHeldBy } from './health-store.js';
import { startLeaseManager } from './lease-manager.js';
import { LeaseState } from './lease-model.js';
import type { PlainValue } from '../../lib/values.js';
import type { SupervisorPart } from './supervisor-host.js';

const v1 = brightline.v1;

export interface SharedDevices {
  /** The device host serving them (FAC). */
  beamline: string;
  devices: readonly string[];
  /** Per device, the value it is set to after an expiry or a break, e.g. `{ fe_shutter: 'closed' }`. */
  safeStates: Readonly<Record<string, PlainValue>>;
}

export function leaseManagerPart(host: SharedDevices): SupervisorPart {
  return {
    name: 'lease manager',
    async start(context) {
      const manager = await startLeaseManager({
        bus: context.bus,
        logger: context.logger,
        now: context.now,
        facility: host.beamline,
        devices: host.devices,
        safeStates: host.safeStates,
      });
      let watch: KvWatch | undefined;
      try {
        const leases = await context.bus.kv(LEASE_BUCKET, { history: 10 });
        watch = await leases.watch('>', v1.Lease, (device, lease) => {
          const heldBy = lease?.state === LeaseState.Held ? `${lease.holder} (${lease.client})` : lease?.state === LeaseState.Safing ? 'being made safe' : '';
          setHealthHeldBy(context.health, subjects.healthKey(host.beamline, device), heldBy, context.now() / 1000).catch((error: unknown) =>
            context.logger.warn(`could not record who holds ${device}: ${describeError(error)}`),
          );
        });
      } catch (error) {
        await manager.stop();
        throw error;
      }
      return {
        async stop() {
          await watch?.stop();
          await manager.stop();
        },
      };
    },
  };
}
