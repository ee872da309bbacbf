/**
 * How the device commands print: aligned plain-text tables (an error row spans the columns after
 * its first, so a long message stays readable), values with their device's precision, local times.
 */
import type { PlainValue } from '../lib/values.js';
import type { DataKeyInfo, ReadingInfo, Readings } from './device-client.js';

/** A row of cells, or a first cell followed by one message spanning the rest of the row. */
export type Row = { cells: string[] } | { first: string; message: string };

export interface Column {
  title: string;
  align?: 'left' | 'right';
}

const GAP = '  ';
const MAX_VALUE_CHARS = 60;
const DEFAULT_WIDTH = 120;
const MIN_MESSAGE_WIDTH = 40;

/** How wide output may be: the terminal's width, or a log-friendly default. */
export function outputWidth(stream: NodeJS.WritableStream = process.stdout): number {
  const columns = (stream as { columns?: number }).columns;
  return typeof columns === 'number' && columns > 40 ? columns : DEFAULT_WIDTH;
}

/** Message rows wrap within `width`, indented under the second column, so long errors stay readable. */
export function renderTable(columns: readonly Column[], rows: readonly Row[], width = outputWidth()): string {
  const widths = columns.map((c) => c.title.length);
  for (const row of rows) {
    const cells = 'cells' in row ? row.cells : [row.first];
    cells.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  }
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, i) => (columns[i]?.align === 'right' ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join(GAP)
      .trimEnd();
  const indent = (widths[0] ?? 0) + GAP.length;
  const out = [line(columns.map((c) => c.title.toUpperCase()))];
  for (const row of rows) {
    if ('cells' in row) {
      out.push(line(row.cells));
      continue;
    }
    const [first = '', ...rest] = wrap(row.message, Math.max(MIN_MESSAGE_WIDTH, width - indent));
    out.push(`${row.first.padEnd(widths[0] ?? 0)}${GAP}${first}`, ...rest.map((l) => `${' '.repeat(indent)}${l}`));
  }
  return `${out.join('\n')}\n`;
}

/** Greedy word wrap; a word longer than a line is cut. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (let word of text.split(/\s+/).filter((w) => w !== '')) {
    while (word.length > width) {
      if (current) lines.push(current);
      lines.push(word.slice(0, width));
      word = word.slice(width);
      current = '';
    }
    if (current && current.length + 1 + word.length > width) {
      lines.push(current);
      current = word;
    } else {
      current = current ? `${current} ${word}` : word;
    }
  }
  if (current || lines.length === 0) lines.push(current);
  return lines;
}

/** At most `width` characters, ending in an ellipsis when cut. */
export function truncate(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, Math.max(0, width - 1))}…`;
}

/** A value as an operator reads it: the device's precision for numbers, JSON for lists. */
export function formatValue(value: PlainValue | null | undefined, key?: DataKeyInfo): string {
  if (value === null || value === undefined) return '-';
  if (typeof value === 'number') return formatNumber(value, key?.precision);
  if (typeof value === 'string') return value === '' ? "''" : value;
  if (typeof value === 'boolean') return String(value);
  const text = JSON.stringify(value.map((item) => (typeof item === 'number' ? Number(formatNumber(item, key?.precision)) : item)));
  return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS - 1)}…` : text;
}

/** `precision` 0 is also protobuf's "not given": show such numbers as they are. */
export function formatNumber(value: number, precision: number | undefined): string {
  if (precision && precision > 0 && Number.isFinite(value)) return value.toFixed(Math.min(precision, 12));
  return String(value);
}

/** `MAJOR/HIHI`, or `-` for no alarm. */
export function formatAlarm(reading: ReadingInfo): string {
  const severity = reading.alarm_severity;
  if (!severity || severity === 'NO_ALARM') return '-';
  return reading.alarm_status && reading.alarm_status !== 'NO_ALARM' ? `${severity}/${reading.alarm_status}` : severity;
}

/** Local date and time with milliseconds, as an operator compares it with a logbook. */
export function formatLocalTime(epochSeconds: number): string {
  if (!(epochSeconds > 0)) return '-';
  const d = new Date(epochSeconds * 1000);
  const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}.${pad(d.getMilliseconds(), 3)}`;
}

export const READING_COLUMNS: readonly Column[] = [
  { title: 'key' },
  { title: 'value', align: 'right' },
  { title: 'units' },
  { title: 'alarm' },
  { title: 'timestamp' },
];

/** Rows of a readings table: one per key, in the device's order; units and precision from `keys`. */
export function readingRows(readings: Readings, keys: Record<string, DataKeyInfo> = {}): Row[] {
  return Object.entries(readings).map(([key, reading]) => ({
    cells: [key, formatValue(reading.value, keys[key]), keys[key]?.units ?? '', formatAlarm(reading), formatLocalTime(reading.timestamp)],
  }));
}

/** The JSON shape of a failure, for --json outputs. */
export function errorJson(error: unknown): { name: string; message: string } {
  return error instanceof Error ? { name: error.name, message: error.message } : { name: 'Error', message: String(error) };
}

export function errorText(error: unknown): string {
  return `error: ${errorMessage(error)}`;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
