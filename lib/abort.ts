/**
 * Joining abort signals without AbortSignal.any, which on Node 20 costs tens of µs a call: a share
 * of every device command (bench/README.md, bench:run-engine and bench:gateway).
 */

/** Aborts `target` with the reason of the first of `sources` to abort (at once if one has); the returned function stops listening. */
export function forwardAbort(target: AbortController, ...sources: ReadonlyArray<AbortSignal | undefined>): () => void {
  const present = sources.filter((signal): signal is AbortSignal => signal !== undefined);
  const forward = (event: Event): void => target.abort((event.target as AbortSignal).reason);
  const release = (): void => {
    for (const signal of present) signal.removeEventListener('abort', forward);
  };
  const aborted = present.find((signal) => signal.aborted);
  if (aborted) target.abort(aborted.reason);
  else for (const signal of present) signal.addEventListener('abort', forward, { once: true });
  return release;
}

/** A signal that aborts with the first of `signals` to abort; `release` when done with it. */
export function firstAbortOf(...signals: AbortSignal[]): { signal: AbortSignal; release(): void } {
  const controller = new AbortController();
  return { signal: controller.signal, release: forwardAbort(controller, ...signals) };
}
