/**
 * The token of the person at this machine, so the CLI works out of the box: `brightline up` makes
 * a users file with one operator (named after $USER) when there is none, and writes that
 * operator's token to `<state dir>/token` (mode 0600), which the CLI reads when BRIGHTLINE_TOKEN is
 * not set. The state dir is BRIGHTLINE_STATE_DIR, else ~/.local/state/brightline.
 */
import { chmod, mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { generateToken, hashToken, isValidUserName } from './token-store.js';
import { createUsersFile } from './users-file.js';

export const STATE_DIR_ENV = 'BRIGHTLINE_STATE_DIR';
/** A client's bearer token; the CLI reads the token file only when it is not set (cli/environment.ts). */
export const TOKEN_ENV = 'BRIGHTLINE_TOKEN';

export function stateDir(env: NodeJS.ProcessEnv = process.env): string {
  return env[STATE_DIR_ENV] || join(homedir(), '.local', 'state', 'brightline');
}

export function localTokenFile(env: NodeJS.ProcessEnv = process.env): string {
  return join(stateDir(env), 'token');
}

/** The users file the gateway of `brightline up` and `brightline token` use unless told otherwise. */
export function defaultUsersFile(env: NodeJS.ProcessEnv = process.env): string {
  return join(stateDir(env), 'gateway-users.yaml');
}

/** The token in the local token file; undefined when there is none. */
export async function readLocalToken(path: string = localTokenFile()): Promise<string | undefined> {
  try {
    const token = (await readFile(path, 'utf8')).trim();
    return token === '' ? undefined : token;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Writes the token file atomically, readable by its owner only; its directory too (0700). */
export async function writeLocalToken(token: string, path: string = localTokenFile()): Promise<void> {
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  const temp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(temp, `${token}\n`, { mode: 0o600, flag: 'wx' });
  try {
    await chmod(temp, 0o600);
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

export interface LocalOperator {
  /** Whether this call made the users file (and the token file with it). */
  created: boolean;
  /** The operator made, when `created`. */
  user?: string;
  /** The token the local CLI will use: the new one, or what the token file holds; undefined if none. */
  token: string | undefined;
  usersFile: string;
  tokenFile: string;
}

export interface LocalOperatorOptions {
  /** Default: $USER, else 'operator'. */
  user?: string;
  tokenFile?: string;
  env?: NodeJS.ProcessEnv;
}

/**
 * Makes `usersFile` with a single operator and writes their token to the token file, unless the
 * users file exists (then it is left alone and the token file's token, if any, is returned).
 */
export async function ensureLocalOperator(usersFile: string = defaultUsersFile(), options: LocalOperatorOptions = {}): Promise<LocalOperator> {
  const env = options.env ?? process.env;
  const tokenFile = options.tokenFile ?? localTokenFile(env);
  const user = options.user ?? localUserName(env);
  const token = generateToken();
  const created = await createUsersFile(usersFile, [{ user, tokenSha256: hashToken(token), operator: true }]);
  if (!created) return { created, token: await readLocalToken(tokenFile), usersFile, tokenFile };
  try {
    await writeLocalToken(token, tokenFile);
  } catch (error) {
    // A users file whose operator token nobody has would lock the CLI out: take it back.
    await unlink(usersFile).catch(() => undefined);
    throw error;
  }
  return { created, user, token, usersFile, tokenFile };
}

function localUserName(env: NodeJS.ProcessEnv): string {
  const name = env['USER'] ?? '';
  return isValidUserName(name) ? name : 'operator';
}
