/**
 * One line per device while moves (or triggers) run: a bar redrawn in place on a terminal, and
 * plain lines at each quarter of the way otherwise, so a log file stays short.
 */
import type { Progress } from './device-client.js';
import { formatNumber } from './device-format.js';

const BAR_WIDTH = 20;
const PLAIN_STEPS = 4;

interface Line {
  device: string;
  text: string;
  /** Last quarter printed in plain mode; -1 before the first. */
  step: number;
  finished: boolean;
}

export class ProgressDisplay {
  private readonly lines: Line[];
  private readonly nameWidth: number;
  private drawn = false;

  constructor(
    private readonly out: NodeJS.WritableStream,
    devices: readonly string[],
    private readonly tty: boolean,
    private readonly precision: (device: string) => number | undefined = () => undefined,
  ) {
    this.nameWidth = Math.max(...devices.map((d) => d.length));
    this.lines = devices.map((device) => ({ device, text: 'starting…', step: -1, finished: false }));
  }

  start(): void {
    if (this.tty) this.redraw();
  }

  update(device: string, progress: Progress): void {
    const line = this.line(device);
    if (!line || line.finished) return;
    line.text = this.describe(device, progress);
    if (this.tty) return this.redraw();
    const step = Math.floor(Math.min(1, Math.max(0, progress.fraction)) * PLAIN_STEPS);
    if (step > line.step) {
      line.step = step;
      this.print(line);
    }
  }

  finish(device: string, text: string): void {
    const line = this.line(device);
    if (!line || line.finished) return;
    line.finished = true;
    line.text = text;
    if (this.tty) this.redraw();
    else this.print(line);
  }

  /** A message between the lines (an interrupt, a lost host), keeping the bars below it on a terminal. */
  note(text: string): void {
    if (!this.tty || !this.drawn) {
      this.out.write(`${text}\n`);
      return;
    }
    this.out.write(`\x1b[${this.lines.length}F\x1b[J${text}\n`);
    this.drawn = false;
    this.redraw();
  }

  private describe(device: string, p: Progress): string {
    const fraction = Math.min(1, Math.max(0, Number.isFinite(p.fraction) ? p.fraction : 0));
    const filled = Math.round(fraction * BAR_WIDTH);
    const bar = `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}]`;
    const precision = this.precision(device);
    const units = p.units ? ` ${p.units}` : '';
    const where = `${formatNumber(p.current, precision)}${units} → ${formatNumber(p.target, precision)}${units}`;
    return `${bar} ${String(Math.round(fraction * 100)).padStart(3)}%  ${where}`;
  }

  private line(device: string): Line | undefined {
    return this.lines.find((l) => l.device === device);
  }

  private print(line: Line): void {
    this.out.write(`${line.device.padEnd(this.nameWidth)}  ${line.text}\n`);
  }

  private redraw(): void {
    const up = this.drawn ? `\x1b[${this.lines.length}F` : '';
    const body = this.lines.map((l) => `\x1b[2K${l.device.padEnd(this.nameWidth)}  ${l.text}\n`).join('');
    this.out.write(`${up}${body}`);
    this.drawn = true;
  }
}
