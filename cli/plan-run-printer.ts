/**
 * How the documents of a run read on a terminal: a line when it starts, a table of the primary
 * stream's events (EventPages unrolled), one line per baseline reading, a count of each monitor
 * stream, and a line with the outcome. Shared by `run` (live) and `replay` (from the stream).
 */
import { EventTable, type DescriptorLike, type EventLike } from './event-table.js';
import type { RunDocument } from './plan-client.js';

interface Stream {
  name: string;
  table: EventTable;
  keys: string[];
}

export class RunPrinter {
  private readonly streams = new Map<string, Stream>();
  private readonly monitorCounts = new Map<string, number>();
  /** The stream whose table header is on screen, waiting for its footer. */
  private open: Stream | undefined;

  /** `write` takes whole lines, each ending in a newline. */
  constructor(private readonly write: (lines: string) => void) {}

  accept({ name, doc }: RunDocument): void {
    if (name === 'start') {
      this.write(`run ${String(doc['uid'])} (scan_id ${String(doc['scan_id'])}) started\n`);
    } else if (name === 'descriptor') {
      const descriptor = doc as unknown as DescriptorLike & { name?: string };
      const streamName = String(descriptor.name ?? 'primary');
      this.streams.set(descriptor.uid, { name: streamName, table: new EventTable(descriptor), keys: Object.keys(descriptor.data_keys ?? {}) });
    } else if (name === 'event') {
      this.event(doc as unknown as EventLike & { descriptor: string });
    } else if (name === 'event_page') {
      for (const event of unrollPage(doc)) this.event(event);
    } else if (name === 'stop') {
      this.closeTable();
      for (const [stream, count] of this.monitorCounts) this.write(`  ${stream}: ${count} update${count === 1 ? '' : 's'} recorded\n`);
      const events = Object.values((doc['num_events'] as Record<string, number> | undefined) ?? {}).reduce((a, b) => a + b, 0);
      const reason = doc['reason'] ? `: ${String(doc['reason'])}` : '';
      this.write(`run ${String(doc['run_start'])} ended: ${String(doc['exit_status'])}${reason} (${events} events)\n`);
    }
  }

  private event(event: EventLike & { descriptor: string }): void {
    const stream = this.streams.get(event.descriptor);
    if (!stream) return;
    if (stream.name.endsWith('_monitor')) {
      this.monitorCounts.set(stream.name, (this.monitorCounts.get(stream.name) ?? 0) + 1);
      return;
    }
    if (stream.name === 'primary' || this.open === stream) {
      if (this.open !== stream) {
        this.closeTable();
        this.write(`${stream.table.header().join('\n')}\n`);
        this.open = stream;
      }
      this.write(`${stream.table.row(event)}\n`);
      return;
    }
    // Another stream (baseline): one line of key=value, between tables.
    this.closeTable();
    const values = stream.keys.map((key) => `${key}=${formatPlain(event.data[key])}`).join(' ');
    this.write(`  ${stream.name}: ${values}\n`);
  }

  private closeTable(): void {
    if (!this.open) return;
    this.write(`${this.open.table.footer()}\n`);
    this.open = undefined;
  }
}

function unrollPage(doc: Record<string, unknown>): Array<EventLike & { descriptor: string }> {
  const seq = (doc['seq_num'] as number[] | undefined) ?? [];
  const time = (doc['time'] as number[] | undefined) ?? [];
  const data = (doc['data'] as Record<string, unknown[]> | undefined) ?? {};
  const descriptor = String(doc['descriptor']);
  return seq.map((seqNum, i) => ({
    descriptor,
    seq_num: seqNum,
    time: time[i] ?? 0,
    data: Object.fromEntries(Object.entries(data).map(([key, column]) => [key, column[i]])),
  }));
}

function formatPlain(value: unknown): string {
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : value.toPrecision(6).replace(/\.?0+$/, '');
  if (value === undefined) return '-';
  return typeof value === 'string' ? value : JSON.stringify(value);
}
