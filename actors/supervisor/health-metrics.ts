/**
 * Device health for Prometheus: `brightline_device_health{beamline,device,state}` is 1 for the
 * state a device's record in BL_HEALTH is in and 0 for the three others, so that
 * `brightline_device_health{state="fault"} == 1` lists the devices in fault and a state change is
 * a change of value, not a series that appears. Runs inside the supervisor, which keeps the bucket:
 * a KV watch of the device records (`<beamline>.<device>`) holds the latest of each, and a scrape
 * reads that copy (no KV request per scrape).
 */
import { brightline } from '../../gen/proto.js';
import { describeError } from '../../lib/errors.js';
import { MetricName, observeGauge } from '../../lib/telemetry/meter.js';
import type { KvBucket } from '../transport/mod.js';
import { fromWireRecord, HealthKind, HealthState } from './health-model.js';
import type { SupervisorPart } from './supervisor-host.js';

const v1 = brightline.v1;
const STATES = Object.values(HealthState);
/** Device records: two tokens; process records (`proc.<role>.<instance>`) have three. */
const DEVICE_RECORDS = '*.*';

interface DeviceHealthEntry {
  readonly beamline: string;
  readonly device: string;
  readonly state: HealthState;
}

/** Watches the device records of `health` and reports them on the gauge until `stop`. */
export async function watchDeviceHealthMetrics(health: KvBucket): Promise<{ stop(): Promise<void> }> {
  const devices = new Map<string, DeviceHealthEntry>();
  const watch = await health.watch(DEVICE_RECORDS, v1.HealthRecord, (key, value) => {
    if (!value) {
      devices.delete(key);
      return;
    }
    const record = fromWireRecord(value);
    if (record.kind !== HealthKind.Device) return;
    devices.set(key, { beamline: record.beamline, device: record.name, state: record.state });
  });
  const unobserve = observeGauge(
    { name: MetricName.DeviceHealth, description: 'Device health from BL_HEALTH: 1 for the state the device is in (ok, degraded, fault, disconnected), 0 for the others' },
    (observe) => {
      for (const { beamline, device, state } of devices.values()) {
        for (const candidate of STATES) observe(candidate === state ? 1 : 0, { beamline, device, state: candidate });
      }
    },
  );
  return {
    stop: async () => {
      unobserve();
      await watch.stop();
    },
  };
}

/** The gauge as a part of the supervisor process (supervisor-host.ts runs it with the others). */
export const healthMetricsPart: SupervisorPart = {
  name: 'device health metrics',
  async start(context) {
    try {
      return await watchDeviceHealthMetrics(context.health);
    } catch (error) {
      // Metrics are an aid: a supervisor that cannot watch for them still supervises.
      context.logger.warn(`device health metrics off: watching ${context.health.name} failed: ${describeError(error)}`);
      return { stop: async () => undefined };
    }
  },
};
