/**
 * Telemetry of one long-lived process: traces (OTLP/HTTP when OTEL_EXPORTER_OTLP_ENDPOINT or
 * OTEL_EXPORTER_OTLP_TRACES_ENDPOINT is set) and metrics (Prometheus `/metrics` when
 * BRIGHTLINE_METRICS names an address; `brightline up` gives each process one). Either is off, at
 * no cost, when its variable is absent.
 */
import { describeError } from '../errors.js';
import type { Logger } from '../log.js';
import { METRICS_ENV } from './meter.js';
import { startTracing } from './tracing.js';

export interface Telemetry {
  /** Flushes pending spans and stops serving metrics. */
  stop(): Promise<void>;
}

/** `role` and `instance` name the process in every span and series (service.name, service.instance.id). */
export async function startTelemetry(role: string, instance: string, logger: Logger): Promise<Telemetry> {
  const tracing = startTracing({ service: role, instance, logger });
  if (tracing.enabled) logger.info(`traces go to ${tracing.destination}`);
  const stopMetrics = await startMetricsIfAsked(role, instance, logger);
  return {
    stop: async () => {
      await stopMetrics();
      await tracing.stop();
    },
  };
}

async function startMetricsIfAsked(role: string, instance: string, logger: Logger): Promise<() => Promise<void>> {
  const listen = process.env[METRICS_ENV]?.trim();
  if (!listen) return async () => undefined;
  // The SDK takes about half a second to load: only a process that serves metrics pays for it.
  const { METRICS_PATH, startMetrics } = await import('./metrics.js');
  try {
    const metrics = await startMetrics({ service: role, instance, listen });
    logger.info(`metrics on ${listen.replace(/:\d*$/, '')}:${metrics.port ?? '?'}${METRICS_PATH}`);
    return () => metrics.stop();
  } catch (error) {
    // Losing the metrics must not take the process (a device host, a run engine) down with it.
    logger.warn(`running without metrics: ${describeError(error)}`);
    return async () => undefined;
  }
}
