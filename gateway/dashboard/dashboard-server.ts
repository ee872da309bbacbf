/**
 * The operations dashboard's HTTP server (node:http, or node:https with a certificate): the page,
 * its event stream, acknowledgements and a probe. It reads the facility only over NATS (feeds into
 * one FacilityModel) and pushes every change to every open page within a coalescing window.
 *
 * | route                  | auth               | what                                                    |
 * |------------------------|--------------------|---------------------------------------------------------|
 * | GET /, /static/*       | none               | the page (it holds no data; it asks for a token)        |
 * | GET /healthz           | none               | 200 while serving, for probes                           |
 * | GET /api/whoami        | any known token    | who the token belongs to                                |
 * | GET /api/events        | any known token    | text/event-stream: the whole view, then what changed     |
 * | POST /api/alarms/ack   | staff or operator  | {key, since}: acknowledges that occurrence of the alarm  |
 */
import { setMaxListeners } from 'node:events';
import { readFile } from 'node:fs/promises';
import * as http from 'node:http';
import * as https from 'node:https';
import type { AddressInfo } from 'node:net';
import { BrightlineError, ErrorCode, InvalidArgumentError } from '../../lib/errors.js';
import { silentLogger, type Logger } from '../../lib/log.js';
import type { Bus } from '../../actors/transport/mod.js';
import { isLoopback } from '../auth/loopback.js';
import { describeRoles } from '../auth/policy.js';
import { UnauthenticatedError } from '../bearer.js';
import type { Identity } from '../rpc.js';
import { GatewayConfigError, parseListen } from '../server.js';
import { acknowledge, mayAcknowledge, parseAckRequest } from './acknowledge.js';
import { AlarmAcks } from './alarm-acks.js';
import { EventStream } from './event-stream.js';
import { FacilityModel } from './facility-model.js';
import { startHealthFeed } from './health-feed.js';
import { sendError, sendJson } from './http-errors.js';
import { startPlanFeed } from './plan-feed.js';
import { RunDocuments } from './run-documents.js';
import { StaticFiles } from './static-files.js';

export interface DashboardOptions {
  bus: Bus;
  /** `host:port`; port 0 takes a free one. The CLI's default is 127.0.0.1:8080. */
  listen: string;
  /** The identity a bearer token belongs to; undefined for an unknown token (the gateway's TokenStore). */
  identify(token: string): Identity | undefined;
  /** The facility's beamlines, shown even before anything of theirs reports (FAC: the shared devices). */
  beamlines?: readonly string[];
  logger?: Logger;
  /** Required for a listen address other than loopback, unless `insecure`. */
  tls?: { certFile: string; keyFile: string };
  /** Serve plain HTTP on a non-loopback address (tokens cross the network readable by anyone on it). */
  insecure?: boolean;
  /** Milliseconds since the epoch; acknowledgement times. */
  now?: () => number;
}

export interface Dashboard {
  /** `host:port` with the port actually bound. */
  readonly address: string;
  /** What to open in a browser (add `#token=<token>`). */
  readonly url: string;
  /** Ends every event stream, stops the feeds and closes the port. Idempotent. */
  stop(): Promise<void>;
}

export class RouteNotFoundError extends BrightlineError {
  constructor(method: string, path: string) {
    super(ErrorCode.NotFound, `no ${method} ${path} here: the dashboard is at /`);
  }
}

export class RequestTooLargeError extends BrightlineError {
  constructor(limit: number) {
    super(ErrorCode.ResourceExhausted, `the request body is over ${limit} bytes`);
  }
}

/** Changes within this window go out as one message: a burst of records costs one repaint. */
const COALESCE_MS = 25;
const MAX_BODY_BYTES = 4_096;
/** How long stop() lets requests in flight (an acknowledgement) finish before it cuts them. */
const SHUTDOWN_GRACE_MS = 2_000;

