/**
 * The gateway's users from the command line: `brightline token new` makes a bearer token for a
 * user (printed once, stored only as its SHA-256), `token list` shows users and roles (never
 * tokens), `token revoke` removes a user. They edit the users file (gateway/README.md, "Users");
 * a running gateway picks the change up within 2 s.
 */
import { BeamlineRole } from '../gateway/rpc.js';
import { SHARED_BEAMLINE, describeRoles } from '../gateway/auth/policy.js';
import { defaultUsersFile, writeLocalToken, localTokenFile } from '../gateway/auth/local-token.js';
import { generateToken, hashToken, identityOf, isValidUserName, type UserEntry } from '../gateway/auth/token-store.js';
import { addUser, readUsers, removeUser, UserExistsError } from '../gateway/auth/users-file.js';
import { DEFAULT_FACILITY_CONFIG, loadFacilityConfig } from '../deploy/facility-config.js';
import { InvalidArgumentError } from '../lib/errors.js';
import { flagValue, parseArgv, type ParsedArgs } from './argv.js';
import { takeRepeated } from './plan-args.js';
import type { Command } from './commands.js';
import { renderTable, type Column } from './device-format.js';
import { CliError, ExitCode } from './exit-codes.js';

const TOKEN_USAGE = [
  'brightline token new --user NAME [--role BL01=user ...] [--operator] [--save] [--users FILE] [--config FILE]',
  '       token list [--users FILE] [--json]',
  '       token revoke --user NAME [--users FILE]',
  '  roles per beamline: observer (watch), user (move devices, run plans), staff (configure, halt, clear the queue);',
  '  --role takes BEAMLINE=ROLE, repeated or comma separated; --operator: every beamline and the shared devices (FAC).',
  '  new prints the token once; --save also writes it to the local token file the CLI reads.',
  '  FILE defaults to the state dir\'s gateway-users.yaml (BRIGHTLINE_STATE_DIR, else ~/.local/state/brightline).',
].join('\n');

const ROLES: readonly string[] = Object.values(BeamlineRole);
const USER_COLUMNS: readonly Column[] = [{ title: 'user' }, { title: 'roles' }];

function usageError(message: string): CliError {
  return new CliError(`${message}\nusage: ${TOKEN_USAGE}`, ExitCode.Usage);
}

/** Where the commands write: the process's stdout and stderr, or a test's. */
export interface TokenOutput {
  out(text: string): void;
  err(text: string): void;
}

const PROCESS_OUTPUT: TokenOutput = { out: (text) => process.stdout.write(text), err: (text) => process.stderr.write(text) };

/** `--role` may be given several times, which parseArgv (last one wins) does not keep: taken out first. */
export function takeRoleFlags(argv: readonly string[]): { roles: string[]; rest: string[] } {
  const { values, rest } = takeRepeated(argv, 'role');
  return { roles: values, rest };
}

/** `BL01=user`, `BL01=user,BL02=observer` (one or more flags) to a role per beamline. */
export function parseRoles(values: readonly string[], beamlines?: readonly string[]): Map<string, BeamlineRole> {
  const roles = new Map<string, BeamlineRole>();
  for (const part of values.flatMap((v) => v.split(',')).map((p) => p.trim()).filter((p) => p !== '')) {
    const [beamline, role, ...extra] = part.split('=');
    if (!beamline || role === undefined || extra.length > 0) throw usageError(`--role takes BEAMLINE=ROLE, got '${part}'`);
    if (!ROLES.includes(role)) throw usageError(`unknown role '${role}' in '${part}' (roles: ${ROLES.join(', ')})`);
    if (beamline === SHARED_BEAMLINE) throw usageError(`roles on ${SHARED_BEAMLINE} mean nothing: everyone may watch the shared devices and only operators change them (--operator)`);
    if (beamlines && !beamlines.includes(beamline)) {
      throw usageError(`unknown beamline '${beamline}' (the facility has ${beamlines.filter((b) => b !== SHARED_BEAMLINE).join(', ')})`);
    }
    if (roles.has(beamline)) throw usageError(`two roles given for ${beamline}`);
    roles.set(beamline, role as BeamlineRole);
  }
  return roles;
}

function parse(argv: readonly string[], io: TokenOutput): { args: ParsedArgs; roles: string[] } | undefined {
  const { roles, rest } = takeRoleFlags(argv);
  const args = parseArgv(rest, { valued: ['user', 'users', 'config'], switches: ['operator', 'save', 'json'] });
  if (args.flags.has('help')) {
    io.out(`usage: ${TOKEN_USAGE}\n`);
    return undefined;
  }
  return { args, roles };
}

