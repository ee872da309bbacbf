import { createServer, type Server, type Socket } from 'node:net';
import { isIPv4 } from 'node:net';
import { describeError } from '../../lib/errors.js';
import { silentLogger, type Logger } from '../../lib/log.js';
import { DEFAULT_REPEATER_PORT, DEFAULT_SERVER_PORT, ipv4ToUint32 } from '../protocol/mod.js';
import { BeaconEmitter } from './beacon-emitter.js';
import { CaServerStartError } from './errors.js';
import type { PvSource } from './pv-source.js';
import { SearchListener } from './search-listener.js';
import { VirtualCircuit, type CircuitLimits } from './virtual-circuit.js';

export interface CaServerOptions {
  source: PvSource;
  /** Address of both sockets; default 127.0.0.1. Use 0.0.0.0 to receive broadcast searches. */
  host?: string;
  /** TCP port; default 5064, or an ephemeral one when 5064 is taken (as RSRV does); 0 = ephemeral. */
  tcpPort?: number;
  /** UDP search port; default 5064; 0 = ephemeral. */
  udpPort?: number;
  /** Where beacons go on 127.0.0.1 (the CA repeater); default 5065. */
  beaconPort?: number;
  /** The steady beacon period; default 15 s. */
  beaconIntervalMs?: number;
  logger?: Logger;
  /** Most simultaneous circuits; further connections are closed at once. Default 1024. */
  maxClients?: number;
  limits?: Partial<CircuitLimits>;
}

export interface CaServerPorts {
  tcpPort: number;
  udpPort: number;
}

const defaultLimits: CircuitLimits = {
  // large enough for a 500k-element DOUBLE waveform write; a header announcing more closes the circuit
  maxPayloadBytes: 4 * 1024 * 1024,
  maxChannels: 100_000,
  maxSubscriptions: 100_000,
};
const DEFAULT_BEACON_INTERVAL_MS = 15_000;
const DEFAULT_MAX_CLIENTS = 1024;

/**
 * A Channel Access server for the PVs of a PvSource: UDP name resolution, beacons, and one
 * virtual circuit per TCP client. One client's bad bytes close that client's circuit only.
 */
export class CaServer {
  readonly #options: CaServerOptions;
  readonly #logger: Logger;
  readonly #circuits = new Set<VirtualCircuit>();
  #tcp: Server | undefined;
  #udp: SearchListener | undefined;
  #beacons: BeaconEmitter | undefined;
  #ports: CaServerPorts | undefined;

  constructor(options: CaServerOptions) {
    this.#options = options;
    this.#logger = options.logger ?? silentLogger;
  }

  get clientCount(): number {
    return this.#circuits.size;
  }

  get ports(): CaServerPorts | undefined {
    return this.#ports;
  }

  async start(): Promise<CaServerPorts> {
    if (this.#ports !== undefined) return this.#ports;
    const host = this.#options.host ?? '127.0.0.1';
    try {
      const tcpPort = await this.#listenTcp(host);
      const udp = new SearchListener({ host, port: this.#options.udpPort ?? DEFAULT_SERVER_PORT, tcpPort, source: this.#options.source, logger: this.#logger });
      this.#udp = udp;
      const udpPort = await udp.bind().catch((error: unknown) => {
        throw new CaServerStartError(`udp ${host}:${this.#options.udpPort ?? DEFAULT_SERVER_PORT}`, { cause: error });
      });
      this.#startBeacons(udp, host, tcpPort);
      this.#ports = { tcpPort, udpPort };
      this.#logger.info(`channel access server on ${host}: tcp ${tcpPort}, udp ${udpPort}`);
      return this.#ports;
    } catch (error) {
      await this.stop();
      throw error;
    }
  }

  async stop(): Promise<void> {
    this.#beacons?.stop();
    this.#beacons = undefined;
    const udp = this.#udp;
    this.#udp = undefined;
    const tcp = this.#tcp;
    this.#tcp = undefined;
    this.#ports = undefined;
    for (const circuit of [...this.#circuits]) circuit.close();
    await Promise.all([udp?.close(), tcp === undefined ? undefined : closeServer(tcp)]);
  }

  async #listenTcp(host: string): Promise<number> {
    const server = createServer((socket) => this.#accept(socket));
    server.on('error', (error) => this.#logger.warn(`tcp server: ${error.message}`));
    this.#tcp = server;
    const wanted = this.#options.tcpPort;
    try {
      return await listen(server, host, wanted ?? DEFAULT_SERVER_PORT);
    } catch (error) {
      if (wanted === undefined && isAddressInUse(error)) return listen(server, host, 0);
      throw new CaServerStartError(`tcp ${host}:${wanted ?? DEFAULT_SERVER_PORT}`, { cause: error });
    }
  }

  #startBeacons(udp: SearchListener, host: string, tcpPort: number): void {
    const beaconPort = this.#options.beaconPort ?? DEFAULT_REPEATER_PORT;
    const specific = isIPv4(host) && host !== '0.0.0.0';
    this.#beacons = new BeaconEmitter({
      send: (bytes) => udp.send(bytes, beaconPort, '127.0.0.1'),
      tcpPort,
      serverIp: specific ? ipv4ToUint32(host) : 0,
      maxIntervalMs: this.#options.beaconIntervalMs ?? DEFAULT_BEACON_INTERVAL_MS,
    });
    this.#beacons.start();
  }

  #accept(socket: Socket): void {
    const maxClients = this.#options.maxClients ?? DEFAULT_MAX_CLIENTS;
    if (this.#circuits.size >= maxClients) {
      this.#logger.warn(`refused circuit from ${socket.remoteAddress ?? '?'}: ${maxClients} clients already`);
      socket.destroy();
      return;
    }
    try {
      const circuit = new VirtualCircuit(socket, {
        source: this.#options.source,
        logger: this.#logger,
        limits: { ...defaultLimits, ...this.#options.limits },
        onClose: (closed) => this.#circuits.delete(closed),
      });
      this.#circuits.add(circuit);
    } catch (error) {
      this.#logger.warn(`could not open circuit from ${socket.remoteAddress ?? '?'}: ${describeError(error)}`);
      socket.destroy();
    }
  }
}

function listen(server: Server, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const fail = (error: Error): void => reject(error);
    server.once('error', fail);
    server.listen({ port, host }, () => {
      server.off('error', fail);
      const address = server.address();
      resolve(typeof address === 'object' && address !== null ? address.port : port);
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) {
      resolve();
      return;
    }
    server.close(() => resolve());
  });
}

function isAddressInUse(error: unknown): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
}
