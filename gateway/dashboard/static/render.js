// Draws the sections the server sends. Text goes in with textContent only (never as HTML), and
// every element tests look for carries a data- attribute: data-tile, data-alarm, data-plot.

import { clock, duration, eta, stateWord } from './format.js';
import { drawPlot } from './plot.js';

/** An alarm younger than this that nobody acknowledged is marked new (the only thing that blinks). */
const NEW_ALARM_S = 600;
/** Devices listed in a tile before "and N more". */
const MAX_PROBLEMS = 4;

const $ = (id) => document.getElementById(id);

/** `el('div', { class: 'x', 'data-state': 'ok' }, 'text', child)` */
function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined && value !== null && value !== false) node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) if (child !== undefined && child !== null && child !== false) node.append(child);
  return node;
}

function stateBadge(state, extra = '') {
  return el('span', { class: 'state', 'data-state': state }, `${stateWord(state)}${extra}`);
}

/** "since 4 min", kept current by refreshTimes(). */
function since(epochSeconds, prefix = 'since ') {
  if (!epochSeconds) return el('span', { class: 'since' });
  return el('span', { class: 'since', 'data-since': epochSeconds, 'data-prefix': prefix }, '');
}

export class Renderer {
  constructor() {
    this.serverOffsetS = 0;
    this.plots = new Map();
    this.drawPending = new Set();
    this.resize = new ResizeObserver((entries) => {
      for (const entry of entries) this.scheduleDraw(entry.target.closest('[data-plot]')?.dataset.plot);
    });
  }

  nowS() {
    return Date.now() / 1000 + this.serverOffsetS;
  }

  header(summary, me) {
    if (summary) {
      const state = $('facility-state');
      state.dataset.state = summary.state;
      state.textContent = stateWord(summary.state);
      const c = summary.counts;
      const bad = [['fault', c.fault], ['disconnected', c.disconnected], ['degraded', c.degraded]].filter(([, n]) => n > 0);
      const total = c.ok + c.degraded + c.fault + c.disconnected;
      $('facility-counts').textContent = `${c.ok} of ${total} ok${bad.map(([s, n]) => ` · ${n} ${s}`).join('')}`;
      document.title = `${stateWord(summary.state)} — Brightline operations`;
    }
    if (me) $('me').textContent = `${me.user}${me.operator ? ' (operator)' : ''}`;
  }

  alarms(alarms, onAck) {
    const list = $('alarms');
    list.replaceChildren(
      ...alarms.map((alarm) => {
        const grouped = alarm.members.length > 1;
        const what = grouped ? `${alarm.members.length} ${alarm.kind === 'process' ? 'processes' : 'devices'}: ${alarm.name}` : alarm.name;
        const where = alarm.beamline ? `${alarm.beamline} ${what}` : what;
        const ack = alarm.ack
          ? el('span', { class: 'subtle' }, `acknowledged by ${alarm.ack.user} at ${clock(alarm.ack.at)}`)
          : alarm.can_ack
            ? el('button', { type: 'button', 'data-ack': alarm.key }, 'Acknowledge')
            : el('span', { class: 'subtle' }, 'not acknowledged');
        const row = el(
          'li',
          {
            class: `alarm${alarm.ack ? ' acked' : ''}`,
            'data-alarm': alarm.key,
            'data-state': alarm.state,
            'data-since': alarm.since,
            'data-acked-by': alarm.ack?.user,
            'data-members': alarm.members.length,
          },
          el('span', { class: 'level' }, stateBadge(alarm.state), alarm.severity ? el('div', { class: 'subtle' }, `alarm ${alarm.severity}`) : null),
          el('span', { class: 'what' }, where),
          el('span', { class: 'why' }, alarm.reason),
          since(alarm.since),
          el('span', { class: 'ack' }, ack),
        );
        row.querySelector('button')?.addEventListener('click', (event) => {
          event.currentTarget.disabled = true;
          onAck(alarm);
        });
        return row;
      }),
    );
    const open = alarms.filter((a) => !a.ack).length;
    $('alarm-count').textContent = alarms.length ? `${open} not acknowledged, ${alarms.length} in all` : '';
    $('no-alarms').hidden = alarms.length > 0;
    this.refreshTimes();
  }

