/**
 * Who is alive, from heartbeats (`bl.v1.hb.<role>.<instance>`): one entry per role and instance,
 * telling a beating process from a silent one (killed, hung, cut off: more than `missedBeats` of
 * its own intervals without a beat), a clean goodbye (`stopping`) and a restart (a new pid or
 * start time). Pure: the caller feeds heartbeats and the time, and writes what comes out.
 */
import type { Role } from '../transport/mod.js';
import {
  assessBeating, assessSilent, assessStopped, assessUnheard, HealthKind, HealthState, incarnationOf, parseIncarnation, processIdentity,
  type Assessment, type HealthRecord, type ProcessIncarnation, type RecordIdentity,
} from './health-model.js';

export interface ObservedHeartbeat {
  readonly role: string;
  readonly instance: string;
  readonly pid: number;
  /** Seconds since the epoch. */
  readonly startedAt: number;
  readonly intervalMs: number;
  readonly devices: readonly string[];
  readonly stopping: boolean;
}

export interface ProcessInfo extends ProcessIncarnation {
  readonly role: string;
  readonly instance: string;
  readonly incarnation: string;
  /** What it served, from its last heartbeat (device hosts). */
  readonly devices: readonly string[];
}

export const LossKind = {
  /** No heartbeat for longer than its silence limit. */
  Silent: 'silent',
  /** It said goodbye. */
  Stopped: 'stopped',
  /** Another incarnation beats in its place: it died (or was replaced) faster than the silence limit. */
  Replaced: 'replaced',
  /** The health bucket said it was up, but it never beat after the supervisor started. */
  Unheard: 'unheard',
} as const;
export type LossKind = (typeof LossKind)[keyof typeof LossKind];

export type ProcessEvent =
  | { readonly type: 'up'; readonly process: ProcessInfo; readonly previous?: ProcessInfo }
  | { readonly type: 'lost'; readonly process: ProcessInfo; readonly how: LossKind; readonly silentMs: number };

/** A process record to write: `assessment` of the process named by `identity`. */
export interface ProcessRecordUpdate {
  readonly identity: RecordIdentity;
  readonly assessment: Assessment;
}

export interface WatchOutput {
  readonly updates: ProcessRecordUpdate[];
  readonly events: ProcessEvent[];
}

export interface ProcessWatchOptions {
  /** Written into every process record's `owner`: `supervisor/facility`. */
  readonly owner: string;
  /** Missed intervals after which a process counts as gone; 3 by default. */
  readonly missedBeats?: number;
  /** For a record adopted from the bucket: how long to wait for its first beat. */
  readonly adoptGraceMs?: number;
}

type Status = 'alive' | 'silent' | 'stopped' | 'adopted';

interface Entry {
  process: ProcessInfo;
  status: Status;
  /** Milliseconds, on the caller's clock: the last beat, or when the entry was adopted. */
  lastBeatAt: number;
  intervalMs: number;
}

const DEFAULT_MISSED_BEATS = 3;
const DEFAULT_ADOPT_GRACE_MS = 3_000;
/** Assumed for a heartbeat that does not say its interval. */
const DEFAULT_INTERVAL_MS = 1_000;

export class ProcessWatch {
  private readonly entries = new Map<string, Entry>();
  private readonly missedBeats: number;
  private readonly adoptGraceMs: number;

  constructor(private readonly options: ProcessWatchOptions) {
    this.missedBeats = options.missedBeats ?? DEFAULT_MISSED_BEATS;
    this.adoptGraceMs = options.adoptGraceMs ?? DEFAULT_ADOPT_GRACE_MS;
  }

  /** The processes beating now. */
  alive(): ProcessInfo[] {
    return [...this.entries.values()].filter((e) => e.status === 'alive').map((e) => e.process);
  }

  isAlive(role: string, instance: string): boolean {
    return this.entries.get(keyOf(role, instance))?.status === 'alive';
  }

