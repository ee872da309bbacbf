/**
 * Requests awaiting an answer (ReadNotify, WriteNotify), keyed by IOID. Every request ends exactly
 * once: with the server's answer, a CA_PROTO_ERROR, its timeout, or the loss of its circuit.
 */
import type { CaMessage, CaMessageInit } from '../protocol/mod.js';
import type { Circuit } from './circuit.js';
import { CaTimeoutError, type CaErrorContext } from './errors.js';

interface Pending {
  circuit: Circuit;
  operation: string;
  context: CaErrorContext;
  resolve: (message: CaMessage) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

export class PendingRequests {
  readonly #pending = new Map<number, Pending>();
  #nextIoid = 1;

  /** Sends what `build` makes with a fresh IOID and waits for the answer. */
  start(circuit: Circuit, operation: string, context: CaErrorContext, timeoutMs: number, build: (ioid: number) => CaMessageInit): Promise<CaMessage> {
    const ioid = this.#allocate();
    return new Promise<CaMessage>((resolve, reject) => {
      const timer = setTimeout(() => this.fail(ioid, new CaTimeoutError(operation, context, timeoutMs)), timeoutMs);
      this.#pending.set(ioid, { circuit, operation, context, resolve, reject, timer });
      circuit.send(build(ioid));
    });
  }

  /** An IOID for a request nobody waits on (plain WRITE), so errors about it can still be logged. */
  allocate(): number {
    return this.#allocate();
  }

  /** The answer arrived; false when nobody waits for it any more (timed out, late). */
  settle(ioid: number, message: CaMessage): boolean {
    const pending = this.#take(ioid);
    pending?.resolve(message);
    return pending !== undefined;
  }

  describe(ioid: number): { operation: string; context: CaErrorContext } | undefined {
    return this.#pending.get(ioid);
  }

  fail(ioid: number, error: Error): void {
    this.#take(ioid)?.reject(error);
  }

  failCircuit(circuit: Circuit, makeError: (operation: string, context: CaErrorContext) => Error): void {
    for (const [ioid, pending] of this.#pending) {
      if (pending.circuit === circuit) this.fail(ioid, makeError(pending.operation, pending.context));
    }
  }

  failAll(makeError: (operation: string, context: CaErrorContext) => Error): void {
    for (const [ioid, pending] of this.#pending) this.fail(ioid, makeError(pending.operation, pending.context));
  }

  #take(ioid: number): Pending | undefined {
    const pending = this.#pending.get(ioid);
    if (pending === undefined) return undefined;
    this.#pending.delete(ioid);
    clearTimeout(pending.timer);
    return pending;
  }

  #allocate(): number {
    const ioid = this.#nextIoid;
    this.#nextIoid = this.#nextIoid >= 0xfffffffe ? 1 : this.#nextIoid + 1;
    return ioid;
  }
}
