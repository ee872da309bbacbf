/**
 * Who a bearer token belongs to, from the gateway's users file (YAML):
 *
 * ```yaml
 * users:
 *   - user: alice
 *     token_sha256: 3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b  # hex SHA-256 of the token
 *     roles: { BL01: user, BL02: observer }   # per beamline: observer < user < staff
 *   - user: ops
 *     token_sha256: ...
 *     operator: true                           # every role on every beamline, the shared devices (FAC) too
 * ```
 *
 * Tokens are never stored in clear: `brightline token new` prints a token once and stores its hash.
 * The file is checked strictly, every problem named with its entry: unknown keys (a clear-text
 * `token:` among them), user names, duplicate users or hashes, a hash that is not 64 hex digits,
 * unknown roles, roles on the shared beamline FAC (changing shared devices is for operators only,
 * so a role there would mean nothing), and, when the facility's beamlines are given, roles on a
 * beamline the facility does not have.
 *
 * A TokenStore notices edits without a restart: it looks at the file at most every 2 s, from
 * `identify`. An edit that does not parse keeps the users it had, and the log says why.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { readFileSync, statSync } from 'node:fs';
import { parse } from 'yaml';
import { InvalidArgumentError } from '../../lib/errors.js';
import { silentLogger, type Logger } from '../../lib/log.js';
import { BeamlineRole, type Identity } from '../rpc.js';
import { SHARED_BEAMLINE, describeRoles } from './policy.js';

/** One user of the users file, as parsed. */
export interface UserEntry {
  user: string;
  /** Lower-case hex SHA-256 of the user's token. */
  tokenSha256: string;
  operator: boolean;
  roles: ReadonlyMap<string, BeamlineRole>;
}

export interface ParseUsersOptions {
  /** The facility's beamlines: a role on any other is a mistake. Unchecked when absent. */
  beamlines?: readonly string[];
}

/** A user name: what the logs, denials and `plan.user` show. */
const USER_NAME = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/;
const SHA256_HEX = /^[0-9a-fA-F]{64}$/;
const ENTRY_KEYS = new Set(['user', 'token_sha256', 'roles', 'operator']);
const ROLES: readonly string[] = Object.values(BeamlineRole);
const TOKEN_PREFIX = 'blt_';

/** A new bearer token: 32 random bytes, base64url, with a prefix that makes a leaked one easy to spot. */
export function generateToken(): string {
  return `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
}

/** What the users file stores for a token. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function isValidUserName(name: string): boolean {
  return USER_NAME.test(name);
}

/** The identity a users file entry stands for. */
export function identityOf(entry: UserEntry): Identity {
  return { user: entry.user, operator: entry.operator, roles: entry.roles };
}

/** Parses and checks a users file's text; throws InvalidArgumentError naming every problem. */
export function parseUsers(text: string, source: string, options: ParseUsersOptions = {}): UserEntry[] {
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (cause) {
    throw new InvalidArgumentError(`users file '${source}' is not valid YAML: ${(cause as Error).message}`, { cause });
  }
  const problems: string[] = [];
  const parsed = usersList(raw, problems).map((item, index) => parseEntry(item, index, options, problems));
  checkUnique(parsed, problems);
  if (problems.length > 0) {
    throw new InvalidArgumentError(`users file '${source}' has ${problems.length} problem(s):\n  - ${problems.join('\n  - ')}`);
  }
  return parsed.flatMap(({ entry }) => (entry ? [entry] : []));
}

export async function loadUsersFile(path: string, options: ParseUsersOptions = {}): Promise<UserEntry[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (cause) {
    throw new InvalidArgumentError(`cannot read users file '${path}': ${(cause as Error).message}`, { cause });
  }
  return parseUsers(text, path, options);
}

function usersList(raw: unknown, problems: string[]): unknown[] {
  if (!isRecord(raw) || !Array.isArray(raw['users'])) {
    problems.push('the file must be a mapping with a `users` list (`users: []` for none)');
    return [];
  }
  for (const key of Object.keys(raw)) if (key !== 'users') problems.push(`unknown top-level key '${key}' (only \`users\`)`);
  return raw['users'];
}

