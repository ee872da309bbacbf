/**
 * How the plan commands print: the run engine's status, queue items, history entries and runs as
 * short lines and aligned tables, and a status line redrawn in place on a terminal. Pure
 * formatting, no bus.
 */
import { describeBounds, type PlanDefinition } from '../actors/plan/plan-registry.js';
import type { PlainValue } from '../lib/values.js';
import { formatLocalTime, outputWidth, wrap } from './device-format.js';
import { planUsage } from './plan-args.js';
import type { HistoryEntryInfo, PlanStatusInfo, QueueItemInfo } from './plan-client.js';

/** Uids are UUIDs: the first 8 characters tell them apart on a beamline and can be typed back. */
export function shortUid(uid: string): string {
  return uid.slice(0, 8);
}

/** `8 s`, `2 min 05 s`, `1 h 02 min`. */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '-';
  if (seconds < 60) return `${seconds < 10 ? seconds.toFixed(1) : Math.round(seconds)} s`;
  const s = Math.round(seconds);
  if (s < 3600) return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
  return `${Math.floor(s / 3600)} h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')} min`;
}

/** `step 12/40, ETA 8.0 s` (parts that are unknown are left out). */
export function formatProgress(status: Pick<PlanStatusInfo, 'step' | 'total_steps' | 'eta_s'>): string {
  const parts: string[] = [];
  if (status.total_steps > 0) parts.push(`step ${status.step}/${status.total_steps}`);
  else if (status.step > 0) parts.push(`step ${status.step}`);
  if (status.eta_s > 0) parts.push(`ETA ${formatDuration(status.eta_s)}`);
  return parts.join(', ');
}

