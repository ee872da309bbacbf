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
  | { cmd: 'create'; name: string }
  | { cmd: 'read'; device: string }
  | { cmd: 'save' }
  | { cmd: 'drop' }
  | { cmd: 'set'; device: string; value: PlainValue; group?: string }
  | { cmd: 'trigger'; device: string; group?: string }
  | { cmd: 'wait'; group: string }
  | { cmd: 'sleep'; seconds: number }
  | { cmd: 'checkpoint' }
  | { cmd: 'null' };

export type MsgCommand = Msg['cmd'];

/**
 * A plan: the generator receives each message's result (a read's readings, for example) back.
 * The run engine accepts any return type; plans written here return nothing.
 */
export type Plan<TReturn = void> = Generator<Msg, TReturn, unknown>;

export const MSG_COMMANDS: readonly MsgCommand[] = [
  'open_run', 'close_run', 'create', 'read', 'save', 'drop', 'set', 'trigger', 'wait', 'sleep', 'checkpoint', 'null',
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
  const needString = (key: string): void => {
    if (typeof record[key] !== 'string' || record[key] === '') throw new InvalidMsgError(value, `'${cmd}' needs a '${key}' string`);
  };
  const optionalString = (key: string): void => {
    if (record[key] !== undefined && typeof record[key] !== 'string') throw new InvalidMsgError(value, `'${key}' must be a string`);
  };
  switch (cmd) {
    case 'create':
      needString('name');
      break;
    case 'read':
      needString('device');
      break;
    case 'set':
      needString('device');
      optionalString('group');
      if (!isPlainValue(record['value'])) throw new InvalidMsgError(value, `'set' needs a number, string, boolean or list 'value'`);
      break;
    case 'trigger':
      needString('device');
      optionalString('group');
      break;
    case 'wait':
      needString('group');
      break;
    case 'sleep':
      if (typeof record['seconds'] !== 'number' || !(record['seconds'] >= 0)) {
        throw new InvalidMsgError(value, `'sleep' needs 'seconds' >= 0`);
      }
      break;
    case 'close_run':
      optionalString('reason');
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
