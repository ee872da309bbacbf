/**
 * Waits a kind's operation makes that end when the operation is aborted (stop, timeout): each
 * rejects with `stopped()` (the abort reason unless a kind names its own error) and leaves no
 * timer, monitor listener or abort listener behind, whichever way it ends.
 */
import type { SignalBackend, SignalReading, SignalValue } from '../signals/signal-backend.js';

/** The abort's own reason, as the device machine gives it. */
const reasonOf = (abort: AbortSignal) => (): Error => abort.reason as Error;

/** Resolves after `ms`. */
export function delay(ms: number, abort: AbortSignal, stopped = reasonOf(abort)): Promise<void> {
  // A zero exposure must not cost a timer turn (at least 1 ms in node): bench/run-engine.ts.
  if (ms <= 0) return abort.aborted ? Promise.reject(stopped()) : Promise.resolve();
  return abortable<void>(abort, stopped, (resolve) => {
    const timer = setTimeout(resolve, ms);
    return () => clearTimeout(timer);
  });
}

/** Settles as `promise` does, unless the abort comes first. */
export function unlessAborted<T>(promise: Promise<T>, abort: AbortSignal, stopped = reasonOf(abort)): Promise<T> {
  return abortable<T>(abort, stopped, (resolve, reject) => {
    promise.then(resolve, reject);
    return () => undefined;
  });
}

/** Resolves once `signal`'s value satisfies `done`, checked on its cached value first. */
export function until(signal: SignalBackend, done: (reading: SignalReading) => boolean, abort: AbortSignal, stopped = reasonOf(abort)): Promise<void> {
  if (abort.aborted) return Promise.reject(stopped());
  const latest = signal.latest();
  if (latest && done(latest)) return Promise.resolve();
  return abortable<void>(abort, stopped, (resolve) =>
    signal.subscribe((reading) => {
      if (done(reading)) resolve();
    }),
  );
}

/**
 * Resolves once `inBand` has held for `settleMs` without a break: entering the band (the cached
 * value counts) starts the timer, a value outside it cancels the timer.
 */
export function settle(
  readback: SignalBackend,
  inBand: (value: number) => boolean,
  settleMs: number,
  abort: AbortSignal,
  stopped = reasonOf(abort),
): Promise<void> {
  return abortable<void>(abort, stopped, (resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = (value: SignalValue | undefined): void => {
      if (typeof value === 'number' && inBand(value)) {
        timer ??= setTimeout(resolve, settleMs);
      } else if (timer !== undefined) {
        clearTimeout(timer);
        timer = undefined;
      }
    };
    const unsubscribe = readback.subscribe((reading) => check(reading.value));
    check(readback.latest()?.value);
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  });
}

/**
 * The frame of every wait: rejects at once when already aborted; otherwise `start` begins the wait
 * and returns its clean-up, which runs (with the abort listener's removal) once the wait ends.
 */
function abortable<T>(
  abort: AbortSignal,
  stopped: () => Error,
  start: (resolve: (value: T) => void, reject: (error: unknown) => void) => () => void,
): Promise<T> {
  if (abort.aborted) return Promise.reject(stopped());
  return new Promise<T>((resolve, reject) => {
    let ended = false;
    // set once `start` returns; a wait that ends while starting is cleaned up right after
    let cleanUp: (() => void) | undefined = undefined;
    const end = (settle: () => void): void => {
      if (ended) return;
      ended = true;
      cleanUp?.();
      abort.removeEventListener('abort', onAbort);
      settle();
    };
    const onAbort = (): void => end(() => reject(stopped()));
    abort.addEventListener('abort', onAbort, { once: true });
    cleanUp = start(
      (value) => end(() => resolve(value)),
      (error) => end(() => reject(error)),
    );
    if (ended) cleanUp();
  });
}
