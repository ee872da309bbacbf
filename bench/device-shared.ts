/**
 * What the driver (bench/device.ts) and its child processes share: subjects, device and record
 * definitions, and the one-JSON-object-per-line protocol on the children's stdout (`quit` on stdin).
 */
import { createInterface } from 'node:readline';
import { DeviceVerb, subjects } from '../actors/transport/mod.js';

/** The beamline the device hosts of the bench serve. */
export const BENCH_BEAMLINE = 'BENCH';
/** The device the latency measurement reads: a motor, whose reading has two keys (m1, m1_setpoint). */
export const READ_DEVICE = 'm1';
export const RECORD_PREFIX = 'BENCH:';

/**
 * The two baselines answer on subjects of the device read's shape, under beamlines no device host
 * serves, so subject length and matching cost the same as for the read.
 */
export const RAW_ECHO_SUBJECT = subjects.deviceCommand('ECHO-RAW', READ_DEVICE, DeviceVerb.Read);
export const SERVICE_ECHO_SUBJECT = subjects.deviceCommand('ECHO-SVC', READ_DEVICE, DeviceVerb.Read);
export const DEVICE_READ_SUBJECT = subjects.deviceCommand(BENCH_BEAMLINE, READ_DEVICE, DeviceVerb.Read);

/** The latency host's simulated IOC: the motor that is read, and a detector computed from it. */
export const LATENCY_RECORDS = [
  { type: 'motor', name: 'm1', egu: 'mm', velo: 2, accl: 0.1, llm: -5, hlm: 5, prec: 3, value: 0.25 },
  { type: 'calc', name: 'det', calc: 'E+A*EXP(-((B-C)**2)/(2*D*D))', inputs: { A: 1000, B: 'm1.RBV', C: 1, D: 0.5, E: 10 }, egu: 'counts', prec: 1 },
];
export const LATENCY_DEVICES = [
  { kind: 'motor', name: 'm1', pv: `sim://${RECORD_PREFIX}m1` },
  { kind: 'point-detector', name: 'det', pv: `sim://${RECORD_PREFIX}det` },
];

/** How the memory process builds its devices. */
export const MemoryVariant = {
  /** EPICS motors over sim://, the in-process simulated IOC (its records are built before the baseline). */
  SimMotor: 'sim-motor',
  /** The same motors over mock:// signals: nine MockSignalBackends each, no record behind them. */
  MockMotor: 'mock-motor',
  /** The smallest device: a `signal` device over one mock:// signal, so mostly actor and handle. */
  MockSignal: 'mock-signal',
} as const;
export type MemoryVariant = (typeof MemoryVariant)[keyof typeof MemoryVariant];

export function isMemoryVariant(text: string): text is MemoryVariant {
  return (Object.values(MemoryVariant) as string[]).includes(text);
}

/** `m0000` .. `m3999`: device and record names of the memory measurement. */
export function memoryDeviceName(index: number): string {
  return `m${String(index).padStart(4, '0')}`;
}

/** The NATS connection name of the memory process's device host, to find it in /connz. */
export function memoryConnectionName(variant: MemoryVariant): string {
  return `bench-memory-${variant}`;
}

export type Json = Record<string, unknown>;

/** Resolves on `quit` on a child's stdin, or when stdin closes, so a child never outlives a crashed driver. */
export function untilQuit(): Promise<void> {
  return new Promise<void>((resolve) => {
    const input = createInterface({ input: process.stdin });
    input.on('line', (line) => {
      if (line.trim() === 'quit') resolve();
    });
    input.on('close', resolve);
  });
}

/** One line of a child's protocol on stdout. */
export function emit(line: Json): void {
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

export function parseJsonObject(line: string): Json | undefined {
  try {
    const parsed: unknown = JSON.parse(line);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Json) : undefined;
  } catch {
    return undefined;
  }
}

export function numberField(json: Json, key: string): number {
  const value = json[key];
  if (typeof value !== 'number') throw new Error(`expected a number at '${key}' in ${JSON.stringify(json)}`);
  return value;
}
