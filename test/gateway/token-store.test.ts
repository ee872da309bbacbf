/**
 * The gateway's users file (gateway/auth/token-store.ts, users-file.ts, local-token.ts): strict
 * parsing with errors naming the entry, identify by token, reload on edits (a bad edit keeps the
 * previous users), and the local operator `brightline up` makes in a fresh state dir.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InvalidArgumentError } from '../../lib/errors.js';
import type { Logger } from '../../lib/log.js';
import { TokenStore, generateToken, hashToken, parseUsers } from '../../gateway/auth/token-store.js';
import { addUser, readUsers, removeUser, UserExistsError } from '../../gateway/auth/users-file.js';
import { defaultUsersFile, ensureLocalOperator, localTokenFile, readLocalToken } from '../../gateway/auth/local-token.js';

const ALICE = 'blt_alice-token';
const OPS = 'blt_ops-token';
const BEAMLINES = ['BL01', 'BL02', 'FAC'];

function usersYaml(entries: string): string {
  return `# our users\nusers:\n${entries}`;
}

const GOOD = usersYaml(
  [
    `  - user: alice`,
    `    token_sha256: ${hashToken(ALICE).toUpperCase()}`,
    `    roles: { BL01: user, BL02: observer }`,
    `  - user: ops`,
    `    token_sha256: ${hashToken(OPS)}`,
    `    operator: true`,
    '',
  ].join('\n'),
);

function problemsOf(text: string, beamlines?: readonly string[]): string {
  try {
    parseUsers(text, 'users.yaml', beamlines ? { beamlines } : {});
  } catch (error) {
    assert.ok(error instanceof InvalidArgumentError, String(error));
    return error.message;
  }
  assert.fail('expected the file to be refused');
}

function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return { lines, info: (m) => lines.push(`info ${m}`), warn: (m) => lines.push(`warn ${m}`), error: (m) => lines.push(`error ${m}`) };
}

describe('parseUsers', () => {
  it('reads users, roles per beamline and operators; hashes in any case', () => {
    const [alice, ops] = parseUsers(GOOD, 'users.yaml', { beamlines: BEAMLINES });
    assert.equal(alice?.user, 'alice');
    assert.equal(alice?.tokenSha256, hashToken(ALICE));
    assert.deepEqual([...(alice?.roles ?? [])], [['BL01', 'user'], ['BL02', 'observer']]);
    assert.equal(alice?.operator, false);
    assert.equal(ops?.operator, true);
    assert.equal(ops?.roles.size, 0);
    assert.deepEqual(parseUsers('users: []\n', 'empty.yaml'), []);
  });

  it('names the entry of every problem, all at once', () => {
    const message = problemsOf(
      usersYaml(
        [
          `  - user: bob`,
          `    token_sha256: ${hashToken('b')}`,
          `    roles: { BL01: admin }`,
          `  - user: bob`,
          `    token_sha256: ${hashToken('c')}`,
          `  - user: carol`,
          `    token_sha256: ${hashToken('b')}`,
          `  - user: dave`,
          `    token_sha256: not-hex`,
          '',
        ].join('\n'),
      ),
    );
    assert.match(message, /users file 'users\.yaml' has 4 problem\(s\)/);
    assert.match(message, /users\[0\] \(bob\): unknown role 'admin' on BL01 \(roles: observer, user, staff\)/);
    assert.match(message, /users\[1\] \(bob\): user 'bob' is also users\[0\] \(bob\)/);
    assert.match(message, /users\[2\] \(carol\): has the same token_sha256 as users\[0\] \(bob\)/);
    assert.match(message, /users\[3\] \(dave\): token_sha256 must be 64 hex digits .* got 7 characters/);
  });

  it('refuses beamlines the facility does not have, only when it knows them', () => {
    const text = usersYaml(`  - user: erin\n    token_sha256: ${hashToken('e')}\n    roles: { BL09: staff }\n`);
    assert.match(problemsOf(text, BEAMLINES), /users\[0\] \(erin\): unknown beamline 'BL09' \(the facility has BL01, BL02\)/);
    assert.equal(parseUsers(text, 'users.yaml').length, 1);
  });

  it('refuses clear-text tokens without repeating them, roles on FAC, unknown keys and a file without users', () => {
    const clear = problemsOf(usersYaml(`  - user: fred\n    token: blt_secret\n`));
    assert.match(clear, /users\[0\] \(fred\): tokens are never stored in clear/);
    assert.doesNotMatch(clear, /blt_secret/);
    assert.doesNotMatch(problemsOf(usersYaml(`  - user: fred\n    token_sha256: blt_secret\n`)), /blt_secret/);
    assert.match(problemsOf(usersYaml(`  - user: gus\n    token_sha256: ${hashToken('g')}\n    roles: { FAC: user }\n`)), /a role on FAC means nothing/);
    assert.match(problemsOf(usersYaml(`  - user: hal\n    token_sha256: ${hashToken('h')}\n    role: user\n`)), /unknown key 'role'/);
    assert.match(problemsOf(usersYaml(`  - user: 'i v'\n    token_sha256: ${hashToken('i')}\n`)), /user must be a name/);
    assert.match(problemsOf('people: []\n'), /must be a mapping with a `users` list/);
    assert.match(problemsOf('users: [\n'), /not valid YAML/);
  });
});

describe('TokenStore', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'bl-users-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('identifies a token by its hash; an unknown or empty one is nobody', async () => {
    const path = join(dir, 'identify.yaml');
    await writeFile(path, GOOD);
    const store = await TokenStore.load(path, { beamlines: BEAMLINES });
    const alice = store.identify(ALICE);
    assert.equal(alice?.user, 'alice');
    assert.equal(alice?.operator, false);
    assert.equal(alice?.roles.get('BL01'), 'user');
    assert.equal(store.identify(OPS)?.operator, true);
    assert.equal(store.identify('blt_nobody'), undefined);
    assert.equal(store.identify(''), undefined);
    assert.equal(store.identify(hashToken(ALICE)), undefined, 'the hash itself is no token');
  });

  it('refuses to start from a file with problems or none', async () => {
    const path = join(dir, 'bad.yaml');
    await writeFile(path, usersYaml(`  - user: bob\n    token_sha256: x\n`));
    await assert.rejects(TokenStore.load(path), /users\[0\] \(bob\): token_sha256/);
    await assert.rejects(TokenStore.load(join(dir, 'missing.yaml')), /cannot read users file/);
  });

  it('follows edits, looking at most once per interval', async () => {
    const path = join(dir, 'reload.yaml');
    await writeFile(path, GOOD);
    let now = 1_000_000;
    const logger = recordingLogger();
    const store = await TokenStore.load(path, { now: () => now, logger });
    const carol = generateToken();
    await addUser(path, { user: 'carol', tokenSha256: hashToken(carol), roles: new Map([['BL02', 'staff']]) });
    now += 1_999;
    assert.equal(store.identify(carol), undefined, 'not looked at again within the interval');
    now += 1;
    assert.equal(store.identify(carol)?.roles.get('BL02'), 'staff');
    assert.ok(logger.lines.some((l) => l.startsWith('info') && l.includes('carol (BL02=staff)')), logger.lines.join('\n'));
    await removeUser(path, 'alice');
    now += 2_000;
    assert.equal(store.identify(ALICE), undefined, 'a revoked token stops working');
    assert.deepEqual(store.users.map((u) => u.user), ['ops', 'carol']);
  });

  it('keeps the previous users when an edit is bad or the file goes, and says why', async () => {
    const path = join(dir, 'bad-edit.yaml');
    await writeFile(path, GOOD);
    const logger = recordingLogger();
    const store = await TokenStore.load(path, { logger, checkIntervalMs: 0 });
    await writeFile(path, `${GOOD}  - user: alice\n    token_sha256: ${hashToken('z')}\n`);
    assert.equal(store.identify(ALICE)?.user, 'alice');
    assert.equal(store.reload(), false);
    const warnings = logger.lines.filter((l) => l.startsWith('warn'));
    assert.equal(warnings.length, 1, 'logged once per change, not per call');
    assert.match(warnings[0] ?? '', /users\[2\] \(alice\): user 'alice' is also users\[0\] \(alice\)\nkeeping the 2 user\(s\) read before/);
    await unlink(path);
    assert.equal(store.identify(OPS)?.user, 'ops');
    assert.match(logger.lines.at(-1) ?? '', /cannot be read any more; keeping its 2 user\(s\)/);
    await writeFile(path, GOOD.replace('BL02: observer', 'BL02: staff'));
    assert.equal(store.identify(ALICE)?.roles.get('BL02'), 'staff', 'a good file later is read again');
  });
});

describe('editing the users file', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'bl-users-edit-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('creates it 0600, keeps comments, refuses a second user of one name', async () => {
    const path = join(dir, 'sub', 'users.yaml');
    await addUser(path, { user: 'alice', tokenSha256: hashToken(ALICE), roles: new Map([['BL01', 'user']]) });
    assert.equal((await stat(path)).mode & 0o777, 0o600);
    const text = await readFile(path, 'utf8');
    assert.match(text, /^# brightline gateway users/);
    assert.match(text, /roles: \{ BL01: user \}/);
    await writeFile(path, `${text}# a note of ours\n`);
    await addUser(path, { user: 'ops', tokenSha256: hashToken(OPS), operator: true });
    assert.match(await readFile(path, 'utf8'), /# a note of ours/);
    await assert.rejects(addUser(path, { user: 'ops', tokenSha256: hashToken('other'), operator: true }), UserExistsError);
    await assert.rejects(addUser(path, { user: 'dup', tokenSha256: hashToken(OPS) }), /same token_sha256/);
    assert.deepEqual((await readUsers(path)).map((u) => u.user), ['alice', 'ops']);
    assert.equal(await removeUser(path, 'nobody'), false);
    assert.equal(await removeUser(path, 'alice'), true);
    assert.deepEqual((await readUsers(path)).map((u) => u.user), ['ops']);
    assert.equal((await stat(path)).mode & 0o777, 0o600);
    assert.deepEqual(await readUsers(join(dir, 'none.yaml')), []);
  });
});

describe('the local operator', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'bl-state-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('is made once in a fresh state dir, with a 0600 token file the CLI reads', async () => {
    const env = { BRIGHTLINE_STATE_DIR: join(dir, 'state'), USER: 'alice' };
    const usersFile = defaultUsersFile(env);
    assert.equal(usersFile, join(dir, 'state', 'gateway-users.yaml'));
    const made = await ensureLocalOperator(usersFile, { env });
    assert.equal(made.created, true);
    assert.equal(made.user, 'alice');
    assert.match(made.token ?? '', /^blt_[A-Za-z0-9_-]{43}$/);
    const tokenFile = localTokenFile(env);
    assert.equal(made.tokenFile, tokenFile);
    assert.equal((await stat(tokenFile)).mode & 0o777, 0o600);
    assert.equal((await stat(usersFile)).mode & 0o777, 0o600);
    assert.equal(await readLocalToken(tokenFile), made.token);

    const store = await TokenStore.load(usersFile);
    const who = store.identify(made.token ?? '');
    assert.equal(who?.user, 'alice');
    assert.equal(who?.operator, true);

    const again = await ensureLocalOperator(usersFile, { env });
    assert.equal(again.created, false);
    assert.equal(again.token, made.token, 'an existing users file is left alone; the token file still holds the token');
    assert.equal((await readUsers(usersFile)).length, 1);
  });

  it("is called 'operator' when $USER is no user name", async () => {
    const env = { BRIGHTLINE_STATE_DIR: join(dir, 'other'), USER: 'not a name' };
    const made = await ensureLocalOperator(defaultUsersFile(env), { env });
    assert.equal(made.user, 'operator');
    assert.equal(await readLocalToken(join(dir, 'nowhere', 'token')), undefined);
  });
});
