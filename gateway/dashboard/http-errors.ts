/**
 * The dashboard's one table from a brightline error code to an HTTP status, and the JSON body a
 * refusal carries (the page shows `error` as it is). Unknown errors are 500 with a reference that
 * is logged, never their internals, as the gRPC status table does.
 */
import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { BrightlineError, ErrorCode } from '../../lib/errors.js';
import type { Logger } from '../../lib/log.js';

const HTTP_STATUS: Readonly<Partial<Record<number, number>>> = {
  [ErrorCode.InvalidArgument]: 400,
  [ErrorCode.Unauthenticated]: 401,
  [ErrorCode.PermissionDenied]: 403,
  [ErrorCode.NotFound]: 404,
  [ErrorCode.ResourceExhausted]: 413,
  [ErrorCode.FailedPrecondition]: 409,
  [ErrorCode.Aborted]: 409,
  [ErrorCode.Unavailable]: 503,
  [ErrorCode.DeadlineExceeded]: 504,
};

export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  response.end(text);
}

export function sendError(response: ServerResponse, error: unknown, logger: Logger): void {
  if (response.headersSent) {
    response.destroy();
    return;
  }
  if (error instanceof BrightlineError) {
    const status = HTTP_STATUS[error.code];
    if (status !== undefined) {
      // RFC 6750: a refused bearer token is answered with its challenge.
      sendJson(response, status, { error: error.message }, status === 401 ? { 'www-authenticate': 'Bearer realm="brightline"' } : {});
      return;
    }
  }
  const reference = randomUUID();
  logger.error(`dashboard: request failed (reference ${reference}): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  sendJson(response, 500, { error: `internal error (reference ${reference} in the gateway's log)` });
}
