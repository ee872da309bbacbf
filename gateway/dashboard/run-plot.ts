/**
 * The points of one run's live plot, from its event-model documents as they arrive: x is the
 * first dimension the RunStart hints name (the scanned motor), y the first hinted field of the
 * first detector; primary-stream events and event pages only. Pure: fed documents, it says what to
 * draw. A point is kept once per seq_num, so a run resumed from a checkpoint (which does not
 * repeat events) or a document read twice does not draw a point twice.
 */

export interface RunPlotMeta {
  readonly beamline: string;
  readonly run_uid: string;
  readonly plan_name: string;
  readonly scan_id: number;
  /** The field on the x axis; `seq_num` when the run has no dimension (a count). */
  readonly x_field: string;
  readonly y_field: string;
  readonly x_units: string;
  readonly y_units: string;
  /** `''` while it runs; the RunStop's exit_status once it stopped. */
  readonly exit_status: string;
}

type Json = Record<string, unknown>;

export class RunPlot {
  #meta: RunPlotMeta;
  readonly #points: Array<readonly [number, number]> = [];
  readonly #seen = new Set<number>();
  #dimension: string | undefined;
  #detectors: readonly string[] = [];
  #primary: string | undefined;

  constructor(beamline: string, runUid: string) {
    this.#meta = { beamline, run_uid: runUid, plan_name: '', scan_id: 0, x_field: '', y_field: '', x_units: '', y_units: '', exit_status: '' };
  }

  get meta(): RunPlotMeta {
    return this.#meta;
  }

  /** Every point so far, in the order they were measured. */
  get points(): ReadonlyArray<readonly [number, number]> {
    return this.#points;
  }

  get stopped(): boolean {
    return this.#meta.exit_status !== '';
  }

  /** Takes one document of the run; returns whether the plot changed. */
  add(name: string, body: Json): boolean {
    switch (name) {
      case 'start':
        return this.#start(body);
      case 'descriptor':
        return this.#descriptor(body);
      case 'event':
        return body['descriptor'] === this.#primary && this.#point(body['seq_num'], body['data']);
      case 'event_page':
        return body['descriptor'] === this.#primary && this.#page(body);
      case 'stop':
        this.#meta = { ...this.#meta, exit_status: typeof body['exit_status'] === 'string' && body['exit_status'] !== '' ? body['exit_status'] : 'unknown' };
        return true;
      default:
        return false;
    }
  }

  #start(body: Json): boolean {
    this.#dimension = firstDimension(body['hints']);
    this.#detectors = stringList(body['detectors']);
    this.#meta = {
      ...this.#meta,
      plan_name: typeof body['plan_name'] === 'string' ? body['plan_name'] : '',
      scan_id: typeof body['scan_id'] === 'number' ? body['scan_id'] : 0,
      // Provisional axes, so a run held before its first event (suspended, waiting for a lease)
      // is labelled; the primary descriptor names the exact fields.
      x_field: this.#dimension ?? '',
      y_field: this.#detectors[0] ?? '',
    };
    return true;
  }

  #descriptor(body: Json): boolean {
    if (body['name'] !== 'primary' || this.#primary !== undefined) return false;
    this.#primary = typeof body['uid'] === 'string' ? body['uid'] : undefined;
    const hints = asObject(body['hints']);
    const dataKeys = asObject(body['data_keys']);
    const hinted = (device: string): string[] => stringList(asObject(hints[device])['fields']);
    const x = this.#dimension !== undefined && this.#dimension in dataKeys ? this.#dimension : this.#dimension ? (hinted(this.#dimension)[0] ?? 'seq_num') : 'seq_num';
    const detectorFields = this.#detectors.flatMap(hinted);
    const everyHinted = Object.keys(hints).flatMap(hinted);
    const y = [...detectorFields, ...everyHinted].find((field) => field !== x && field in dataKeys) ?? '';
    this.#meta = { ...this.#meta, x_field: x, y_field: y, x_units: units(dataKeys[x]), y_units: units(dataKeys[y]) };
    return true;
  }

  #point(seqNum: unknown, data: unknown): boolean {
    if (typeof seqNum !== 'number' || this.#seen.has(seqNum) || !this.#meta.y_field) return false;
    const values = asObject(data);
    const x = this.#meta.x_field === 'seq_num' ? seqNum : values[this.#meta.x_field];
    const y = values[this.#meta.y_field];
    if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y)) return false;
    this.#seen.add(seqNum);
    this.#points.push([x, y]);
    return true;
  }

  #page(body: Json): boolean {
    const seqNums = Array.isArray(body['seq_num']) ? body['seq_num'] : [];
    const data = asObject(body['data']);
    let changed = false;
    seqNums.forEach((seqNum, i) => {
      const row: Json = {};
      for (const [field, column] of Object.entries(data)) if (Array.isArray(column)) row[field] = column[i];
      changed = this.#point(seqNum, row) || changed;
    });
    return changed;
  }
}

/** `[[['m1'], 'primary']]` → `m1`: the first field of the first dimension on the primary stream. */
function firstDimension(hints: unknown): string | undefined {
  const dimensions = asObject(hints)['dimensions'];
  if (!Array.isArray(dimensions)) return undefined;
  for (const dimension of dimensions) {
    if (!Array.isArray(dimension) || (dimension[1] !== undefined && dimension[1] !== 'primary')) continue;
    const field = stringList(dimension[0])[0];
    if (field) return field;
  }
  return undefined;
}

function asObject(value: unknown): Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {};
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function units(dataKey: unknown): string {
  const value = asObject(dataKey)['units'];
  return typeof value === 'string' ? value : '';
}
