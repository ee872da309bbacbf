/**
 * The heartbeat every long-lived process publishes on bl.v1.hb.<role>.<instance>: watchers tell a
 * silent process (killed, hung, cut off) from a restarted one (new pid/started_at) and from a clean
 * goodbye (`stopping`).
 */
import { brightline } from '../../gen/proto.js';
import { describeError } from '../../lib/errors.js';
import { silentLogger, type Logger } from '../../lib/log.js';
import type { Bus } from './bus.js';
import { subjects, type Role } from './subjects.js';

export interface HeartbeatOptions {
  role: Role;
  instance: string;
  intervalMs: number;
  /** When this process started, in seconds since the epoch. */
  startedAt: number;
  /** What the process serves, for watchers that route by it. */
  devices?: readonly string[];
  logger?: Logger;
}

export interface Heartbeat {
  /** Clears the timer and publishes the final `stopping` heartbeat. */
  stop(): void;
}

export function startHeartbeat(bus: Bus, options: HeartbeatOptions): Heartbeat {
  const logger = options.logger ?? silentLogger;
  let sequence = 0;
  const beat = (stopping: boolean): void => {
    try {
      bus.publish(subjects.heartbeat(options.role, options.instance), brightline.v1.Heartbeat, {
        role: options.role,
        instance: options.instance,
        pid: process.pid,
        started_at: options.startedAt,
        sequence: ++sequence,
        interval_ms: options.intervalMs,
        devices: [...(options.devices ?? [])],
        stopping,
      });
    } catch (error) {
      // A closed or reconnecting connection must not take the process down; the next beat retries.
      logger.warn(`heartbeat not sent: ${describeError(error)}`);
    }
  };
  beat(false);
  const timer = setInterval(() => beat(false), options.intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      beat(true);
    },
  };
}
