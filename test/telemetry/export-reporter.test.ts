/**
 * reportingExportFailures: a collector that cannot take the spans is reported at once, then at
 * most once per quiet period with the spans lost so far, and its recovery once; and the OTLP
 * exporter of startTracing is wrapped so, against a real HTTP server on loopback that refuses.
 */
import { afterEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { trace } from '@opentelemetry/api';
import { ExportResultCode, type ExportResult } from '@opentelemetry/core';
import type { ReadableSpan, SpanExporter } from '@opentelemetry/sdk-trace-base';
import { reportingExportFailures } from '../../lib/telemetry/export-reporter.js';
import { startTracing, type Tracing } from '../../lib/telemetry/tracing.js';
import type { Logger } from '../../lib/log.js';

function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return { lines, info: (m) => void lines.push(`info ${m}`), warn: (m) => void lines.push(`warn ${m}`), error: (m) => void lines.push(`error ${m}`) };
}

/** An exporter that answers each export with the next of `results`. */
function scriptedExporter(results: ExportResult[]): SpanExporter {
  return {
    export: (_spans, done) => done(results.shift() ?? { code: ExportResultCode.SUCCESS }),
    shutdown: async () => undefined,
  };
}

const spans = (n: number): ReadableSpan[] => Array.from({ length: n }, () => ({}) as ReadableSpan);

describe('reportingExportFailures', () => {
  it('warns at the first failure, then once per quiet period with the total lost, and says when spans get through again', () => {
    const failed: ExportResult = { code: ExportResultCode.FAILED, error: new Error('connect ECONNREFUSED 127.0.0.1:4318') };
    const logger = recordingLogger();
    let clock = 0;
    const exporter = reportingExportFailures(scriptedExporter([failed, failed, failed, { code: ExportResultCode.SUCCESS }]), {
      destination: 'http://127.0.0.1:4318/v1/traces', logger, quietMs: 60_000, now: () => clock,
    });
    const results: number[] = [];
    exporter.export(spans(3), (r) => results.push(r.code));
    clock = 10_000;
    exporter.export(spans(2), (r) => results.push(r.code));
    clock = 61_000;
    exporter.export(spans(4), (r) => results.push(r.code));
    exporter.export(spans(1), (r) => results.push(r.code));
    assert.deepEqual(results, [ExportResultCode.FAILED, ExportResultCode.FAILED, ExportResultCode.FAILED, ExportResultCode.SUCCESS]);
    assert.deepEqual(logger.lines, [
      'warn traces are not reaching http://127.0.0.1:4318/v1/traces: connect ECONNREFUSED 127.0.0.1:4318; 3 spans lost so far (said again at most every 60 s while it lasts)',
      'warn traces are not reaching http://127.0.0.1:4318/v1/traces: connect ECONNREFUSED 127.0.0.1:4318; 9 spans lost so far (said again at most every 60 s while it lasts)',
      'info traces reach http://127.0.0.1:4318/v1/traces again (9 spans were lost)',
    ]);
  });
});

describe('startTracing against a collector that refuses the spans', () => {
  let tracing: Tracing | undefined;
  const saved = process.env['OTEL_EXPORTER_OTLP_ENDPOINT'];

  afterEach(async () => {
    await tracing?.stop();
    tracing = undefined;
    if (saved === undefined) delete process.env['OTEL_EXPORTER_OTLP_ENDPOINT'];
    else process.env['OTEL_EXPORTER_OTLP_ENDPOINT'] = saved;
  });

  it('logs that the traces are lost, naming where they were going', async () => {
    // 400: the exporter does not retry, so the failure is known at the flush.
    const server = createServer((request, response) => {
      request.resume();
      request.on('end', () => response.writeHead(400, { 'content-type': 'application/json' }).end('{"message":"bad"}'));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      process.env['OTEL_EXPORTER_OTLP_ENDPOINT'] = url;
      const logger = recordingLogger();
      tracing = startTracing({ service: 'device-host', instance: 'BL01', logger });
      trace.getTracer('test').startSpan('lost').end();
      await tracing.stop();
      tracing = undefined;
      assert.equal(logger.lines.length, 1, logger.lines.join('\n'));
      assert.match(logger.lines[0] ?? '', new RegExp(`^warn traces are not reaching ${url}/v1/traces: .+; 1 spans lost so far`));
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
