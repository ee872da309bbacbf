/**
 * Acknowledging an alarm: who may (staff on the alarm's beamline, the operator for the shared
 * devices and the facility's own processes), and which occurrence (the one the person saw: a
 * request naming an older `since` is refused, so nobody acknowledges an alarm they have not seen).
 */
import { BrightlineError, ErrorCode, InvalidArgumentError } from '../../lib/errors.js';
import { authorize } from '../auth/policy.js';
import { BeamlineRole, type Identity, type Need } from '../rpc.js';
import { PermissionDeniedError } from '../bearer.js';
import type { AlarmAcks } from './alarm-acks.js';
import type { FacilityModel } from './facility-model.js';
import { alarmLevel, isAlarm, type AlarmAck } from './view-model.js';

const ACTION = 'acknowledge an alarm';

/** The alarm cleared or became a new occurrence since the page showed it. */
export class AlarmChangedError extends BrightlineError {
  constructor(message: string) {
    super(ErrorCode.FailedPrecondition, message);
  }
}

export function ackNeed(alarm: { readonly beamline: string }): Need {
  return alarm.beamline === '' ? { kind: 'operator', action: ACTION } : { kind: 'beamline', beamline: alarm.beamline, role: BeamlineRole.Staff, action: ACTION };
}

export function mayAcknowledge(identity: Identity, alarm: { readonly beamline: string }): boolean {
  return authorize(identity, ackNeed(alarm)).allowed;
}

/** `{ key, since }` from a request body. */
export function parseAckRequest(body: unknown): { key: string; since: number } {
  const { key, since } = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  if (typeof key !== 'string' || key === '' || key.length > 200) throw new InvalidArgumentError("an acknowledgement names the alarm's key, e.g. {\"key\":\"BL01.m1\",\"since\":1715000000.5}");
  if (typeof since !== 'number' || !Number.isFinite(since)) throw new InvalidArgumentError("an acknowledgement gives the alarm's since, as the page showed it");
  return { key, since };
}

export async function acknowledge(model: FacilityModel, acks: AlarmAcks, identity: Identity, request: { key: string; since: number }, nowS: number): Promise<AlarmAck> {
  const record = model.records.get(request.key);
  if (!record || !isAlarm(record)) throw new AlarmChangedError(`${request.key} is not in alarm any more: nothing to acknowledge`);
  const decision = authorize(identity, ackNeed(record));
  if (!decision.allowed) throw new PermissionDeniedError(decision.reason);
  if (record.since !== request.since) throw new AlarmChangedError(`${request.key} changed since the page showed it (a new occurrence): look at it again`);
  const ack: AlarmAck = { key: record.key, since: record.since, level: alarmLevel(record), user: identity.user, at: nowS };
  await acks.record(ack);
  // Shown at once; the bucket's watch brings the same value back.
  model.acks.set(ack.key, ack);
  model.changed();
  return ack;
}
