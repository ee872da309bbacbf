/**
 * The beamline a request names, checked before anything reaches the bus: it becomes a subject
 * token, so a malformed one is the caller's mistake (INVALID_ARGUMENT), never a subject injection.
 */
import { InvalidArgumentError } from '../lib/errors.js';
import { isSubjectToken } from '../lib/ids.js';
import type { BeamlineRole, Need } from './rpc.js';

/** The request's beamline, checked. */
export function requestedBeamline(beamline: string | null | undefined): string {
  const name = beamline ?? '';
  if (name === '') throw new InvalidArgumentError("name a beamline (the request's beamline field is empty)");
  if (!isSubjectToken(name)) throw new InvalidArgumentError(`'${name}' is not a beamline name (1-64 letters, digits, '_' or '-')`);
  return name;
}

/** What a call on one beamline needs: at least `role` there. */
export function beamlineNeed(beamline: string | null | undefined, role: BeamlineRole, action: string): Need {
  return { kind: 'beamline', beamline: requestedBeamline(beamline), role, action };
}
