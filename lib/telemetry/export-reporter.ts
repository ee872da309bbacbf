/**
 * Says so when spans do not reach their collector. The SDK drops a batch that could not be
 * exported without a word (its diagnostics are off unless configured), so a collector that is down
 * or refuses the spans would leave an operator looking for traces that were never sent. The first
 * failure is logged at once, then at most once per `quietMs` while it lasts, with the spans lost so
 * far; the recovery is logged once.
 */
import { ExportResultCode, type ExportResult } from '@opentelemetry/core';
import type { ReadableSpan, SpanExporter } from '@opentelemetry/sdk-trace-base';
import type { Logger } from '../log.js';

export interface ExportReporterOptions {
  /** Where the spans go, for the messages. */
  destination: string;
  logger: Logger;
  /** Least time between two warnings about the same outage; a minute by default. */
  quietMs?: number;
  now?: () => number;
}

export function reportingExportFailures(inner: SpanExporter, options: ExportReporterOptions): SpanExporter {
  const { destination, logger } = options;
  const quietMs = options.quietMs ?? 60_000;
  const now = options.now ?? Date.now;
  let lost = 0;
  let warnedAt: number | undefined;
  const settled = (spans: number, result: ExportResult): void => {
    if (result.code === ExportResultCode.SUCCESS) {
      if (warnedAt !== undefined) logger.info(`traces reach ${destination} again (${lost} spans were lost)`);
      lost = 0;
      warnedAt = undefined;
      return;
    }
    lost += spans;
    if (warnedAt !== undefined && now() - warnedAt < quietMs) return;
    warnedAt = now();
    const why = result.error ? result.error.message : 'export failed';
    logger.warn(`traces are not reaching ${destination}: ${why}; ${lost} spans lost so far (said again at most every ${Math.round(quietMs / 1000)} s while it lasts)`);
  };
  return {
    export: (spans: ReadableSpan[], resultCallback: (result: ExportResult) => void) =>
      inner.export(spans, (result) => {
        settled(spans.length, result);
        resultCallback(result);
      }),
    shutdown: () => inner.shutdown(),
    forceFlush: () => inner.forceFlush?.() ?? Promise.resolve(),
  };
}
