import { randomUUID } from 'node:crypto';

declare const brand: unique symbol;
/** A string that the type checker keeps apart from other strings. */
export type Branded<T, B extends string> = T & { readonly [brand]: B };

export type BeamlineId = Branded<string, 'BeamlineId'>;
export type DeviceName = Branded<string, 'DeviceName'>;
export type RunUid = Branded<string, 'RunUid'>;
export type DocumentUid = Branded<string, 'DocumentUid'>;

/** Beamline and device names become NATS subject tokens, so they must be one safe token. */
const SUBJECT_TOKEN = /^[A-Za-z0-9_-]{1,64}$/;

export function isSubjectToken(name: string): boolean {
  return SUBJECT_TOKEN.test(name);
}

export function beamlineId(name: string): BeamlineId {
  if (!isSubjectToken(name)) {
    throw new TypeError(`beamline name '${name}' must be 1-64 letters, digits, '_' or '-'`);
  }
  return name as BeamlineId;
}

export function deviceName(name: string): DeviceName {
  if (!isSubjectToken(name)) {
    throw new TypeError(`device name '${name}' must be 1-64 letters, digits, '_' or '-'`);
  }
  return name as DeviceName;
}

export function newUid<T extends string = string>(): T {
  return randomUUID() as T;
}