/** An entry as parsed: what is valid of its name and hash (for the uniqueness checks), and the entry if all of it is. */
interface Parsed {
  where: string;
  user?: string;
  hash?: string;
  entry?: UserEntry;
}

function parseEntry(item: unknown, index: number, options: ParseUsersOptions, problems: string[]): Parsed {
  if (!isRecord(item)) {
    problems.push(`users[${index}] must be a mapping with user, token_sha256 and roles or operator`);
    return { where: `users[${index}]` };
  }
  const name = item['user'];
  const where = typeof name === 'string' && name !== '' ? `users[${index}] (${name})` : `users[${index}]`;
  const count = problems.length;
  for (const key of Object.keys(item)) {
    if (ENTRY_KEYS.has(key)) continue;
    problems.push(
      key === 'token'
        ? `${where}: tokens are never stored in clear; store token_sha256 instead (brightline token new does)`
        : `${where}: unknown key '${key}' (known: ${[...ENTRY_KEYS].join(', ')})`,
    );
  }
  const validName = typeof name === 'string' && USER_NAME.test(name) ? name : undefined;
  if (validName === undefined) {
    problems.push(`${where}: user must be a name of letters, digits, '.', '_', '@' or '-' (at most 64), got ${JSON.stringify(name ?? null)}`);
  }
  const hash = item['token_sha256'];
  const validHash = typeof hash === 'string' && SHA256_HEX.test(hash) ? hash.toLowerCase() : undefined;
  if (validHash === undefined) {
    // Never echoed: a token pasted here by mistake must not end up in a log.
    const got = typeof hash === 'string' ? `${hash.length} characters` : describeValue(hash);
    problems.push(`${where}: token_sha256 must be 64 hex digits (the SHA-256 of the token), got ${got}`);
  }
  const operator = item['operator'] ?? false;
  if (typeof operator !== 'boolean') problems.push(`${where}: operator must be true or false`);
  const roles = parseRoles(item['roles'], where, options, problems);
  const valid = { where, ...(validName ? { user: validName } : {}), ...(validHash ? { hash: validHash } : {}) };
  if (problems.length > count || validName === undefined || validHash === undefined) return valid;
  return { ...valid, entry: { user: validName, tokenSha256: validHash, operator: operator === true, roles } };
}

function parseRoles(raw: unknown, where: string, options: ParseUsersOptions, problems: string[]): Map<string, BeamlineRole> {
  const roles = new Map<string, BeamlineRole>();
  if (raw === undefined || raw === null) return roles;
  if (!isRecord(raw)) {
    problems.push(`${where}: roles must be a mapping of beamline to role, e.g. { BL01: user }`);
    return roles;
  }
  for (const [beamline, role] of Object.entries(raw)) {
    if (typeof role !== 'string' || !ROLES.includes(role)) {
      problems.push(`${where}: unknown role ${describeValue(role)} on ${beamline} (roles: ${ROLES.join(', ')})`);
      continue;
    }
    if (beamline === SHARED_BEAMLINE) {
      problems.push(`${where}: a role on ${SHARED_BEAMLINE} means nothing: everyone may watch the shared devices and only operators change them (operator: true)`);
      continue;
    }
    if (options.beamlines && !options.beamlines.includes(beamline)) {
      problems.push(`${where}: unknown beamline '${beamline}' (the facility has ${options.beamlines.filter((b) => b !== SHARED_BEAMLINE).join(', ')})`);
      continue;
    }
    roles.set(beamline, role as BeamlineRole);
  }
  return roles;
}

function checkUnique(entries: readonly Parsed[], problems: string[]): void {
  const byUser = new Map<string, string>();
  const byHash = new Map<string, string>();
  for (const { user, hash, where } of entries) {
    const sameUser = user === undefined ? undefined : byUser.get(user);
    if (sameUser) problems.push(`${where}: user '${user}' is also ${sameUser}`);
    else if (user !== undefined) byUser.set(user, where);
    const sameHash = hash === undefined ? undefined : byHash.get(hash);
    if (sameHash) problems.push(`${where}: has the same token_sha256 as ${sameHash}; every user needs a token of their own`);
    else if (hash !== undefined) byHash.set(hash, where);
  }
}

