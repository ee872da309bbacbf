/**
 * Ophyd's verbs from the command line, on one beamline's devices through the gateway: `devices`,
 * `read`, `describe`, `config`, `mv`, `stop`, `trigger`, `stage`, `unstage`, `configure`. A device
 * that refuses shows its own message (exit 1); a missing device host or gateway is exit 3; a
 * refusal of the gateway (token, role) exit 4; a bad command line exit 2.
 */
import { flagValue, parseArgv, type FlagSpec, type ParsedArgs } from './argv.js';
import { checkDeviceName, parseAssignments, parseDeviceNames, parseMoves, parseTimeout } from './device-args.js';
import { DeviceClient, failsWholeCommand, noDeviceHostMessage, type ConfigureResult, type DataKeyInfo, type Description, type Readings } from './device-client.js';
import { errorJson, errorMessage, errorText, formatValue, outputWidth, READING_COLUMNS, readingRows, renderTable, truncate, type Row } from './device-format.js';
import { exitCodeOf, runStatuses, type StatusesResult, type StatusJob } from './device-operations.js';
import { ProgressDisplay } from './device-progress.js';
import { resolveBeamline } from './environment.js';
import { CliError, ExitCode } from './exit-codes.js';
import type { Command } from './commands.js';

const PLAIN: FlagSpec = { valued: ['beamline'], switches: ['json'] };
const TIMED: FlagSpec = { valued: ['beamline', 'timeout'], switches: ['json'] };

type Settled<T> = { device: string; ok: true; value: T } | { device: string; ok: false; error: unknown };

interface DeviceCommandSpec<P> {
  name: string;
  summary: string;
  usage: string;
  flags: FlagSpec;
  /** Checks the command line before anything connects, so a typo never waits on the gateway. */
  parse(args: ParsedArgs, usage: string): P;
  run(client: DeviceClient, parsed: P, args: ParsedArgs): Promise<number>;
}

/** Parses, answers --help, connects to the gateway and runs the command. */
function deviceCommand<P>(spec: DeviceCommandSpec<P>): Command {
  return {
    summary: spec.summary,
    usage: spec.usage,
    async run(argv) {
      const args = parseArgv(argv, spec.flags);
      if (args.flags.has('help')) {
        process.stdout.write(`usage: ${spec.usage}\n`);
        return ExitCode.Ok;
      }
      const beamline = resolveBeamline(flagValue(args, 'beamline'));
      const parsed = spec.parse(args, spec.usage);
      const client = await DeviceClient.connect(beamline);
      try {
        return await spec.run(client, parsed, args);
      } finally {
        await client.close();
      }
    },
  };
}

/** Runs `fn` on every device at once; a failure of the host or the gateway (not one device) is thrown. */
async function eachDevice<T>(devices: readonly string[], fn: (device: string) => Promise<T>): Promise<Settled<T>[]> {
  const settled = await Promise.allSettled(devices.map(fn));
  const hostFailure = settled.find((s) => s.status === 'rejected' && failsWholeCommand(s.reason));
  if (hostFailure?.status === 'rejected') throw hostFailure.reason;
  return settled.map((s, i) => {
    const device = devices[i] ?? '';
    return s.status === 'fulfilled' ? { device, ok: true, value: s.value } : { device, ok: false, error: s.reason };
  });
}

function write(text: string): void {
  process.stdout.write(text);
}

function writeJson(value: unknown): void {
  write(`${JSON.stringify(value, null, 2)}\n`);
}

/** With --json, failures also go to stderr so a person watching sees them. */
function reportFailures<T>(results: readonly Settled<T>[]): ExitCode {
  let code: ExitCode = ExitCode.Ok;
  for (const r of results) {
    if (r.ok) continue;
    process.stderr.write(`${r.device}: ${errorText(r.error)}\n`);
    code = ExitCode.RunFailed;
  }
  return code;
}

function jsonByDevice<T>(results: readonly Settled<T>[], ok: (value: T) => unknown): Record<string, unknown> {
  return Object.fromEntries(results.map((r) => [r.device, r.ok ? ok(r.value) : { error: errorJson(r.error) }]));
}

function unitsOf(description: Description): string {
  const fields = description.hinted_fields.length > 0 ? description.hinted_fields : Object.keys(description.data_keys);
  return [...new Set(fields.map((f) => description.data_keys[f]?.units ?? '').filter((u) => u !== ''))].join(', ');
}

