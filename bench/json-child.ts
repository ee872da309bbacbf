/**
 * A child process of bench/run-engine.ts that speaks one JSON object per line on stdout and ends
 * on `quit` on stdin (the protocol of bench/device-shared.ts; bench/device.ts has the same class
 * for its children, inside its driver).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface, type Interface } from 'node:readline';
import type { Readable } from 'node:stream';
import { parseJsonObject, type Json } from './device-shared.js';
import type { BenchChildren } from './run-bench.js';

const STEP_TIMEOUT_MS = 60_000;

export class JsonChild {
  readonly #lines: string[] = [];
  readonly #waiting: ((line: string | undefined) => void)[] = [];
  readonly #reader: Interface;
  #closed = false;

  private constructor(readonly child: ChildProcess, readonly what: string) {
    if (child.stdout === null) throw new Error(`${what} has no stdout`);
    // a child that died on its own closes its stdin: `quit` then fails with EPIPE, which is no news
    child.stdin?.on('error', () => undefined);
    this.#reader = createInterface({ input: child.stdout as Readable });
    this.#reader.on('line', (line) => {
      const waiter = this.#waiting.shift();
      if (waiter === undefined) this.#lines.push(line);
      else waiter(line);
    });
    this.#reader.on('close', () => {
      this.#closed = true;
      for (const waiter of this.#waiting.splice(0)) waiter(undefined);
    });
  }

  /** `node <nodeFlags> --import tsx <script> <args>`, its stderr passed through, tracked in `children`. */
  static start(children: BenchChildren, script: string, args: readonly string[], nodeFlags: readonly string[], what: string): JsonChild {
    const child = children.track(spawn(process.execPath, [...nodeFlags, '--import', 'tsx', script, ...args], { stdio: ['pipe', 'pipe', 'inherit'] }));
    return new JsonChild(child, what);
  }

  /** The next line that parses as a JSON object; other output is echoed. */
  async nextJson(timeoutMs = STEP_TIMEOUT_MS): Promise<Json> {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const line = await this.#next(deadline - performance.now());
      const parsed = parseJsonObject(line);
      if (parsed !== undefined) return parsed;
      console.error(`[${this.what}] ${line}`);
    }
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.stdin?.write('quit\n');
    await exited;
  }

  #next(timeoutMs: number): Promise<string> {
    const queued = this.#lines.shift();
    if (queued !== undefined) return Promise.resolve(queued);
    if (this.#closed) return Promise.reject(new Error(`${this.what} closed its output`));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${this.what} said nothing within ${Math.round(timeoutMs)} ms`)), Math.max(0, timeoutMs));
      this.#waiting.push((line) => {
        clearTimeout(timer);
        if (line === undefined) reject(new Error(`${this.what} closed its output`));
        else resolve(line);
      });
    });
  }
}
