/**
 * Listens for server beacons so a restarted IOC is found in milliseconds rather than after the
 * next search back-off. Best effort: we share the repeater port (reuseAddr) instead of running a
 * repeater, and if the port cannot be had we rely on timed re-searches alone.
 */
import { createSocket, type Socket } from 'node:dgram';
import type { Logger } from '../../lib/log.js';
import { Command, decodeDatagram, parseBeacon } from '../protocol/mod.js';
import { serverKey, type ServerAddress } from './search.js';

export class BeaconListener {
  readonly #socket: Socket;

  constructor(port: number, onBeacon: (server: ServerAddress) => void, logger: Logger) {
    this.#socket = createSocket({ type: 'udp4', reuseAddr: true });
    this.#socket.on('error', (error) => {
      logger.info(`not listening for ca beacons on port ${port}: ${error.message}`);
      this.close();
    });
    this.#socket.on('message', (datagram, remote) => {
      let messages;
      try {
        messages = decodeDatagram(datagram);
      } catch {
        return; // not ours to judge: other traffic may share this port
      }
      for (const message of messages) {
        if (message.command !== Command.Beacon) continue;
        const beacon = parseBeacon(message);
        onBeacon({ host: beacon.serverIp ?? remote.address, port: beacon.port });
      }
    });
    this.#socket.bind(port);
    this.#socket.unref();
  }

  close(): void {
    try {
      this.#socket.close();
    } catch {
      // already closed after a bind error
    }
  }
}

/** Turns a beacon stream into "a server we are not connected to just spoke", at most once a second each. */
export function beaconFilter(isConnected: (key: string) => boolean, onNewServer: () => void): (server: ServerAddress) => void {
  const lastReaction = new Map<string, number>();
  return (server) => {
    const key = serverKey(server);
    if (isConnected(key)) return;
    const now = Date.now();
    if (now - (lastReaction.get(key) ?? 0) < 1000) return;
    lastReaction.set(key, now);
    onNewServer();
  }
}
