/**
 * Request/reply over one wildcard reply subscription of our own, instead of the NATS client's
 * request(): the client settles each request through an object that makes an Error (with its stack)
 * even when the reply came (RequestOne.cancel), about a tenth of the run engine's CPU over NATS. With
 * the router the run engine spends about 15 % less CPU per event of `count` and `scan`
 * (bench/README.md, the A/B under bench:run-engine). Replies go to `<inbox>.<id>.<token>`, under the
 * connection's own inbox prefix (the NATS permissions of each role allow exactly that prefix), and
 * are routed back by token.
 *
 * Failures come back as the client's own error classes, so callers map them as before: its
 * TimeoutError after `timeoutMs`, NoRespondersError for the server's 503 status, and the
 * PermissionViolationError the server sent for a publish on the subject (see `refusedPublish`).
 */
import {
  createInbox,
  NoRespondersError,
  RequestError,
  TimeoutError,
  type MsgHdrs,
  type Msg,
  type NatsConnection,
  type Subscription,
} from '@nats-io/transport-node';

export interface RoutedRequestOptions {
  readonly timeoutMs: number;
  readonly headers?: MsgHdrs | undefined;
}

interface PendingReply {
  readonly subject: string;
  readonly resolve: (msg: Msg) => void;
  readonly reject: (error: Error) => void;
  readonly timer: NodeJS.Timeout;
}

export class ReplyRouter {
  readonly #pending = new Map<string, PendingReply>();
  #subscription: Subscription | undefined;
  #prefix = '';
  #next = 0;

  constructor(
    private readonly nc: NatsConnection,
    private readonly inboxPrefix: string,
  ) {}

  request(subject: string, data: Uint8Array, options: RoutedRequestOptions): Promise<Msg> {
    this.#subscribe();
    const token = (this.#next++).toString(36);
    return new Promise<Msg>((resolve, reject) => {
      const timer = setTimeout(() => this.#settle(token, new TimeoutError()), options.timeoutMs);
      this.#pending.set(token, { subject, resolve, reject, timer });
      try {
        this.nc.publish(subject, data, { reply: `${this.#prefix}${token}`, ...(options.headers ? { headers: options.headers } : {}) });
      } catch (error) {
        this.#settle(token, error instanceof Error ? error : new RequestError(String(error)));
      }
    });
  }

  /**
   * The server refused a publish on `subject` (a permission violation, reported on the connection,
   * not to the request): the requests waiting on that subject fail with it.
   */
  refusedPublish(subject: string, error: Error): void {
    for (const [token, pending] of [...this.#pending]) if (pending.subject === subject) this.#settle(token, error);
  }

  /** Fails every request still waiting (the connection closed for good). */
  failAll(error: Error): void {
    for (const token of [...this.#pending.keys()]) this.#settle(token, error);
  }

  #subscribe(): void {
    if (this.#subscription && !this.#subscription.isClosed()) return;
    this.#prefix = `${createInbox(this.inboxPrefix)}.`;
    const prefixLength = this.#prefix.length;
    this.#subscription = this.nc.subscribe(`${this.#prefix}*`, {
      callback: (error, msg) => {
        // The server refused the subscription (the client closes it): the next request subscribes again.
        if (error) return this.failAll(error);
        const token = msg.subject.slice(prefixLength);
        const pending = this.#pending.get(token);
        if (!pending) return;
        if (isNoRespondersStatus(msg)) this.#settle(token, new NoRespondersError(pending.subject));
        else this.#settle(token, undefined, msg);
      },
    });
  }

  #settle(token: string, error: Error | undefined, msg?: Msg): void {
    const pending = this.#pending.get(token);
    if (!pending) return;
    this.#pending.delete(token);
    clearTimeout(pending.timer);
    if (error) pending.reject(error);
    else pending.resolve(msg as Msg);
  }
}

/** The server's 503 status in place of a reply: nobody serves the subject. */
export function isNoRespondersStatus(msg: Msg): boolean {
  return msg.data.length === 0 && msg.headers?.code === 503;
}
