/**
 * How a bench script (or one of its child processes) runs its `main` and ends: exit 0 when it
 * resolves, its stack and exit 1 when it rejects. A driver also names a watchdog, which stops a
 * hung bench with exit 2, and the children it started, which both endings kill so none outlives it.
 */
import type { ChildProcess } from 'node:child_process';

/** Every child a bench starts, so the watchdog and a failure can stop exactly those. */
export class BenchChildren {
  readonly #children = new Set<ChildProcess>();

  track(child: ChildProcess): ChildProcess {
    this.#children.add(child);
    child.once('exit', () => this.#children.delete(child));
    return child;
  }

  killAll(): void {
    for (const child of this.#children) child.kill('SIGKILL');
  }
}

export interface RunBenchOptions {
  /** Past this the bench is stopped; the timer does not by itself keep the process alive. */
  readonly watchdogMs: number;
  readonly children: BenchChildren;
}

/** Runs `main` and exits with its outcome; `name` (`bench:ca`) is what the watchdog's message calls the bench. */
export function runBench(name: string, main: () => Promise<void>, options?: RunBenchOptions): void {
  if (options !== undefined) {
    const watchdog = setTimeout(() => {
      console.error(`${name} did not finish within ${options.watchdogMs / 1000} s; stopping`);
      options.children.killAll();
      process.exit(2);
    }, options.watchdogMs);
    watchdog.unref();
  }
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
      options?.children.killAll();
      process.exit(1);
    },
  );
}
