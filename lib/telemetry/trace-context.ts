/**
 * W3C trace context on carriers other than NATS headers (those are actors/transport/trace.ts's):
 * gRPC metadata at the gateway, and the one `traceparent` a queue item keeps so that a plan run
 * later continues the trace of its submission. The propagator is used directly, not through the
 * global API, so this works the same whether or not the process registered an SDK.
 */
import { context, ROOT_CONTEXT, type Context } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';

const propagator = new W3CTraceContextPropagator();
const TRACE_PARENT = 'traceparent';
const TRACE_STATE = 'tracestate';

/** `base` with the remote span context read from `traceparent` / `tracestate`; `base` itself when there is none or it is malformed. */
export function contextFromTraceHeaders(header: (name: string) => string | undefined, base: Context = context.active()): Context {
  // Nearly every call has no trace header: skip the propagator (and its allocations) then.
  const traceparent = header(TRACE_PARENT);
  if (!traceparent) return base;
  const tracestate = header(TRACE_STATE);
  const carrier: Record<string, string> = tracestate ? { [TRACE_PARENT]: traceparent, [TRACE_STATE]: tracestate } : { [TRACE_PARENT]: traceparent };
  return propagator.extract(base, carrier, { get: (c, key) => c[key], keys: (c) => Object.keys(c) });
}

/**
 * The `traceparent` of the span active in `ctx`, or '' when there is none (tracing off, or no
 * trace to continue). `tracestate` is not kept: nothing of ours writes it.
 */
export function currentTraceParent(ctx: Context = context.active()): string {
  let traceparent = '';
  propagator.inject(ctx, undefined, {
    set: (_carrier, key, value) => {
      if (key === TRACE_PARENT) traceparent = value;
    },
  });
  return traceparent;
}

/** A context whose parent is the span `traceparent` names; the root context when it is empty or malformed. */
export function contextFromTraceParent(traceparent: string): Context {
  return traceparent ? contextFromTraceHeaders((name) => (name === TRACE_PARENT ? traceparent : undefined), ROOT_CONTEXT) : ROOT_CONTEXT;
}
