import { CaProtocolError } from './errors.js';

/** An EPICS timestamp: seconds and nanoseconds since 1990-01-01T00:00:00Z. */
export interface EpicsTimestamp {
  secondsPastEpoch: number;
  nanoseconds: number;
}

/** Unix seconds at the EPICS epoch, 1990-01-01T00:00:00Z. */
export const EPICS_EPOCH_UNIX_SECONDS = 631152000;

/** Unix milliseconds (fractions kept to the nanosecond) as an EPICS timestamp. */
export function toEpicsTimestamp(unixMs: number): EpicsTimestamp {
  if (!Number.isFinite(unixMs)) throw new CaProtocolError(`not a time: ${unixMs}`);
  let seconds = Math.floor(unixMs / 1000);
  let nanoseconds = Math.round((unixMs - seconds * 1000) * 1e6);
  if (nanoseconds >= 1e9) {
    seconds += 1;
    nanoseconds -= 1e9;
  }
  const secondsPastEpoch = seconds - EPICS_EPOCH_UNIX_SECONDS;
  if (secondsPastEpoch < 0 || secondsPastEpoch > 0xffffffff) {
    throw new CaProtocolError(`time ${new Date(unixMs).toISOString()} is outside the EPICS epoch range 1990..2126`);
  }
  return { secondsPastEpoch, nanoseconds };
}

/** An EPICS timestamp as Unix milliseconds (sub-millisecond part kept as a fraction). */
export function fromEpicsTimestamp(t: EpicsTimestamp): number {
  return (t.secondsPastEpoch + EPICS_EPOCH_UNIX_SECONDS) * 1000 + t.nanoseconds / 1e6;
}
