/**
 * Leases on the facility's shared devices from the command line: `brightline leases` lists who
 * holds what (and who waits), `brightline lease acquire|release|break DEVICE` takes, gives back or
 * (facility operators) breaks one. A refusal names the holder (exit 1); no lease manager is exit 3.
 */
import { hostname, userInfo } from 'node:os';
import { Bus } from '../actors/transport/mod.js';
import { LeaseClient, type HeldLease, type LeaseList } from '../actors/supervisor/lease-client.js';
import { LeaseHeldError, LeaseState, LeaseWaitTimeoutError, span, type LeaseRecord } from '../actors/supervisor/lease-model.js';
import { NoResponderError } from '../lib/errors.js';
import { flagValue, parseArgv, parseNumber, type FlagSpec, type ParsedArgs } from './argv.js';
import type { Command } from './commands.js';
import { formatLocalTime, renderTable, type Column, type Row } from './device-format.js';
import { natsUrl, resolveBeamline } from './environment.js';
import { CliError, ExitCode } from './exit-codes.js';
import { untilShutdown } from './lifetime.js';

const LEASES_USAGE = 'brightline leases [DEVICE] [--json]';
const LEASE_USAGE = [
  'brightline lease acquire DEVICE [--beamline BL02] [--client WHO] [--ttl S] [--wait [--timeout S]] [--hold] [--json]',
  '       lease release DEVICE --token TOKEN',
  '       lease break DEVICE --reason TEXT [--operator NAME]      (facility operators: makes the device safe first)',
  '  acquire prints the token (commands to the device carry it: BRIGHTLINE_LEASE_TOKEN=TOKEN brightline mv ... --beamline FAC);',
  '  without --hold the lease ends after --ttl (default 15 s), with --hold it is renewed until Ctrl-C, then released',
].join('\n');

const LEASE_COLUMNS: readonly Column[] = [
  { title: 'device' }, { title: 'holder' }, { title: 'client' }, { title: 'since' }, { title: 'expires in', align: 'right' }, { title: 'waiting', align: 'right' },
];

function usageError(message: string, usage: string): CliError {
  return new CliError(`${message}\nusage: ${usage}`, ExitCode.Usage);
}

function write(text: string): void {
  process.stdout.write(text);
}

function writeJson(value: unknown): void {
  write(`${JSON.stringify(value, null, 2)}\n`);
}

function whoAmI(): string {
  let user = 'unknown';
  try {
    user = userInfo().username;
  } catch {
    // no passwd entry (a container): keep 'unknown'
  }
  return `${user}@${hostname()}`;
}

function clockTime(seconds: number): string {
  return formatLocalTime(seconds).slice(11, 19);
}

/** Connects, runs `fn` with a lease client, and turns refusals and a missing manager into clear CLI errors. */
async function withLeases<T>(name: string, fn: (client: LeaseClient) => Promise<T>): Promise<T> {
  let bus: Bus;
  try {
    bus = await Bus.connect({ servers: natsUrl(), name, connectTimeoutMs: 3_000 });
  } catch (error) {
    throw new CliError(`${(error as Error).message}\n  is the facility running? start it with './brightline up' (or set NATS_URL)`, ExitCode.Unavailable);
  }
  try {
    return await fn(new LeaseClient({ bus }));
  } catch (error) {
    if (error instanceof NoResponderError) {
      throw new CliError("no lease manager is running: it runs in 'brightline supervisor', which 'brightline up' starts", ExitCode.Unavailable);
    }
    if (error instanceof LeaseHeldError || error instanceof LeaseWaitTimeoutError) throw new CliError(error.message, ExitCode.RunFailed);
    throw error;
  } finally {
    await bus.close();
  }
}

function parse(argv: string[], spec: FlagSpec, usage: string): ParsedArgs | undefined {
  const args = parseArgv(argv, spec);
  if (args.flags.has('help')) {
    write(`usage: ${usage}\n`);
    return undefined;
  }
  return args;
}

export function leaseRows(list: LeaseList, nowS: number): Row[] {
  const waiting = (device: string): number => list.waiters.filter((w) => w.device === device).length;
  return list.leases.map((lease): Row => {
    if (lease.state === LeaseState.Free) return { first: lease.device, message: `free${lease.note ? ` (last: ${lease.note})` : ''}` };
    if (lease.state === LeaseState.Safing) return { first: lease.device, message: `being made safe by the lease manager: ${lease.note}` };
    const left = lease.expiresAt - nowS;
    return { cells: [lease.device, lease.holder, lease.client || '-', clockTime(lease.acquiredAt), left > 0 ? span(left) : 'expired', String(waiting(lease.device))] };
  });
}

function renderLeases(list: LeaseList, nowS: number): string {
  if (list.leases.length === 0 && list.waiters.length === 0) return 'no leases: nobody has asked for a shared device yet\n';
  const lines = [renderTable(LEASE_COLUMNS, leaseRows(list, nowS))];
  for (const w of list.waiters) {
    lines.push(`waiting for ${w.device}: ${w.holder}${w.client ? ` (${w.client})` : ''} since ${clockTime(w.sinceS)}, gives up in ${span(w.givesUpAtS - nowS)}\n`);
  }
  return lines.join('');
}

export const leases: Command = {
  summary: 'list the leases on shared devices (FAC): holder, client, since, expires in, who waits',
  usage: LEASES_USAGE,
  async run(argv) {
    const args = parse(argv, { valued: [], switches: ['json'] }, LEASES_USAGE);
    if (!args) return ExitCode.Ok;
    if (args.positionals.length > 1) throw usageError('leases takes at most one device', LEASES_USAGE);
    const list = await withLeases('brightline leases', (client) => client.list(args.positionals[0] ?? ''));
    if (args.flags.has('json')) writeJson(list);
    else write(renderLeases(list, Date.now() / 1000));
    return ExitCode.Ok;
  },
};

