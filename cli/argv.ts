/**
 * A small argv parser that, unlike node:util parseArgs, reads `-1.5` as a number rather than a
 * flag: scan limits are often negative.
 */
import { InvalidArgumentError } from '../lib/errors.js';

export interface ParsedArgs {
  positionals: string[];
  flags: Map<string, string | true>;
}

export interface FlagSpec {
  /** Flags that take a value (`--beamline BL01` or `--beamline=BL01`). */
  valued: readonly string[];
  /** Flags that are switches (`--json`). */
  switches: readonly string[];
}

const NUMBER_LIKE = /^-(\d|\.\d)/;

export function parseArgv(argv: readonly string[], spec: FlagSpec): ParsedArgs {
  const positionals: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i] ?? '';
    if (token === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!token.startsWith('-') || NUMBER_LIKE.test(token)) {
      positionals.push(token);
      continue;
    }
    const [rawName, inlineValue] = token.replace(/^--?/, '').split('=', 2) as [string, string | undefined];
    const name = rawName === 'h' ? 'help' : rawName;
    if (spec.switches.includes(name) || name === 'help') {
      flags.set(name, true);
    } else if (spec.valued.includes(name)) {
      const value = inlineValue ?? argv[++i];
      if (value === undefined) throw new InvalidArgumentError(`--${name} needs a value`);
      flags.set(name, value);
    } else {
      throw new InvalidArgumentError(`unknown option '${token}'`);
    }
  }
  return { positionals, flags };
}

export function flagValue(args: ParsedArgs, name: string): string | undefined {
  const value = args.flags.get(name);
  return typeof value === 'string' ? value : undefined;
}

export function parseNumber(text: string | undefined, what: string): number {
  const value = text === undefined || text.trim() === '' ? NaN : Number(text);
  if (!Number.isFinite(value)) throw new InvalidArgumentError(`${what} must be a number, got '${text ?? ''}'`);
  return value;
}

export function parseCount(text: string | undefined, what: string): number {
  const value = parseNumber(text, what);
  if (!Number.isInteger(value) || value < 1) throw new InvalidArgumentError(`${what} must be a whole number of at least 1, got '${text}'`);
  return value;
}

/** `det` or `det,i0`: one or more device names. */
export function parseDeviceList(text: string | undefined, what: string): string[] {
  const names = (text ?? '').split(',').map((n) => n.trim()).filter((n) => n.length > 0);
  if (names.length === 0) throw new InvalidArgumentError(`${what} needs at least one device name`);
  return names;
}
