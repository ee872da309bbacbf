import { InvalidArgumentError } from '../lib/errors.js';
import { isSubjectToken } from '../lib/ids.js';

export const DEFAULT_NATS_URL = 'nats://127.0.0.1:4222';

/**
 * The bus every command talks to: NATS_URL, or the local default that `brightline up` uses. On a
 * cluster, NATS_URL lists every node, comma separated (`nats://nats-1:4222,nats://nats-2:4222,...`):
 * Bus.connect takes the list, and a process moves to another node when its node goes away.
 */
export function natsUrl(): string {
  return process.env['NATS_URL'] || DEFAULT_NATS_URL;
}

/** The beamline a command acts on: --beamline, else BRIGHTLINE_BEAMLINE, else BL01. */
export function resolveBeamline(flag: string | undefined): string {
  const beamline = flag ?? process.env['BRIGHTLINE_BEAMLINE'] ?? 'BL01';
  if (!isSubjectToken(beamline)) throw new InvalidArgumentError(`'${beamline}' is not a beamline name`);
  return beamline;
}
