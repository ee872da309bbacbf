/**
 * The view cut into sections a page replaces one at a time (`summary`, `bus`, `alarms`, `tiles`, one
 * `tile:<id>` per tile, one `plot:<beamline>` per plot), and the plots' points, which only grow and
 * so are sent as what was added. What one viewer has been sent is remembered per viewer, so each
 * message carries only what changed for it, and a viewer that fell behind catches up in one message
 * with no backlog.
 */
import type { Identity } from '../rpc.js';
import type { RunPlot, RunPlotMeta } from './run-plot.js';
import type { AlarmView, DashboardView } from './view-model.js';

export interface PointsDelta {
  readonly beamline: string;
  readonly run_uid: string;
  /** Index of the first point: the page appends when it holds exactly this many. */
  readonly from: number;
  readonly points: ReadonlyArray<readonly [number, number]>;
}

/** One message of the event stream. `reset`: forget everything first (the first message). */
export interface ViewMessage {
  readonly reset: boolean;
  /** Seconds since the epoch on the server, for "since 4 min" on a page whose clock is off. */
  readonly server_time: number;
  /** Changed sections; null for one that went away. */
  readonly sections: Readonly<Record<string, unknown>>;
  readonly points: readonly PointsDelta[];
}

export type PlotSection = RunPlotMeta & { readonly count: number };

export type AlarmSection = AlarmView & { readonly can_ack: boolean };

/** The sections of `view` as `identity` sees them (who may acknowledge which alarm). */
export function viewSections(
  view: DashboardView,
  plots: Iterable<RunPlot>,
  identity: Identity,
  canAck: (identity: Identity, alarm: AlarmView) => boolean,
): Map<string, unknown> {
  const sections = new Map<string, unknown>();
  sections.set('me', { user: identity.user, operator: identity.operator, roles: Object.fromEntries(identity.roles) });
  sections.set('summary', view.summary);
  sections.set('bus', view.bus);
  sections.set('alarms', view.alarms.map((alarm): AlarmSection => ({ ...alarm, can_ack: canAck(identity, alarm) })));
  sections.set('tiles', view.tiles.map((tile) => tile.id));
  for (const tile of view.tiles) sections.set(`tile:${tile.id}`, tile);
  const plotted: string[] = [];
  for (const plot of plots) {
    plotted.push(plot.meta.beamline);
    sections.set(`plot:${plot.meta.beamline}`, { ...plot.meta, count: plot.points.length } satisfies PlotSection);
  }
  sections.set('plots', plotted.sort());
  return sections;
}

/** What one viewer was sent, and the next message that brings it up to date. */
export class ViewerState {
  readonly #sent = new Map<string, string>();
  readonly #pointsSent = new Map<string, { run: string; count: number }>();
  #first = true;

  /** The message from what was sent to `sections`/`plots`; undefined when nothing changed. */
  next(sections: ReadonlyMap<string, unknown>, plots: Iterable<RunPlot>, serverTime: number): ViewMessage | undefined {
    const changed: Record<string, unknown> = {};
    let any = false;
    for (const [key, value] of sections) {
      const json = JSON.stringify(value);
      if (this.#sent.get(key) === json) continue;
      this.#sent.set(key, json);
      changed[key] = value;
      any = true;
    }
    for (const key of [...this.#sent.keys()]) {
      if (sections.has(key)) continue;
      this.#sent.delete(key);
      changed[key] = null;
      any = true;
    }
    const points: PointsDelta[] = [];
    for (const plot of plots) {
      const { beamline, run_uid: run } = plot.meta;
      const sent = this.#pointsSent.get(beamline);
      const from = sent?.run === run ? sent.count : 0;
      if (from === plot.points.length && sent?.run === run) continue;
      points.push({ beamline, run_uid: run, from, points: plot.points.slice(from) });
      this.#pointsSent.set(beamline, { run, count: plot.points.length });
    }
    if (!any && points.length === 0 && !this.#first) return undefined;
    const message: ViewMessage = { reset: this.#first, server_time: serverTime, sections: changed, points };
    this.#first = false;
    return message;
  }
}