  tiles(order, tiles) {
    const container = $('tiles');
    const existing = new Map([...container.children].map((node) => [node.dataset.tile, node]));
    const nodes = order.map((id) => {
      const tile = tiles.get(id);
      const node = tile ? this.tile(tile) : existing.get(id);
      return node ?? el('article', { class: 'tile', 'data-tile': id, 'data-state': 'unknown' }, id);
    });
    container.replaceChildren(...nodes);
    this.refreshTimes();
  }

  tile(tile) {
    const counts = tile.counts;
    // A few lines per tile keep the grid readable; the alarm list above names every one.
    const shown = tile.problems.length > MAX_PROBLEMS ? tile.problems.slice(0, MAX_PROBLEMS - 1) : tile.problems;
    const problems = shown.map((p) =>
      el('li', { class: 'problem', 'data-device': p.name, 'data-state': p.state }, el('b', {}, p.name), stateBadge(p.state), ' ', since(p.since), el('div', {}, p.reason)),
    );
    const hidden = tile.problems.length - shown.length;
    const processes = tile.processes.map((p) =>
      el('span', { class: 'process', 'data-state': p.state, title: p.reason }, `${p.name} ${stateWord(p.state)}`),
    );
    return el(
      'article',
      { class: 'tile', 'data-tile': tile.id, 'data-state': tile.state },
      el('div', { class: 'tile-head' }, el('h3', {}, tile.title), stateBadge(tile.state)),
      tile.state !== 'ok' && tile.reason ? el('div', { class: 'reason' }, tile.reason) : null,
      since(tile.since),
      el('div', { class: 'counts' }, deviceCounts(counts)),
      problems.length ? el('ul', {}, ...problems, hidden ? el('li', { class: 'subtle' }, `and ${hidden} more (see the alarms)`) : null) : null,
      processes.length ? el('div', { class: 'processes' }, ...processes) : null,
      tile.plan ? planBlock(tile.plan) : null,
    );
  }

  /** Applies plot sections and point deltas; false when the points do not line up (the page then starts over). */
  plotUpdate(sections, points) {
    let consistent = true;
    for (const [key, value] of Object.entries(sections)) {
      if (!key.startsWith('plot:')) continue;
      const beamline = key.slice('plot:'.length);
      if (value === null) {
        this.plots.delete(beamline);
        continue;
      }
      const plot = this.plots.get(beamline);
      if (!plot || plot.meta.run_uid !== value.run_uid) this.plots.set(beamline, { meta: value, points: [] });
      else plot.meta = value;
    }
    for (const delta of points) {
      const plot = this.plots.get(delta.beamline);
      if (!plot || plot.meta.run_uid !== delta.run_uid) continue;
      if (delta.from === 0) plot.points = [...delta.points];
      else if (delta.from === plot.points.length) plot.points.push(...delta.points);
      else consistent = false;
    }
    return consistent;
  }

  plotCards(order) {
    const container = $('plots');
    const existing = new Map([...container.children].map((node) => [node.dataset.plot, node]));
    const nodes = order.filter((b) => this.plots.has(b)).map((beamline) => {
      const { meta, points } = this.plots.get(beamline);
      let card = existing.get(beamline);
      if (!card) {
        const canvas = el('canvas', { role: 'img' });
        card = el('article', { class: 'plot', 'data-plot': beamline }, el('h3', {}), canvas);
        this.resize.observe(canvas);
      }
      const status = meta.exit_status ? `finished (${meta.exit_status})` : 'running';
      card.querySelector('h3').textContent =
        `${beamline} · ${meta.plan_name || 'run'}${meta.scan_id ? ` #${meta.scan_id}` : ''} · ${meta.y_field || '?'} vs ${meta.x_field || '?'} · ${points.length} points · ${status}`;
      card.dataset.points = String(points.length);
      card.dataset.run = meta.run_uid;
      card.dataset.status = meta.exit_status || 'running';
      card.querySelector('canvas').setAttribute('aria-label', `${meta.y_field} against ${meta.x_field}, ${points.length} points`);
      return card;
    });
    container.replaceChildren(...nodes);
    $('no-plots').hidden = nodes.length > 0;
    // On a wide screen, plots get a column of their own once there is one to show.
    document.querySelector('.columns').classList.toggle('has-plots', nodes.length > 0);
    for (const node of nodes) this.scheduleDraw(node.dataset.plot);
  }

