/**
 * The Msg protocol: what a plan asks the run engine to do, one message at a time (Bluesky's Msg).
 * Plans are pure generators of these; only the interpreter touches devices, time and documents.
 */
import { InvalidArgumentError } from '../../lib/errors.js';
import type { PlainValue } from '../../lib/values.js';

/** JSON as it goes into event-model documents (RunStart metadata, hints, plan_args). */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

export const ExitStatus = { Success: 'success', Abort: 'abort', Fail: 'fail' } as const;
export type ExitStatus = (typeof ExitStatus)[keyof typeof ExitStatus];

export type Msg =
  | { cmd: 'open_run'; metadata?: JsonObject }
  | { cmd: 'close_run'; exit_status?: ExitStatus; reason?: string }
  /** Opens an event bundle of `name` (the stream); reads until save or drop go into one Event. */
  | { cmd: 'create'; name: string }
  | { cmd: 'read'; device: string }
  | { cmd: 'save' }
  | { cmd: 'drop' }
  | { cmd: 'set'; device: string; value: PlainValue; group?: string }
  | { cmd: 'trigger'; device: string; group?: string }
  /** Waits for every status started with `group`; without a group, for every status still pending. */
  | { cmd: 'wait'; group?: string }
  | { cmd: 'sleep'; seconds: number }
  /** Where a pause may resume from: the engine replays what follows it after an interruption. */
  | { cmd: 'checkpoint' }
  /** Nothing since here can be replayed: an interruption after it cannot resume, only end the run. */
  | { cmd: 'clear_checkpoint' }
  /** The plan asks to pause (e.g. for the operator to change the sample); `defer` waits for the next checkpoint. */
  | { cmd: 'pause'; defer?: boolean }
  | { cmd: 'stage'; device: string }
  | { cmd: 'unstage'; device: string }
  | { cmd: 'kickoff'; device: string; params?: Record<string, PlainValue>; group?: string }
  | { cmd: 'complete'; device: string; group?: string }
  /** Emits what a flyer recorded as events of `stream` (default: the device name). */
  | { cmd: 'collect'; device: string; stream?: string }
  /** Records every reading update of the device as events of `stream` (default `<device>_monitor`). */
  | { cmd: 'monitor'; device: string; stream?: string }
  | { cmd: 'unmonitor'; device: string }
  | { cmd: 'configure'; device: string; values: Record<string, PlainValue> }
  /** Describes `devices` into the descriptor of `name` before any event of it. */
  | { cmd: 'declare_stream'; name: string; devices: string[] }
  | { cmd: 'null' };

export type MsgCommand = Msg['cmd'];

/**
 * A plan: the generator receives each message's result back (a read's readings, a run's uid,
 * a configure's old and new values...). What it returns reaches clients as the plan's result.
 */
export type Plan<TReturn = void> = Generator<Msg, TReturn, unknown>;

export const MSG_COMMANDS: readonly MsgCommand[] = [
  'open_run', 'close_run', 'create', 'read', 'save', 'drop', 'set', 'trigger', 'wait', 'sleep', 'checkpoint', 'clear_checkpoint', 'pause',
  'stage', 'unstage', 'kickoff', 'complete', 'collect', 'monitor', 'unmonitor', 'configure', 'declare_stream', 'null',
];

export class InvalidMsgError extends InvalidArgumentError {
  constructor(readonly msg: unknown, readonly problem: string) {
    super(`plan yielded an invalid message ${preview(msg)}: ${problem}`);
  }
}

/**
 * Checks a yielded value at run time: plans may be written in plain JavaScript or be buggy, and a
 * bad message must fail the run with a reason rather than crash the engine.
 */
