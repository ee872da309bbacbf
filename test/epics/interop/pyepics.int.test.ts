/**
 * Interop with the real EPICS libca: Debian's python3-pyepics reads, writes (with and without
 * waiting for put-callback) and monitors PVs served by brightline's TypeScript CA server.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CaServer } from '../../../epics/server/mod.js';
import { createDatabase, type RecordDatabase } from '../../../epics/server/records/mod.js';
import { freePort } from '../../harness/cli-process.js';

const PYTHON = '/usr/bin/python3';
const PROBE = fileURLToPath(new URL('./pyepics_probe.py', import.meta.url));

interface ProbeResult {
  do: string;
  pv: string;
  [key: string]: unknown;
}

const RECORDS = [
  { type: 'motor', name: 'm1', egu: 'mm', velo: 2, accl: 0.1, hlm: 10, llm: -10, prec: 3, value: 0 },
  { type: 'ai', name: 'ring_current', value: 299.5, egu: 'mA', prec: 2, low: 200, lolo: 100 },
  { type: 'ao', name: 'gain', value: 1, egu: 'x', drvh: 100, drvl: 0, prec: 1 },
  { type: 'mbbo', name: 'filter', states: ['out', 'Al 0.1mm', 'Al 0.5mm', 'Cu 0.1mm'], value: 0 },
  { type: 'stringout', name: 'sample', value: 'lysozyme' },
  { type: 'waveform', name: 'spectrum', ftvl: 'double', nelm: 8, value: [1, 2, 3, 4, 5, 6, 7, 8] },
  { type: 'bi', name: 'shutter', znam: 'closed', onam: 'open', value: 1 },
];

describe('pyepics (real libca) against the brightline CA server', { skip: !existsSync(PYTHON) && 'no /usr/bin/python3' }, () => {
  let database: RecordDatabase;
  let server: CaServer;
  let env: Record<string, string>;

  before(async () => {
    database = createDatabase('IOP:', RECORDS);
    server = new CaServer({ source: database, host: '127.0.0.1', tcpPort: 0, udpPort: 0, beaconPort: await freePort() });
    const { udpPort } = await server.start();
    env = {
      EPICS_CA_ADDR_LIST: `127.0.0.1:${udpPort}`,
      EPICS_CA_AUTO_ADDR_LIST: 'NO',
      EPICS_CA_REPEATER_PORT: String(await freePort()),
    };
  });

  after(async () => {
    await server.stop();
    database.close();
  });

  const probe = (steps: object[]): Promise<ProbeResult[]> => runProbe(steps, env);

  it('reads values with their metadata: time stamps, units, precision, limits, enum strings, arrays', async () => {
    const [ring, motor, filter, sample, spectrum] = await probe([
      { do: 'get', pv: 'IOP:ring_current', form: 'time' },
      { do: 'get', pv: 'IOP:m1.VAL', form: 'ctrl' },
      { do: 'get', pv: 'IOP:filter', form: 'ctrl', as_string: true },
      { do: 'get', pv: 'IOP:sample' },
      { do: 'get', pv: 'IOP:spectrum' },
    ]);
    assert.equal(ring?.['value'], 299.5);
    assert.equal(ring?.['severity'], 0);
    assert.ok(Math.abs(Number(ring?.['timestamp']) * 1000 - Date.now()) < 3_600_000, 'the time stamp is a real EPICS time');
    assert.equal(motor?.['units'], 'mm');
    assert.equal(motor?.['precision'], 3);
    assert.equal(motor?.['upper_ctrl_limit'], 10);
    assert.equal(motor?.['lower_ctrl_limit'], -10);
    assert.equal(filter?.['value'], 'out');
    assert.deepEqual(filter?.['enum_strs'], ['out', 'Al 0.1mm', 'Al 0.5mm', 'Cu 0.1mm']);
    assert.equal(sample?.['value'], 'lysozyme');
    assert.deepEqual(spectrum?.['value'], [1, 2, 3, 4, 5, 6, 7, 8]);
    assert.equal(spectrum?.['count'], 8);
  });

  it('writes, and waits for put-callback: a motor move completes before caput(wait=True) returns', async () => {
    const results = await probe([
      { do: 'put', pv: 'IOP:gain', value: 42.5 },
      { do: 'get', pv: 'IOP:gain' },
      { do: 'put', pv: 'IOP:filter', value: 2 },
      { do: 'get', pv: 'IOP:filter', as_string: true },
      { do: 'put', pv: 'IOP:sample', value: 'thaumatin' },
      { do: 'get', pv: 'IOP:sample' },
      { do: 'put', pv: 'IOP:m1.VAL', value: 1.5, wait: true },
      { do: 'get', pv: 'IOP:m1.RBV' },
      { do: 'get', pv: 'IOP:m1.DMOV' },
    ]);
    const [, gain, , filter, , sample, move, rbv, dmov] = results;
    assert.equal(gain?.['value'], 42.5);
    assert.equal(filter?.['value'], 'Al 0.5mm');
    assert.equal(sample?.['value'], 'thaumatin');
    assert.equal(move?.['status'], 1, 'caput(wait=True) reports success');
    // Read right after caput returned: only a put-callback that waited for the move sees it done.
    assert.equal(rbv?.['value'], 1.5, 'the readback is at the target once the put-callback completed');
    assert.equal(dmov?.['value'], 1, 'the motor reports done moving');
  });

  it('reports a refused put: outside the motor soft limits the position does not change', async () => {
    const [, after] = await probe([
      { do: 'put', pv: 'IOP:m1.VAL', value: 50, wait: true, timeout: 3 },
      { do: 'get', pv: 'IOP:m1.RBV' },
    ]);
    assert.notEqual(after?.['value'], 50);
  });

  it('monitors: libca receives the updates the IOC posts', async () => {
    const ring = database.record('ring_current');
    assert.ok(ring);
    let current = 299.5;
    const timer = setInterval(() => {
      current -= 0.5;
      ring.setValue([current]);
    }, 50);
    try {
      const [monitor] = await probe([{ do: 'monitor', pv: 'IOP:ring_current', count: 10, seconds: 5 }]);
      const values = monitor?.['values'] as number[];
      assert.ok(values.length >= 10, `got ${values.length} updates`);
      for (let i = 1; i < values.length; i++) assert.ok((values[i] ?? 0) < (values[i - 1] ?? 0), 'updates arrive in order');
    } finally {
      clearInterval(timer);
    }
  });
});

function runProbe(steps: object[], env: Record<string, string>): Promise<ProbeResult[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(PYTHON, [PROBE, JSON.stringify(steps)], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.once('error', reject);
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (code !== 0) {
        reject(new Error(`pyepics probe exited with ${code}\n${stderr}`));
        return;
      }
      resolve(stdout.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as ProbeResult));
    });
  });
}
