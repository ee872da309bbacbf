/**
 * A SERVER span per Facility call, named `brightline.v1.Facility/<Method>`, continuing the caller's
 * trace when its metadata carries W3C `traceparent` / `tracestate`. The handler runs inside the
 * span, so the bus requests it makes carry the trace on to the run engine and the device hosts.
 */
import type { Metadata } from '@grpc/grpc-js';
import { ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import { contextFromTraceHeaders } from '../lib/telemetry/trace-context.js';
import { FACILITY_SERVICE } from './facility-definition.js';

const tracer = trace.getTracer('brightline.gateway');

/**
 * The codes that mark a server span as failed (OpenTelemetry's gRPC conventions): UNKNOWN,
 * DEADLINE_EXCEEDED, UNIMPLEMENTED, INTERNAL, UNAVAILABLE, DATA_LOSS. A refusal of the caller's
 * request (INVALID_ARGUMENT, PERMISSION_DENIED...) is the server doing its job.
 */
const SERVER_FAULTS: ReadonlySet<number> = new Set([2, 4, 12, 13, 14, 15]);

/** Runs `handle` inside the call's span and ends the span when it settles. */
export function withCallSpan(metadata: Metadata, method: string, handle: (span: Span) => Promise<void>): Promise<void> {
  // A call with no trace of its own starts one: whatever grpc-js happened to run in is not its parent.
  const parent = contextFromTraceHeaders((name) => firstText(metadata, name), ROOT_CONTEXT);
  const attributes = { 'rpc.system': 'grpc', 'rpc.service': FACILITY_SERVICE, 'rpc.method': method };
  return tracer.startActiveSpan(`${FACILITY_SERVICE}/${method}`, { kind: SpanKind.SERVER, attributes }, parent, async (span) => {
    try {
      await handle(span);
    } finally {
      span.end();
    }
  });
}

/** The call's outcome on its span: the gRPC status code, and an error status when the server failed. */
export function recordCallStatus(span: Span, code: number, details = ''): void {
  span.setAttribute('rpc.grpc.status_code', code);
  if (SERVER_FAULTS.has(code)) span.setStatus({ code: SpanStatusCode.ERROR, message: details });
}

function firstText(metadata: Metadata, name: string): string | undefined {
  const [value] = metadata.get(name);
  return typeof value === 'string' ? value : undefined;
}
