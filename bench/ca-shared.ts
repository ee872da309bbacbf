/**
 * What the server process and the driver of the CA benchmark share: the PV names, and how to find
 * a free UDP port. bench/ca-libca.py builds the same names from the prefixes and counts on its argv.
 */

export const BENCH_PREFIX = 'BENCH:';
export const GET_RECORD = 'get';
export const MONITOR_RECORDS = 400;
export const CONNECT_RECORDS = 10_000;

/** Without the database prefix, as createDatabase wants; `mon:000` .. `mon:399`. */
export function monitorRecordName(index: number): string {
  return `mon:${String(index).padStart(3, '0')}`;
}

/** `conn:00000` .. `conn:09999`. */
export function connectRecordName(index: number): string {
  return `conn:${String(index).padStart(5, '0')}`;
}

export const GET_PV = BENCH_PREFIX + GET_RECORD;
export const MONITOR_PV_PREFIX = `${BENCH_PREFIX}mon:`;
export const CONNECT_PV_PREFIX = `${BENCH_PREFIX}conn:`;

/** Beacons and libca's repeater port go to a free port, never to a real 5065. */
export { freeUdpPort } from '../lib/free-port.js';
