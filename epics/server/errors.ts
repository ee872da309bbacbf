import { BrightlineError, ErrorCode } from '../../lib/errors.js';

/**
 * A request the circuit survives: it is answered with an ECA status (in a notify reply or a
 * CA_PROTO_ERROR) and the client carries on. `cid` names the channel the client knows it by.
 */
export class CaRequestError extends BrightlineError {
  constructor(
    readonly eca: number,
    message: string,
    readonly cid: number,
    options?: ErrorOptions,
  ) {
    super(ErrorCode.InvalidArgument, message, options);
  }
}

/** The server could not bind its sockets; `address` is what it tried, e.g. `tcp 127.0.0.1:5064`. */
export class CaServerStartError extends BrightlineError {
  constructor(readonly address: string, options?: ErrorOptions) {
    super(ErrorCode.Unavailable, `channel access server could not listen on ${address}`, { retryable: true, ...options });
  }
}
