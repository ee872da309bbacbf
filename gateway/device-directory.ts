/**
 * Which device host serves which beamline, from their heartbeats (bl.v1.hb.device-host.<beamline>,
 * which list the devices served): the gateway listens for as long as it runs, so listing devices
 * costs no wait once it has heard every host, and a long set can tell a host that went silent from
 * a move that takes long.
 */
import { brightline } from '../gen/proto.js';
import { BrightlineError, ErrorCode } from '../lib/errors.js';
import { Role, subjects, type Bus } from '../actors/transport/mod.js';

const v1 = brightline.v1;

/** Device hosts beat every 250 ms to 1 s: after this long, every running host has been heard. */
export const HEARTBEAT_WAIT_MS = 2_500;
/** A host silent for this many of its own intervals (and at least MIN_SILENCE_MS) is gone. */
const SILENT_INTERVALS = 3;
const MIN_SILENCE_MS = 3_000;
const WATCH_CHECK_MS = 250;

export interface DeviceHostState {
  readonly beamline: string;
  readonly devices: readonly string[];
  /** `<pid>@<started_at>`: changes when the host restarts. */
  readonly incarnation: string;
  readonly lastSeenMs: number;
  /** How long a silence means the host is gone, from its own interval. */
  readonly silenceMs: number;
  readonly stopping: boolean;
}

/** The beamline's device host went silent, said goodbye or restarted while a call waited on it. */
export class DeviceHostLostError extends BrightlineError {
  constructor(message: string) {
    super(ErrorCode.Unavailable, message, { retryable: true });
  }
}

export interface HostWatch {
  /** Aborted with a DeviceHostLostError once the host goes silent, says goodbye or restarts. */
  readonly signal: AbortSignal;
  stop(): void;
}

export class DeviceDirectory {
  private readonly hosts = new Map<string, DeviceHostState>();
  private readonly listeners = new Set<(host: DeviceHostState) => void>();
  private readonly startedMs = Date.now();
  private readonly classes = new Map<string, { incarnation: string; deviceClass: Promise<string> }>();

  private constructor(private readonly now: () => number) {}

  /** Listens to every device host's heartbeat until `stopping` aborts. */
  static start(bus: Bus, stopping: AbortSignal, now: () => number = Date.now): DeviceDirectory {
    const directory = new DeviceDirectory(now);
    const subscription = bus.subscribe(subjects.heartbeat(Role.DeviceHost, '*'), v1.Heartbeat, (hb) => directory.heard(hb));
    stopping.addEventListener('abort', () => subscription.unsubscribe(), { once: true });
    return directory;
  }

  /** The host of `beamline` if it beats; undefined when it is silent, said goodbye or was never heard. */
  alive(beamline: string): DeviceHostState | undefined {
    const host = this.hosts.get(beamline);
    return host && !host.stopping && this.now() - host.lastSeenMs <= host.silenceMs ? host : undefined;
  }

  /** Every beamline whose host beats. */
  liveHosts(): DeviceHostState[] {
    return [...this.hosts.keys()].flatMap((beamline) => this.alive(beamline) ?? []);
  }

  /** Resolves once the directory has listened long enough to have heard every running host (at most `waitMs` from now). */
  async warmUp(waitMs: number, signal: AbortSignal): Promise<void> {
    const left = Math.min(waitMs, HEARTBEAT_WAIT_MS - (this.now() - this.startedMs));
    if (left > 0) await sleep(left, signal);
  }

  /** The beamline's live host, waiting up to `waitMs` for a heartbeat if none was heard yet. */
  async host(beamline: string, waitMs: number, signal: AbortSignal): Promise<DeviceHostState | undefined> {
    const known = this.alive(beamline);
    if (known) return known;
    return new Promise((resolve) => {
      const done = (host: DeviceHostState | undefined): void => {
        clearTimeout(timer);
        this.listeners.delete(onBeat);
        signal.removeEventListener('abort', onAbort);
        resolve(host);
      };
      const onBeat = (host: DeviceHostState): void => {
        if (host.beamline === beamline && !host.stopping) done(host);
      };
      const onAbort = (): void => done(undefined);
      const timer = setTimeout(() => done(undefined), waitMs);
      this.listeners.add(onBeat);
      if (signal.aborted) onAbort();
      else signal.addEventListener('abort', onAbort, { once: true });
    });
  }

  /** Watches the beamline's host while a long operation runs on it. */
  watchHost(beamline: string): HostWatch {
    const controller = new AbortController();
    const startedMs = this.now();
    const first = this.hosts.get(beamline);
    const lost = (reason: string): void => {
      if (!controller.signal.aborted) controller.abort(new DeviceHostLostError(reason));
    };
    const onBeat = (host: DeviceHostState): void => {
      if (host.beamline !== beamline) return;
      if (host.stopping) lost(`the device host for ${beamline} is shutting down; check its devices before trusting their positions`);
      else if (first && host.incarnation !== first.incarnation) lost(`the device host for ${beamline} restarted during the operation; check its devices before trusting their positions`);
    };
    const timer = setInterval(() => {
      const host = this.hosts.get(beamline);
      const lastSeen = Math.max(host?.lastSeenMs ?? 0, startedMs);
      const silenceMs = host?.silenceMs ?? MIN_SILENCE_MS;
      const silent = this.now() - lastSeen;
      if (silent > silenceMs) {
        lost(`the device host for ${beamline} has been silent for ${(silent / 1000).toFixed(1)} s; check its devices before trusting their positions`);
      }
    }, WATCH_CHECK_MS);
    this.listeners.add(onBeat);
    return {
      signal: controller.signal,
      stop: () => {
        clearInterval(timer);
        this.listeners.delete(onBeat);
      },
    };
  }

  /** The device's class, asked once per device and host incarnation with `describe`. */
  deviceClass(host: DeviceHostState, device: string, describe: () => Promise<string>): Promise<string> {
    const key = `${host.beamline}/${device}`;
    const cached = this.classes.get(key);
    if (cached && cached.incarnation === host.incarnation) return cached.deviceClass;
    const deviceClass = describe();
    this.classes.set(key, { incarnation: host.incarnation, deviceClass });
    // A failed describe is asked again next time, not remembered.
    deviceClass.catch(() => {
      if (this.classes.get(key)?.deviceClass === deviceClass) this.classes.delete(key);
    });
    return deviceClass;
  }

  private heard(hb: brightline.v1.Heartbeat): void {
    const host: DeviceHostState = {
      beamline: hb.instance,
      devices: [...hb.devices],
      incarnation: `${hb.pid}@${hb.started_at}`,
      lastSeenMs: this.now(),
      silenceMs: Math.max(MIN_SILENCE_MS, SILENT_INTERVALS * hb.interval_ms),
      stopping: hb.stopping,
    };
    this.hosts.set(host.beamline, host);
    for (const listener of [...this.listeners]) listener(host);
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    if (signal.aborted) done();
    else signal.addEventListener('abort', done, { once: true });
  });
}
