/**
 * A simulated IOC for tests: the project's record database served by its CA server on loopback,
 * on ports the test can reuse to "restart" the IOC after killing it.
 */
import { CaServer } from '../../epics/server/mod.js';
import { createDatabase, type RecordDatabase } from '../../epics/server/records/mod.js';
import { freeUdpPort } from '../../lib/free-port.js';

export interface SimIoc {
  readonly database: RecordDatabase;
  readonly udpPort: number;
  readonly tcpPort: number;
  /** For EPICS_CA_ADDR_LIST / CaClient `addrList`. */
  readonly address: string;
  /** Kills the IOC: every circuit drops, as when the process dies. */
  stop(): Promise<void>;
}

export interface SimIocOptions {
  readonly udpPort?: number;
  readonly tcpPort?: number;
}

export async function startSimIoc(prefix: string, records: readonly unknown[], options: SimIocOptions = {}): Promise<SimIoc> {
  const database = createDatabase(prefix, records);
  const server = new CaServer({
    source: database,
    host: '127.0.0.1',
    tcpPort: options.tcpPort ?? 0,
    udpPort: options.udpPort ?? (await freeUdpPort()),
    beaconPort: await freeUdpPort(),
    beaconIntervalMs: 1000,
  });
  const ports = await server.start();
  return {
    database,
    ...ports,
    address: `127.0.0.1:${ports.udpPort}`,
    stop: async () => {
      await server.stop();
      database.close();
    },
  };
}
