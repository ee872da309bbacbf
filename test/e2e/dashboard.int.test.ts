/**
 * The operations dashboard in real headless Chromium (Debian's, driven by playwright-core) against
 * real parts: a private nats-server, a supervisor, BL01's device host on simulated IOC records and
 * its run engine, and the gateway process serving the dashboard with a users file.
 *
 * The fault is what a control room sees when the beam is lost: the ring current record falls
 * below its LOLO limit, the IOC raises a MAJOR alarm, the device host records the device as
 * degraded with the alarm as its reason, and the dashboard must show it, let staff acknowledge it,
 * and forget the acknowledgement when the alarm comes back as a new occurrence.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { Bus } from '../../actors/transport/mod.js';
import { ALARM_ACK_BUCKET } from '../../actors/transport/subjects.js';
import { startRunEngine, type RunEngineHost } from '../../actors/plan/run-engine-host.js';
import { startSupervisor, type Supervisor } from '../../actors/supervisor/supervisor-host.js';
import { hashToken } from '../../gateway/auth/token-store.js';
import { AlarmAckMessage } from '../../gateway/dashboard/alarm-acks.js';
import { startGatewayProcess, type GatewayProcess } from '../../gateway/gateway-process.js';
import { chromiumMissing, launchChromium, type TestBrowser } from '../harness/browser.js';
import { startNatsServer, type NatsServerHandle } from '../harness/nats-server.js';
import { eventuallyValue } from '../harness/waits.js';
import { beamlineRecords, RunEngineClient, startSimBeamline, type SimBeamline } from '../plan/real-beamline.js';

const BL = 'BL01';
const STAFF_TOKEN = 'blt_dashboard-test-staff';
const OBSERVER_TOKEN = 'blt_dashboard-test-observer';
const SCAN_POINTS = 7;
const ARTIFACTS = join(process.cwd(), '.artifacts');
/** Generous bounds for things to appear on the page: this test proves they do, not how fast. */
const APPEAR_MS = 20_000;

const USERS = `users:
  - user: sam
    token_sha256: ${hashToken(STAFF_TOKEN)}
    roles: { ${BL}: staff }
  - user: olga
    token_sha256: ${hashToken(OBSERVER_TOKEN)}
    roles: { ${BL}: observer }
`;

/** What the in-page functions below use of the browser (the project compiles without the DOM's types). */
interface PageGlobals {
  appearedAt?: number;
  document: { body: unknown; querySelector(selector: string): unknown };
  MutationObserver: new (callback: () => void) => { observe(target: unknown, options: Record<string, boolean>): void };
}
interface PageCanvas {
  width: number;
  height: number;
  getContext(kind: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: ArrayLike<number> } } | null;
}

/** BL01's records, the ring current with a LOLO limit: below 50 mA the beam is lost (MAJOR alarm). */
function records(): unknown[] {
  return beamlineRecords().map((record) => {
    const definition = record as { name?: string };
    return definition.name === 'ring' ? { ...definition, lolo: 50, llsv: 'MAJOR' } : record;
  });
}