export const devices = deviceCommand({
  name: 'devices',
  summary: "list a beamline's devices: class, hinted fields, units (or why a device cannot be described)",
  usage: 'brightline devices [--beamline BL01] [--json]',
  flags: PLAIN,
  parse(args, usage) {
    if (args.positionals.length > 0) throw new CliError(`devices takes no arguments\nusage: ${usage}`, ExitCode.Usage);
  },
  async run(client, _parsed, args) {
    const names = await client.servedDevices();
    if (!names) throw new CliError(noDeviceHostMessage(client.beamline), ExitCode.Unavailable);
    const results = await eachDevice(names, (d) => client.describe(d));
    if (args.flags.has('json')) {
      const list = results.map((r) =>
        r.ok
          ? { name: r.device, device_class: r.value.device_class, hinted_fields: r.value.hinted_fields, units: unitsOf(r.value) }
          : { name: r.device, error: errorJson(r.error) },
      );
      writeJson({ beamline: client.beamline, devices: list });
      return ExitCode.Ok;
    }
    const failed = results.filter((r) => !r.ok).length;
    write(`${client.beamline}: ${names.length} devices${failed ? `, ${failed} cannot be described` : ''}\n`);
    // One line per device: a long fault reason is cut, and `describe DEV` shows all of it.
    const room = outputWidth() - Math.max(6, ...names.map((n) => n.length)) - 2;
    const rows: Row[] = results.map((r) =>
      r.ok
        ? { cells: [r.device, r.value.device_class, r.value.hinted_fields.join(', ') || '-', unitsOf(r.value) || '-'] }
        : { first: r.device, message: describeFailure(r.device, r.error, room) },
    );
    write(renderTable([{ title: 'device' }, { title: 'class' }, { title: 'fields' }, { title: 'units' }], rows));
    return ExitCode.Ok;
  },
});

/** `UNAVAILABLE  cam is in fault (…)  → brightline describe cam`, within `width`. */
function describeFailure(device: string, error: unknown, width: number): string {
  const reason = errorMessage(error).replace(new RegExp(`^cannot describe ${device}: `), '');
  const hint = `  → brightline describe ${device}`;
  const text = `UNAVAILABLE  ${reason}`;
  return text.length + hint.length <= width ? text : `${truncate(text, Math.max(20, width - hint.length))}${hint}`;
}

/** `read` and `config`: readings of each device, units and precision from the matching describe. */
function readingsCommand(
  name: string,
  summary: string,
  fetch: (client: DeviceClient, device: string) => Promise<Readings>,
  describe: (client: DeviceClient, device: string) => Promise<Description>,
): Command {
  return deviceCommand({
    name,
    summary,
    usage: `brightline ${name} DEV [DEV...] [--beamline BL01] [--json]`,
    flags: PLAIN,
    parse: (args, usage) => parseDeviceNames(args.positionals, usage),
    async run(client, names, args) {
      const results = await eachDevice(names, async (d) => {
        const [readings, description] = await Promise.all([fetch(client, d), describe(client, d).catch(() => undefined)]);
        return { readings, keys: description?.data_keys ?? {} };
      });
      if (args.flags.has('json')) {
        writeJson(jsonByDevice(results, (v) => ({ readings: v.readings })));
        return reportFailures(results);
      }
      write(renderTable(READING_COLUMNS, readingTableRows(results)));
      return results.every((r) => r.ok) ? ExitCode.Ok : ExitCode.RunFailed;
    },
  });
}

function readingTableRows(results: readonly Settled<{ readings: Readings; keys: Record<string, DataKeyInfo> }>[]): Row[] {
  return results.flatMap((r): Row[] => (r.ok ? readingRows(r.value.readings, r.value.keys) : [{ first: r.device, message: errorText(r.error) }]));
}

export const read = readingsCommand(
  'read',
  'read devices: value, units, alarm and time of each reading',
  (client, d) => client.read(d),
  (client, d) => client.describe(d),
);

export const config = readingsCommand(
  'config',
  "read devices' configuration (velocity, exposure time...)",
  (client, d) => client.readConfiguration(d),
  (client, d) => client.describeConfiguration(d),
);

const DESCRIBE_COLUMNS = ['key', 'source', 'dtype', 'shape', 'units', 'precision', 'limits', 'choices'] as const;