export interface TokenStoreOptions extends ParseUsersOptions {
  logger?: Logger;
  /** How often at most `identify` looks whether the file changed; 2000 ms. */
  checkIntervalMs?: number;
  /** The clock the interval is measured by (tests move it by hand). */
  now?: () => number;
}

interface Known {
  entry: UserEntry;
  hash: Buffer;
  identity: Identity;
}

const CHECK_INTERVAL_MS = 2_000;

/** The users of one users file, followed as the file is edited. */
export class TokenStore {
  #known: Known[];
  #signature: string;
  #lastCheck: number;
  readonly #interval: number;
  readonly #now: () => number;
  readonly #logger: Logger;

  private constructor(
    readonly path: string,
    entries: readonly UserEntry[],
    signature: string,
    private readonly options: TokenStoreOptions,
  ) {
    this.#known = entries.map(known);
    this.#signature = signature;
    this.#interval = options.checkIntervalMs ?? CHECK_INTERVAL_MS;
    this.#now = options.now ?? Date.now;
    this.#logger = options.logger ?? silentLogger;
    this.#lastCheck = this.#now();
  }

  /** Reads the file; throws InvalidArgumentError when it cannot be read or has problems. */
  static async load(path: string, options: TokenStoreOptions = {}): Promise<TokenStore> {
    const signature = fileSignature(path);
    const entries = await loadUsersFile(path, options);
    return new TokenStore(path, entries, signature ?? '', options);
  }

  /** The users as last read successfully. */
  get users(): readonly UserEntry[] {
    return this.#known.map((k) => k.entry);
  }

  /** The identity whose token this is; undefined for an unknown token. */
  identify(token: string): Identity | undefined {
    this.#refreshIfDue();
    if (token === '') return undefined;
    const presented = createHash('sha256').update(token, 'utf8').digest();
    // Every entry is compared, in constant time each, so how long this takes says nothing about
    // which entry (if any) matched. Hashes are unique, so at most one does.
    let found: Identity | undefined;
    for (const known of this.#known) if (timingSafeEqual(known.hash, presented)) found = known.identity;
    return found;
  }

  /**
   * Reads the file again if it changed since it was last read; returns whether the users changed.
   * A file that does not parse (or went away) keeps the previous users, logged once per change.
   */
  reload(): boolean {
    this.#lastCheck = this.#now();
    const signature = fileSignature(this.path);
    if (signature === this.#signature) return false;
    this.#signature = signature ?? '';
    if (signature === undefined) {
      this.#logger.warn(`users file '${this.path}' cannot be read any more; keeping its ${this.#known.length} user(s)`);
      return false;
    }
    let entries: UserEntry[];
    try {
      entries = parseUsers(readFileSync(this.path, 'utf8'), this.path, this.options);
    } catch (error) {
      this.#logger.warn(`${(error as Error).message}\nkeeping the ${this.#known.length} user(s) read before`);
      return false;
    }
    this.#known = entries.map(known);
    this.#logger.info(`users file '${this.path}' reloaded: ${describeUsers(entries)}`);
    return true;
  }

  #refreshIfDue(): void {
    if (this.#now() - this.#lastCheck >= this.#interval) this.reload();
  }
}

/** `alice (BL01=user), ops (operator)`, for logs. */
export function describeUsers(entries: readonly UserEntry[]): string {
  if (entries.length === 0) return 'no users';
  return entries.map((e) => `${e.user} (${describeRoles(identityOf(e))})`).join(', ');
}

function known(entry: UserEntry): Known {
  return { entry, hash: Buffer.from(entry.tokenSha256, 'hex'), identity: identityOf(entry) };
}

/** What changes when the file is written or replaced; undefined when it cannot be read. */
function fileSignature(path: string): string | undefined {
  try {
    const s = statSync(path);
    return `${s.ino}:${s.size}:${s.mtimeMs}:${s.ctimeMs}`;
  } catch {
    return undefined;
  }
}

function describeValue(value: unknown): string {
  if (typeof value === 'string') return `'${value.length > 80 ? `${value.slice(0, 80)}...` : value}'`;
  return JSON.stringify(value ?? null);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
