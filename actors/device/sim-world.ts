/**
 * The simulated physical world of one device host: where the sim motors are, and what a sim
 * detector sees there. Motors register a position source; detectors only read.
 */

/** A read-only view, which is all a detector machine gets. */
export interface WorldView {
  /** Undefined when no motor of that name is in this world. */
  position(motor: string): number | undefined;
}

export class SimWorld implements WorldView {
  private readonly motors = new Map<string, () => number>();

  /** The motor's actor stays the one source of truth: the world asks it on every read. */
  addMotor(name: string, position: () => number): void {
    this.motors.set(name, position);
  }

  position(motor: string): number | undefined {
    return this.motors.get(motor)?.();
  }
}

export interface PeakShape {
  readonly center: number;
  readonly width: number;
  readonly amplitude: number;
  readonly background: number;
  readonly noise: number;
}

/**
 * background + amplitude * exp(-(x - center)^2 / (2 width^2)) * (1 + noise * n), with n a standard
 * normal sample, so noise grows with the signal as counting noise does.
 */
export function peakSignal(x: number, shape: PeakShape, normalSample: number): number {
  const offset = x - shape.center;
  const peak = shape.amplitude * Math.exp(-(offset * offset) / (2 * shape.width * shape.width));
  return shape.background + peak * (1 + shape.noise * normalSample);
}

/** Where a move from `from` to `to` at `velocity` (units/s) is after `elapsedMs`; exactly `to` on arrival. */
export function travel(from: number, to: number, velocity: number, elapsedMs: number): number {
  const distance = Math.abs(to - from);
  const covered = (velocity * elapsedMs) / 1000;
  // Tolerance for float sums: a move of 40 ticks must not need a 41st to land.
  if (covered >= distance - 1e-9 * Math.max(1, distance)) return to;
  return from + Math.sign(to - from) * covered;
}

/** How long a move takes, in seconds. */
export function moveDurationS(from: number, to: number, velocity: number): number {
  return Math.abs(to - from) / velocity;
}
