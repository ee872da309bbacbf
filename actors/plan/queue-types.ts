/**
 * The plan queue's data, as plain objects with every field present. Field names are those of
 * proto/brightline/v1/queue.proto, so a value goes onto the wire as it is; the `*From` functions
 * turn a decoded or partial protobuf message into one of these.
 */
import type { brightline } from '../../gen/proto.js';
import { fromWireMap, toWireMap } from '../../lib/values.js';

type WireValue = brightline.v1.Value.$Properties;

export interface QueueItem {
  item_uid: string;
  plan_name: string;
  args: Record<string, WireValue>;
  metadata: Record<string, WireValue>;
  user: string;
  /** Seconds since the epoch. */
  added_at: number;
  baseline: string[];
  monitor: string[];
  /** W3C traceparent of the submission, '' when it was not traced: its runs continue that trace. */
  trace_parent: string;
}

export interface QueueState {
  /** In order; a running item is always the first. */
  items: QueueItem[];
  started: boolean;
  /** Empty when nothing runs. */
  running_item_uid: string;
}

export interface HistoryEntry {
  item: QueueItem;
  /** success, abort or fail (ExitStatus). */
  exit_status: string;
  reason: string;
  run_uids: string[];
  /** The plan's return value as JSON; empty when it returned nothing. */
  result_json: string;
  started_at: number;
  finished_at: number;
}

/** What a run engine leaves in KV while an item runs, so that its successor can close the runs. */
export interface RunningRecord {
  item: QueueItem;
  run_uids: string[];
  started_at: number;
  /** Set while a successor closes the runs (plan-queue.ts claimInterrupted). */
  recovered_by?: string;
  recovery_claimed_at?: number;
}

export function emptyQueueState(): QueueState {
  return { items: [], started: false, running_item_uid: '' };
}

export function queueItemFrom(wire: brightline.v1.QueueItem.$Properties | null | undefined): QueueItem {
  return {
    item_uid: wire?.item_uid ?? '',
    plan_name: wire?.plan_name ?? '',
    args: plainValues(wire?.args),
    metadata: plainValues(wire?.metadata),
    user: wire?.user ?? '',
    added_at: wire?.added_at ?? 0,
    baseline: [...(wire?.baseline ?? [])],
    monitor: [...(wire?.monitor ?? [])],
    trace_parent: wire?.trace_parent ?? '',
  };
}

export function queueStateFrom(wire: brightline.v1.QueueState.$Properties | null | undefined): QueueState {
  return {
    items: (wire?.items ?? []).map(queueItemFrom),
    started: wire?.started ?? false,
    running_item_uid: wire?.running_item_uid ?? '',
  };
}

export function historyEntryFrom(wire: brightline.v1.HistoryEntry.$Properties | null | undefined): HistoryEntry {
  return {
    item: queueItemFrom(wire?.item),
    exit_status: wire?.exit_status ?? '',
    reason: wire?.reason ?? '',
    run_uids: [...(wire?.run_uids ?? [])],
    result_json: wire?.result_json ?? '',
    started_at: wire?.started_at ?? 0,
    finished_at: wire?.finished_at ?? 0,
  };
}

export function runningRecordFrom(wire: brightline.v1.RunningRecord.$Properties | null | undefined): RunningRecord {
  return {
    item: queueItemFrom(wire?.item),
    run_uids: [...(wire?.run_uids ?? [])],
    started_at: wire?.started_at ?? 0,
    ...(wire?.recovered_by ? { recovered_by: wire.recovered_by, recovery_claimed_at: wire.recovery_claimed_at ?? 0 } : {}),
  };
}

/** Decoded `Value`s are protobuf instances; these are plain objects, and empty values are dropped. */
function plainValues(values: Readonly<Record<string, WireValue>> | null | undefined): Record<string, WireValue> {
  return toWireMap(fromWireMap(values));
}
