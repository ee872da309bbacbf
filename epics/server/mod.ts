/** The Channel Access server: serves the PVs of a PvSource to any CA client. */
export { CaServer, type CaServerOptions, type CaServerPorts } from './ca-server.js';
export type { CircuitLimits } from './virtual-circuit.js';
export { CaRequestError, CaServerStartError } from './errors.js';
export type { PvLimits, PvNativeType, PvSnapshot, PvSource, ServedPv } from './pv-source.js';
