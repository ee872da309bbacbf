/**
 * The live table `brightline scan` prints: one row per Event, columns from the descriptor's
 * data keys, hinted fields first. Pure formatting, so it is unit tested without a bus.
 */

export interface DescriptorLike {
  uid: string;
  data_keys: Record<string, { precision?: number; units?: string; dtype?: string }>;
  hints?: Record<string, { fields?: string[] }>;
}

export interface EventLike {
  seq_num: number;
  time: number;
  data: Record<string, unknown>;
}

const SEQ_WIDTH = 7;
const TIME_WIDTH = 12;
const MIN_COLUMN_WIDTH = 10;

export class EventTable {
  private readonly columns: string[];
  private readonly widths: number[];

  constructor(private readonly descriptor: DescriptorLike) {
    this.columns = orderedColumns(descriptor);
    this.widths = this.columns.map((key) => Math.max(MIN_COLUMN_WIDTH, key.length));
  }

  header(): string[] {
    const names = ['seq_num'.padStart(SEQ_WIDTH), 'time'.padStart(TIME_WIDTH), ...this.columns.map((c, i) => c.padStart(this.widths[i] ?? 0))];
    const line = `+${names.map((n) => '-'.repeat(n.length + 2)).join('+')}+`;
    return [line, `| ${names.join(' | ')} |`, line];
  }

  row(event: EventLike): string {
    const cells = [
      String(event.seq_num).padStart(SEQ_WIDTH),
      formatClock(event.time).padStart(TIME_WIDTH),
      ...this.columns.map((key, i) => formatValue(event.data[key], this.descriptor.data_keys[key]?.precision).padStart(this.widths[i] ?? 0)),
    ];
    return `| ${cells.join(' | ')} |`;
  }

  footer(): string {
    return this.header()[0] ?? '';
  }
}

function orderedColumns(descriptor: DescriptorLike): string[] {
  const hinted = Object.values(descriptor.hints ?? {}).flatMap((hint) => hint.fields ?? []);
  const all = Object.keys(descriptor.data_keys).sort();
  const rest = all.filter((key) => !hinted.includes(key));
  return [...hinted.filter((key) => key in descriptor.data_keys), ...rest];
}

function formatValue(value: unknown, precision: number | undefined): string {
  if (typeof value === 'number') return value.toFixed(Math.min(Math.max(precision ?? 3, 0), 10));
  if (value === undefined) return '-';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Local wall-clock time of day with milliseconds: what an operator compares with a logbook. */
function formatClock(epochSeconds: number): string {
  const date = new Date(epochSeconds * 1000);
  const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
  return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}.${pad(date.getMilliseconds(), 3)}`;
}
