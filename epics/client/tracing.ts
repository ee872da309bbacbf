/**
 * CLIENT spans `ca get <pv>` / `ca put <pv>` around the client's reads and writes, so that a trace
 * shows where a device command met the IOC and how long the IOC took. Made only inside a trace
 * that records: the metadata reads of every connect are nobody's request, and a root span each
 * would drown the traces that matter; with tracing off this costs one context lookup.
 */
import { SpanKind, SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import type { ServerAddress } from './search.js';

export type CaOperation = 'get' | 'put';

/** Told the server once the channel is connected (it is not known before). */
export type ServerReporter = (server: ServerAddress) => void;

const tracer = trace.getTracer('brightline.epics');
const ignoreServer: ServerReporter = () => undefined;

export function withCaSpan<T>(operation: CaOperation, pvName: string, work: (reportServer: ServerReporter) => Promise<T>): Promise<T> {
  if (!trace.getActiveSpan()?.isRecording()) return work(ignoreServer);
  const attributes = { 'rpc.system': 'epics-ca', 'epics.pv': pvName, 'epics.ca.operation': operation };
  return tracer.startActiveSpan(`ca ${operation} ${pvName}`, { kind: SpanKind.CLIENT, attributes }, async (span) => {
    try {
      return await work((server) => reportServer(span, server));
    } catch (error) {
      span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
      throw error;
    } finally {
      span.end();
    }
  });
}

function reportServer(span: Span, server: ServerAddress): void {
  span.setAttributes({ 'server.address': server.host, 'server.port': server.port });
}
