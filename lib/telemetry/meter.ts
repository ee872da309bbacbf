/**
 * Instruments for code that does the work (device host, run engine, supervisor, bus), on the
 * OpenTelemetry API alone: no SDK is loaded here. Without a MeterProvider registered (startMetrics
 * in ./metrics.ts) every instrument is the API's no-op, so recording costs a function call.
 *
 * The API has no proxy for metrics (unlike traces): an instrument made before a provider is
 * registered stays a no-op for ever. So synchronous instruments are made on first use and made
 * again when the provider changes (lazyInstrument), and observable gauges are kept in a registry
 * that startMetrics binds to its provider (observeGauge, bindObservedGauges): the order in which a
 * process starts its telemetry and its actors does not matter.
 *
 * Every metric brightline exports is named in MetricName; deploy/prometheus/README.md describes them.
 */
import { metrics, type Attributes, type Meter, type MeterProvider, type ObservableGauge, type ObservableResult } from '@opentelemetry/api';

export const METER_NAME = 'brightline';

/**
 * `host:port` (port 0: any free one) where a process serves its metrics (./metrics.ts);
 * `brightline up` gives each child its own. Here, not there, so that setting it loads no SDK.
 */
export const METRICS_ENV = 'BRIGHTLINE_METRICS';

/** Prometheus names (unit suffixes, `_total` on counters), used as the instrument names as they are. */
export const MetricName = {
  DeviceCommandDuration: 'brightline_device_command_duration_seconds',
  Events: 'brightline_events_total',
  QueueLength: 'brightline_queue_length',
  DeviceHealth: 'brightline_device_health',
  NatsReconnects: 'brightline_nats_reconnects_total',
  NatsDisconnects: 'brightline_nats_disconnects_total',
} as const;
export type MetricName = (typeof MetricName)[keyof typeof MetricName];

/**
 * Returns the instrument `create` makes on the global MeterProvider, made on the first call and
 * again after the provider changed. A call costs a global lookup and a comparison.
 */
export function lazyInstrument<T>(create: (meter: Meter) => T): () => T {
  let provider: MeterProvider | undefined;
  let instrument: T | undefined;
  return () => {
    const current = metrics.getMeterProvider();
    if (current !== provider || instrument === undefined) {
      instrument = create(current.getMeter(METER_NAME));
      provider = current;
    }
    return instrument;
  };
}

export interface GaugeSpec {
  readonly name: MetricName;
  readonly description: string;
  readonly unit?: string;
}

/** Reports one value of the gauge for one set of attributes. */
export type Observe = (value: number, attributes: Attributes) => void;

/** Called at every collection (a Prometheus scrape); may be async (the SDK waits for it). */
export type GaugeCallback = (observe: Observe) => void | Promise<void>;

/** One observable gauge and everything in this process that reports to it (e.g. two run engines in a test). */
class ObservedGauge {
  readonly callbacks = new Set<GaugeCallback>();
  private boundTo: MeterProvider | undefined;
  private gauge: ObservableGauge | undefined;

  constructor(readonly spec: GaugeSpec) {}

  /** Makes the gauge on the global provider unless it is made there already. */
  bind(): void {
    const current = metrics.getMeterProvider();
    if (current === this.boundTo) return;
    this.gauge?.removeCallback(this.collect);
    this.gauge = current.getMeter(METER_NAME).createObservableGauge(this.spec.name, {
      description: this.spec.description,
      ...(this.spec.unit ? { unit: this.spec.unit } : {}),
    });
    this.gauge.addCallback(this.collect);
    this.boundTo = current;
  }

  private readonly collect = async (result: ObservableResult): Promise<void> => {
    const observe: Observe = (value, attributes) => result.observe(value, attributes);
    await Promise.all([...this.callbacks].map((callback) => callback(observe)));
  };
}

const gauges = new Map<MetricName, ObservedGauge>();

/**
 * Adds `callback` to the gauge `spec.name` (made once per process); returns what removes it, to be
 * called when the thing it reports on stops.
 */
export function observeGauge(spec: GaugeSpec, callback: GaugeCallback): () => void {
  let gauge = gauges.get(spec.name);
  if (!gauge) {
    gauge = new ObservedGauge(spec);
    gauges.set(spec.name, gauge);
  }
  gauge.bind();
  gauge.callbacks.add(callback);
  const observed = gauge;
  return () => void observed.callbacks.delete(callback);
}

/** Binds every gauge observed so far to the global provider: startMetrics calls it once it has registered one. */
export function bindObservedGauges(): void {
  for (const gauge of gauges.values()) gauge.bind();
}
