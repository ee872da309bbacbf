/** The public API of device actors: config validation, the device host, the simulated devices. */
export { parseDeviceConfigs, DeviceKind } from './config.js';
export type { DeviceConfig, SimMotorConfig, SimDetectorConfig, Limits } from './config.js';
export { startDeviceHost } from './device-host.js';
export type { DeviceHost, DeviceHostOptions } from './device-host.js';
export { DeviceState } from './device-protocol.js';
export type { DeviceEvent, StatusEvent, Reading } from './device-protocol.js';
export { seededRandom, gaussian } from './random.js';
export type { RandomSource } from './random.js';
export { SimWorld, peakSignal } from './sim-world.js';
export { simMotorMachine } from './sim-motor.machine.js';
export { simDetectorMachine } from './sim-detector.machine.js';
export {
  DeviceConfigError,
  SetpointOutOfRangeError,
  DeviceBusyError,
  DeviceNotReadyError,
  DeviceFaultError,
  OperationStoppedError,
  OperationFaultedError,
  UnsupportedVerbError,
  DeviceHostStoppingError,
} from './errors.js';
