/**
 * Who may do what: one pure function from an identity and what a call needs to a decision, with a
 * reason a person can act on when the answer is no.
 */
import { BeamlineRole, type Identity, type Need } from '../rpc.js';

/** The beamline of the facility's shared devices (front-end shutter, ring current, mono). */
export const SHARED_BEAMLINE = 'FAC';

const RANK: Record<BeamlineRole, number> = { observer: 1, user: 2, staff: 3 };

export type Decision = { allowed: true } | { allowed: false; reason: string };

const ALLOWED: Decision = { allowed: true };

export function authorize(identity: Identity, need: Need): Decision {
  if (identity.operator || need.kind === 'authenticated') return ALLOWED;
  if (need.kind === 'operator') return denied(`${need.action} needs the facility operator role; ${identity.user} is not an operator`);
  if (need.beamline === SHARED_BEAMLINE) {
    // Everyone may watch the shared devices; changing them is for operators (beamlines use them through leases in their plans).
    if (need.role === BeamlineRole.Observer) return ALLOWED;
    return denied(`${need.action} on the shared devices of ${SHARED_BEAMLINE} needs the facility operator role; ${identity.user} is not an operator`);
  }
  const held = identity.roles.get(need.beamline);
  if (held !== undefined && RANK[held] >= RANK[need.role]) return ALLOWED;
  const has = held === undefined ? 'has no role there' : `is ${article(held)} ${held} there`;
  return denied(`${need.action} on ${need.beamline} needs the ${need.role} role; ${identity.user} ${has}`);
}

/** The roles an identity holds, for messages and WhoAmI: `BL01=user, BL02=observer` or `operator`. */
export function describeRoles(identity: Identity): string {
  if (identity.operator) return 'operator';
  if (identity.roles.size === 0) return 'no roles';
  return [...identity.roles].map(([beamline, role]) => `${beamline}=${role}`).join(', ');
}

function denied(reason: string): Decision {
  return { allowed: false, reason };
}

function article(role: BeamlineRole): string {
  return role === BeamlineRole.Observer ? 'an' : 'a';
}
