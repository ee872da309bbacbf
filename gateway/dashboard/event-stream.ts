/**
 * One page's server-sent-events stream (`GET /api/events`): a full view first, then what changed,
 * as soon as the broadcaster says so. A viewer that cannot keep up (the socket's buffer is full) is
 * skipped until it drains, then sent one message with everything it missed. A comment every 15 s
 * keeps proxies and the page's watchdog content; the caller's token is checked again every 2 s, as
 * the gRPC streams do, so a revoked token ends the stream.
 */
import type { ServerResponse } from 'node:http';
import type { Identity } from '../rpc.js';
import type { FacilityModel } from './facility-model.js';
import { ViewerState, viewSections } from './view-sections.js';
import type { AlarmView } from './view-model.js';

export const KEEP_ALIVE_MS = 15_000;
const RECHECK_MS = 2_000;

export interface EventStreamOptions {
  response: ServerResponse;
  model: FacilityModel;
  identity: Identity;
  /** The identity the caller's token names now; undefined once it is revoked. */
  reidentify(): Identity | undefined;
  canAck(identity: Identity, alarm: AlarmView): boolean;
  now(): number;
  onClose(): void;
}

export class EventStream {
  readonly #options: EventStreamOptions;
  readonly #state = new ViewerState();
  #identity: Identity;
  #waitingForDrain = false;
  #closed = false;
  readonly #keepAlive: NodeJS.Timeout;
  readonly #recheck: NodeJS.Timeout;

  constructor(options: EventStreamOptions) {
    this.#options = options;
    this.#identity = options.identity;
    const { response } = options;
    response.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    response.socket?.setNoDelay(true);
    response.on('drain', () => {
      this.#waitingForDrain = false;
      this.update();
    });
    response.on('close', () => this.close());
    this.#keepAlive = setInterval(() => this.#write(': keep-alive\n\n'), KEEP_ALIVE_MS);
    this.#recheck = setInterval(() => this.#checkCaller(), RECHECK_MS);
    // The browser waits for some bytes before it hands the response to fetch() on some setups.
    this.#write(`retry: 2000\n\n`);
    this.update();
  }

  /** Sends what changed since the last message, unless the viewer is still draining. */
  update(): void {
    if (this.#closed || this.#waitingForDrain) return;
    const { model } = this.#options;
    const sections = viewSections(model.view(), model.plots.values(), this.#identity, this.#options.canAck);
    const message = this.#state.next(sections, model.plots.values(), this.#options.now() / 1000);
    if (message) this.#write(`event: view\ndata: ${JSON.stringify(message)}\n\n`);
  }

  /** Ends the stream, telling the page why when there is a reason (it shows the token prompt for `refused`). */
  close(refusal?: string): void {
    if (this.#closed) return;
    if (refusal !== undefined) this.#write(`event: refused\ndata: ${JSON.stringify({ error: refusal })}\n\n`);
    this.#closed = true;
    clearInterval(this.#keepAlive);
    clearInterval(this.#recheck);
    this.#options.response.end();
    this.#options.onClose();
  }

  #checkCaller(): void {
    const current = this.#options.reidentify();
    if (current?.user !== this.#identity.user) {
      this.close('the token was revoked: ask the facility operator for a new one');
      return;
    }
    this.#identity = current;
    // Roles may have changed, and with them which alarms this viewer may acknowledge.
    this.update();
  }

  #write(chunk: string): void {
    if (this.#closed) return;
    if (!this.#options.response.write(chunk)) this.#waitingForDrain = true;
  }
}
