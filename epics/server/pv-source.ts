/**
 * The seam between the Channel Access server and whatever holds the values it serves. The record
 * database (epics/server/records/) satisfies it structurally; tests use small fakes.
 */

export type PvNativeType = 'string' | 'short' | 'float' | 'enum' | 'char' | 'long' | 'double';

export interface PvLimits {
  low: number;
  high: number;
}

/** Everything a client may ask for about a PV, at one instant. */
export interface PvSnapshot {
  value: number[] | string[];
  status: number;
  severity: number;
  timestampMs: number;
  units: string;
  precision: number;
  display?: PvLimits;
  alarm?: PvLimits;
  warning?: PvLimits;
  control?: PvLimits;
  enumStrings?: string[];
}

export interface ServedPv {
  readonly name: string;
  readonly nativeType: PvNativeType;
  /** The element count clients see at channel creation; a waveform's capacity. */
  readonly count: number;
  readonly writable: boolean;
  snapshot(): PvSnapshot;
  /** Resolves when processing completes (a motor move ends); rejects with the reason it failed. */
  put(value: number[] | string[]): Promise<void>;
  /** `mask` is a CA event mask (value, log, alarm, property bits); returns the unsubscribe. */
  subscribe(listener: (snapshot: PvSnapshot, mask: number) => void): () => void;
}

export interface PvSource {
  find(name: string): ServedPv | undefined;
}
