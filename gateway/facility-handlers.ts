/**
 * Every handler module of the Facility service, merged: each serves its own methods, and a method
 * no module serves is answered UNIMPLEMENTED by the server.
 */
import type { Logger } from '../lib/log.js';
import type { Bus } from '../actors/transport/mod.js';
import { DeviceDirectory } from './device-directory.js';
import { deviceRpcs } from './device-rpcs.js';
import { HealthSource } from './health-source.js';
import { healthRpcs } from './health-rpcs.js';
import { identityRpcs } from './identity-rpcs.js';
import { planHandlers } from './plan-rpcs.js';
import { queueHandlers } from './queue-rpcs.js';
import { runHandlers } from './run-rpcs.js';
import type { FacilityHandlers } from './rpc.js';

/** `stopping` aborts when the gateway shuts down: long-lived subscriptions of the modules end with it. */
export function facilityHandlers(bus: Bus, logger: Logger, stopping: AbortSignal): FacilityHandlers {
  const directory = DeviceDirectory.start(bus, stopping);
  const health = new HealthSource(bus);
  return {
    ...identityRpcs(),
    ...deviceRpcs(bus, directory, health, logger),
    ...healthRpcs(health),
    // Other modules: one line each below.
    ...planHandlers(bus),
    ...queueHandlers(bus),
    ...runHandlers(bus),
  };
}