export const describe = deviceCommand({
  name: 'describe',
  summary: "describe devices' data keys: source, dtype, shape, units, precision, limits, choices",
  usage: 'brightline describe DEV [DEV...] [--beamline BL01] [--json]',
  flags: PLAIN,
  parse: (args, usage) => parseDeviceNames(args.positionals, usage),
  async run(client, names, args) {
    const results = await eachDevice(names, (d) => client.describe(d));
    if (args.flags.has('json')) {
      writeJson(jsonByDevice(results, (v) => v));
      return reportFailures(results);
    }
    for (const r of results) {
      if (!r.ok) {
        write(`${r.device}: ${errorText(r.error)}\n\n`);
        continue;
      }
      write(`${r.device}: ${r.value.device_class}; hinted: ${r.value.hinted_fields.join(', ') || '-'}\n`);
      const rows: Row[] = Object.entries(r.value.data_keys).map(([key, k]) => ({
        cells: [
          key,
          k.external ? `${k.source} (${k.external})` : k.source,
          k.dtype,
          JSON.stringify(k.shape),
          k.units || '-',
          String(k.precision),
          k.limits ? `[${k.limits.low}, ${k.limits.high}]` : '-',
          k.choices?.join(', ') ?? '-',
        ],
      }));
      write(`${renderTable(DESCRIBE_COLUMNS.map((title) => ({ title })), rows)}\n`);
    }
    return results.every((r) => r.ok) ? ExitCode.Ok : ExitCode.RunFailed;
  },
});

/** After moves or triggers: the readings of the devices; thrown when their host or the gateway went away, or refused. */
async function finalReadings(client: DeviceClient, devices: readonly string[], result: StatusesResult, json: boolean): Promise<ExitCode> {
  if (result.fatal) throw result.fatal;
  const readings = await eachDevice(devices, async (d) => {
    const [values, description] = await Promise.all([client.read(d), client.describe(d).catch(() => undefined)]);
    return { readings: values, keys: description?.data_keys ?? {} };
  });
  if (json) {
    const status = Object.fromEntries(
      result.outcomes.map((o) => [o.device, o.ok ? { success: true, elapsed_s: o.elapsed_s } : { success: false, error: errorJson(o.error) }]),
    );
    writeJson({ status, interrupted: result.interrupted, readings: jsonByDevice(readings, (v) => v.readings) });
    for (const o of result.outcomes) if (!o.ok) process.stderr.write(`${o.device}: ${errorText(o.error)}\n`);
  } else {
    write(`\n${renderTable(READING_COLUMNS, readingTableRows(readings))}`);
  }
  const code = exitCodeOf(result);
  return code === ExitCode.Ok && !readings.every((r) => r.ok) ? ExitCode.RunFailed : code;
}

/** Describes every device first, so a typo or a device in trouble is reported before anything moves. */
async function preflight(client: DeviceClient, names: readonly string[], what: string): Promise<Map<string, Description> | undefined> {
  const described = await eachDevice(names, (d) => client.describe(d));
  if (described.every((r) => r.ok)) return new Map(described.flatMap((r) => (r.ok ? [[r.device, r.value] as const] : [])));
  for (const r of described) if (!r.ok) process.stderr.write(`${r.device}: ${errorText(r.error)}\n`);
  process.stderr.write(`nothing was ${what}\n`);
  return undefined;
}

function progressDisplay(names: readonly string[], descriptions: Map<string, Description>, json: boolean): ProgressDisplay | undefined {
  if (json) return undefined;
  const precision = (device: string): number | undefined => {
    const d = descriptions.get(device);
    return d?.data_keys[d.hinted_fields[0] ?? device]?.precision;
  };
  return new ProgressDisplay(process.stdout, names, process.stdout.isTTY === true, precision);
}

/** mv and trigger: Status operations on several devices at once, then where they ended. */
async function runAndRead(client: DeviceClient, names: readonly string[], jobs: StatusJob[], what: string, json: boolean): Promise<number> {
  const descriptions = await preflight(client, names, what);
  if (!descriptions) return ExitCode.RunFailed;
  const result = await runStatuses(client, jobs, { display: progressDisplay(names, descriptions, json), notes: process.stderr });
  return finalReadings(client, names, result, json);
}

