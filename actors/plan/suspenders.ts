/**
 * Suspenders (Bluesky's): conditions that pause a running plan by themselves and resume it when
 * they clear — the ring current below a floor, a device the plan needs in fault. Each may close a
 * shutter on the way down and open it on the way back up. This module only decides; the run
 * engine host feeds it readings and health, and turns its verdicts into SUSPEND and
 * SUSPENSION_CLEARED events.
 */
import { InvalidArgumentError } from '../../lib/errors.js';
import { isSubjectToken } from '../../lib/ids.js';
import type { PlainValue } from '../../lib/values.js';
import type { Plan } from './msg.js';
import type { Suspension } from './plan-interpreter.js';
import { mv } from './plan-stubs.js';

export const SuspenderKind = {
  /** A reading below `below` trips it; it clears above `resume_above` (hysteresis). */
  Below: 'below',
  /** The device in fault or disconnected trips it; ready again clears it. */
  DeviceFault: 'device-fault',
} as const;
export type SuspenderKind = (typeof SuspenderKind)[keyof typeof SuspenderKind];

export interface SuspenderConfig {
  readonly kind: SuspenderKind;
  readonly device: string;
  /** The reading key to watch; the device's own name by default. */
  readonly key: string;
  readonly below: number;
  readonly resumeAbove: number;
  /** How long the condition must stay clear before the plan resumes. */
  readonly resumeDelayS: number;
  readonly before: ReadonlyArray<readonly [string, PlainValue]>;
  readonly after: ReadonlyArray<readonly [string, PlainValue]>;
}

/** What the host gives the suspenders: a timer it can cancel, so tests drive time. */
export interface SuspenderTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface SuspenderListener {
  trip(suspension: Suspension): void;
  /** Every suspender is clear and has stayed clear for its resume delay. */
  clear(): void;
}

export class Suspenders {
  readonly #tripped = new Map<SuspenderConfig, string>();
  /** Every suspender that tripped in the current (or last) suspension: each one's `after` runs on resume. */
  readonly #episode = new Set<SuspenderConfig>();
  #resumeTimer: unknown;
  /** From the first trip until the all-clear has been told (its resume delay included). */
  #suspended = false;

