/**
 * W3C trace context in NATS headers. The propagator is used directly rather than through the
 * global API so that context crosses the bus even in a process that registered no SDK.
 */
import { context, trace, SpanKind, SpanStatusCode, type Context, type Span } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { headers as natsHeaders, type MsgHdrs } from '@nats-io/transport-node';

const propagator = new W3CTraceContextPropagator();
const tracer = trace.getTracer('brightline.transport');

export function injectTraceContext(target: MsgHdrs = natsHeaders(), ctx: Context = context.active()): MsgHdrs {
  propagator.inject(ctx, target, { set: (carrier, key, value) => carrier.set(key, value) });
  return target;
}

/**
 * Headers carrying the active trace context, or none when there is no sampled span to carry: an
 * empty header block costs every message a few microseconds (measured by bench/device.ts).
 */
export function traceHeaders(ctx: Context = context.active()): MsgHdrs | undefined {
  const found: Array<[string, string]> = [];
  propagator.inject(ctx, found, { set: (carrier, key, value) => void carrier.push([key, value]) });
  if (found.length === 0) return undefined;
  const target = natsHeaders();
  for (const [key, value] of found) target.set(key, value);
  return target;
}

/** What extraction needs of message headers; both NATS header classes in the tree fit it. */
export interface HeaderReader {
  has(key: string): boolean;
  get(key: string): string;
  keys(): string[];
}

export function extractTraceContext(source: HeaderReader | undefined): Context {
  if (!source) return context.active();
  return propagator.extract(context.active(), source, {
    get: (carrier, key) => (carrier.has(key) ? carrier.get(key) : undefined),
    keys: (carrier) => carrier.keys(),
  });
}

/** Runs a message handler inside the sender's trace, as a server span named after the subject. */
export async function withServerSpan<T>(subject: string, hdrs: HeaderReader | undefined, fn: (span: Span) => Promise<T>): Promise<T> {
  const parent = extractTraceContext(hdrs);
  return context.with(parent, () =>
    tracer.startActiveSpan(`serve ${subject}`, { kind: SpanKind.SERVER }, async (span) => {
      try {
        return await fn(span);
      } catch (error) {
        span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
        throw error;
      } finally {
        span.end();
      }
    }),
  );
}

/** A client span around a request, so the trace shows the wait as well as the work. */
export async function withClientSpan<T>(subject: string, fn: () => Promise<T>): Promise<T> {
  return tracer.startActiveSpan(`request ${subject}`, { kind: SpanKind.CLIENT }, async (span) => {
    try {
      return await fn();
    } catch (error) {
      span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
      throw error;
    } finally {
      span.end();
    }
  });
}
