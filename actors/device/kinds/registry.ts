/** Every device kind a beamline config may declare. A new kind is one module and one line here. */
import { areaDetectorKind } from './area-detector.js';
import { coarseFineKind } from './coarse-fine.js';
import { flyerKind } from './flyer.js';
import type { CommonDeviceConfig, DeviceKindModule } from './kind.js';
import { motorKind } from './motor.js';
import { pointDetectorKind } from './point-detector.js';
import { ringCurrentKind } from './ring-current.js';
import { scalerKind } from './scaler.js';
import { shutterKind } from './shutter.js';
import { signalDeviceKind } from './signal-device.js';
import { temperatureControllerKind } from './temperature-controller.js';
import { xyzStageKind } from './xyz-stage.js';

// Each module is typed by its own config; the registry only hands configs back to their module.
export const DEVICE_KINDS: readonly DeviceKindModule[] = [
  motorKind,
  pointDetectorKind,
  scalerKind,
  shutterKind,
  temperatureControllerKind,
  ringCurrentKind,
  signalDeviceKind,
  areaDetectorKind,
  flyerKind,
  xyzStageKind,
  coarseFineKind,
] as unknown as readonly DeviceKindModule<CommonDeviceConfig>[];

export function kindModule(kind: string): DeviceKindModule | undefined {
  return DEVICE_KINDS.find((k) => k.kind === kind);
}