export async function startDashboard(options: DashboardOptions): Promise<Dashboard> {
  const logger = options.logger ?? silentLogger;
  const now = options.now ?? Date.now;
  const { host, port: wantedPort } = parseListen(options.listen);
  const tls = await serverTls(host, options);
  const files = await StaticFiles.load();

  const stopping = new AbortController();
  setMaxListeners(0, stopping.signal);
  const model = new FacilityModel(options.beamlines ?? []);
  const acks = new AlarmAcks(options.bus);
  const runs = new RunDocuments(options.bus, model, logger, stopping.signal);
  const plans = startPlanFeed(options.bus, model, runs, logger, stopping.signal);
  const health = startHealthFeed({ bus: options.bus, model, acks, logger, signal: stopping.signal, onRecord: (previous, next) => {
    // A run engine that (re)started has published nothing yet: ask it where it stands.
    if (next?.kind === 'process' && next.name === 'run-engine' && next.state === 'ok' && previous?.state !== 'ok') plans.refresh(next.beamline);
  } });
  for (const beamline of options.beamlines ?? []) if (beamline !== 'FAC') plans.refresh(beamline);
  // Without NATS the feeds are silent: the page must say its data is going stale, not "live".
  model.bus = { connected: options.bus.connected, since: now() / 1000 };
  const unwatchBus = options.bus.onConnectionChange((connected) => {
    model.bus = { connected, since: now() / 1000 };
    model.changed();
  });

  const streams = new Set<EventStream>();
  let flushTimer: NodeJS.Timeout | undefined;
  const unlisten = model.onChange(() => {
    flushTimer ??= setTimeout(() => {
      flushTimer = undefined;
      for (const stream of streams) stream.update();
    }, COALESCE_MS);
  });

  const authenticate = (request: http.IncomingMessage): { identity: Identity; token: string } => {
    const header = request.headers.authorization;
    const token = header === undefined ? undefined : /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1];
    if (token === undefined) throw new UnauthenticatedError(header === undefined ? 'no bearer token: open the dashboard with #token=<your token> or paste it in the prompt' : "the authorization header is not 'Bearer <token>'");
    const identity = options.identify(token);
    if (!identity) throw new UnauthenticatedError('unknown token: ask the facility operator for a token');
    return { identity, token };
  };

  const handle = async (request: http.IncomingMessage, response: http.ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://dashboard');
    const method = request.method ?? 'GET';
    if ((method === 'GET' || method === 'HEAD') && files.serve(url.pathname, response, method === 'HEAD')) return;
    if (method === 'GET' && url.pathname === '/healthz') {
      sendJson(response, 200, { status: 'serving', viewers: streams.size });
      return;
    }
    if (method === 'GET' && url.pathname === '/api/whoami') {
      const { identity } = authenticate(request);
      sendJson(response, 200, { user: identity.user, operator: identity.operator, roles: describeRoles(identity) });
      return;
    }
    if (method === 'GET' && url.pathname === '/api/events') {
      const { identity, token } = authenticate(request);
      const stream = new EventStream({
        response, model, identity, now,
        reidentify: () => options.identify(token),
        canAck: mayAcknowledge,
        onClose: () => streams.delete(stream),
      });
      if (stopping.signal.aborted) stream.close();
      else streams.add(stream);
      return;
    }
    if (method === 'POST' && url.pathname === '/api/alarms/ack') {
      const { identity } = authenticate(request);
      const ack = await acknowledge(model, acks, identity, parseAckRequest(await readJson(request)), now() / 1000);
      sendJson(response, 200, { ack });
      return;
    }
    throw new RouteNotFoundError(method, url.pathname);
  };

  const listener = (request: http.IncomingMessage, response: http.ServerResponse): void => {
    handle(request, response).catch((error: unknown) => sendError(response, error, logger));
  };
  const server = tls ? https.createServer({ cert: tls.cert, key: tls.key }, listener) : http.createServer(listener);
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(wantedPort, host.replace(/^\[(.*)\]$/, '$1'), () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (cause) {
    stopping.abort();
    unlisten();
    unwatchBus();
    plans.stop();
    await Promise.all([health.stop(), runs.stop()]);
    throw new GatewayConfigError(`dashboard cannot listen on ${options.listen}: ${(cause as Error).message}`, { cause });
  }
  const port = (server.address() as AddressInfo).port;
  const address = `${host}:${port}`;
  const url = `${tls ? 'https' : 'http'}://${address}/`;
  logger.info(`dashboard on ${url}${tls ? ' (TLS)' : ''}`);

  let stopped: Promise<void> | undefined;
  return {
    address,
    url,
    stop: () => {
      stopped ??= (async () => {
        stopping.abort();
        unlisten();
        unwatchBus();
        clearTimeout(flushTimer);
        for (const stream of [...streams]) stream.close();
        plans.stop();
        await Promise.all([closeServer(server), health.stop(), runs.stop()]);
        logger.info(`dashboard on ${address} stopped`);
      })();
      return stopped;
    },
  };
}

/** Closes the port; idle keep-alive connections at once, busy ones after a grace. */
async function closeServer(server: http.Server): Promise<void> {
  await new Promise<void>((resolve) => {
    const timer = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS);
    server.close(() => {
      clearTimeout(timer);
      resolve();
    });
    server.closeIdleConnections();
  });
}

async function readJson(request: http.IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new RequestTooLargeError(MAX_BODY_BYTES);
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch (cause) {
    throw new InvalidArgumentError('the request body is not JSON', { cause });
  }
}

async function serverTls(host: string, options: DashboardOptions): Promise<{ cert: Buffer; key: Buffer } | undefined> {
  if (options.tls) {
    const read = async (path: string, what: string): Promise<Buffer> => {
      try {
        return await readFile(path);
      } catch (cause) {
        throw new GatewayConfigError(`cannot read the dashboard's TLS ${what} ${path}: ${(cause as Error).message}`, { cause });
      }
    };
    return { cert: await read(options.tls.certFile, 'certificate'), key: await read(options.tls.keyFile, 'private key') };
  }
  if (!isLoopback(host) && !options.insecure) {
    throw new GatewayConfigError(
      `refusing to serve the dashboard on ${host} without TLS: bearer tokens would cross the network in clear text; ` +
        'give a certificate and key (--tls-cert, --tls-key), listen on 127.0.0.1, or pass --insecure on a network you trust',
    );
  }
  return undefined;
}
