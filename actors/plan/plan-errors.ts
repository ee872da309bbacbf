/** Why a plan step failed or a request to the run engine was refused; each says what to do. */
import { BrightlineError, ErrorCode } from '../../lib/errors.js';

/** A failed step of a plan, naming the message that failed and keeping the device's error as cause. */
export class PlanStepError extends BrightlineError {
  constructor(readonly step: string, cause: unknown) {
    const inner = BrightlineError.from(cause);
    super(inner.code, `${step} failed: ${inner.message}`, { cause, retryable: inner.retryable });
  }
}

/** The plan broke the message protocol (save without create, close_run without a run...). */
export class PlanProtocolError extends BrightlineError {
  constructor(message: string) {
    super(ErrorCode.FailedPrecondition, message);
  }
}

/** A request that does not fit the run engine's state (resume while running, pause while idle...). */
export class RunEngineStateError extends BrightlineError {
  constructor(readonly beamline: string, readonly request: string, readonly state: string, hint: string) {
    super(ErrorCode.FailedPrecondition, `cannot ${request} on ${beamline}: the run engine is ${state}${hint ? `; ${hint}` : ''}`);
  }
}

/** How an interrupted plan is ended: abort and halt fail the run, stop ends it successfully. */
export const Interruption = { Abort: 'abort', Stop: 'stop', Halt: 'halt' } as const;
export type Interruption = (typeof Interruption)[keyof typeof Interruption];

/** Thrown into the plan (generator.throw) so its cleanup (finalize, unstage) runs on abort or stop. */
export class RunInterrupted extends BrightlineError {
  constructor(readonly kind: Interruption, readonly reason: string) {
    super(ErrorCode.Aborted, `${kind === Interruption.Stop ? 'stopped' : 'aborted'}: ${reason}`);
  }
}
