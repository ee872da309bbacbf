/**
 * What the run engine benchmark (bench/run-engine.ts) and its child processes share: the beamline,
 * its simulated records and devices, the two measured plans and the goals of issue 6.
 */

/** The beamline of the bench's device host and run engine (nothing else runs on its nats-server). */
export const RE_BEAMLINE = 'REBENCH';
export const RE_RECORD_PREFIX = 'REBENCH:';

/**
 * The simulated IOC: `m1` an ao record (a put completes at once, so the "motor" settles
 * instantly, as ophyd.sim's motor does; the sim motor record would move in real time at its
 * velocity), and `det` a calc following m1 through a CP link (a Gaussian peak in m1).
 */
export const RE_RECORDS = [
  { type: 'ao', name: 'm1', egu: 'mm', prec: 3, value: 0 },
  { type: 'calc', name: 'det', calc: 'E+A*EXP(-((B-C)**2)/(2*D*D))', inputs: { A: 1000, B: 'm1', C: 0.5, D: 0.2, E: 10 }, egu: 'counts', prec: 1 },
];

/**
 * The processes of the over-NATS measurement besides nats-server (bench/run-engine-role.ts); the
 * echo, started after the runs, answers the transport floor's round trips.
 */
export const BenchRole = { DeviceHost: 'device-host', RunEngine: 'run-engine', FloorEcho: 'floor-echo' } as const;
export type BenchRole = (typeof BenchRole)[keyof typeof BenchRole];

/** A point detector with no exposure, and the ao served as a settable `signal` device. */
export const RE_DEVICES = [
  { kind: 'point-detector', name: 'det', pv: `sim://${RE_RECORD_PREFIX}det`, exposure_s: 0 },
  { kind: 'signal', name: 'm1', pv: `sim://${RE_RECORD_PREFIX}m1` },
];

/** Subjects the floor echo answers with an empty reply: over the bare protocol, and through the NATS client. */
export const FLOOR_SUBJECTS = { wire: 'bench.floor.wire', client: 'bench.floor.client' } as const;

/** A plan as a client submits it: a registered name and its wire-level arguments. */
export interface BenchPlan {
  readonly label: 'count' | 'scan';
  readonly planName: string;
  readonly args: Readonly<Record<string, number | string | string[]>>;
  /** Events the run produces: one per point. */
  readonly events: number;
}

export const COUNT_POINTS = 10_000;
export const SCAN_POINTS = 5_000;
/** The warm-up run before each measured one is this fraction of its points. */
export const WARMUP_FRACTION = 0.1;

export function countPlan(num: number): BenchPlan {
  return { label: 'count', planName: 'count', args: { detectors: ['det'], num }, events: num };
}

export function scanPlan(num: number): BenchPlan {
  return { label: 'scan', planName: 'scan', args: { detectors: ['det'], motor: 'm1', start: 0, stop: 1, num }, events: num };
}

/** Bluesky's RunEngine on machines like this one, as issue 6 quotes it (ophyd.sim devices, no storage). */
export const BLUESKY_EVENTS_PER_S = { count: 800, scan: 440 } as const;
/** The goals of issue 6, as multiples of Bluesky's figure. */
export const GOAL_FACTOR = { inProcess: 20, nats: 5 } as const;
