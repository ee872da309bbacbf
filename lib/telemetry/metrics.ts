/**
 * Metrics for Prometheus: registers a global MeterProvider whose reader is the Prometheus exporter,
 * served on `/metrics` at a host:port of this process (loopback unless told otherwise). Without an
 * address nothing is registered and every instrument stays the API's no-op.
 *
 * The exporter's own HTTP server takes port 0 for its default (9464), so the exporter renders and
 * our server listens: a test can ask for a free port and learn which one it got.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { metrics } from '@opentelemetry/api';
import { PrometheusExporter } from '@opentelemetry/exporter-prometheus';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { AggregationTemporality, InstrumentType, MeterProvider } from '@opentelemetry/sdk-metrics';
import { BrightlineError, ErrorCode, InvalidArgumentError } from '../errors.js';
import { bindObservedGauges, METRICS_ENV } from './meter.js';

export { METRICS_ENV };
export const METRICS_PATH = '/metrics';
const DEFAULT_HOST = '127.0.0.1';

export interface MetricsOptions {
  /** service.name of the resource: the role (`device-host`, `run-engine`...). */
  service: string;
  /** service.instance.id: the beamline, or the supervisor's or gateway's instance name. */
  instance: string;
  /** `host:port`, `:port` or `port` (host 127.0.0.1); default: env BRIGHTLINE_METRICS; absent or empty: no metrics. */
  listen?: string;
}

export interface MetricsHandle {
  /** The port `/metrics` is served on; undefined when metrics are off. */
  readonly port: number | undefined;
  /** Stops serving and unregisters the provider. Idempotent. */
  stop(): Promise<void>;
}

/** Metrics were already started in this process: the API takes one global provider. */
export class MetricsAlreadyStartedError extends BrightlineError {
  constructor() {
    super(ErrorCode.FailedPrecondition, 'metrics are already started in this process (one MeterProvider per process)');
  }
}

/** The metrics address could not be listened on (in use, not an address of this host). */
export class MetricsListenError extends BrightlineError {
  constructor(readonly address: string, options?: ErrorOptions) {
    super(ErrorCode.Unavailable, `cannot serve metrics on ${address}: ${options?.cause instanceof Error ? options.cause.message : String(options?.cause)}`, {
      retryable: true,
      ...options,
    });
  }
}

/**
 * The Prometheus exporter, except that observable gauges are collected as deltas: with the
 * cumulative temporality it uses for everything, the SDK keeps exporting the last value of an
 * attribute set its callbacks no longer observe (a deleted device's health, a stopped run engine's
 * queue) for ever. As deltas, a scrape holds what the callbacks observed for it and nothing else;
 * a gauge's value is its last value either way.
 */
class PrometheusGaugeForgettingExporter extends PrometheusExporter {
  override selectAggregationTemporality(instrumentType: InstrumentType): AggregationTemporality {
    return instrumentType === InstrumentType.OBSERVABLE_GAUGE ? AggregationTemporality.DELTA : super.selectAggregationTemporality(instrumentType);
  }
}

const OFF: MetricsHandle = { port: undefined, stop: async () => undefined };

export async function startMetrics(options: MetricsOptions): Promise<MetricsHandle> {
  const address = options.listen ?? process.env[METRICS_ENV] ?? '';
  if (address.trim() === '') return OFF;
  const { host, port } = parseListenAddress(address);

  // Scope labels would repeat `brightline` on every series: there is one meter.
  const exporter = new PrometheusGaugeForgettingExporter({ preventServerStart: true, withoutScopeInfo: true });
  const provider = new MeterProvider({
    resource: resourceFromAttributes({ 'service.name': options.service, 'service.instance.id': options.instance }),
    readers: [exporter],
  });
  if (!metrics.setGlobalMeterProvider(provider)) {
    await provider.shutdown();
    throw new MetricsAlreadyStartedError();
  }
  bindObservedGauges();

  const server = createServer((request, response) => serveMetrics(exporter, request, response));
  let bound: number;
  try {
    bound = await listen(server, host, port);
  } catch (cause) {
    await unregister(provider);
    throw new MetricsListenError(`${host}:${port}`, { cause });
  }
  // A scrape in progress must not keep a stopping process alive.
  server.unref();

  let stopping: Promise<void> | undefined;
  return {
    port: bound,
    stop: () => {
      stopping ??= (async () => {
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeAllConnections();
        await closed;
        await unregister(provider);
      })();
      return stopping;
    },
  };
}

/** `host:port`, `[v6]:port`, `:port` or `port`; the port 0..65535. */
export function parseListenAddress(address: string): { host: string; port: number } {
  const match = /^(?:(\[[^\]]+\]|[^:]*):)?(\d+)$/.exec(address.trim());
  const port = match ? Number(match[2]) : NaN;
  if (!match || !Number.isInteger(port) || port > 65_535) {
    throw new InvalidArgumentError(`metrics address '${address}' is not host:port (e.g. 127.0.0.1:9464, or port 0 for a free one; ${METRICS_ENV})`);
  }
  const host = (match[1] ?? '').replace(/^\[(.*)\]$/, '$1');
  return { host: host || DEFAULT_HOST, port };
}

function serveMetrics(exporter: PrometheusExporter, request: IncomingMessage, response: ServerResponse): void {
  const path = (request.url ?? '').split('?')[0];
  if (path !== METRICS_PATH) {
    response.statusCode = 404;
    response.end();
    return;
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.statusCode = 405;
    response.setHeader('allow', 'GET, HEAD');
    response.end();
    return;
  }
  exporter.getMetricsRequestHandler(request, response);
}

function listen(server: Server, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host, port }, () => {
      server.off('error', reject);
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}

async function unregister(provider: MeterProvider): Promise<void> {
  // Only our own: another provider registered since (a test's) is not ours to remove.
  if (metrics.getMeterProvider() === provider) metrics.disable();
  await provider.shutdown();
}
