/**
 * Where a device host's signals come from. `ca` (the default) reaches the beamline's IOCs over
 * Channel Access: EPICS_CA_ADDR_LIST when set, else the simulated IOCs of the facility config.
 * `sim` serves the same PVs from an in-process copy of the beamline's simulated IOC, so a host
 * runs without any IOC process (tests, demos, a laptop on a train).
 */
import { join, resolve } from 'node:path';
import type { FacilityConfig, BeamlineConfig } from '../deploy/facility-config.js';
import { iocAddressList } from '../deploy/facility-config.js';
import { InvalidArgumentError } from '../lib/errors.js';
import type { Logger } from '../lib/log.js';
import type { SignalResolver } from '../actors/device/mod.js';

export const SignalMode = { Ca: 'ca', Sim: 'sim' } as const;
export type SignalMode = (typeof SignalMode)[keyof typeof SignalMode];

export function parseSignalMode(flag: string | undefined): SignalMode {
  const mode = flag ?? SignalMode.Ca;
  if (mode !== SignalMode.Ca && mode !== SignalMode.Sim) throw new InvalidArgumentError(`--signals must be 'ca' or 'sim', got '${mode}'`);
  return mode;
}

export interface BeamlineSignals {
  readonly signals: SignalResolver;
  close(): Promise<void>;
}

export async function beamlineSignals(config: FacilityConfig, beamline: BeamlineConfig, mode: SignalMode, logger: Logger): Promise<BeamlineSignals> {
  const { createSignalResolver } = await import('../actors/device/signals/create-resolver.js');
  if (mode === SignalMode.Sim) {
    if (!beamline.ioc) throw new InvalidArgumentError(`--signals sim: beamline ${beamline.id} declares no simulated 'ioc:' in ${config.source}`);
    const { createDatabase } = await import('../epics/server/records/mod.js');
    const database = createDatabase(beamline.ioc.prefix, beamline.ioc.records);
    const sim = createSignalResolver({ sim: database, logger });
    // The config names ca:// PVs; in this mode the same names are read from the in-process IOC.
    const signals: SignalResolver = { resolve: (uri) => sim.resolve(uri.startsWith('ca://') ? `sim://${uri.slice('ca://'.length)}` : uri) };
    return { signals, close: async () => database.close() };
  }
  const { CaClient } = await import('../epics/client/mod.js');
  let client: InstanceType<typeof CaClient> | undefined;
  const addrList = process.env['EPICS_CA_ADDR_LIST'] ? undefined : iocAddressList(config);
  const signals = createSignalResolver({
    ca: () => (client ??= new CaClient(addrList ? { addrList, autoAddrList: false, logger } : { logger })),
    logger,
  });
  return { signals, close: async () => client?.close() };
}

/** Files written by detectors: --data-dir, else BRIGHTLINE_DATA_DIR, else ./data; one folder per beamline. */
export function dataDirFor(flag: string | undefined, beamline: string): string {
  return join(resolve(flag ?? process.env['BRIGHTLINE_DATA_DIR'] ?? 'data'), beamline);
}
