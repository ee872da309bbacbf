/**
 * Where a simulated motor is at each instant of a move: a trapezoid that accelerates for ACCL
 * seconds to VELO, cruises and decelerates symmetrically, or a triangle when the move is too short
 * to reach VELO. Computed in closed form, so the position does not depend on the tick rate.
 */

export interface MoveProfile {
  readonly from: number;
  readonly to: number;
  readonly durationMs: number;
  /** Clamped to the end points outside 0..durationMs. */
  positionAt(elapsedMs: number): number;
}

/** `velo` in units/s (> 0), `accl` in seconds to reach velo (0 means instant). */
export function planMove(from: number, to: number, velo: number, accl: number): MoveProfile {
  const distance = Math.abs(to - from);
  const direction = Math.sign(to - from);
  const travelled = travelFunction(distance, velo, accl);
  return {
    from,
    to,
    durationMs: travelled.durationS * 1000,
    positionAt(elapsedMs) {
      if (elapsedMs <= 0) return from;
      if (elapsedMs >= travelled.durationS * 1000) return to;
      return from + direction * travelled.at(elapsedMs / 1000);
    },
  };
}

interface Travel {
  readonly durationS: number;
  /** Distance covered after t seconds, 0..distance. */
  readonly at: (t: number) => number;
}

function travelFunction(distance: number, velo: number, accl: number): Travel {
  if (distance === 0) return { durationS: 0, at: () => 0 };
  if (accl <= 0) return { durationS: distance / velo, at: (t) => velo * t };
  const acceleration = velo / accl;
  // a full trapezoid spends velo * accl / 2 accelerating and as much decelerating
  const rampTime = distance >= velo * accl ? accl : Math.sqrt(distance / acceleration);
  const peak = acceleration * rampTime;
  const cruiseTime = (distance - peak * rampTime) / velo;
  const durationS = 2 * rampTime + Math.max(0, cruiseTime);
  return {
    durationS,
    at(t) {
      if (t < rampTime) return 0.5 * acceleration * t * t;
      const remaining = durationS - t;
      if (remaining < rampTime) return distance - 0.5 * acceleration * remaining * remaining;
      return 0.5 * acceleration * rampTime * rampTime + peak * (t - rampTime);
    },
  };
}
