/**
 * The README's main command: `brightline up` on a machine with no NATS at NATS_URL starts its own
 * nats-server, brings up every beamline's processes, restarts one that dies, runs a scan, and
 * stops everything on Ctrl-C.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isListening } from '../../deploy/local-nats.js';
import { freePort, runCli, startCli, type CliProcess } from '../harness/cli-process.js';

const facility = (iocPort: number, secondIocPort: number): string => `
facility: up-test
beamlines:
  - id: BL01
    title: first
    devices:
      - { name: m1, kind: motor, pv: 'ca://UPT:m1' }
      - { name: det, kind: point-detector, pv: 'ca://UPT:det', exposure_s: 0.001 }
    ioc:
      prefix: 'UPT:'
      port: ${iocPort}
      records:
        - { type: motor, name: m1, egu: mm, velo: 20, hlm: 5, llm: -5, prec: 3 }
        - { type: calc, name: det, calc: 'A*EXP(-B*B)', inputs: { A: 100, B: 'm1.RBV' }, prec: 1 }
        - { type: bo, name: shutter, znam: closed, onam: open, value: 0 }
  - id: BL02
    title: second
    devices:
      - { name: theta, kind: motor, pv: 'ca://UPT2:theta' }
      - { name: counter, kind: point-detector, pv: 'ca://UPT2:counter', exposure_s: 0.001 }
    ioc:
      prefix: 'UPT2:'
      port: ${secondIocPort}
      records:
        - { type: motor, name: theta, egu: deg, velo: 50, hlm: 90, llm: 0, prec: 3, value: 10 }
        - { type: calc, name: counter, calc: 'A*EXP(-(B-C)*(B-C))', inputs: { A: 100, B: 'theta.RBV', C: 12 }, prec: 1 }
`;

describe('brightline up', () => {
  let dir: string;
  let port: number;
  let env: Record<string, string>;
  let up: CliProcess;
  let watch: CliProcess | undefined;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'brightline-up-'));
    port = await freePort();
    await writeFile(join(dir, 'facility.yaml'), facility(await freePort(), await freePort()));
    // Its own state dir (users file, the operator's token) and gateway port: nothing of the machine's.
    env = {
      NATS_URL: `nats://127.0.0.1:${port}`,
      BRIGHTLINE_NATS_STORE: join(dir, 'nats'),
      BRIGHTLINE_STATE_DIR: join(dir, 'state'),
      BRIGHTLINE_GATEWAY: `127.0.0.1:${await freePort()}`,
      BRIGHTLINE_DASHBOARD: `127.0.0.1:${await freePort()}`,
    };
    up = startCli(['up', '--config', join(dir, 'facility.yaml')], env);
  });

  after(async () => {
    // A clean stop if the test failed half way; the children also watch `up` and leave with it.
    up.child.kill('SIGINT');
    await Promise.race([up.exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    await up.kill('SIGKILL');
    await watch?.kill('SIGKILL');
    await rm(dir, { recursive: true, force: true });
  });

  it('starts its own NATS and every beamline, runs scans, restarts a dead process, and stops cleanly', async () => {
    await up.waitFor(/up-test: 2 beamlines ready in [\d.]+ s/, 60_000);
    assert.ok(await isListening('127.0.0.1', port), 'up started a nats-server on NATS_URL');
    assert.match(up.stdout, /BL01\s+first\s+pid \d+ :\d+\s+pid \d+\s+pid \d+\s+2: m1, det/);
    assert.match(up.stdout, /BL02\s+second\s+pid \d+ :\d+\s+pid \d+\s+pid \d+\s+2: theta, counter/);
    assert.match(up.stdout, /gateway\s+pid \d+: gRPC on 127\.0\.0\.1:\d+/);
    const whoami = await runCli(['whoami', '--json'], env);
    assert.equal(whoami.code, 0, whoami.stderr);
    assert.equal((JSON.parse(whoami.stdout) as { operator: boolean }).operator, true, 'up made the person who started it the operator');
    const dashboard = await fetch(`http://${env['BRIGHTLINE_DASHBOARD']}/healthz`);
    assert.equal(dashboard.status, 200, 'the gateway serves the dashboard');

    // The simulated IOC answers Channel Access; `ca` finds it through the facility config.
    const config = ['--config', join(dir, 'facility.yaml')];
    const opened = await runCli(['ca', 'put', 'UPT:shutter', '1', ...config], env);
    assert.equal(opened.code, 0, opened.stderr);
    assert.match(opened.stdout, /UPT:shutter\s+open/);
    const moved = await runCli(['ca', 'put', 'UPT:m1', '2.5', '--wait', ...config], env);
    assert.equal(moved.code, 0, moved.stderr);
    const rbv = await runCli(['ca', 'get', 'UPT:m1.RBV', 'UPT:m1.DMOV', ...config], env);
    assert.match(rbv.stdout, /UPT:m1.RBV\s+2.500 mm/);
    assert.match(rbv.stdout, /UPT:m1.DMOV\s+1/);

    const scan = await runCli(['scan', 'counter', 'theta', '10', '14', '5', '--beamline', 'BL02'], env);
    assert.equal(scan.code, 0, scan.stdout + scan.stderr);
    assert.match(scan.stdout, /ended: success \(5 events\)/);

    // The supervisor keeps the facility health model: a killed device host's devices show as
    // disconnected, with why, until `up` has restarted it (or as connecting under the new host).
    const health = await runCli(['health', '--json'], env);
    assert.equal(health.code, 0, health.stderr);
    const records = health.stdout.trim().split('\n').map((line) => JSON.parse(line) as { key: string; state: string });
    assert.equal(records.find((r) => r.key === 'BL01.m1')?.state, 'ok', health.stdout);
    assert.equal(records.find((r) => r.key === 'proc.run-engine.BL02')?.state, 'ok', health.stdout);
    watch = startCli(['health', '--watch', '--beamline', 'BL01'], env);
    await watch.waitFor(/m1/, 20_000);

    const pid = Number(/BL01\s+first\s+pid \d+ :\d+\s+pid (\d+)/.exec(up.stdout)?.[1]);
    process.kill(pid, 'SIGKILL');
    await up.waitFor(/BL01 device-host \(pid \d+\) exited with SIGKILL; restarting in/);
    // Either the supervisor notices first (no heartbeat for 3 intervals, 0.75 s) and says why, or
    // `up` restarted the host within that time and the new host's record of the device connecting
    // comes first (seen in a full CI run): a dead host is told by its silence, so before either the
    // device still shows ok.
    await watch.waitFor(/BL01 m1 \(device\)\s+ok → (disconnected\s+device host BL01 \(pid \d+\) (stopped responding|was replaced)|degraded\s+connecting)/, 20_000);
    await up.waitFor(/BL01 device-host\s*\| .*serving/, 20_000, 2);
    await watch.waitFor(/BL01 m1 \(device\)\s+\w+ → ok/, 20_000);
    await watch.kill('SIGINT');
    const again = await runCli(['scan', 'det', 'm1', '-1', '1', '3'], env);
    assert.equal(again.code, 0, again.stdout + again.stderr);

    // Kill the simulated IOC in the middle of a move: the move fails and says why, and once `up`
    // has restarted the IOC the device reconnects by itself.
    const slowed = await runCli(['configure', 'm1', 'velocity=1'], env);
    assert.equal(slowed.code, 0, slowed.stdout + slowed.stderr);
    const move = startCli(['mv', 'm1', '-4'], env);
    await move.waitFor(/m1/, 10_000);
    const iocPid = Number(/BL01\s+first\s+pid (\d+) :\d+/.exec(up.stdout)?.[1]);
    process.kill(iocPid, 'SIGKILL');
    const interrupted = await move.exited;
    assert.equal(interrupted.code, 1, move.stdout + move.stderr);
    assert.match(move.stdout + move.stderr, /connection lost|disconnected/);
    await up.waitFor(/BL01 sim-ioc \(pid \d+\) exited with SIGKILL; restarting in/);
    let read = await runCli(['read', 'm1'], env);
    for (let attempt = 0; read.code !== 0 && attempt < 60; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      read = await runCli(['read', 'm1'], env);
    }
    assert.equal(read.code, 0, read.stdout + read.stderr);
    const back = await runCli(['mv', 'm1', '0.5'], env);
    assert.equal(back.code, 0, back.stdout + back.stderr);

    up.child.kill('SIGINT');
    const { code } = await up.exited;
    assert.equal(code, 0, up.stderr);
    assert.match(up.stderr, /facility stopped/);
    // Its children ran the JavaScript build made for this `up` (deploy/daemon-bundle.ts), which goes with it.
    const bundle = /built the facility's processes as JavaScript in [\d.]+ s \(([^)]+)\)/.exec(up.stderr)?.[1];
    assert.ok(bundle, up.stderr);
    assert.equal(existsSync(bundle), false, 'the build is removed when the facility stops');
    assert.equal(await isListening('127.0.0.1', port), false, 'the nats-server up started is stopped with it');
  });
});