/** What a person should do about a state. */
export function stateHint(state: string): string {
  switch (state) {
    case 'pausing':
      return 'it pauses at the next checkpoint';
    case 'paused':
      return "'brightline resume' goes on from the last checkpoint; abort, stop or halt end it";
    case 'suspended':
      return 'it resumes by itself when the condition clears';
    default:
      return '';
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The result of a plan worth showing: not when it only returned the uid of the run it opened (as
 * Bluesky's plans do), one of `runUids` or, when those are not known, any uid.
 */
export function interestingResult(resultJson: string, runUids?: readonly string[]): string | undefined {
  if (!resultJson || resultJson === 'null') return undefined;
  try {
    const value = JSON.parse(resultJson) as unknown;
    if (typeof value === 'string' && (runUids ? runUids.includes(value) : UUID.test(value))) return undefined;
  } catch {
    return resultJson;
  }
  return resultJson;
}

/** `detectors=det motor=m1 start=-1 stop=1 num=11`, cut to `width`. */
export function formatArgs(args: Readonly<Record<string, PlainValue>>, width = 60): string {
  const text = Object.entries(args)
    .map(([key, value]) => `${key}=${Array.isArray(value) && value.every((v) => typeof v === 'string') ? value.join(',') : typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join(' ');
  return text.length > width ? `${text.slice(0, width - 1)}…` : text;
}

/** The lines of `brightline status`: what runs, how far, why it waits, what ended last, the queue. */
export function statusLines(s: PlanStatusInfo): string[] {
  const lines = [`${s.beamline}: ${s.state}`];
  if (s.state !== 'idle') {
    const progress = formatProgress(s);
    lines.push(`  plan    ${s.plan_name} (item ${shortUid(s.item_uid)})${progress ? `, ${progress}` : ''}`);
    if (s.run_uids.length > 0) lines.push(`  runs    ${s.run_uids.map(shortUid).join(', ')}`);
    if (s.reason) lines.push(`  why     ${s.reason}`);
    const hint = stateHint(s.state);
    if (hint) lines.push(`  next    ${hint}`);
  }
  if (s.last_exit_status) {
    // Idle, the status names the plan that ended; while one runs, it names that one.
    const what = s.state === 'idle' && s.plan_name ? `${s.plan_name} (item ${shortUid(s.item_uid)}) ` : 'the plan before: ';
    lines.push(`  last    ${what}${s.last_exit_status}${s.last_reason ? `: ${s.last_reason}` : ''}`);
    const result = interestingResult(s.last_result_json, s.state === 'idle' ? s.run_uids : undefined);
    if (result) lines.push(`  result  ${result}`);
  }
  lines.push(`  queue   ${s.queued} waiting, ${s.queue_started ? 'started' : 'stopped'}`);
  return lines;
}

/** One line for `status --watch` when the output is not a terminal. */
export function statusLine(s: PlanStatusInfo): string {
  const parts = [s.state];
  if (s.state !== 'idle') {
    parts.push(`${s.plan_name} ${shortUid(s.item_uid)}`);
    const progress = formatProgress({ ...s, eta_s: 0 });
    if (progress) parts.push(progress);
    if (s.reason) parts.push(`why: ${s.reason}`);
  } else if (s.last_exit_status) {
    parts.push(`last: ${s.plan_name} ${shortUid(s.item_uid)} ${s.last_exit_status}${s.last_reason ? ` (${s.last_reason})` : ''}`);
  }
  parts.push(`queue: ${s.queued} waiting${s.queue_started ? '' : ', stopped'}`);
  return parts.join('  ');
}

export function itemCells(item: QueueItemInfo, index: number, running: boolean): string[] {
  return [String(index), shortUid(item.item_uid), running ? 'running' : 'queued', item.plan_name, formatArgs(item.args), item.user || '-', formatLocalTime(item.added_at)];
}

export function historyCells(entry: HistoryEntryInfo): string[] {
  const took = entry.started_at > 0 && entry.finished_at >= entry.started_at ? formatDuration(entry.finished_at - entry.started_at) : '-';
  const note = entry.reason || interestingResult(entry.result_json, entry.run_uids) || '';
  return [
    formatLocalTime(entry.finished_at),
    shortUid(entry.item.item_uid),
    entry.item.plan_name,
    entry.exit_status,
    took,
    entry.run_uids.map(shortUid).join(',') || '-',
    note,
  ];
}

/**
 * A line at the bottom of a terminal, redrawn in place while whole lines are printed above it;
 * does nothing when the output is not a terminal.
 */
export class StatusLine {
  private text = '';

  constructor(
    private readonly out: NodeJS.WritableStream,
    readonly enabled: boolean,
  ) {}

  /** Prints whole lines above the status line. */
  print(lines: string): void {
    if (!this.enabled || !this.text) {
      this.out.write(lines);
      return;
    }
    this.out.write(`\r\x1b[2K${lines}${this.text}`);
  }

  set(text: string): void {
    if (!this.enabled || text === this.text) return;
    this.text = text;
    this.out.write(`\r\x1b[2K${text}`);
  }

  clear(): void {
    if (!this.enabled || !this.text) return;
    this.text = '';
    this.out.write('\r\x1b[2K');
  }
}

/** Every plan with its usage line and a table of its parameters; descriptions wrap within `width`. */
export function renderPlans(plans: readonly PlanDefinition[], width = outputWidth()): string {
  const out: string[] = [];
  for (const plan of plans) {
    out.push(`${plan.name}: ${plan.description}`, `  usage: ${planUsage(plan)}`);
    const rows = plan.params.map((p) => [p.name, p.type, p.required ? 'required' : `default ${JSON.stringify(p.default ?? null)}`, `${p.description}${describeBounds(p)}`] as const);
    const widths = [0, 1, 2].map((i) => Math.max(['PARAMETER', 'TYPE', 'REQUIRED'][i]?.length ?? 0, ...rows.map((r) => r[i]?.length ?? 0)));
    const lead = (cells: readonly string[]): string => `  ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ')}  `;
    const indent = lead(['', '', '']).length;
    out.push(`${lead(['PARAMETER', 'TYPE', 'REQUIRED'])}DESCRIPTION`);
    for (const [name, type, required, description] of rows) {
      const [first = '', ...rest] = wrap(description, Math.max(30, width - indent));
      out.push(`${lead([name, type, required])}${first}`, ...rest.map((l) => `${' '.repeat(indent)}${l}`));
    }
    out.push('');
  }
  return `${out.join('\n')}`;
}

/** The registry's declaration of a plan, for --json. */
export function planJson(plan: PlanDefinition): object {
  return {
    name: plan.name,
    description: plan.description,
    usage: planUsage(plan),
    params: plan.params.map((p) => ({ ...p })),
  };
}
