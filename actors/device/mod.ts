/** The public API of device actors: config validation, the device host, signal backends, kinds. */
export { parseDeviceConfigs } from './config.js';
export type { DeviceConfig, Limits } from './config.js';
export { startDeviceHost } from './device-host.js';
export type { DeviceHost, DeviceHostOptions } from './device-host.js';
export { createDeviceHandle } from './device-handle.js';
export type { DeviceHandle, DeviceHandleOptions, ProgressUpdate, ActorClock } from './device-handle.js';
export { deviceMachine } from './device.machine.js';
export { DeviceState } from './device-protocol.js';
export type { DeviceEvent, StatusEvent, OperationRequest } from './device-protocol.js';
export { Operation } from './device-behaviour.js';
export type { DeviceBehaviour, DataKeyInfo, Reading, AssetDocument, Progress, OperationContext, CollectedEvent, Location } from './device-behaviour.js';
export { DEVICE_KINDS, kindModule } from './kinds/registry.js';
export type { DeviceKindModule, KindEnvironment, DeviceRef, CommonDeviceConfig } from './kinds/kind.js';
export { seededRandom, gaussian } from './random.js';
export type { RandomSource } from './random.js';
export { MockSignalBackend, MockSignalRegistry } from './signals/mock-backend.js';
export type { SignalBackend, SignalReading, SignalMeta, SignalValue } from './signals/signal-backend.js';
export type { SignalResolver } from './signals/resolver.js';
export {
  DeviceConfigError,
  SetpointOutOfRangeError,
  DeviceBusyError,
  DeviceNotReadyError,
  DeviceFaultError,
  DeviceConnectError,
  OperationStoppedError,
  OperationFaultedError,
  UnsupportedVerbError,
  UnknownDeviceError,
  InvalidSetValueError,
  DeviceHostStoppingError,
} from './errors.js';