export function parseMsg(value: unknown): Msg {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new InvalidMsgError(value, 'not an object');
  const record = value as Record<string, unknown>;
  const cmd = record['cmd'];
  if (typeof cmd !== 'string' || !(MSG_COMMANDS as readonly string[]).includes(cmd)) {
    throw new InvalidMsgError(value, `unknown command '${String(cmd)}' (known: ${MSG_COMMANDS.join(', ')})`);
  }
  // Module-level checks, not closures: this runs for every message of every plan (bench/run-engine.ts).
  switch (cmd) {
    case 'create':
      checkNeedString(record, 'name', cmd);
      break;
    case 'read':
    case 'stage':
    case 'unstage':
    case 'unmonitor':
      checkNeedString(record, 'device', cmd);
      break;
    case 'set':
      checkNeedString(record, 'device', cmd);
      checkOptionalString(record, 'group');
      if (!isPlainValue(record['value'])) throw new InvalidMsgError(value, `'set' needs a number, string, boolean or list 'value'`);
      break;
    case 'trigger':
    case 'complete':
      checkNeedString(record, 'device', cmd);
      checkOptionalString(record, 'group');
      break;
    case 'kickoff':
      checkNeedString(record, 'device', cmd);
      checkOptionalString(record, 'group');
      checkOptionalRecord(record, 'params');
      break;
    case 'collect':
    case 'monitor':
      checkNeedString(record, 'device', cmd);
      checkOptionalString(record, 'stream');
      break;
    case 'configure':
      checkNeedString(record, 'device', cmd);
      if (record['values'] === undefined) throw new InvalidMsgError(value, `'configure' needs 'values'`);
      checkOptionalRecord(record, 'values');
      break;
    case 'declare_stream': {
      checkNeedString(record, 'name', cmd);
      const devices = record['devices'];
      if (!Array.isArray(devices) || !devices.every((d) => typeof d === 'string' && d !== '')) {
        throw new InvalidMsgError(value, `'declare_stream' needs 'devices', a list of device names`);
      }
      break;
    }
    case 'wait':
      checkOptionalString(record, 'group');
      break;
    case 'pause':
      if (record['defer'] !== undefined && typeof record['defer'] !== 'boolean') throw new InvalidMsgError(value, `'defer' must be true or false`);
      break;
    case 'sleep':
      if (typeof record['seconds'] !== 'number' || !(record['seconds'] >= 0)) {
        throw new InvalidMsgError(value, `'sleep' needs 'seconds' >= 0`);
      }
      break;
    case 'close_run':
      checkOptionalString(record, 'reason');
      if (record['exit_status'] !== undefined && !Object.values(ExitStatus).includes(record['exit_status'] as ExitStatus)) {
        throw new InvalidMsgError(value, `'exit_status' must be one of ${Object.values(ExitStatus).join(', ')}`);
      }
      break;
    case 'open_run': {
      const metadata = record['metadata'];
      if (metadata !== undefined && (typeof metadata !== 'object' || metadata === null || Array.isArray(metadata))) {
        throw new InvalidMsgError(value, `'metadata' must be an object`);
      }
      break;
    }
  }
  return value as Msg;
}

function checkNeedString(record: Record<string, unknown>, key: string, cmd: string): void {
  if (typeof record[key] !== 'string' || record[key] === '') throw new InvalidMsgError(record, `'${cmd}' needs a '${key}' string`);
}

function checkOptionalString(record: Record<string, unknown>, key: string): void {
  if (record[key] !== undefined && typeof record[key] !== 'string') throw new InvalidMsgError(record, `'${key}' must be a string`);
}

function checkOptionalRecord(record: Record<string, unknown>, key: string): void {
  const field = record[key];
  if (field === undefined) return;
  if (typeof field !== 'object' || field === null || Array.isArray(field)) throw new InvalidMsgError(record, `'${key}' must be an object`);
  if (!Object.values(field).every(isPlainValue)) throw new InvalidMsgError(record, `'${key}' values must be numbers, strings, booleans or lists`);
}

function isPlainValue(value: unknown): value is PlainValue {
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value === 'string' || typeof value === 'boolean') return true;
  return Array.isArray(value) && value.every(isPlainValue);
}

function preview(value: unknown): string {
  try {
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 120 ? `${text.slice(0, 117)}...` : text;
  } catch {
    return String(value);
  }
}
