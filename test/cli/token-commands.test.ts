/**
 * `brightline token new|list|revoke` (cli/token-commands.ts) on a users file in a temporary state
 * dir: the token is printed once and only its hash stored; list never shows tokens; revoke removes.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseRoles, takeRoleFlags, tokenCommand } from '../../cli/token-commands.js';
import { CliError, ExitCode } from '../../cli/exit-codes.js';
import { TokenStore, hashToken } from '../../gateway/auth/token-store.js';
import { readLocalToken } from '../../gateway/auth/local-token.js';

/** Runs the command with its output captured. */
async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const output = { out: '', err: '' };
  const command = tokenCommand({ out: (text) => (output.out += text), err: (text) => (output.err += text) });
  return { code: await command.run(argv), ...output };
}

describe('brightline token', () => {
  let dir: string;
  let usersFile: string;
  const saved = process.env['BRIGHTLINE_STATE_DIR'];

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'bl-token-cli-'));
    process.env['BRIGHTLINE_STATE_DIR'] = dir;
    usersFile = join(dir, 'gateway-users.yaml');
  });
  after(async () => {
    if (saved === undefined) delete process.env['BRIGHTLINE_STATE_DIR'];
    else process.env['BRIGHTLINE_STATE_DIR'] = saved;
    await rm(dir, { recursive: true, force: true });
  });

  it('new prints a token once and stores only its hash, in the state dir by default', async () => {
    const { code, out, err } = await run(['new', '--user', 'alice', '--role', 'BL01=user', '--role=BL02=observer']);
    assert.equal(code, ExitCode.Ok);
    const printed = out.trim();
    assert.match(printed, /^blt_[A-Za-z0-9_-]{43}$/);
    assert.match(err, /added alice \(BL01=user, BL02=observer\) to .*gateway-users\.yaml; the token above is shown only this once/);
    const text = await readFile(usersFile, 'utf8');
    assert.ok(!text.includes(printed), 'the token is not in the file');
    assert.ok(text.includes(hashToken(printed)));
    const who = (await TokenStore.load(usersFile)).identify(printed);
    assert.equal(who?.roles.get('BL02'), 'observer');
  });

  it('new --operator --save makes an operator and writes the local token file', async () => {
    const { out } = await run(['new', '--user', 'ops', '--operator', '--save', '--users', usersFile]);
    assert.equal(await readLocalToken(join(dir, 'token')), out.trim());
    assert.equal((await TokenStore.load(usersFile)).identify(out.trim())?.operator, true);
  });

  it('refuses unknown roles and beamlines, a role on FAC, a taken name and no role at all', async () => {
    const usage = async (argv: string[], pattern: RegExp): Promise<void> => {
      await assert.rejects(run(argv), (error: unknown) => error instanceof CliError && error.exitCode === ExitCode.Usage && pattern.test(error.message));
    };
    await usage(['new', '--user', 'bob', '--role', 'BL01=admin'], /unknown role 'admin'/);
    await usage(['new', '--user', 'bob', '--role', 'BL42=user'], /unknown beamline 'BL42'/);
    await usage(['new', '--user', 'bob', '--role', 'FAC=user'], /roles on FAC mean nothing/);
    await usage(['new', '--user', 'bob'], /give bob a role/);
    await usage(['new', '--role', 'BL01=user'], /needs --user NAME/);
    await usage(['list', '--role', 'BL01=user'], /--role only applies to token new/);
    await assert.rejects(run(['new', '--user', 'alice', '--role', 'BL01=staff']), (error: unknown) => error instanceof CliError && error.exitCode === ExitCode.RunFailed && /already in/.test(error.message));
  });

  it('list shows users and roles, never tokens or hashes; --json too', async () => {
    const { out } = await run(['list']);
    assert.match(out, /alice\s+BL01=user, BL02=observer/);
    assert.match(out, /ops\s+operator/);
    assert.doesNotMatch(out, /blt_|[0-9a-f]{64}/);
    const json = JSON.parse((await run(['list', '--json'])).out) as Array<{ user: string; operator: boolean; roles: Record<string, string> }>;
    assert.deepEqual(json[0], { user: 'alice', operator: false, roles: { BL01: 'user', BL02: 'observer' } });
  });

  it('revoke removes a user; an unknown one is exit 1', async () => {
    assert.equal((await run(['revoke', '--user', 'alice'])).code, ExitCode.Ok);
    assert.doesNotMatch((await run(['list'])).out, /alice/);
    await assert.rejects(run(['revoke', '--user', 'alice']), (error: unknown) => error instanceof CliError && error.exitCode === ExitCode.RunFailed);
  });

  it('reads --role repeated or comma separated', () => {
    assert.deepEqual(takeRoleFlags(['new', '--role', 'BL01=user', '--user', 'x', '--role=BL02=staff']), { roles: ['BL01=user', 'BL02=staff'], rest: ['new', '--user', 'x'] });
    assert.deepEqual([...parseRoles(['BL01=user,BL02=observer'])], [['BL01', 'user'], ['BL02', 'observer']]);
    assert.throws(() => parseRoles(['BL01=user', 'BL01=staff']), /two roles given for BL01/);
  });
});
