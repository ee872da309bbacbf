/**
 * A beamline's plan queue: its items in order, whether it runs them, the running item, the
 * history of finished ones. The logic only; where the state lives is a QueueStore (KV in
 * production, memory in tests). The running item stays first in `items` until it finishes, and
 * nothing can be placed before it.
 */
import type { brightline } from '../../gen/proto.js';
import { BrightlineError, ErrorCode, InvalidArgumentError } from '../../lib/errors.js';
import { newUid } from '../../lib/ids.js';
import { ExitStatus } from './msg.js';
import type { QueueStore } from './queue-store.js';
import { queueItemFrom, type HistoryEntry, type QueueItem, type QueueState, type RunningRecord } from './queue-types.js';

/**
 * What a client submits (a QueueAddRequest's item): a plan and its arguments. The queue assigns
 * `item_uid` (which must be empty) and `added_at` (ignored).
 */
export type NewQueueItem = brightline.v1.QueueItem.$Properties;

export interface ItemResult {
  exit_status: ExitStatus;
  reason?: string;
  /** Runs to record besides those reported with markRunOpened. */
  run_uids?: string[];
  /** The plan's return value as JSON. */
  result_json?: string;
}

export interface PlanQueueOptions {
  /** Seconds since the epoch; injected so tests control time. */
  now?: () => number;
  newUid?: () => string;
  /** Refuses an item before it enters the queue (unknown plan, bad arguments) by throwing. */
  validateItem?: (item: QueueItem) => void;
}

export const RECOVERED_REASON = 'the run engine stopped while running it';

/** `position` in add and move: -1 means the end. */
export const QUEUE_END = -1;

export class QueueItemNotFoundError extends BrightlineError {
  constructor(readonly beamline: string, readonly itemUid: string, queued: number) {
    super(ErrorCode.NotFound, `no item '${itemUid}' in the queue of ${beamline} (${queued} item${queued === 1 ? '' : 's'} queued)`);
  }
}

export class QueueItemRunningError extends BrightlineError {
  constructor(readonly beamline: string, readonly itemUid: string, action: string) {
    super(ErrorCode.FailedPrecondition, `cannot ${action} item '${itemUid}' of ${beamline}: it is running; stop or abort the plan instead`);
  }
}

/** finish or markRunOpened for an item that is not the running one. */
export class QueueItemNotRunningError extends BrightlineError {
  constructor(readonly beamline: string, readonly itemUid: string, running: string) {
    super(
      ErrorCode.FailedPrecondition,
      `item '${itemUid}' is not running on ${beamline} (${running ? `'${running}' is` : 'nothing is'})`,
    );
  }
}

/** takeNext while an item still runs: finish it, or recover it after a restart, first. */
export class QueueBusyError extends BrightlineError {
  constructor(readonly beamline: string, readonly runningItemUid: string) {
    super(ErrorCode.FailedPrecondition, `${beamline} is still running item '${runningItemUid}': finish it first`);
  }
}

export class QueuePositionError extends InvalidArgumentError {
  constructor(readonly position: number, first: number, last: number, queued: number) {
    const range = first > last ? 'no position is free' : `use ${first}..${last}`;
    const note = first > 0 ? ' (the running item stays first)' : '';
    super(`position ${position} is out of range for a queue of ${queued} item${queued === 1 ? '' : 's'}: ${range}${note}, or -1 for the end`);
  }
}

export class PlanQueue {
  private readonly now: () => number;
  private readonly newUid: () => string;
  private readonly validateItem: (item: QueueItem) => void;

  constructor(
    private readonly store: QueueStore,
    options: PlanQueueOptions = {},
  ) {
    this.now = options.now ?? (() => Date.now() / 1000);
    this.newUid = options.newUid ?? newUid;
    this.validateItem = options.validateItem ?? (() => undefined);
  }

  get beamline(): string {
    return this.store.beamline;
  }

  /** Adds an item at `position` (0: the front, -1: the end); returns it, with its uid, and its index. */
  async add(submitted: NewQueueItem, position: number = QUEUE_END): Promise<{ item: QueueItem; position: number; state: QueueState }> {
    if (submitted.item_uid) throw new InvalidArgumentError(`item_uid '${submitted.item_uid}' given: the queue assigns item uids, leave it empty`);
    if (!submitted.plan_name) throw new InvalidArgumentError('a queue item needs a plan_name');
    const item: QueueItem = { ...queueItemFrom(submitted), item_uid: this.newUid(), added_at: this.now() };
    this.validateItem(item);
    const { state, result } = await this.store.updateState((current) => {
      const index = insertionIndex(current, position);
      current.items.splice(index, 0, item);
      return { state: current, result: index };
    });
    return { item, position: result, state };
  }

