/**
 * Acknowledgements of alarms, in the KV bucket BL_ALARM_ACKS (key = the alarm's BL_HEALTH key), so
 * that every console shows who saw what. The value is a protobuf AlarmAck like every payload on
 * the bus; its definition is here, not in proto/, because only the dashboard reads or writes it
 * (move it to proto/brightline/v1/supervision.proto if another client ever needs it).
 */
import protobuf from 'protobufjs';
import type { Bus, KvBucket, KvWatch, MessageType } from '../../actors/transport/mod.js';
import { ALARM_ACK_BUCKET } from '../../actors/transport/subjects.js';
import type { AlarmAck } from './view-model.js';

const ALARM_ACK_PROTO = `
syntax = "proto3";
package brightline.v1;
// One acknowledgement of an alarm, by a person, through the dashboard.
message AlarmAck {
  string key = 1;     // the alarm's BL_HEALTH key
  double since = 2;   // the alarm's since when it was acknowledged: the occurrence seen
  uint32 level = 3;   // how bad it was then (1 MINOR/degraded .. 3 INVALID/fault)
  string user = 4;    // who, from the bearer token
  double at = 5;      // when, seconds since the epoch
}`;

const ackType = protobuf.parse(ALARM_ACK_PROTO).root.lookupType('brightline.v1.AlarmAck');

/** The transport's view of AlarmAck: plain objects in, plain objects with every field out. */
export const AlarmAckMessage: MessageType<AlarmAck, AlarmAck> & { name: string } = {
  name: 'brightline.v1.AlarmAck',
  encode: (message) => ackType.encode(ackType.fromObject(message)),
  decode: (bytes) => {
    const plain = ackType.toObject(ackType.decode(bytes), { defaults: true, longs: Number }) as Partial<AlarmAck>;
    return { key: plain.key ?? '', since: plain.since ?? 0, level: plain.level ?? 0, user: plain.user ?? '', at: plain.at ?? 0 };
  },
};

/** The acknowledgements, followed live; opened on first use and again after a failure. */
export class AlarmAcks {
  private opening: Promise<KvBucket> | undefined;

  constructor(private readonly bus: Bus) {}

  bucket(): Promise<KvBucket> {
    // One value per key: an acknowledgement replaces the last one; nothing expires by age (a
    // cleared alarm's acknowledgement is deleted by the dashboard that sees it clear).
    this.opening ??= this.bus.kv(ALARM_ACK_BUCKET, { history: 1 }).catch((error: unknown) => {
      this.opening = undefined;
      throw error;
    });
    return this.opening;
  }

  async record(ack: AlarmAck): Promise<void> {
    await (await this.bucket()).put(ack.key, AlarmAckMessage, ack);
  }

  async forget(key: string): Promise<void> {
    await (await this.bucket()).delete(key);
  }

  /** Every acknowledgement now, then every change (`undefined`: deleted), until stopped. */
  async watch(onChange: (key: string, ack: AlarmAck | undefined) => void): Promise<KvWatch> {
    return (await this.bucket()).watch('>', AlarmAckMessage, (key, value) => onChange(key, value));
  }
}
