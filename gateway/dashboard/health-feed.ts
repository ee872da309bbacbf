/**
 * Health records (KV BL_HEALTH) and alarm acknowledgements (KV BL_ALARM_ACKS) into the model, live.
 * An acknowledgement that no longer covers its alarm (a new occurrence, a worse one, or the alarm
 * cleared) is deleted, so that the bucket holds only what some console still shows.
 */
import { brightline } from '../../gen/proto.js';
import type { Bus, KvWatch } from '../../actors/transport/mod.js';
import { fromWireRecord, type HealthRecord } from '../../actors/supervisor/health-model.js';
import { describeError } from '../../lib/errors.js';
import type { Logger } from '../../lib/log.js';
import { HealthSource } from '../health-source.js';
import type { AlarmAcks } from './alarm-acks.js';
import type { FacilityModel } from './facility-model.js';
import { startWithRetry } from './retry.js';
import { ackCovers } from './view-model.js';

export interface HealthFeedOptions {
  bus: Bus;
  model: FacilityModel;
  acks: AlarmAcks;
  logger: Logger;
  signal: AbortSignal;
  /** Called after a record changed (undefined `next`: deleted), e.g. to ask a restarted run engine for its status. */
  onRecord?: (previous: HealthRecord | undefined, next: HealthRecord | undefined) => void;
}

export interface Feed {
  stop(): Promise<void>;
}

export function startHealthFeed(options: HealthFeedOptions): Feed {
  const { model, acks, logger, signal } = options;
  const health = new HealthSource(options.bus);
  const watches: KvWatch[] = [];

  const forgetStaleAck = (key: string): void => {
    const ack = model.acks.get(key);
    const record = model.records.get(key);
    if (!ack || (record && ackCovers(ack, record))) return;
    model.acks.delete(key);
    acks.forget(key).catch((error: unknown) => logger.warn(`dashboard: could not delete the stale acknowledgement of ${key}: ${describeError(error)}`));
  };

  const started = (async () => {
    const recordWatch = await startWithRetry('watching BL_HEALTH', async () => {
      const bucket = await health.bucket();
      return bucket.watch('>', brightline.v1.HealthRecord, (key, wire) => {
        const previous = model.records.get(key);
        const next = wire ? fromWireRecord(wire) : undefined;
        if (next) model.records.set(key, next);
        else model.records.delete(key);
        forgetStaleAck(key);
        model.changed();
        options.onRecord?.(previous, next);
      });
    }, signal, logger);
    if (recordWatch) watches.push(recordWatch);

    const ackWatch = await startWithRetry('watching the alarm acknowledgements', () =>
      acks.watch((key, ack) => {
        if (ack) model.acks.set(key, ack);
        else model.acks.delete(key);
        // An acknowledgement written for an occurrence that already ended covers nothing.
        if (ack && model.records.has(key)) forgetStaleAck(key);
        model.changed();
      }), signal, logger);
    if (ackWatch) watches.push(ackWatch);
  })();

  return {
    stop: async () => {
      await started;
      await Promise.all(watches.map((watch) => watch.stop()));
    },
  };
}
