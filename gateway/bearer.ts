/**
 * Authentication and authorization of one call: the bearer token of its `authorization` metadata
 * names an identity (through the gateway's `identify`), and the policy decides whether that
 * identity may do what the method needs. Both refusals say what to do about them.
 */
import type { Metadata } from '@grpc/grpc-js';
import { BrightlineError, ErrorCode } from '../lib/errors.js';
import { TOKEN_ENV } from './auth/local-token.js';
import { authorize } from './auth/policy.js';
import type { Identity, Need } from './rpc.js';

export class UnauthenticatedError extends BrightlineError {
  constructor(message: string) {
    super(ErrorCode.Unauthenticated, message);
  }
}

export class PermissionDeniedError extends BrightlineError {
  constructor(reason: string) {
    super(ErrorCode.PermissionDenied, reason);
  }
}

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/** The token of `authorization: Bearer <token>`; undefined when the metadata has none. */
export function bearerToken(metadata: Metadata): string | undefined {
  const value = metadata.get('authorization')[0];
  if (typeof value !== 'string') return undefined;
  return BEARER.exec(value)?.[1];
}

/** The caller's identity, or UnauthenticatedError. */
export function authenticate(metadata: Metadata, identify: (token: string) => Identity | undefined): Identity {
  const token = bearerToken(metadata);
  if (token === undefined) {
    const sent = metadata.get('authorization').length > 0;
    throw new UnauthenticatedError(
      sent
        ? `the authorization metadata is not 'Bearer <token>': set ${TOKEN_ENV} to your token`
        : `no bearer token: set ${TOKEN_ENV} to your token ('./brightline up' writes one to ~/.local/state/brightline/token, which the CLI reads)`,
    );
  }
  const identity = identify(token);
  if (!identity) throw new UnauthenticatedError(`unknown token: ask the facility's operator for a token, then set ${TOKEN_ENV}`);
  return identity;
}

/**
 * For a call that is still open: throws UnauthenticatedError when its token no longer names the
 * user it was admitted as (revoked, or given to someone else), PermissionDeniedError when the
 * policy no longer allows what the call needs (a role taken away).
 */
export function reauthorize(metadata: Metadata, admitted: Identity, need: Need, identify: (token: string) => Identity | undefined): void {
  const token = bearerToken(metadata);
  const current = token === undefined ? undefined : identify(token);
  if (current?.user !== admitted.user) {
    throw new UnauthenticatedError(`the token was revoked: ask the facility's operator for a new token, then set ${TOKEN_ENV}`);
  }
  requireAllowed(current, need);
}

/** Throws PermissionDeniedError with the policy's reason when `identity` may not do what `need` says. */
export function requireAllowed(identity: Identity, need: Need): void {
  const decision = authorize(identity, need);
  if (!decision.allowed) throw new PermissionDeniedError(decision.reason);
}
