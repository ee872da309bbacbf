/**
 * grpc.health.v1 for load balancers and probes (grpc-health-check): SERVING while the gateway's
 * bus answers, NOT_SERVING while it does not, since without NATS no Facility call can succeed.
 * The gateway asks rather than only listening to Bus.onConnectionChange: a flush is a ping to the
 * server, and one that gets no pong within PROBE_TIMEOUT_MS also catches a connection that is
 * open but no longer answered (a hung server, a half-dead link), which raises no event.
 */
import type * as grpc from '@grpc/grpc-js';
import { HealthImplementation, type ServingStatus } from 'grpc-health-check';
import type { Logger } from '../lib/log.js';
import type { Bus } from '../actors/transport/mod.js';
import { FACILITY_SERVICE } from './facility-definition.js';

/** The whole server (""), and the Facility service by name. */
export const HEALTH_SERVICES = ['', FACILITY_SERVICE] as const;
const PROBE_INTERVAL_MS = 1_000;
const PROBE_TIMEOUT_MS = 2_000;

export interface GrpcHealth {
  /** NOT_SERVING from now on, and the probe stops. */
  stop(): void;
}

export function startGrpcHealth(server: grpc.Server, bus: Bus, logger: Logger): GrpcHealth {
  const health = new HealthImplementation(Object.fromEntries(HEALTH_SERVICES.map((name) => [name, 'SERVING' as ServingStatus])));
  health.addToServer(server);
  let current: ServingStatus = 'SERVING';
  let stopped = false;
  const set = (status: ServingStatus): void => {
    if (status === current) return;
    current = status;
    if (!stopped) logger.warn(`grpc.health.v1: ${status} (${status === 'SERVING' ? 'the bus answers again' : 'the bus does not answer'})`);
    for (const name of HEALTH_SERVICES) health.setStatus(name, status);
  };

  let timer: NodeJS.Timeout | undefined;
  const probe = async (): Promise<void> => {
    const answered = await answers(bus);
    // A probe in flight when the gateway stopped must not say SERVING after stop() said NOT_SERVING.
    if (stopped) return;
    set(answered ? 'SERVING' : 'NOT_SERVING');
    timer = setTimeout(() => void probe(), PROBE_INTERVAL_MS);
  };
  timer = setTimeout(() => void probe(), PROBE_INTERVAL_MS);
  void bus.closed().then(() => {
    if (!stopped) set('NOT_SERVING');
  });
  return {
    stop: () => {
      stopped = true;
      clearTimeout(timer);
      set('NOT_SERVING');
    },
  };
}

async function answers(bus: Bus): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), PROBE_TIMEOUT_MS);
  });
  try {
    return await Promise.race([bus.flush().then(() => true, () => false), timedOut]);
  } finally {
    clearTimeout(timer);
  }
}
