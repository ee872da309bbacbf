/**
 * What the run engine needs to resume an interrupted plan (Bluesky's checkpoint/rewind): the
 * messages since the last checkpoint, in order, so they can be executed again after a pause. A
 * bundle that was already saved is not replayed (its event is out), nor is anything that made a
 * document or changed what the run is (open_run, collect, monitor...): resuming then adds no
 * duplicate event and misses none.
 */
import type { Msg, MsgCommand } from './msg.js';

/** Executed again on resume: they restore hardware state or re-acquire data not yet saved. */
const REPLAYABLE: ReadonlySet<MsgCommand> = new Set(['create', 'read', 'save', 'drop', 'set', 'trigger', 'wait', 'sleep', 'configure', 'kickoff', 'complete', 'null']);

export function isReplayable(msg: Msg): boolean {
  return REPLAYABLE.has(msg.cmd);
}

export interface CachedMsg {
  readonly msg: Msg;
  /** Part of a create..save (or drop) bundle that completed: its event is out already. */
  bundleDone: boolean;
  /** The plan is still waiting for this message's reply (it was interrupted). */
  awaitingReply: boolean;
}

export class ReplayCache {
  #entries: CachedMsg[] = [];
  #rewindable = false;

  /** True after a checkpoint and until a clear_checkpoint: an interruption can be rewound. */
  get rewindable(): boolean {
    return this.#rewindable;
  }

  checkpoint(): void {
    this.#entries = [];
    this.#rewindable = true;
  }

  clearCheckpoint(): void {
    this.#entries = [];
    this.#rewindable = false;
  }

  /** Records a message the plan yielded, before it runs; undefined when nothing can be rewound. */
  record(msg: Msg): CachedMsg | undefined {
    if (!this.#rewindable) return undefined;
    const entry: CachedMsg = { msg, bundleDone: false, awaitingReply: true };
    this.#entries.push(entry);
    return entry;
  }

  /** The message ran to completion; a completed save or drop closes its bundle for good. */
  completed(entry: CachedMsg | undefined): void {
    if (!entry) return;
    entry.awaitingReply = false;
    if (entry.msg.cmd !== 'save' && entry.msg.cmd !== 'drop') return;
    const end = this.#entries.indexOf(entry);
    for (let i = end; i >= 0; i--) {
      const member = this.#entries[i];
      if (!member) break;
      member.bundleDone = true;
      if (member.msg.cmd === 'create') break;
    }
  }

  /**
   * What to execute again, in order, when the plan resumes: everything replayable since the
   * checkpoint except bundles already saved. The message the plan waits on, if any, comes last.
   */
  replay(): CachedMsg[] {
    return this.#entries.filter((entry) => !entry.bundleDone && isReplayable(entry.msg));
  }
}
