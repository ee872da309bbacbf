/**
 * Edits of a users file (the format is in token-store.ts): create it, add a user, remove one.
 * Comments and order survive an edit; the edited file is checked as a whole before it is written,
 * and written atomically (a temporary file renamed over it) with mode 0600, so a gateway that
 * reloads it never reads half a file.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, link, rename, unlink, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { isMap, isSeq, parseDocument, type Document, type YAMLSeq } from 'yaml';
import { BrightlineError, ErrorCode, InvalidArgumentError } from '../../lib/errors.js';
import type { BeamlineRole } from '../rpc.js';
import { parseUsers, type ParseUsersOptions, type UserEntry } from './token-store.js';

export interface NewUser {
  user: string;
  tokenSha256: string;
  roles?: ReadonlyMap<string, BeamlineRole>;
  operator?: boolean;
}

const HEADER = [
  '# brightline gateway users: who each bearer token belongs to. Format: gateway/README.md ("Users").',
  '# Edit with `brightline token new|list|revoke`; tokens are kept only as their SHA-256. The gateway',
  '# reads changes within 2 s; an edit with a mistake is logged and the previous users stay.',
  '',
].join('\n');

export class UserExistsError extends BrightlineError {
  constructor(readonly user: string, readonly path: string) {
    super(ErrorCode.AlreadyExists, `user '${user}' is already in ${path}; to give them a new token, revoke the old one first (brightline token revoke --user ${user})`);
  }
}

/** The users of a file; an empty list when it does not exist yet. */
export async function readUsers(path: string, options: ParseUsersOptions = {}): Promise<UserEntry[]> {
  const text = await readIfExists(path);
  return text === undefined ? [] : parseUsers(text, path, options);
}

/** Creates the file with these users; false (and nothing written) when it exists already. */
export async function createUsersFile(path: string, users: readonly NewUser[], options: ParseUsersOptions = {}): Promise<boolean> {
  const doc = parseDocument(`${HEADER}users: []\n`);
  for (const user of users) appendUser(doc, user, path);
  const text = checked(doc, path, options);
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  const temp = await writeTemp(path, text);
  try {
    // A hard link fails when the name exists: creating is atomic and never replaces a file.
    await link(temp, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}

/** Adds a user (creating the file if needed); UserExistsError when the name is taken. */
export async function addUser(path: string, user: NewUser, options: ParseUsersOptions = {}): Promise<void> {
  const text = await readIfExists(path);
  if (text === undefined && (await createUsersFile(path, [user], options))) return;
  const current = text ?? (await readFile(path, 'utf8'));
  const existing = parseUsers(current, path, options);
  if (existing.some((e) => e.user === user.user)) throw new UserExistsError(user.user, path);
  const doc = parseDocument(current);
  appendUser(doc, user, path);
  await replaceFile(path, checked(doc, path, options));
}

/** Removes a user; false when there is no such user (or no file). */
export async function removeUser(path: string, user: string, options: ParseUsersOptions = {}): Promise<boolean> {
  const text = await readIfExists(path);
  if (text === undefined) return false;
  const existing = parseUsers(text, path, options);
  const index = existing.findIndex((e) => e.user === user);
  if (index < 0) return false;
  const doc = parseDocument(text);
  usersSeq(doc, path).delete(index);
  await replaceFile(path, checked(doc, path, options));
  return true;
}

function appendUser(doc: Document, user: NewUser, path: string): void {
  const seq = usersSeq(doc, path);
  // `users: []` is a flow sequence; entries read better one per block.
  seq.flow = false;
  const node = doc.createNode({
    user: user.user,
    token_sha256: user.tokenSha256,
    ...(user.roles && user.roles.size > 0 ? { roles: Object.fromEntries(user.roles) } : {}),
    ...(user.operator ? { operator: true } : {}),
  });
  const roles = node.get('roles', true);
  if (isMap(roles)) roles.flow = true;
  seq.add(node);
}

function usersSeq(doc: Document, path: string): YAMLSeq {
  const node = doc.get('users', true);
  if (!isSeq(node)) throw new InvalidArgumentError(`users file '${path}' has no \`users\` list`);
  return node;
}

/** The document as text, after checking the whole of it as the gateway will. */
function checked(doc: Document, path: string, options: ParseUsersOptions): string {
  const text = doc.toString();
  parseUsers(text, path, options);
  return text;
}

async function replaceFile(path: string, text: string): Promise<void> {
  const temp = await writeTemp(path, text);
  try {
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

async function writeTemp(path: string, text: string): Promise<string> {
  const temp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(temp, text, { mode: 0o600, flag: 'wx' });
  return temp;
}

async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new InvalidArgumentError(`cannot read users file '${path}': ${(error as Error).message}`, { cause: error });
  }
}