  /**
   * Takes a process record found in the bucket at start-up (written by an earlier supervisor): one
   * that says ok must be confirmed by a beat within the grace period, and a later beat from another
   * incarnation is a restart. Ignored once a heartbeat of that process has been seen.
   */
  adopt(record: HealthRecord, nowMs: number): void {
    if (record.kind !== HealthKind.Process) return;
    const parts = /^proc\.([^.]+)\.([^.]+)$/.exec(record.key);
    const incarnation = parseIncarnation(record.incarnation);
    if (!parts?.[1] || !parts[2] || !incarnation) return;
    const key = keyOf(parts[1], parts[2]);
    if (this.entries.has(key)) return;
    this.entries.set(key, {
      process: { role: parts[1], instance: parts[2], ...incarnation, incarnation: record.incarnation, devices: [] },
      status: record.state === HealthState.Disconnected ? 'silent' : 'adopted',
      lastBeatAt: nowMs,
      intervalMs: this.adoptGraceMs / this.missedBeats,
    });
  }

  heartbeat(hb: ObservedHeartbeat, nowMs: number): WatchOutput {
    const out: WatchOutput = { updates: [], events: [] };
    const process: ProcessInfo = {
      role: hb.role,
      instance: hb.instance,
      pid: hb.pid,
      startedAt: hb.startedAt,
      incarnation: incarnationOf({ pid: hb.pid, startedAt: hb.startedAt }),
      devices: [...hb.devices],
    };
    const key = keyOf(hb.role, hb.instance);
    const entry = this.entries.get(key);
    const intervalMs = hb.intervalMs > 0 ? hb.intervalMs : DEFAULT_INTERVAL_MS;
    if (!entry || entry.process.incarnation !== process.incarnation) {
      if (entry && (entry.status === 'alive' || entry.status === 'adopted')) {
        out.events.push({ type: 'lost', process: entry.process, how: LossKind.Replaced, silentMs: nowMs - entry.lastBeatAt });
      }
      this.entries.set(key, { process, status: hb.stopping ? 'stopped' : 'alive', lastBeatAt: nowMs, intervalMs });
      if (hb.stopping) {
        this.lost(out, process, LossKind.Stopped, 0, assessStopped(process));
      } else {
        out.updates.push(this.update(process, assessBeating(process, entry ? { previousPid: entry.process.pid } : {})));
        out.events.push({ type: 'up', process, ...(entry ? { previous: entry.process } : {}) });
      }
      return out;
    }
    const before = entry.status;
    const silentMs = nowMs - entry.lastBeatAt;
    entry.process = process;
    entry.lastBeatAt = nowMs;
    entry.intervalMs = intervalMs;
    if (hb.stopping) {
      if (before !== 'stopped') {
        entry.status = 'stopped';
        this.lost(out, process, LossKind.Stopped, 0, assessStopped(process));
      }
      return out;
    }
    entry.status = 'alive';
    if (before === 'alive') return out;
    // The process an earlier supervisor recorded as up, confirmed: its record stays as it is.
    if (before !== 'adopted') out.updates.push(this.update(process, assessBeating(process, { silentS: silentMs / 1000 })));
    out.events.push({ type: 'up', process });
    return out;
  }

  /** Processes silent beyond their limit become lost; call it often (every 100 ms or so). */
  check(nowMs: number): WatchOutput {
    const out: WatchOutput = { updates: [], events: [] };
    for (const entry of this.entries.values()) {
      if (entry.status !== 'alive' && entry.status !== 'adopted') continue;
      const silentMs = nowMs - entry.lastBeatAt;
      if (silentMs <= this.missedBeats * entry.intervalMs) continue;
      const adopted = entry.status === 'adopted';
      entry.status = 'silent';
      const assessment = adopted ? assessUnheard(entry.process, silentMs / 1000) : assessSilent(entry.process, silentMs / 1000);
      this.lost(out, entry.process, adopted ? LossKind.Unheard : LossKind.Silent, silentMs, assessment);
    }
    return out;
  }

  private lost(out: WatchOutput, process: ProcessInfo, how: LossKind, silentMs: number, assessment: Assessment): void {
    out.updates.push(this.update(process, assessment));
    out.events.push({ type: 'lost', process, how, silentMs });
  }

  private update(process: ProcessInfo, assessment: Assessment): ProcessRecordUpdate {
    return { identity: processIdentity(process.role as Role, process.instance, process.incarnation, this.options.owner), assessment };
  }
}

function keyOf(role: string, instance: string): string {
  return `${role}/${instance}`;
}
