import { beacon, encodeMessage } from '../protocol/mod.js';

export interface BeaconEmitterOptions {
  /** Hands one encoded beacon to the network; failures are the sender's to report. */
  send: (bytes: Uint8Array) => void;
  tcpPort: number;
  /** Our IPv4 address as a uint32, or 0 to let the repeater fill in where the beacon came from. */
  serverIp: number;
  maxIntervalMs: number;
  firstIntervalMs?: number;
  /** Schedules `callback` after `ms` and returns its cancel; injected so tests need no real time. */
  schedule?: (callback: () => void, ms: number) => () => void;
}

const DEFAULT_FIRST_INTERVAL_MS = 20;

/**
 * CA_PROTO_RSRV_IS_UP beacons. Clients take a beacon from a server they had given up on as the cue
 * to search again, so a fresh server announces itself quickly: the interval starts short and
 * doubles up to the steady period, as RSRV does.
 */
export class BeaconEmitter {
  readonly #options: BeaconEmitterOptions;
  readonly #schedule: (callback: () => void, ms: number) => () => void;
  #cancel: (() => void) | undefined;
  #beaconId = 0;
  #intervalMs: number;

  constructor(options: BeaconEmitterOptions) {
    this.#options = options;
    this.#intervalMs = Math.min(options.firstIntervalMs ?? DEFAULT_FIRST_INTERVAL_MS, options.maxIntervalMs);
    this.#schedule = options.schedule ?? scheduleUnref;
  }

  /** Beacons sent so far; the id of the next one. */
  get sent(): number {
    return this.#beaconId;
  }

  start(): void {
    if (this.#cancel !== undefined) return;
    this.#emit();
  }

  stop(): void {
    this.#cancel?.();
    this.#cancel = undefined;
  }

  #emit(): void {
    const { tcpPort, serverIp } = this.#options;
    this.#options.send(encodeMessage(beacon(tcpPort, this.#beaconId, serverIp)));
    this.#beaconId = (this.#beaconId + 1) >>> 0;
    this.#cancel = this.#schedule(() => this.#emit(), this.#intervalMs);
    this.#intervalMs = Math.min(this.#intervalMs * 2, this.#options.maxIntervalMs);
  }
}

function scheduleUnref(callback: () => void, ms: number): () => void {
  const timer = setTimeout(callback, ms);
  // beacons alone should not keep a process alive whose sockets are closed
  timer.unref();
  return () => clearTimeout(timer);
}