type LeaseRequest =
  | { verb: 'acquire'; device: string; holder: string; client: string; ttlMs: number | undefined; wait: boolean; waitTimeoutMs: number | undefined; hold: boolean }
  | { verb: 'release'; device: string; token: string }
  | { verb: 'break'; device: string; operator: string; reason: string };

function seconds(args: ParsedArgs, flag: string): number | undefined {
  const text = flagValue(args, flag);
  if (text === undefined) return undefined;
  const value = parseNumber(text, `--${flag}`);
  if (value <= 0) throw usageError(`--${flag} must be a positive number of seconds, got ${text}`, LEASE_USAGE);
  return value * 1000;
}

export function parseLeaseRequest(args: ParsedArgs): LeaseRequest {
  const [verb, device, ...rest] = args.positionals;
  if (verb !== 'acquire' && verb !== 'release' && verb !== 'break') {
    throw usageError(verb === undefined ? 'name a lease verb: acquire, release or break' : `unknown lease verb '${verb}'`, LEASE_USAGE);
  }
  if (!device) throw usageError(`lease ${verb} needs a DEVICE`, LEASE_USAGE);
  if (rest.length > 0) throw usageError(`lease ${verb} takes one DEVICE, got also: ${rest.join(' ')}`, LEASE_USAGE);
  switch (verb) {
    case 'acquire': {
      const wait = args.flags.has('wait');
      if (!wait && flagValue(args, 'timeout') !== undefined) throw usageError('--timeout only applies with --wait', LEASE_USAGE);
      return {
        verb,
        device,
        holder: resolveBeamline(flagValue(args, 'beamline')),
        client: flagValue(args, 'client') ?? whoAmI(),
        ttlMs: seconds(args, 'ttl'),
        wait,
        waitTimeoutMs: seconds(args, 'timeout'),
        hold: args.flags.has('hold'),
      };
    }
    case 'release': {
      const token = flagValue(args, 'token');
      if (!token) throw usageError('lease release needs --token (printed by lease acquire); an operator frees a lease with lease break', LEASE_USAGE);
      return { verb, device, token };
    }
    case 'break': {
      const reason = (flagValue(args, 'reason') ?? '').trim();
      if (!reason) throw usageError('lease break needs --reason: it is recorded in the log and the lease record', LEASE_USAGE);
      return { verb, device, operator: flagValue(args, 'operator') ?? whoAmI(), reason };
    }
  }
}

function describeHeld(lease: LeaseRecord): string {
  return `${lease.device} leased to ${lease.holder}${lease.client ? ` (${lease.client})` : ''} until ${clockTime(lease.expiresAt)}; token ${lease.token}\n`;
}

async function hold(lease: HeldLease): Promise<number> {
  // Listening for Ctrl-C before saying so: a script may send it as soon as it reads the line.
  const shutdown = untilShutdown().then(() => undefined);
  const lost = new Promise<string>((resolve) => lease.onLost((error) => resolve(error.message)));
  write(`holding it (renewed every ${span(lease.record.ttlMs / 3000)}); Ctrl-C releases it\n`);
  const ended = await Promise.race([shutdown, lost]);
  if (ended !== undefined) throw new CliError(ended, ExitCode.RunFailed);
  await lease.release();
  write(`released ${lease.device}\n`);
  return ExitCode.Ok;
}

export const lease: Command = {
  summary: 'take, give back or (facility operators) break the lease on a shared device',
  usage: LEASE_USAGE,
  async run(argv) {
    const args = parse(argv, { valued: ['beamline', 'client', 'ttl', 'timeout', 'token', 'reason', 'operator'], switches: ['wait', 'hold', 'json'] }, LEASE_USAGE);
    if (!args) return ExitCode.Ok;
    const request = parseLeaseRequest(args);
    return withLeases(`brightline lease ${request.verb}`, async (client) => {
      switch (request.verb) {
        case 'acquire': {
          if (request.wait) write(`waiting for the lease on ${request.device}...\n`);
          const held = await client.acquire(request.device, {
            holder: request.holder,
            client: request.client,
            wait: request.wait,
            autoRenew: request.hold,
            ...(request.ttlMs === undefined ? {} : { ttlMs: request.ttlMs }),
            ...(request.waitTimeoutMs === undefined ? {} : { waitTimeoutMs: request.waitTimeoutMs }),
          });
          if (args.flags.has('json')) writeJson(held.record);
          else write(describeHeld(held.record));
          return request.hold ? hold(held) : ExitCode.Ok;
        }
        case 'release': {
          const result = await client.release(request.device, { token: request.token });
          if (!result.released) throw new CliError(`nothing released: ${result.note}`, ExitCode.RunFailed);
          write(`${result.note}\n`);
          return ExitCode.Ok;
        }
        case 'break': {
          const result = await client.break(request.device, request.operator, request.reason);
          const was = `${result.broken.holder || 'the manager'}${result.broken.client ? ` (${result.broken.client})` : ''}`;
          write(`broke ${was}'s lease on ${request.device}: ${request.reason}\n`);
          write(result.madeSafe ? `made safe: ${result.safeNote}\n` : `could not make it safe: ${result.safeNote}\n`);
          return result.madeSafe ? ExitCode.Ok : ExitCode.RunFailed;
        }
      }
    });
  },
};
