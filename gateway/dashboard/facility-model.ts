/**
 * The dashboard's copy of what the facility said: health records, each beamline's latest plan
 * status, alarm acknowledgements, the plot of each beamline's latest run, and whether the gateway
 * is connected to NATS. The feeds write it; every write calls the change listeners, which decide
 * when to send (they coalesce bursts).
 */
import type { HealthRecord } from '../../actors/supervisor/health-model.js';
import type { RunPlot } from './run-plot.js';
import { buildView, type AlarmAck, type BusView, type DashboardView, type PlanStatusInput } from './view-model.js';

export class FacilityModel {
  readonly records = new Map<string, HealthRecord>();
  readonly plans = new Map<string, PlanStatusInput>();
  readonly acks = new Map<string, AlarmAck>();
  /** The latest run of each beamline, kept after it stops until the next one starts. */
  readonly plots = new Map<string, RunPlot>();
  /** The gateway's connection to NATS, as the dashboard server last heard. */
  bus: BusView = { connected: true, since: 0 };
  readonly #listeners = new Set<() => void>();
  #view: DashboardView | undefined;

  constructor(readonly beamlines: readonly string[]) {}

  /** Call after every change to the maps above. */
  changed(): void {
    this.#view = undefined;
    for (const listener of this.#listeners) listener();
  }

  onChange(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** The view of the current state, computed once per change. */
  view(): DashboardView {
    this.#view ??= buildView({ records: this.records.values(), beamlines: this.beamlines, plans: this.plans, acks: this.acks, bus: this.bus });
    return this.#view;
  }
}
