/**
 * Tracing for one brightline process: a global tracer provider (parent-based, always on), the
 * AsyncLocalStorage context manager and the W3C propagator, with spans going to the exporter given
 * (tests) or over OTLP/HTTP where the environment names a collector. With neither, nothing is
 * registered at all: the API stays no-op, so hot paths (Bus.request, CA puts) pay nothing for it.
 *
 * Instruments live where the work happens (`trace.getTracer('brightline.<area>')` from
 * @opentelemetry/api); only this module touches the SDK.
 */
import { createRequire } from 'node:module';
import { context, propagation, trace } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import type * as AsyncHooksModule from '@opentelemetry/context-async-hooks';
import type * as OtlpModule from '@opentelemetry/exporter-trace-otlp-http';
import type * as ResourcesModule from '@opentelemetry/resources';
import type * as SdkModule from '@opentelemetry/sdk-trace-base';
import type { SpanExporter, SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { BrightlineError, ErrorCode, InvalidArgumentError } from '../errors.js';
import { silentLogger, type Logger } from '../log.js';
import { reportingExportFailures } from './export-reporter.js';

export interface TracingOptions {
  /** `service.name` of every span (OTEL_SERVICE_NAME overrides it): the process's role, e.g. `run-engine`. */
  service: string;
  /** `service.instance.id`: which one of the role, e.g. the beamline. */
  instance: string;
  /** Where spans go, each as it ends (tests: InMemorySpanExporter). Without it, OTLP/HTTP when the environment names an endpoint. */
  exporter?: SpanExporter;
  /** Where a collector that cannot be reached (or refuses the spans) is reported. */
  logger?: Logger;
}

export interface Tracing {
  /** False when nothing was registered: no exporter, no OTLP endpoint (or OTEL_SDK_DISABLED, OTEL_TRACES_EXPORTER=none). */
  readonly enabled: boolean;
  /** Where spans go, for the start-up log: the OTLP URL, 'the given exporter', or 'nowhere'. */
  readonly destination: string;
  /** Exports what is pending and unregisters everything. */
  stop(): Promise<void>;
}

/** The OTLP/HTTP path of traces under a base endpoint (the OTLP exporter specification). */
const TRACES_PATH = 'v1/traces';

// The SDK is loaded only by a process that traces: with the OTLP exporter it costs 150-250 ms of
// start-up (measured on the dev box), which a CLI verb like `brightline status` should not pay.
const load = createRequire(import.meta.url);

let active = false;

/**
 * Registers tracing for the process, once. After `stop()` it may be started again, but tracers a
 * module obtained before the stop stay bound to the stopped provider (an @opentelemetry/api rule):
 * start it once per process (a test file is one process under `node --test`).
 */
export function startTracing(options: TracingOptions): Tracing {
  const destination = options.exporter ? undefined : otlpTracesUrl(process.env);
  if (!options.exporter && destination === undefined) return { enabled: false, destination: 'nowhere', stop: async () => undefined };
  if (active) throw new BrightlineError(ErrorCode.FailedPrecondition, 'tracing is already started in this process');

  const sdk = load('@opentelemetry/sdk-trace-base') as typeof SdkModule;
  const { AsyncLocalStorageContextManager } = load('@opentelemetry/context-async-hooks') as typeof AsyncHooksModule;
  const { resourceFromAttributes } = load('@opentelemetry/resources') as typeof ResourcesModule;

  const processor: SpanProcessor = options.exporter
    ? new sdk.SimpleSpanProcessor(options.exporter)
    : new sdk.BatchSpanProcessor(reportingExportFailures(otlpExporter(destination ?? ''), { destination: destination ?? '', logger: options.logger ?? silentLogger }));
  const provider = new sdk.BasicTracerProvider({
    resource: resourceFromAttributes({
      'service.name': process.env['OTEL_SERVICE_NAME'] || options.service,
      'service.namespace': 'brightline',
      'service.instance.id': options.instance,
    }),
    sampler: new sdk.ParentBasedSampler({ root: new sdk.AlwaysOnSampler() }),
    spanProcessors: [processor],
  });
  const contextManager = new AsyncLocalStorageContextManager().enable();
  const registered = [
    context.setGlobalContextManager(contextManager) && (() => context.disable()),
    trace.setGlobalTracerProvider(provider) && (() => trace.disable()),
    propagation.setGlobalPropagator(new W3CTraceContextPropagator()) && (() => propagation.disable()),
  ];
  if (registered.includes(false)) {
    // Undo only our own registrations: the other SDK keeps its own.
    for (const undo of registered) if (undo) undo();
    contextManager.disable();
    throw new BrightlineError(ErrorCode.FailedPrecondition, 'another OpenTelemetry SDK is registered in this process');
  }
  active = true;
  let stopped: Promise<void> | undefined;
  return {
    enabled: true,
    destination: destination ?? 'the given exporter',
    stop: () =>
      // A last batch the collector did not take was reported by reportingExportFailures; a
      // process stopping must not fail for it.
      (stopped ??= provider.shutdown().catch(() => undefined).finally(() => {
        trace.disable();
        propagation.disable();
        context.disable();
        active = false;
      })),
  };
}

/**
 * Where OTLP/HTTP traces go per the environment: OTEL_EXPORTER_OTLP_TRACES_ENDPOINT as it is, else
 * OTEL_EXPORTER_OTLP_ENDPOINT + `/v1/traces`; undefined when neither is set or tracing is switched off.
 */
export function otlpTracesUrl(env: NodeJS.ProcessEnv): string | undefined {
  if (env['OTEL_SDK_DISABLED']?.trim().toLowerCase() === 'true') return undefined;
  if (env['OTEL_TRACES_EXPORTER']?.trim().toLowerCase() === 'none') return undefined;
  const traces = env['OTEL_EXPORTER_OTLP_TRACES_ENDPOINT']?.trim();
  if (traces) return checkedUrl(traces, 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT');
  const base = env['OTEL_EXPORTER_OTLP_ENDPOINT']?.trim();
  if (!base) return undefined;
  checkedUrl(base, 'OTEL_EXPORTER_OTLP_ENDPOINT');
  return `${base}${base.endsWith('/') ? '' : '/'}${TRACES_PATH}`;
}

function checkedUrl(value: string, variable: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InvalidArgumentError(`${variable} must be an http(s) URL, got '${value}'`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new InvalidArgumentError(`${variable} must be an http(s) URL, got '${value}'`);
  return value;
}

function otlpExporter(url: string): SpanExporter {
  const { OTLPTraceExporter } = load('@opentelemetry/exporter-trace-otlp-http') as typeof OtlpModule;
  // The URL is passed, not left to the exporter, so that what `destination` says is what is used;
  // headers, timeout and compression still come from the OTEL_EXPORTER_OTLP_* variables.
  return new OTLPTraceExporter({ url });
}
