import { BrightlineError, ErrorCode } from '../../lib/errors.js';

/** Where in the bytes a Channel Access decode or encode went wrong, for logs and tests. */
export interface CaProtocolErrorContext {
  command?: number;
  dataType?: number;
  dataCount?: number;
  offset?: number;
  length?: number;
}

/**
 * Bytes that are not valid Channel Access, or a value that cannot be put into CA bytes. Never
 * retryable: the same bytes fail the same way, and a stream that produced them must be closed.
 */
export class CaProtocolError extends BrightlineError {
  readonly context: CaProtocolErrorContext;

  constructor(message: string, context: CaProtocolErrorContext = {}, options?: ErrorOptions) {
    super(ErrorCode.InvalidArgument, `channel access: ${message}${describeContext(context)}`, options);
    this.context = context;
  }
}

function describeContext(context: CaProtocolErrorContext): string {
  const parts = Object.entries(context)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}=${String(value)}`);
  return parts.length === 0 ? '' : ` (${parts.join(', ')})`;
}
