import { createDatabase, ManualScheduler, type DatabaseOptions, type ProcessVariable, type PvSnapshot, type RecordDatabase } from '../../../epics/server/records/mod.js';

export interface Posted {
  readonly snapshot: PvSnapshot;
  readonly mask: number;
}

/** Every event a PV posts, in order; `values()` gives the first element of each. */
export function record(pv: ProcessVariable): { events: Posted[]; values: () => (number | string | undefined)[]; masks: () => number[]; stop: () => void } {
  const events: Posted[] = [];
  const stop = pv.subscribe((snapshot, mask) => events.push({ snapshot, mask }));
  return {
    events,
    values: () => events.map((event) => event.snapshot.value[0]),
    masks: () => events.map((event) => event.mask),
    stop,
  };
}

export function database(
  definitions: readonly unknown[],
  options: Omit<DatabaseOptions, 'scheduler'> = {},
): { db: RecordDatabase; clock: ManualScheduler; pv: (name: string) => ProcessVariable } {
  const clock = new ManualScheduler();
  const db = createDatabase('SIM:', definitions, { ...options, scheduler: clock });
  const pv = (name: string): ProcessVariable => {
    const found = db.find(`SIM:${name}`);
    if (!found) throw new Error(`no PV SIM:${name}`);
    return found;
  };
  return { db, clock, pv };
}

export function first(pv: ProcessVariable): number | string | undefined {
  return pv.snapshot().value[0];
}

/** A random source that plays `values` in a loop, so RNDM is predictable. */
export function sequence(...values: number[]): () => number {
  let next = 0;
  return () => values[next++ % values.length] ?? 0;
}

/** Settles pending promise callbacks, so a flag set in `.then` reflects what resolved. */
export const flushPromises = (): Promise<void> => new Promise<void>((resolve) => setImmediate(resolve));