  /** Moves an item so that it ends up at index `position` (-1: the end). */
  async move(itemUid: string, position: number): Promise<QueueState> {
    const { state } = await this.store.updateState((current) => {
      const from = this.indexOf(current, itemUid);
      if (current.running_item_uid === itemUid) throw new QueueItemRunningError(this.beamline, itemUid, 'move');
      const [item] = current.items.splice(from, 1);
      if (!item) throw new QueueItemNotFoundError(this.beamline, itemUid, current.items.length);
      current.items.splice(insertionIndex(current, position, current.items.length + 1), 0, item);
      return { state: current, result: undefined };
    });
    return state;
  }

  async remove(itemUid: string): Promise<QueueState> {
    const { state } = await this.store.updateState((current) => {
      const index = this.indexOf(current, itemUid);
      if (current.running_item_uid === itemUid) throw new QueueItemRunningError(this.beamline, itemUid, 'remove');
      current.items.splice(index, 1);
      return { state: current, result: undefined };
    });
    return state;
  }

  /** Removes every item but the running one. */
  async clear(): Promise<QueueState> {
    const { state } = await this.store.updateState((current) => {
      current.items = current.items.filter((item) => item.item_uid === current.running_item_uid);
      return { state: current, result: undefined };
    });
    return state;
  }

  list(): Promise<QueueState> {
    return this.store.getState();
  }

  /** From now on the items run one after another (see takeNext). */
  async start(): Promise<QueueState> {
    return this.setStarted(true);
  }

  /** The running item finishes; no further item starts. */
  async stop(): Promise<QueueState> {
    return this.setStarted(false);
  }

  /**
   * Marks the first item running and returns it; undefined when the queue is stopped or empty. A
   * started queue that has run out of items stops, so an item added later waits for a start.
   */
  async takeNext(): Promise<QueueItem | undefined> {
    const { result: item } = await this.store.updateState<QueueItem | undefined>((current) => {
      if (current.running_item_uid) throw new QueueBusyError(this.beamline, current.running_item_uid);
      if (!current.started) return { result: undefined };
      const first = current.items[0];
      if (!first) return { state: { ...current, started: false }, result: undefined };
      return { state: { ...current, running_item_uid: first.item_uid }, result: first };
    });
    if (item) await this.store.putRunning({ item, run_uids: [], started_at: this.now() });
    return item;
  }

  /** Records a run the running item opened, so that a successor can close it after a crash. */
  async markRunOpened(itemUid: string, runUid: string): Promise<RunningRecord> {
    return this.store.updateRunning((record) => {
      if (!record || record.item.item_uid !== itemUid) {
        throw new QueueItemNotRunningError(this.beamline, itemUid, record?.item.item_uid ?? '');
      }
      if (!record.run_uids.includes(runUid)) record.run_uids.push(runUid);
      return record;
    });
  }

  /** Moves the running item to the history with its result; the queue may then take the next. */
  async finish(itemUid: string, result: ItemResult): Promise<HistoryEntry> {
    const [state, running] = await Promise.all([this.store.getState(), this.store.getRunning()]);
    if (state.running_item_uid !== itemUid) throw new QueueItemNotRunningError(this.beamline, itemUid, state.running_item_uid);
    const item = running?.item.item_uid === itemUid ? running.item : state.items.find((each) => each.item_uid === itemUid);
    const entry: HistoryEntry = {
      item: item ?? queueItemFrom({ item_uid: itemUid }),
      exit_status: result.exit_status,
      reason: result.reason ?? '',
      run_uids: [...new Set([...(running?.run_uids ?? []), ...(result.run_uids ?? [])])],
      result_json: result.result_json ?? '',
      started_at: running?.started_at ?? 0,
      finished_at: this.now(),
    };
    await this.closeRunning(itemUid, entry);
    return entry;
  }

