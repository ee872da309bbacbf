import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ROOT_CONTEXT, TraceFlags, trace } from '@opentelemetry/api';
import { extractTraceContext, traceHeaders } from '../../actors/transport/trace.js';

const spanContext = { traceId: '4bf92f3577b34da6a3ce929d0e0e4736', spanId: '00f067aa0ba902b7', traceFlags: TraceFlags.SAMPLED };

describe('trace context in NATS headers', () => {
  it('sends no headers when there is no span to carry', () => {
    assert.equal(traceHeaders(ROOT_CONTEXT), undefined);
  });

  it('carries a sampled span as traceparent, and the other side extracts the same trace', () => {
    const headers = traceHeaders(trace.setSpanContext(ROOT_CONTEXT, spanContext));
    assert.ok(headers);
    assert.equal(headers.get('traceparent'), '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01');
    const extracted = trace.getSpanContext(extractTraceContext(headers));
    assert.equal(extracted?.traceId, spanContext.traceId);
    assert.equal(extracted?.spanId, spanContext.spanId);
  });
});