  scheduleDraw(beamline) {
    if (!beamline) return;
    if (this.drawPending.size === 0) {
      requestAnimationFrame(() => {
        for (const b of this.drawPending) {
          const plot = this.plots.get(b);
          const canvas = document.querySelector(`[data-plot="${CSS.escape(b)}"] canvas`);
          if (plot && canvas) drawPlot(canvas, plot.points, axisLabel(plot.meta.x_field, plot.meta.x_units), axisLabel(plot.meta.y_field, plot.meta.y_units));
        }
        this.drawPending.clear();
      });
    }
    this.drawPending.add(beamline);
  }

  /** Rewrites every "since …" and the new-alarm marks from the clock. */
  refreshTimes() {
    const now = this.nowS();
    for (const node of document.querySelectorAll('span.since[data-since]')) {
      node.textContent = `${node.dataset.prefix ?? ''}${duration(now - Number(node.dataset.since))}`;
    }
    for (const row of document.querySelectorAll('li.alarm')) {
      row.classList.toggle('new', now - Number(row.dataset.since) < NEW_ALARM_S);
    }
  }
}

function deviceCounts(c) {
  const total = c.ok + c.degraded + c.fault + c.disconnected;
  if (total === 0) return 'no devices';
  const parts = [`${c.ok} of ${total} devices ok`];
  for (const state of ['fault', 'disconnected', 'degraded']) if (c[state]) parts.push(`${c[state]} ${state}`);
  return parts.join(' · ');
}

function planBlock(plan) {
  // A status the run engine gave before it went silent is shown struck through: it may be over.
  const stale = !plan.engine_reporting && plan.state !== 'unknown';
  const block = el('div', { class: `plan${stale ? ' stale' : ''}`, 'data-plan-state': plan.state });
  const running = plan.total_steps > 0 && !['idle', 'done', 'unknown'].includes(plan.state);
  let line;
  if (plan.state === 'idle' || plan.state === 'done') {
    line = `Idle · ${plan.queued} queued${plan.queued && !plan.queue_started ? ' (queue stopped)' : ''}`;
  } else if (plan.state === 'unknown') {
    line = 'Plan status not known';
  } else {
    line = `${plan.state.toUpperCase()} ${plan.plan_name}`;
    if (plan.total_steps) line += ` · step ${plan.step} of ${plan.total_steps}`;
    if (plan.eta_s > 0 && plan.state === 'running') line += ` · ETA ${eta(plan.eta_s)}`;
    if (plan.queued) line += ` · ${plan.queued} queued`;
  }
  block.append(el('div', { class: 'plan-line' }, line));
  if (running) {
    const fraction = Math.min(1, plan.step / plan.total_steps);
    const bar = el('div', { class: 'bar', role: 'progressbar', 'aria-valuemin': 0, 'aria-valuemax': plan.total_steps, 'aria-valuenow': plan.step });
    const fill = el('div');
    fill.style.width = `${(fraction * 100).toFixed(1)}%`;
    bar.append(fill);
    block.append(bar);
  }
  if (plan.reason) block.append(el('div', { class: 'plan-why' }, `why: ${plan.reason}`));
  else if ((plan.state === 'idle' || plan.state === 'done') && plan.last_exit_status && plan.last_exit_status !== 'success') {
    block.append(el('div', { class: 'plan-why' }, `last plan ${plan.last_exit_status}${plan.last_reason ? `: ${plan.last_reason}` : ''}`));
  }
  return block;
}

function axisLabel(field, units) {
  return units ? `${field} (${units})` : field;
}