  /**
   * After a restart: the item a crashed predecessor was running, if any, goes to the history as
   * failed and the record of it (with the runs it opened) is returned, so that the caller writes
   * their RunStop documents. Undefined when nothing was left running.
   */
  async recoverInterrupted(): Promise<RunningRecord | undefined> {
    const [state, running] = await Promise.all([this.store.getState(), this.store.getRunning()]);
    const itemUid = running?.item.item_uid || state.running_item_uid;
    if (!itemUid) return undefined;
    const [last] = await this.store.history(1);
    if (last?.item.item_uid === itemUid) {
      // The predecessor died after writing the history entry: only tidy up.
      await this.closeRunning(itemUid, undefined);
      return undefined;
    }
    const record: RunningRecord = running ?? {
      // It died between marking the item running and writing the record: no run was opened.
      item: state.items.find((each) => each.item_uid === itemUid) ?? queueItemFrom({ item_uid: itemUid }),
      run_uids: [],
      started_at: 0,
    };
    await this.closeRunning(itemUid, {
      item: record.item,
      exit_status: ExitStatus.Fail,
      reason: RECOVERED_REASON,
      run_uids: record.run_uids,
      result_json: '',
      started_at: record.started_at,
      finished_at: this.now(),
    });
    return record;
  }

  /**
   * Claims what a stopped engine left running for `claimant` (a restarted engine, or the supervisor
   * when the engine does not come back), by compare-and-set on the running record, so exactly one
   * of them closes its runs. Undefined when nothing is left running; `claimedBy` when someone else
   * claimed it less than `staleAfterS` ago (a claimant that died half way is taken over after that).
   */
  async claimInterrupted(claimant: string, staleAfterS = 60): Promise<{ record: RunningRecord } | { claimedBy: string } | undefined> {
    let claimedBy: string | undefined;
    try {
      const record = await this.store.updateRunning((found) => {
        if (!found) throw new NothingRunning();
        const fresh = found.recovered_by && this.now() - (found.recovery_claimed_at ?? 0) < staleAfterS;
        if (fresh && found.recovered_by !== claimant) {
          claimedBy = found.recovered_by;
          throw new NothingRunning();
        }
        return { ...found, recovered_by: claimant, recovery_claimed_at: this.now() };
      });
      return { record };
    } catch (error) {
      if (!(error instanceof NothingRunning)) throw error;
      return claimedBy ? { claimedBy } : undefined;
    }
  }

  /** Whether a running record is still in KV (an engine runs an item, or a successor closes one). */
  async hasRunningRecord(): Promise<boolean> {
    return (await this.store.getRunning()) !== undefined;
  }

  /** The newest `limit` finished items (0: all kept), oldest first. */
  history(limit = 0): Promise<HistoryEntry[]> {
    return this.store.history(limit);
  }

  nextScanId(after?: number): Promise<number> {
    return this.store.nextScanId(after);
  }

  /** History first, then the state, then the record: a crash between steps is recovered without a duplicate. */
  private async closeRunning(itemUid: string, entry: HistoryEntry | undefined): Promise<void> {
    if (entry) await this.store.appendHistory(entry);
    await this.store.updateState((current) => {
      const items = current.items.filter((each) => each.item_uid !== itemUid);
      const running = current.running_item_uid === itemUid ? '' : current.running_item_uid;
      if (items.length === current.items.length && running === current.running_item_uid) return { result: undefined };
      return { state: { ...current, items, running_item_uid: running }, result: undefined };
    });
    const running = await this.store.getRunning();
    if (running?.item.item_uid === itemUid) await this.store.deleteRunning();
  }

  private async setStarted(started: boolean): Promise<QueueState> {
    const { state } = await this.store.updateState((current) =>
      current.started === started ? { result: undefined } : { state: { ...current, started }, result: undefined },
    );
    return state;
  }

  private indexOf(state: QueueState, itemUid: string): number {
    const index = state.items.findIndex((item) => item.item_uid === itemUid);
    if (index < 0) throw new QueueItemNotFoundError(this.beamline, itemUid, state.items.length);
    return index;
  }
}

/**
 * Where an item goes for `position` in a queue whose items (without the one being placed) are
 * `state.items`: 0..length, never before a running item; -1 is the end.
 */
function insertionIndex(state: QueueState, position: number, queued = state.items.length): number {
  const length = state.items.length;
  const first = state.running_item_uid ? 1 : 0;
  if (position === QUEUE_END) return length;
  if (!Number.isInteger(position) || position < first || position > length) {
    throw new QueuePositionError(position, first, length, queued);
  }
  return position;
}

/** Refuses a claim from inside the compare-and-set; never leaves claimInterrupted. */
class NothingRunning extends Error {}