function userFlag(args: ParsedArgs, verb: string): string {
  const user = flagValue(args, 'user');
  if (!user) throw usageError(`token ${verb} needs --user NAME`);
  if (!isValidUserName(user)) throw usageError(`'${user}' is not a user name: letters, digits, '.', '_', '@' or '-', at most 64`);
  return user;
}

/** Problems of the users file itself are not command-line mistakes: exit 1, not 2. */
async function onUsersFile<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof UserExistsError || error instanceof InvalidArgumentError) throw new CliError(error.message, ExitCode.RunFailed);
    throw error;
  }
}

async function facilityBeamlines(args: ParsedArgs): Promise<string[]> {
  const config = await loadFacilityConfig(flagValue(args, 'config') ?? DEFAULT_FACILITY_CONFIG);
  return config.beamlines.map((b) => b.id);
}

async function newToken(args: ParsedArgs, roleFlags: readonly string[], usersFile: string, io: TokenOutput): Promise<number> {
  const user = userFlag(args, 'new');
  const beamlines = await facilityBeamlines(args);
  const roles = parseRoles(roleFlags, beamlines);
  const operator = args.flags.has('operator');
  if (roles.size === 0 && !operator) {
    throw usageError(`give ${user} a role (--role BL01=observer) or --operator; without either the token could only list devices and health`);
  }
  const token = generateToken();
  await onUsersFile(() => addUser(usersFile, { user, tokenSha256: hashToken(token), roles, operator }, { beamlines }));
  const entry: UserEntry = { user, tokenSha256: '', roles, operator };
  io.out(`${token}\n`);
  io.err(`added ${user} (${describeRoles(identityOf(entry))}) to ${usersFile}; the token above is shown only this once\n`);
  if (args.flags.has('save')) {
    const file = localTokenFile();
    await writeLocalToken(token, file);
    io.err(`saved it to ${file}: brightline commands on this account now act as ${user}\n`);
  }
  return ExitCode.Ok;
}

function userRows(users: readonly UserEntry[]): Array<{ cells: string[] }> {
  return users.map((u) => ({ cells: [u.user, describeRoles(identityOf(u))] }));
}

async function listTokens(args: ParsedArgs, usersFile: string, io: TokenOutput): Promise<number> {
  const users = await onUsersFile(() => readUsers(usersFile));
  if (args.flags.has('json')) {
    const plain = users.map((u) => ({ user: u.user, operator: u.operator, roles: Object.fromEntries(u.roles) }));
    io.out(`${JSON.stringify(plain, null, 2)}\n`);
  } else if (users.length === 0) {
    io.out(`no users in ${usersFile}: add one with 'brightline token new --user NAME --role BL01=user'\n`);
  } else {
    io.out(renderTable(USER_COLUMNS, userRows(users)));
  }
  return ExitCode.Ok;
}

async function revokeToken(args: ParsedArgs, usersFile: string, io: TokenOutput): Promise<number> {
  const user = userFlag(args, 'revoke');
  const removed = await onUsersFile(() => removeUser(usersFile, user));
  if (!removed) throw new CliError(`no user '${user}' in ${usersFile} (brightline token list shows who is there)`, ExitCode.RunFailed);
  io.out(`revoked ${user}'s token: a running gateway refuses it within 2 s\n`);
  return ExitCode.Ok;
}

/** The `token` command, writing to `io` (a test's) instead of the process's output. */
export function tokenCommand(io: TokenOutput = PROCESS_OUTPUT): Command {
  return {
    summary: "make, list or revoke the gateway's bearer tokens (users and their roles per beamline)",
    usage: TOKEN_USAGE,
    run: (argv) => runToken(argv, io),
  };
}

export const token: Command = tokenCommand();

async function runToken(argv: readonly string[], io: TokenOutput): Promise<number> {
  const parsed = parse(argv, io);
  if (!parsed) return ExitCode.Ok;
  const { args, roles } = parsed;
  const [verb, ...extra] = args.positionals;
  if (extra.length > 0) throw usageError(`token ${verb ?? ''} takes no arguments besides its flags, got: ${extra.join(' ')}`);
  if (verb !== 'new' && roles.length > 0) throw usageError('--role only applies to token new');
  const usersFile = flagValue(args, 'users') ?? defaultUsersFile();
  switch (verb) {
    case 'new':
      return newToken(args, roles, usersFile, io);
    case 'list':
      return listTokens(args, usersFile, io);
    case 'revoke':
      return revokeToken(args, usersFile, io);
    default:
      throw usageError(verb === undefined ? 'name a token verb: new, list or revoke' : `unknown token verb '${verb}'`);
  }
}
