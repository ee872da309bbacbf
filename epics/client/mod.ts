/** Channel Access client: async get/put, observable monitors, reconnection. */
export { CaClient, type GetOptions, type PutOptions, type MonitorOptions } from './client.js';
export { Channel, type ConnectionEvent, type ConnectionListener } from './channel.js';
export { CaMonitor, type MonitorListener, type MonitorErrorListener } from './monitor.js';
export { resolveConfig, parseDestination, type CaClientOptions, type CaClientConfig, type SearchDestination } from './config.js';
export { DbrClassName, encodePut, type CaValue, type PutValue } from './values.js';
export {
  CaClientError, ChannelNotFoundError, CaTimeoutError, CaStatusError, CaAccessDeniedError, ChannelDisconnectedError, ChannelCreateError,
  ClientClosedError, CaValueError, type CaErrorContext,
} from './errors.js';