  constructor(
    readonly configs: readonly SuspenderConfig[],
    private readonly listener: SuspenderListener,
    private readonly timers: SuspenderTimers = { setTimeout: (cb, ms) => setTimeout(cb, ms), clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout) },
  ) {}

  /** Devices whose readings or health the host must feed in. */
  get devices(): string[] {
    return [...new Set(this.configs.map((c) => c.device))];
  }

  /** Why the plan may not run now, if a suspender is tripped. */
  get suspension(): Suspension | undefined {
    const [first] = this.#tripped;
    return first ? this.#suspensionOf(first[0], first[1]) : undefined;
  }

  onReading(device: string, readings: Readonly<Record<string, { value: PlainValue }>>): void {
    for (const config of this.configs) {
      if (config.kind !== SuspenderKind.Below || config.device !== device) continue;
      const value = readings[config.key]?.value;
      if (typeof value !== 'number') continue;
      if (value < config.below) this.#trip(config, `${config.key} is ${value}, below ${config.below}`);
      else if (value >= config.resumeAbove) this.#clear(config);
    }
  }

  onHealth(device: string, state: string, reason: string): void {
    for (const config of this.configs) {
      if (config.kind !== SuspenderKind.DeviceFault || config.device !== device) continue;
      if (state === 'fault' || state === 'disconnected') this.#trip(config, `${device} is ${state}${reason ? ` (${reason})` : ''}`);
      else if (state === 'idle' || state === 'busy' || state === 'staged') this.#clear(config);
    }
  }

  close(): void {
    if (this.#resumeTimer !== undefined) this.timers.clearTimeout(this.#resumeTimer);
    this.#resumeTimer = undefined;
  }

  #trip(config: SuspenderConfig, why: string): void {
    if (!this.#suspended) this.#episode.clear();
    this.#tripped.set(config, why);
    this.#episode.add(config);
    this.close();
    if (this.#suspended) return;
    this.#suspended = true;
    this.listener.trip(this.#suspensionOf(config, why));
  }

  #clear(config: SuspenderConfig): void {
    if (!this.#tripped.delete(config) || this.#tripped.size > 0) return;
    const delayMs = Math.max(...this.configs.map((c) => c.resumeDelayS)) * 1000;
    this.#resumeTimer = this.timers.setTimeout(() => {
      this.#resumeTimer = undefined;
      if (this.#tripped.size > 0) return;
      this.#suspended = false;
      this.listener.clear();
    }, delayMs);
  }

  #suspensionOf(config: SuspenderConfig, why: string): Suspension {
    // Only while tripped: the shutter closes for the suspension that started it.
    const before = config.before.length > 0 ? (): Plan => mv(config.before, 'suspend') : undefined;
    const after = this.configs.some((c) => c.after.length > 0) ? (): Plan => mv([...this.#episode].flatMap((c) => c.after), 'resume') : undefined;
    return { reason: `suspended: ${why}`, ...(before ? { before } : {}), ...(after ? { after } : {}) };
  }
}

/** Reads the `suspenders` list of a beamline's config, listing every problem. */
export function parseSuspenders(raw: unknown, beamline: string): SuspenderConfig[] {
  if (raw === undefined) return [];
  const path = `${beamline}.suspenders`;
  if (!Array.isArray(raw)) throw new InvalidArgumentError(`${path} must be a list`);
  const problems: string[] = [];
  const configs = raw.map((entry: unknown, index): SuspenderConfig | undefined => {
    const at = `${path}[${index}]`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      problems.push(`${at} must be a mapping`);
      return undefined;
    }
    const e = entry as Record<string, unknown>;
    const known = ['kind', 'device', 'key', 'below', 'resume_above', 'resume_delay_s', 'before', 'after'];
    for (const field of Object.keys(e)) if (!known.includes(field)) problems.push(`${at}.${field} is not a field of a suspender`);
    const kind = e['kind'];
    if (kind !== SuspenderKind.Below && kind !== SuspenderKind.DeviceFault) problems.push(`${at}.kind must be one of ${Object.values(SuspenderKind).join(', ')}`);
    const device = e['device'];
    if (typeof device !== 'string' || !isSubjectToken(device)) problems.push(`${at}.device must be a device name`);
    const below = e['below'];
    if (kind === SuspenderKind.Below && (typeof below !== 'number' || !Number.isFinite(below))) problems.push(`${at}.below must be a number`);
    const resumeAbove = e['resume_above'] ?? below;
    if (kind === SuspenderKind.Below && (typeof resumeAbove !== 'number' || !(resumeAbove >= (below as number)))) {
      problems.push(`${at}.resume_above must be a number >= below`);
    }
    const delay = e['resume_delay_s'] ?? 0;
    if (typeof delay !== 'number' || !(delay >= 0)) problems.push(`${at}.resume_delay_s must be a number >= 0`);
    const moves = (field: string): Array<readonly [string, PlainValue]> => {
      const value = e[field];
      if (value === undefined) return [];
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        problems.push(`${at}.${field} must map devices to positions, e.g. { shutter: closed }`);
        return [];
      }
      return Object.entries(value as Record<string, PlainValue>);
    };
    const name = typeof device === 'string' ? device : '';
    return {
      kind: kind as SuspenderKind,
      device: name,
      key: typeof e['key'] === 'string' ? e['key'] : name,
      below: typeof below === 'number' ? below : Number.NaN,
      resumeAbove: typeof resumeAbove === 'number' ? resumeAbove : Number.NaN,
      resumeDelayS: typeof delay === 'number' ? delay : 0,
      before: moves('before'),
      after: moves('after'),
    };
  });
  if (problems.length > 0) throw new InvalidArgumentError(`${problems.length} problem(s) in ${path}:\n  ${problems.join('\n  ')}`);
  return configs.filter((c): c is SuspenderConfig => c !== undefined);
}
