/**
 * A named channel as the client sees it. It outlives circuits: when its server goes away it turns
 * disconnected, the client searches for it again, and the same object reconnects.
 */
import { AccessRight } from '../protocol/mod.js';
import type { Circuit } from './circuit.js';

export interface ConnectionEvent {
  connected: boolean;
  /** The server, `host:port`, it is (or was last) connected to. */
  server: string | undefined;
  /** Why it disconnected; absent on connect. */
  reason?: string;
}

export type ConnectionListener = (event: ConnectionEvent) => void;

/** The part of a connected channel that the wire needs. */
export interface ChannelLink {
  circuit: Circuit;
  sid: number;
}

export class Channel {
  #nativeType = -1;
  #count = 0;
  #accessRights = 0;
  #link: ChannelLink | undefined;
  #server: string | undefined;
  readonly #listeners = new Set<ConnectionListener>();

  /** @internal channels are made by CaClient.channel(). */
  constructor(readonly name: string, readonly cid: number) {}

  /** The DBR native type code (NativeType), -1 before the first connection. */
  get nativeType(): number {
    return this.#nativeType;
  }

  get count(): number {
    return this.#count;
  }

  /** AccessRight bits, as last reported by the server. */
  get accessRights(): number {
    return this.#accessRights;
  }

  get canRead(): boolean {
    return (this.#accessRights & AccessRight.Read) !== 0;
  }

  get canWrite(): boolean {
    return (this.#accessRights & AccessRight.Write) !== 0;
  }

  get connected(): boolean {
    return this.#link !== undefined;
  }

  get server(): string | undefined {
    return this.#server;
  }

  /** @internal */
  get link(): ChannelLink | undefined {
    return this.#link;
  }

  /** Subscribes to connect / disconnect; returns the unsubscribe. */
  on(event: 'connection', listener: ConnectionListener): () => void {
    if (event !== 'connection') throw new TypeError(`unknown channel event '${String(event)}'`);
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** @internal the server created the channel on `circuit`. */
  attach(circuit: Circuit, sid: number, nativeType: number, count: number): void {
    this.#link = { circuit, sid };
    this.#server = circuit.key;
    this.#nativeType = nativeType;
    this.#count = count;
    this.#emit({ connected: true, server: this.#server });
  }

  /** @internal */
  setAccessRights(rights: number): void {
    this.#accessRights = rights;
  }

  /** @internal the circuit went away, or the server dropped the channel. */
  detach(reason: string): void {
    if (this.#link === undefined) return;
    this.#link = undefined;
    this.#accessRights = 0;
    this.#emit({ connected: false, server: this.#server, reason });
  }

  #emit(event: ConnectionEvent): void {
    for (const listener of [...this.#listeners]) listener(event);
  }
}
