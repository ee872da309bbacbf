/**
 * Which scan each beamline runs, from the facility config alone: its first motor-like device (a
 * motor, one axis of an XYZ stage, a coarse+fine axis) and its first detector (point detector or
 * scaler); a span around where the motor stands, within its IOC record's LLM..HLM; and the least
 * time the simulated hardware needs for it, which bounds events/s whatever brightline does.
 *
 * The floor per point is the motor's move plus the detector's exposure. A simulated motor record
 * moves on a trapezoid profile (epics/server/records/motor-profile.ts) but completes a move only on
 * one of its ticks (every 100 ms unless the record says `tickMs`), so even a tiny step takes a tick.
 */
import type { BeamlineConfig, FacilityConfig } from '../deploy/facility-config.js';
import { planMove } from '../epics/server/records/motor-profile.js';
import { DEFAULT_MOTOR_TICK_MS } from '../epics/server/records/motor-record.js';

export interface ScanChoice {
  readonly beamline: string;
  /** The device the scan moves (`stage_x` for an XYZ stage's x axis). */
  readonly motor: string;
  readonly detector: string;
  readonly start: number;
  readonly stop: number;
  readonly num: number;
  readonly units: string;
  /** Seconds the simulated hardware needs at least: first move, every step, every exposure. */
  readonly floorS: number;
  /** One step's move, for the report. */
  readonly stepMoveS: number;
  readonly exposureS: number;
}

export interface SkippedBeamline {
  readonly beamline: string;
  readonly why: string;
}

type Raw = Record<string, unknown>;
const isRaw = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);
const num = (value: unknown, fallback: number): number => (typeof value === 'number' && Number.isFinite(value) ? value : fallback);

interface MotorRecord {
  readonly name: string;
  readonly velo: number;
  readonly accl: number;
  readonly llm: number;
  readonly hlm: number;
  readonly value: number;
  readonly egu: string;
  readonly tickMs: number;
}

/** The motor record behind `ca://<prefix><record>`, with the motor record's defaults (motor-record.ts). */
function motorRecord(beamline: BeamlineConfig, pv: unknown, stage: Raw): MotorRecord | undefined {
  const ioc = beamline.ioc;
  if (!ioc || typeof pv !== 'string') return undefined;
  const name = pv.replace(/^ca:\/\//, '').replace(ioc.prefix, '').replace(/\.VAL$/, '');
  const record = ioc.records.find((r): r is Raw => isRaw(r) && r['name'] === name && r['type'] === 'motor');
  if (!record) return undefined;
  return {
    name,
    velo: num(stage['velocity'], num(record['velo'], 1)),
    accl: num(stage['acceleration'], num(record['accl'], 0.2)),
    llm: num(record['llm'], 0),
    hlm: num(record['hlm'], 0),
    value: num(record['value'], 0),
    egu: typeof record['egu'] === 'string' ? record['egu'] : '',
    tickMs: num(record['tickMs'], DEFAULT_MOTOR_TICK_MS),
  };
}

/** Seconds until the record says a move of `distance` is done: its profile, rounded up to a tick. */
function moveS(record: MotorRecord, distance: number): number {
  const profileMs = planMove(0, Math.abs(distance), record.velo, record.accl).durationMs;
  return profileMs === 0 ? 0 : (Math.ceil(profileMs / record.tickMs - 1e-9) * record.tickMs) / 1000;
}

/** What moves when the scan moves the device: the device name to scan, and its motor records. */
interface Axis {
  readonly device: string;
  /** The record whose position and limits the scan uses. */
  readonly record: MotorRecord;
  /** For a coarse+fine axis: the coarse record, whose position adds to the fine one's. */
  readonly coarse?: MotorRecord;
}

function axisOf(beamline: BeamlineConfig, device: Raw): Axis | undefined {
  const stage = isRaw(device['stage']) ? device['stage'] : {};
  const name = String(device['name']);
  if (device['kind'] === 'motor') {
    const record = motorRecord(beamline, device['pv'], stage);
    return record && { device: name, record };
  }
  if (device['kind'] === 'xyz-stage') {
    const record = motorRecord(beamline, device['x'], {});
    return record && { device: `${name}_x`, record };
  }
  if (device['kind'] === 'coarse-fine') {
    const fine = motorRecord(beamline, device['fine'], {});
    const coarse = motorRecord(beamline, device['coarse'], {});
    return fine && coarse && { device: name, record: fine, coarse };
  }
  return undefined;
}

const DETECTOR_KINDS: ReadonlySet<unknown> = new Set(['point-detector', 'scaler']);

/**
 * One scan per beamline with a run engine: `points` points over `spanFraction` of the motor's
 * LLM..HLM, centred where it stands (clamped inside the limits). A coarse+fine axis scans within
 * the fine motor's reach around the coarse one, so only the fine motor moves.
 */
export function chooseScans(config: FacilityConfig, points: number, spanFraction: number): { scans: ScanChoice[]; skipped: SkippedBeamline[] } {
  const scans: ScanChoice[] = [];
  const skipped: SkippedBeamline[] = [];
  for (const beamline of config.beamlines) {
    if (!beamline.runEngine) {
      skipped.push({ beamline: beamline.id, why: 'no run engine (shared devices only)' });
      continue;
    }
    const devices = beamline.devices.filter(isRaw);
    const axis = devices.map((d) => axisOf(beamline, d)).find((a) => a !== undefined);
    const detector = devices.find((d) => DETECTOR_KINDS.has(d['kind']));
    if (!axis || !detector) {
      skipped.push({ beamline: beamline.id, why: `no ${axis ? 'point detector or scaler' : 'motor with a motor record in its IOC'}` });
      continue;
    }
    const { record, coarse } = axis;
    const limited = record.hlm !== record.llm;
    const span = limited ? spanFraction * (record.hlm - record.llm) : spanFraction * 10;
    const low = limited ? record.llm : Number.NEGATIVE_INFINITY;
    const high = limited ? record.hlm : Number.POSITIVE_INFINITY;
    const centre = Math.min(Math.max(record.value, low + span / 2), high - span / 2);
    const offset = coarse?.value ?? 0;
    const [start, stop] = [centre - span / 2 + offset, centre + span / 2 + offset];
    const stageExposure = isRaw(detector['stage']) ? detector['stage']['exposure'] : undefined;
    const exposureS = num(stageExposure, num(detector['exposure_s'], 0));
    const stepMoveS = moveS(record, span / Math.max(1, points - 1));
    const floorS = moveS(record, Math.abs(start - offset - record.value)) + (points - 1) * stepMoveS + points * exposureS;
    scans.push({ beamline: beamline.id, motor: axis.device, detector: String(detector['name']), start, stop, num: points, units: record.egu, floorS, stepMoveS, exposureS });
  }
  return { scans, skipped };
}
