// The JavaScript build `brightline up` runs its processes from: it runs the CLI, keeps each
// module's own address for the files it reads, and cleans up builds whose `up` is gone.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { BUNDLE_ROOT, buildDaemonBundle } from '../../deploy/daemon-bundle.js';
import { DEFAULT_FACILITY_CONFIG } from '../../deploy/facility-config.js';

const run = promisify(execFile);
/** Above Linux's largest pid (2^22), so never a live process. */
const DEAD_OWNER = 4_194_305;

describe('the daemon bundle', () => {
  it('runs the CLI, resolves files from the sources, and removes only builds whose owner is gone', async () => {
    const orphan = join(BUNDLE_ROOT, String(DEAD_OWNER));
    await mkdir(orphan, { recursive: true });
    const bundle = await buildDaemonBundle();
    try {
      assert.equal(existsSync(orphan), false, 'the build of a dead up is removed');
      assert.equal(dirname(bundle.entry), join(BUNDLE_ROOT, String(process.pid)));

      const help = await run(process.execPath, [bundle.entry, 'sim-ioc', '--help']);
      assert.match(help.stdout, /usage: brightline sim-ioc --beamline/);

      // deploy/facility-config.ts finds facility.yaml next to itself, not next to the chunk.
      const chunks = await readdir(dirname(bundle.entry));
      const texts = await Promise.all(chunks.filter((name) => name.endsWith('.mjs')).map((name) => readFile(join(dirname(bundle.entry), name), 'utf8')));
      const facilityConfigUrl = pathToFileURL(join(dirname(DEFAULT_FACILITY_CONFIG), 'facility-config.ts')).href;
      assert.ok(texts.some((text) => text.includes(JSON.stringify(facilityConfigUrl))), 'import.meta.url is pinned to the source file');
      assert.ok(texts.every((text) => !/\bimport\.meta\.url\b/.test(text.replace("import.meta['url']", ''))), 'no module uses the chunk address');
    } finally {
      await bundle.remove();
    }
    assert.equal(existsSync(dirname(bundle.entry)), false);
  });
});
