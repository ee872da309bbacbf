/**
 * startTracing: nothing registered without an exporter or an OTLP endpoint; with an exporter,
 * spans nest across awaits and carry the service; with OTEL_EXPORTER_OTLP_(TRACES_)ENDPOINT, spans
 * reach a collector (here a node:http server on loopback) over OTLP/HTTP. Also the W3C helpers
 * the gateway and the queue use.
 */
import { afterEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { context, propagation, ROOT_CONTEXT, trace } from '@opentelemetry/api';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import { ErrorCode, InvalidArgumentError } from '../../lib/errors.js';
import { contextFromTraceHeaders, contextFromTraceParent, currentTraceParent } from '../../lib/telemetry/trace-context.js';
import { otlpTracesUrl, startTracing, type Tracing } from '../../lib/telemetry/tracing.js';

const OTEL_VARIABLES = ['OTEL_EXPORTER_OTLP_ENDPOINT', 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT', 'OTEL_SERVICE_NAME', 'OTEL_SDK_DISABLED', 'OTEL_TRACES_EXPORTER'];
const TRACE_PARENT = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';

/** Sets OTEL_* variables for one test; `afterEach` puts the environment back. */
const savedEnv = new Map(OTEL_VARIABLES.map((name) => [name, process.env[name]]));
function setEnv(values: Record<string, string>): void {
  for (const [name, value] of Object.entries(values)) process.env[name] = value;
}

describe('startTracing', () => {
  let tracing: Tracing | undefined;

  afterEach(async () => {
    await tracing?.stop();
    tracing = undefined;
    for (const [name, value] of savedEnv) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  it('registers nothing when no exporter is given and no endpoint configured', async () => {
    for (const name of OTEL_VARIABLES) delete process.env[name];
    tracing = startTracing({ service: 'quiet', instance: 'x' });
    assert.equal(tracing.enabled, false);
    assert.equal(tracing.destination, 'nowhere');
    const span = trace.getTracer('test').startSpan('nothing');
    assert.equal(span.isRecording(), false);
    span.end();
    // No context manager either: an active span does not even reach a callback.
    const seen = context.with(trace.setSpan(context.active(), trace.wrapSpanContext({ traceId: '1'.repeat(32), spanId: '2'.repeat(16), traceFlags: 1 })), () => trace.getActiveSpan());
    assert.equal(seen, undefined);
  });

  it('records spans into the given exporter as they end, nested across awaits, with the service and instance', async () => {
    setEnv({ OTEL_SERVICE_NAME: '' });
    const exporter = new InMemorySpanExporter();
    tracing = startTracing({ service: 'run-engine', instance: 'BL07', exporter });
    assert.equal(tracing.enabled, true);
    const tracer = trace.getTracer('test');
    await tracer.startActiveSpan('outer', async (outer) => {
      await sleep(1);
      tracer.startSpan('inner').end();
      outer.end();
    });
    const [inner, outer] = exporter.getFinishedSpans();
    assert.equal(inner?.name, 'inner');
    assert.equal(outer?.name, 'outer');
    assert.equal(inner?.parentSpanContext?.spanId, outer?.spanContext().spanId, 'the active span survived the await');
    assert.equal(outer?.resource.attributes['service.name'], 'run-engine');
    assert.equal(outer?.resource.attributes['service.instance.id'], 'BL07');
    assert.equal(outer?.resource.attributes['service.namespace'], 'brightline');
  });

  it('lets OTEL_SERVICE_NAME override the service name', async () => {
    setEnv({ OTEL_SERVICE_NAME: 'renamed' });
    const exporter = new InMemorySpanExporter();
    tracing = startTracing({ service: 'gateway', instance: 'main', exporter });
    trace.getTracer('test').startSpan('named').end();
    assert.equal(exporter.getFinishedSpans()[0]?.resource.attributes['service.name'], 'renamed');
  });

  it('continues a remote parent and samples by it (parent-based)', async () => {
    const exporter = new InMemorySpanExporter();
    tracing = startTracing({ service: 's', instance: 'i', exporter });
    const tracer = trace.getTracer('test');
    tracer.startSpan('child', {}, contextFromTraceParent(TRACE_PARENT)).end();
    tracer.startSpan('unsampled', {}, contextFromTraceParent(TRACE_PARENT.replace(/-01$/, '-00'))).end();
    assert.deepEqual(exporter.getFinishedSpans().map((s) => [s.name, s.spanContext().traceId, s.parentSpanContext?.spanId]), [['child', '0af7651916cd43dd8448eb211c80319c', 'b7ad6b7169203331']]);
    // The global propagator is W3C too, for libraries that use the API's.
    const carrier: Record<string, string> = {};
    propagation.inject(contextFromTraceParent(TRACE_PARENT), carrier);
    assert.equal(carrier['traceparent'], TRACE_PARENT);
  });

  it('refuses a second start while one runs, and stops recording once stopped', async () => {
    const exporter = new InMemorySpanExporter();
    const first = startTracing({ service: 's', instance: 'i', exporter });
    assert.throws(() => startTracing({ service: 's', instance: 'i', exporter }), (error: unknown) => (error as { code?: number }).code === ErrorCode.FailedPrecondition);
    await first.stop();
    const span = trace.getTracer('test').startSpan('after');
    assert.equal(span.isRecording(), false);
    span.end();
    assert.equal(exporter.getFinishedSpans().length, 0);
  });

  it('exports to OTEL_EXPORTER_OTLP_ENDPOINT + /v1/traces over OTLP/HTTP', async () => {
    const collector = await startCollector();
    try {
      setEnv({ OTEL_EXPORTER_OTLP_ENDPOINT: collector.url });
      tracing = startTracing({ service: 'device-host', instance: 'BL03' });
      assert.equal(tracing.destination, `${collector.url}/v1/traces`);
      trace.getTracer('test').startActiveSpan('exported work', (span) => {
        span.setAttribute('brightline.device', 'm1');
        span.end();
      });
      await tracing.stop(); // flushes the batch
      tracing = undefined;
      const [post] = collector.requests;
      assert.ok(post, 'the collector got a request');
      assert.equal(post.method, 'POST');
      assert.equal(post.path, '/v1/traces');
      const spans = otlpSpans(post);
      assert.deepEqual(spans.map((s) => s.name), ['exported work']);
      assert.equal(spans[0]?.service, 'device-host');
    } finally {
      await collector.close();
    }
  });

  it('exports to OTEL_EXPORTER_OTLP_TRACES_ENDPOINT as given, ahead of the general endpoint', async () => {
    const collector = await startCollector();
    try {
      setEnv({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:9/unused', OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: `${collector.url}/custom/traces` });
      tracing = startTracing({ service: 'gateway', instance: 'main' });
      trace.getTracer('test').startSpan('to the traces endpoint').end();
      await tracing.stop();
      tracing = undefined;
      assert.deepEqual(collector.requests.map((r) => r.path), ['/custom/traces']);
      assert.deepEqual(otlpSpans(collector.requests[0] as Received).map((s) => s.name), ['to the traces endpoint']);
    } finally {
      await collector.close();
    }
  });
});

describe('otlpTracesUrl', () => {
  it('prefers the traces endpoint, appends /v1/traces to the general one, honours the switches', () => {
    assert.equal(otlpTracesUrl({}), undefined);
    assert.equal(otlpTracesUrl({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' }), 'http://collector:4318/v1/traces');
    assert.equal(otlpTracesUrl({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/' }), 'http://collector:4318/v1/traces');
    assert.equal(otlpTracesUrl({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://a:1', OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'https://b:2/t' }), 'https://b:2/t');
    assert.equal(otlpTracesUrl({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://a:1', OTEL_SDK_DISABLED: 'true' }), undefined);
    assert.equal(otlpTracesUrl({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://a:1', OTEL_TRACES_EXPORTER: 'none' }), undefined);
  });

  it('refuses an endpoint that is not an http(s) URL, naming the variable', () => {
    assert.throws(() => otlpTracesUrl({ OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' }), (error: unknown) =>
      error instanceof InvalidArgumentError && /OTEL_EXPORTER_OTLP_ENDPOINT/.test(error.message));
    assert.throws(() => otlpTracesUrl({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'not a url' }), /OTEL_EXPORTER_OTLP_TRACES_ENDPOINT/);
  });
});

describe('trace context helpers', () => {
  it('reads traceparent and tracestate from any header source, and leaves the base without them', () => {
    const headers: Record<string, string> = { traceparent: TRACE_PARENT, tracestate: 'vendor=x' };
    const ctx = contextFromTraceHeaders((name) => headers[name], ROOT_CONTEXT);
    const remote = trace.getSpanContext(ctx);
    assert.equal(remote?.traceId, '0af7651916cd43dd8448eb211c80319c');
    assert.equal(remote?.isRemote, true);
    assert.equal(remote?.traceState?.get('vendor'), 'x');
    assert.equal(contextFromTraceHeaders(() => undefined, ROOT_CONTEXT), ROOT_CONTEXT);
    assert.equal(trace.getSpanContext(contextFromTraceHeaders((name) => (name === 'traceparent' ? 'garbage' : undefined), ROOT_CONTEXT)), undefined);
  });

  it('keeps a traceparent for later and makes it a parent again', () => {
    assert.equal(currentTraceParent(ROOT_CONTEXT), '');
    assert.equal(currentTraceParent(contextFromTraceParent(TRACE_PARENT)), TRACE_PARENT);
    assert.equal(contextFromTraceParent(''), ROOT_CONTEXT);
    assert.equal(trace.getSpanContext(contextFromTraceParent('00-zz-yy-01')), undefined);
  });
});

interface Received {
  method: string;
  path: string;
  contentType: string;
  body: Buffer;
}

/** A stand-in OTLP/HTTP collector on loopback: keeps what it is sent and answers 200. */
async function startCollector(): Promise<{ url: string; requests: Received[]; close(): Promise<void> }> {
  const requests: Received[] = [];
  const server = createServer((request: IncomingMessage, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      requests.push({ method: request.method ?? '', path: request.url ?? '', contentType: request.headers['content-type'] ?? '', body: Buffer.concat(chunks) });
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

interface OtlpJson {
  resourceSpans?: Array<{
    resource?: { attributes?: Array<{ key: string; value: { stringValue?: string } }> };
    scopeSpans?: Array<{ spans?: Array<{ name: string }> }>;
  }>;
}

/** The spans of an OTLP/HTTP JSON export (what exporter-trace-otlp-http sends), with their service. */
function otlpSpans(received: Received): Array<{ name: string; service: string | undefined }> {
  assert.match(received.contentType, /application\/json/);
  const body = JSON.parse(received.body.toString('utf8')) as OtlpJson;
  return (body.resourceSpans ?? []).flatMap((rs) => {
    const service = rs.resource?.attributes?.find((a) => a.key === 'service.name')?.value.stringValue;
    return (rs.scopeSpans ?? []).flatMap((ss) => (ss.spans ?? []).map((s) => ({ name: s.name, service })));
  });
}