export const mv = deviceCommand({
  name: 'mv',
  summary: 'move devices to values all at once, showing progress (Ctrl-C stops them); prints where they ended',
  usage: 'brightline mv DEV VALUE [DEV VALUE ...] [--timeout S] [--beamline BL01] [--json]   (VALUE: 0.5, open, [1,2,3])',
  flags: TIMED,
  parse: (args, usage) => ({ moves: parseMoves(args.positionals, usage), timeoutS: parseTimeout(flagValue(args, 'timeout'), usage) }),
  async run(client, { moves, timeoutS }, args) {
    const jobs: StatusJob[] = moves.map(([device, value]) => ({
      device,
      start: (statusId) => client.set(device, value, { statusId, ...(timeoutS ? { timeoutS } : {}) }),
    }));
    return runAndRead(client, moves.map(([device]) => device), jobs, 'moved', args.flags.has('json'));
  },
});

export const trigger = deviceCommand({
  name: 'trigger',
  summary: 'trigger detectors (acquire once) and print what they read',
  usage: 'brightline trigger DEV [DEV...] [--timeout S] [--beamline BL01] [--json]',
  flags: TIMED,
  parse: (args, usage) => ({ names: parseDeviceNames(args.positionals, usage), timeoutS: parseTimeout(flagValue(args, 'timeout'), usage) }),
  async run(client, { names, timeoutS }, args) {
    const jobs: StatusJob[] = names.map((device) => ({
      device,
      start: (statusId) => client.trigger(device, { statusId, ...(timeoutS ? { timeoutS } : {}) }),
    }));
    return runAndRead(client, names, jobs, 'triggered', args.flags.has('json'));
  },
});

/** stop, stage, unstage: one command per device, one line of outcome each. */
function simpleVerb(name: string, summary: string, past: string, action: (client: DeviceClient, device: string) => Promise<void>): Command {
  return deviceCommand({
    name,
    summary,
    usage: `brightline ${name} DEV [DEV...] [--beamline BL01] [--json]`,
    flags: PLAIN,
    parse: (args, usage) => parseDeviceNames(args.positionals, usage),
    async run(client, names, args) {
      const results = await eachDevice(names, (d) => action(client, d));
      if (args.flags.has('json')) {
        writeJson(jsonByDevice(results, () => ({ [past]: true })));
        return reportFailures(results);
      }
      for (const r of results) write(r.ok ? `${past} ${r.device}\n` : `${r.device}: ${errorText(r.error)}\n`);
      return results.every((r) => r.ok) ? ExitCode.Ok : ExitCode.RunFailed;
    },
  });
}

export const stop = simpleVerb('stop', 'stop devices (a move in progress ends where it is)', 'stopped', (client, d) => client.stop(d, false));
export const stage = simpleVerb('stage', 'stage devices: apply their configured stage settings', 'staged', (client, d) => client.stage(d));
export const unstage = simpleVerb('unstage', 'unstage devices: restore what staging changed', 'unstaged', (client, d) => client.unstage(d));

export const configure = deviceCommand({
  name: 'configure',
  summary: 'change configuration fields of a device; prints old → new',
  usage: 'brightline configure DEV FIELD=VALUE [FIELD=VALUE...] [--beamline BL01] [--json]',
  flags: PLAIN,
  parse(args, usage) {
    const [device, ...assignments] = args.positionals;
    if (device === undefined) throw new CliError(`name a device\nusage: ${usage}`, ExitCode.Usage);
    return { device: checkDeviceName(device, usage), values: parseAssignments(assignments, usage) };
  },
  async run(client, { device, values }, args) {
    let result: ConfigureResult;
    try {
      result = await client.configure(device, values);
    } catch (error) {
      if (failsWholeCommand(error)) throw error;
      process.stderr.write(`${device}: ${errorText(error)}\n`);
      return ExitCode.RunFailed;
    }
    if (args.flags.has('json')) {
      writeJson({ [device]: result });
      return ExitCode.Ok;
    }
    const keys = (await client.describeConfiguration(device).catch(() => undefined))?.data_keys ?? {};
    // Configuration keys are `<device>_<field>`: show the fields asked for, or all when none match.
    const fields = Object.keys(values);
    const asked = Object.keys(result.new).filter((key) => fields.some((field) => key === `${device}_${field}` || key === field));
    const rows: Row[] = (asked.length > 0 ? asked : Object.keys(result.new)).map((key) => ({
      cells: [key, formatValue(result.old[key]?.value, keys[key]), '→', formatValue(result.new[key]?.value, keys[key]), keys[key]?.units ?? ''],
    }));
    write(renderTable([{ title: 'key' }, { title: 'old', align: 'right' }, { title: '' }, { title: 'new', align: 'right' }, { title: 'units' }], rows));
    return ExitCode.Ok;
  },
});
