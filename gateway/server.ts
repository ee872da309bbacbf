/**
 * The gateway process's gRPC server: brightline.v1.Facility (every method through one pipeline:
 * decode, authenticate, authorize, handle, map errors by the status table), grpc.health.v1 and
 * server reflection. Handlers reach the facility only over the bus.
 */
import { setMaxListeners } from 'node:events';
import { readFile } from 'node:fs/promises';
import * as grpc from '@grpc/grpc-js';
import { silentLogger, type Logger } from '../lib/log.js';
import { InvalidArgumentError } from '../lib/errors.js';
import type { Bus } from '../actors/transport/mod.js';
import { isLoopback } from './auth/loopback.js';
import { facilityHandlers } from './facility-handlers.js';
import { facilityImplementation, servedDefinition } from './facility-service.js';
import { startGrpcHealth } from './grpc-health.js';
import { addReflection } from './reflection.js';
import type { Identity } from './rpc.js';

export interface GatewayOptions {
  bus: Bus;
  /** `host:port`; port 0 takes a free one. The CLI's default is 127.0.0.1:50051. */
  listen: string;
  /** The identity a bearer token belongs to; undefined for an unknown token. */
  identify(token: string): Identity | undefined;
  logger?: Logger;
  /** Required for a listen address other than loopback, unless `insecure`. */
  tls?: { certFile: string; keyFile: string };
  /** Serve plain text on a non-loopback address (tokens cross the network readable by anyone on it). */
  insecure?: boolean;
}

export interface Gateway {
  /** `host:port` as clients dial it, with the port actually bound. */
  readonly address: string;
  readonly port: number;
  /** Ends every call (streams end, moves of cancelled sets are stopped) and closes the port. Idempotent. */
  stop(): Promise<void>;
}

/** How long stop() lets calls finish before it cuts the remaining connections. */
const SHUTDOWN_GRACE_MS = 3_000;

export class GatewayConfigError extends InvalidArgumentError {}

export async function startGateway(options: GatewayOptions): Promise<Gateway> {
  const logger = options.logger ?? silentLogger;
  const { host, port: wantedPort } = parseListen(options.listen);
  const credentials = await serverCredentials(host, options);

  const stopping = new AbortController();
  // Every open call listens to it: a hundred watch streams are normal, not a leak.
  setMaxListeners(0, stopping.signal);
  const server = new grpc.Server();
  const handlers = facilityHandlers(options.bus, logger, stopping.signal);
  server.addService(servedDefinition(), facilityImplementation({ handlers, identify: options.identify, logger, stopping: stopping.signal }));
  const health = startGrpcHealth(server, options.bus, logger);
  addReflection(server);

  let port: number;
  try {
    port = await new Promise<number>((resolve, reject) => {
      server.bindAsync(`${host}:${wantedPort}`, credentials, (error, bound) => (error ? reject(error) : resolve(bound)));
    });
  } catch (cause) {
    stopping.abort();
    health.stop();
    server.forceShutdown();
    throw new GatewayConfigError(`cannot listen on ${options.listen}: ${(cause as Error).message}`, { cause });
  }
  const address = `${host}:${port}`;
  logger.info(`gateway listening on ${address}${options.tls ? ' (TLS)' : ''}`);

  let stopped: Promise<void> | undefined;
  return {
    address,
    port,
    stop: () => {
      stopped ??= (async () => {
        health.stop();
        stopping.abort();
        await shutdown(server);
        logger.info(`gateway on ${address} stopped`);
      })();
      return stopped;
    },
  };
}

/** Lets calls that end on the stopping signal finish; cuts the rest (e.g. grpc.health.v1 watchers) after the grace. */
async function shutdown(server: grpc.Server): Promise<void> {
  await new Promise<void>((resolve) => {
    const timer = setTimeout(() => {
      server.forceShutdown();
      resolve();
    }, SHUTDOWN_GRACE_MS);
    server.tryShutdown(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** `127.0.0.1:50051`, `[::1]:0`, `0.0.0.0:50051` into host and port. */
export function parseListen(listen: string): { host: string; port: number } {
  const match = /^(\[[0-9a-fA-F:.]+\]|[^:[\]]+):(\d{1,5})$/.exec(listen.trim());
  const port = Number(match?.[2]);
  if (!match?.[1] || !Number.isInteger(port) || port > 65535) {
    throw new GatewayConfigError(`listen address '${listen}' is not host:port (e.g. 127.0.0.1:50051; port 0 picks a free one)`);
  }
  return { host: match[1], port };
}

async function serverCredentials(host: string, options: GatewayOptions): Promise<grpc.ServerCredentials> {
  if (options.tls) {
    const [cert, key] = await Promise.all([
      readPem(options.tls.certFile, 'certificate'),
      readPem(options.tls.keyFile, 'private key'),
    ]);
    return grpc.ServerCredentials.createSsl(null, [{ cert_chain: cert, private_key: key }], false);
  }
  if (!isLoopback(host) && !options.insecure) {
    throw new GatewayConfigError(
      `refusing to serve ${host} without TLS: bearer tokens would cross the network in clear text; ` +
        'give a certificate and key (--tls-cert, --tls-key), listen on 127.0.0.1, or pass --insecure on a network you trust',
    );
  }
  return grpc.ServerCredentials.createInsecure();
}

async function readPem(path: string, what: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (cause) {
    throw new GatewayConfigError(`cannot read the TLS ${what} ${path}: ${(cause as Error).message}`, { cause });
  }
}