describe('operations dashboard in headless Chromium', () => {
  let nats: NatsServerHandle;
  const buses: Bus[] = [];
  let dir: string;
  let supervisor: Supervisor | undefined;
  let sim: SimBeamline | undefined;
  let engine: RunEngineHost | undefined;
  let client: RunEngineClient | undefined;
  let gateway: GatewayProcess | undefined;
  let browser: TestBrowser | undefined;
  let page: Page;
  let dashboardUrl: string;

  const connect = async (name: string): Promise<Bus> => {
    const bus = await Bus.connect({ servers: nats.url, name });
    buses.push(bus);
    return bus;
  };

  before(async () => {
    const missing = chromiumMissing();
    assert.equal(missing, undefined, missing);
    await mkdir(ARTIFACTS, { recursive: true });
    dir = await mkdtemp(join(tmpdir(), 'bl-dashboard-'));
    await writeFile(join(dir, 'users.yaml'), USERS);
    nats = await startNatsServer();
    supervisor = await startSupervisor({ bus: await connect('supervisor'), adoptGraceMs: 1_000 });
    sim = await startSimBeamline({ bus: await connect('device-host'), beamline: BL, prefix: 'DSH:', records: records() });
    engine = await startRunEngine({ bus: await connect('run-engine'), beamline: BL, heartbeatIntervalMs: 200 });
    client = new RunEngineClient(await connect('test'), BL);
    gateway = await startGatewayProcess({
      bus: await connect('gateway'), listen: '127.0.0.1:0', usersFile: join(dir, 'users.yaml'), beamlines: [BL], dashboard: '127.0.0.1:0',
    });
    assert.ok(gateway.dashboard, 'the gateway process serves the dashboard when given its address');
    dashboardUrl = gateway.dashboard.url;
    browser = await launchChromium({ width: 1366, height: 768 });
    page = await browser.context.newPage();
  });

  after(async () => {
    await browser?.close();
    await gateway?.stop();
    client?.close();
    await engine?.stop();
    await sim?.close();
    await supervisor?.stop();
    for (const bus of buses) await bus.close();
    await nats?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('answers the probe without a token and refuses the API without one', async () => {
    const probe = await fetch(new URL('/healthz', dashboardUrl));
    assert.equal(probe.status, 200);
    const events = await fetch(new URL('/api/events', dashboardUrl));
    assert.equal(events.status, 401);
    assert.match(((await events.json()) as { error: string }).error, /no bearer token/);
    const page = await fetch(dashboardUrl);
    assert.match(page.headers.get('content-security-policy') ?? '', /default-src 'self'/);
  });

  it('loads with the token from the URL fragment and shows BL01 OK, its devices and processes', async () => {
    await page.goto(`${dashboardUrl}#token=${STAFF_TOKEN}`);
    await page.waitForSelector(`[data-tile="${BL}"][data-state="ok"]`, { timeout: APPEAR_MS });
    assert.equal(new URL(page.url()).hash, '', 'the token leaves the address bar');
    await page.waitForSelector('body[data-connection="live"]');
    const tile = page.locator(`[data-tile="${BL}"]`);
    await tile.locator('.process', { hasText: 'run engine OK' }).waitFor({ timeout: APPEAR_MS });
    await tile.locator('.process', { hasText: 'device host OK' }).waitFor({ timeout: APPEAR_MS });
    assert.match(await tile.innerText(), /OK/);
    assert.match(await tile.locator('.counts').innerText(), /4 of 4 devices ok/);
    assert.equal(await page.locator('#me').innerText(), 'sam');
  });

  it("plots a scan's points as they come: as many points as the scan has", async () => {
    assert.ok(client);
    const running = page.waitForSelector(`[data-tile="${BL}"] [data-plan-state="running"]`, { timeout: APPEAR_MS });
    await client.submit('scan', { detectors: ['det'], motor: 'm1', start: 0, stop: 2, num: SCAN_POINTS });
    await running;
    const plot = page.locator(`[data-plot="${BL}"]`);
    await page.waitForSelector(`[data-plot="${BL}"][data-status="success"]`, { timeout: APPEAR_MS });
    assert.equal(await plot.getAttribute('data-points'), String(SCAN_POINTS));
    assert.match(await plot.locator('h3').innerText(), new RegExp(`det vs m1 · ${SCAN_POINTS} points · finished \\(success\\)`));
    // The canvas was drawn on: not a blank rectangle.
    const inked = await plot.locator('canvas').evaluate((canvas) => {
      const { width, height } = canvas as unknown as PageCanvas;
      const data = (canvas as unknown as PageCanvas).getContext('2d')?.getImageData(0, 0, width, height).data ?? [];
      let painted = 0;
      for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) painted++;
      return painted;
    });
    assert.ok(inked > 1_000, `the plot is drawn (${inked} pixels painted)`);
    await page.waitForSelector(`[data-tile="${BL}"] [data-plan-state="idle"]`, { timeout: APPEAR_MS });
  });

  it('shows a lost beam as an alarm with its reason, and staff acknowledge it for every console', async () => {
    assert.ok(sim);
    const key = `${BL}.ring_current`;
    const row = `[data-alarm="${key}"]`;
    // Timed in the page: when the row first exists, by the same wall clock the test reads.
    await page.evaluate((selector) => {
      const w = globalThis as unknown as PageGlobals;
      const observer = new w.MutationObserver(() => {
        if (w.appearedAt === undefined && w.document.querySelector(selector)) w.appearedAt = Date.now();
      });
      observer.observe(w.document.body, { childList: true, subtree: true, attributes: true });
    }, row);
    const injectedAt = Date.now();
    await sim.pv('ring').put([5]);
    await page.waitForSelector(row, { timeout: APPEAR_MS });
    const appearedAt = await page.evaluate(() => (globalThis as unknown as PageGlobals).appearedAt);
    console.log(`dashboard: the lost beam reached the page ${appearedAt === undefined ? '?' : appearedAt - injectedAt} ms after the IOC raised the alarm`);

    assert.match(await page.locator(row).innerText(), /DEGRADED[\s\S]*alarm MAJOR[\s\S]*BL01 ring_current[\s\S]*alarm MAJOR \(LOLO\) on ring_current/);
    await page.waitForSelector(`[data-tile="${BL}"][data-state="degraded"]`, { timeout: APPEAR_MS });
    assert.match(await page.locator(`[data-tile="${BL}"] .reason`).innerText(), /ring_current: alarm MAJOR \(LOLO\) on ring_current/);
    assert.equal(await page.locator('#facility-state').innerText(), 'DEGRADED');

    // An observer sees the alarm but may not acknowledge it; the server refuses it too.
    const observerPage = await browser!.context.newPage();
    await observerPage.goto(`${dashboardUrl}#token=${OBSERVER_TOKEN}`);
    await observerPage.waitForSelector(`${row} .ack`, { timeout: APPEAR_MS });
    assert.equal(await observerPage.locator(`${row} button`).count(), 0);
    const since = Number(await page.locator(row).getAttribute('data-since'));
    const refused = await fetch(new URL('/api/alarms/ack', dashboardUrl), {
      method: 'POST', headers: { authorization: `Bearer ${OBSERVER_TOKEN}` }, body: JSON.stringify({ key, since }),
    });
    assert.equal(refused.status, 403);
    assert.match(((await refused.json()) as { error: string }).error, /needs the staff role; olga is an observer there/);

    await page.locator(`${row} button`).click();
    await page.waitForSelector(`${row}[data-acked-by="sam"]`, { timeout: APPEAR_MS });
    assert.match(await page.locator(row).innerText(), /acknowledged by sam at/);
    await observerPage.waitForSelector(`${row}[data-acked-by="sam"]`, { timeout: APPEAR_MS });
    await observerPage.close();
    const ack = await (await buses[0]!.kv(ALARM_ACK_BUCKET)).get(key, AlarmAckMessage);
    assert.deepEqual([ack?.value.user, ack?.value.since], ['sam', since], 'the acknowledgement is in KV for every console');
  });

  it('forgets the acknowledgement when the alarm comes back as a new occurrence', async () => {
    assert.ok(sim);
    const key = `${BL}.ring_current`;
    const row = `[data-alarm="${key}"]`;
    await sim.pv('ring').put([200]);
    await page.waitForSelector(row, { state: 'detached', timeout: APPEAR_MS });
    await page.waitForSelector(`[data-tile="${BL}"][data-state="ok"]`, { timeout: APPEAR_MS });
    await sim.pv('ring').put([3]);
    await page.waitForSelector(`${row}:not([data-acked-by])`, { timeout: APPEAR_MS });
    const bucket = await buses[0]!.kv(ALARM_ACK_BUCKET);
    await eventuallyValue('the stale acknowledgement deleted from KV', async () => ((await bucket.get(key, AlarmAckMessage)) === undefined ? true : undefined));

    await page.screenshot({ path: join(ARTIFACTS, 'dashboard.png'), fullPage: true });
    await page.setViewportSize({ width: 3840, height: 2160 });
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard-wall.png') });
    await page.setViewportSize({ width: 1366, height: 768 });
  });

  it('asks for a token when it has none, and again when the dashboard refuses one', async () => {
    const fresh = await browser!.context.newPage();
    await fresh.goto(dashboardUrl);
    await fresh.waitForSelector('#token-prompt:not([hidden])', { timeout: APPEAR_MS });
    assert.equal(await fresh.locator('#token-error').isVisible(), false);

    await fresh.goto(`${dashboardUrl}#token=blt_nobody-has-this`);
    await fresh.waitForSelector('#token-prompt:not([hidden])', { timeout: APPEAR_MS });
    assert.match(await fresh.locator('#token-error').innerText(), /refused that token: unknown token/);
    assert.equal(await fresh.getAttribute('body', 'data-connection'), 'refused');

    // A good token typed into the prompt opens the dashboard.
    await fresh.fill('#token-input', OBSERVER_TOKEN);
    await fresh.click('#token-form button');
    await fresh.waitForSelector(`[data-tile="${BL}"]`, { timeout: APPEAR_MS });
    assert.equal(await fresh.locator('#token-prompt').isVisible(), false);
    await fresh.close();
  });

  it('says the data may be out of date while the gateway has lost NATS, and live again once it is back', async () => {
    const { port, storeDir } = nats;
    await nats.stop({ keepStore: true });
    await page.waitForSelector('body[data-bus="lost"]', { timeout: APPEAR_MS });
    assert.equal(await page.locator('#bus-lost').isVisible(), true);
    assert.match(await page.locator('#bus-lost').innerText(), /The gateway lost its connection to NATS at \d\d:\d\d:\d\d — what you see may be out of date/);
    assert.equal(await page.locator('#connection').innerText(), 'out of date');
    nats = await startNatsServer({ port, storeDir });
    await page.waitForSelector('body[data-bus="connected"]', { timeout: 30_000 });
    assert.equal(await page.locator('#bus-lost').isVisible(), false);
  });

  it('says the connection is lost, prominently, when the gateway goes away', async () => {
    await gateway?.stop();
    await page.waitForSelector('body[data-connection="lost"]', { timeout: APPEAR_MS });
    assert.equal(await page.locator('#connection-lost').isVisible(), true);
    assert.match(await page.locator('#connection-lost').innerText(), /CONNECTION LOST — retrying/);
  });
});
