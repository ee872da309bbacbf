/**
 * Plans from the command line, on one beamline's run engine through the gateway: `plans`, `run`
 * (and its short forms `scan` and `count`), `pause`, `resume`, `abort`, `stop`, `halt`, `status`,
 * and the stored runs: `runs`, `replay`. A refusal of the run engine shows its own message (exit
 * 1); a missing run engine or gateway is exit 3; a refusal of the gateway exit 4; a bad command
 * line exit 2, before anything is sent.
 */
import { BrightlineError } from '../lib/errors.js';
import { planRegistry } from '../actors/plan/plan-registry.js';
import { flagValue, parseArgv, parseCount, parseDeviceList, parseNumber, type FlagSpec, type ParsedArgs } from './argv.js';
import { stop as stopDevices } from './device-commands.js';
import { formatLocalTime, renderTable, type Row } from './device-format.js';
import { resolveBeamline } from './environment.js';
import { CliError, ExitCode } from './exit-codes.js';
import { submitAndFollow } from './follow-run.js';
import { untilShutdownSignal } from './lifetime.js';
import { findPlan, parseSubmission, submissionOf, takeRepeated, type SubmissionFlags } from './plan-args.js';
import { ControlVerb, PlanClient, RunEngineUnavailableError, type PlanStatusInfo, type RunDocument, type Submission } from './plan-client.js';
import { formatDuration, planJson, renderPlans, shortUid, stateHint, statusLine, statusLines } from './plan-format.js';
import { RunPrinter } from './plan-run-printer.js';
import type { Command } from './commands.js';

const SUBMIT_FLAGS: FlagSpec = { valued: ['beamline', 'baseline', 'monitor'], switches: ['json', 'no-follow'] };
const SUBMIT_OPTIONS = '[--baseline DEV,DEV] [--monitor DEV] [--md KEY=VALUE]... [--no-follow] [--beamline BL01] [--json]';
const FOLLOW_NOTE =
  '  Follows the run: a live table (JSON lines with --json) and its outcome; exit 0 success, 1 fail or abort.\n' +
  '  Ctrl-C takes a plan still waiting out of the queue, or asks the run engine to abort a running one\n' +
  '  cleanly (exit 130); Ctrl-C again quits without waiting. --no-follow returns once it is queued.';

interface PlanCommandSpec<P> {
  name: string;
  summary: string;
  usage: string;
  flags: FlagSpec;
  /** Flags that may repeat (`--md`): taken out of argv first. */
  repeated?: readonly string[];
  /** Checks the command line before anything connects, so a typo never waits on the gateway. */
  parse(args: ParsedArgs, usage: string, repeated: ReadonlyMap<string, string[]>): P;
  run(client: PlanClient, parsed: P, args: ParsedArgs): Promise<number>;
}

/** Parses, answers --help, connects to the gateway and runs the command. */
export function planCommand<P>(spec: PlanCommandSpec<P>): Command {
  return {
    summary: spec.summary,
    usage: spec.usage,
    async run(argv) {
      const repeated = new Map<string, string[]>();
      let rest = argv;
      for (const name of spec.repeated ?? []) {
        const taken = takeRepeated(rest, name);
        repeated.set(name, taken.values);
        rest = taken.rest;
      }
      const args = parseArgv(rest, spec.flags);
      if (args.flags.has('help')) {
        process.stdout.write(`usage: ${spec.usage}\n`);
        return ExitCode.Ok;
      }
      const beamline = resolveBeamline(flagValue(args, 'beamline'));
      const parsed = spec.parse(args, spec.usage, repeated);
      const client = await PlanClient.connect(beamline);
      try {
        return await spec.run(client, parsed, args);
      } finally {
        await client.close();
      }
    },
  };
}

function write(text: string): void {
  process.stdout.write(text);
}

function writeJson(value: unknown): void {
  write(`${JSON.stringify(value, null, 2)}\n`);
}

function noArguments(args: ParsedArgs, name: string, usage: string): void {
  if (args.positionals.length > 0) throw new CliError(`${name} takes no arguments, got '${args.positionals.join(' ')}'\nusage: ${usage}`, ExitCode.Usage);
}

export function submissionFlags(args: ParsedArgs, repeated: ReadonlyMap<string, string[]>): SubmissionFlags {
  return { baseline: flagValue(args, 'baseline'), monitor: flagValue(args, 'monitor'), md: repeated.get('md') ?? [] };
}

export const plans: Command = {
  summary: 'list the plans a run engine runs, with their parameters (type, required or default, meaning)',
  usage: 'brightline plans [PLAN...] [--json]',
  async run(argv) {
    const args = parseArgv(argv, { valued: [], switches: ['json'] });
    if (args.flags.has('help')) {
      write(`usage: ${plans.usage}\n`);
      return ExitCode.Ok;
    }
    const chosen = args.positionals.length > 0 ? args.positionals.map((name) => findPlan(name, plans.usage)) : [...planRegistry.values()];
    if (args.flags.has('json')) writeJson(chosen.map(planJson));
    else write(renderPlans(chosen));
    return ExitCode.Ok;
  },
};

/** Submits, then follows the plan to its end, or (--no-follow) says where it is queued. */
async function submit(client: PlanClient, submission: Submission, args: ParsedArgs): Promise<number> {
  const json = args.flags.has('json');
  if (!args.flags.has('no-follow')) {
    return submitAndFollow({ client, submission, json, out: process.stdout, notes: process.stderr, tty: process.stdout.isTTY === true });
  }
  const reply = await client.submit(submission);
  if (json) writeJson({ beamline: client.beamline, ...reply });
  else {
    write(`${submission.plan_name} submitted to ${client.beamline} (plan ${reply.item_uid})\n`);
    if (reply.position > 0) write(`queued at position ${reply.position}: it runs after the ${reply.position === 1 ? 'plan' : `${reply.position} plans`} ahead of it\n`);
  }
  return ExitCode.Ok;
}

export const run = planCommand({
  name: 'run',
  summary: "run any registered plan with KEY=VALUE arguments (see 'plans'); queued behind a running plan, followed live",
  usage: `brightline run PLAN KEY=VALUE... ${SUBMIT_OPTIONS}\n${FOLLOW_NOTE}`,
  flags: SUBMIT_FLAGS,
  repeated: ['md'],
  parse(args, usage, repeated) {
    const [name, ...pairs] = args.positionals;
    return parseSubmission(findPlan(name, usage.split('\n')[0] ?? usage), pairs, submissionFlags(args, repeated));
  },
  run: (client, submission, args) => submit(client, submission, args),
});

export const scan = planCommand({
  name: 'scan',
  summary: 'scan a motor from START to STOP in NUM points, reading detectors at each; prints a live table',
  usage: `brightline scan DET[,DET...] MOTOR START STOP NUM ${SUBMIT_OPTIONS}\n${FOLLOW_NOTE}`,
  flags: SUBMIT_FLAGS,
  repeated: ['md'],
  parse(args, usage, repeated) {
    const [detectors, motor, start, stop, num, ...extra] = args.positionals;
    const short = usage.split('\n')[0] ?? usage;
    if (extra.length > 0 || num === undefined) throw new CliError(`expected 5 arguments\nusage: ${short}`, ExitCode.Usage);
    const planArgs = {
      detectors: parseDeviceList(detectors, 'DET'),
      motor: parseDeviceList(motor, 'MOTOR')[0] ?? '',
      start: parseNumber(start, 'START'),
      stop: parseNumber(stop, 'STOP'),
      num: parseCount(num, 'NUM'),
    };
    return submissionOf(findPlan('scan', short), planArgs, submissionFlags(args, repeated), short);
  },
  run: (client, submission, args) => submit(client, submission, args),
});

export const count = planCommand({
  name: 'count',
  summary: 'read detectors NUM times, DELAY seconds apart; prints a live table',
  usage: `brightline count DET[,DET...] [NUM] [DELAY] ${SUBMIT_OPTIONS}\n${FOLLOW_NOTE}`,
  flags: SUBMIT_FLAGS,
  repeated: ['md'],
  parse(args, usage, repeated) {
    const [detectors, num, delay, ...extra] = args.positionals;
    const short = usage.split('\n')[0] ?? usage;
    if (extra.length > 0 || detectors === undefined) throw new CliError(`usage: ${short}`, ExitCode.Usage);
    const planArgs = {
      detectors: parseDeviceList(detectors, 'DET'),
      num: num === undefined ? 1 : parseCount(num, 'NUM'),
      delay: delay === undefined ? 0 : parseNumber(delay, 'DELAY'),
    };
    return submissionOf(findPlan('count', short), planArgs, submissionFlags(args, repeated), short);
  },
  run: (client, submission, args) => submit(client, submission, args),
});

/** pause, resume, abort, stop, halt: one request, the state afterwards. */
function controlCommand(verb: ControlVerb, summary: string, options: { reason?: boolean; now?: boolean } = {}): Command {
  const usage = `brightline ${verb}${options.now ? ' [--now]' : ''}${options.reason ? ' [--reason TEXT]' : ''} [--beamline BL01] [--json]`;
  return planCommand({
    name: verb,
    summary,
    usage,
    flags: { valued: ['beamline', ...(options.reason ? ['reason'] : [])], switches: ['json', ...(options.now ? ['now'] : [])] },
    parse: (args) => noArguments(args, verb, usage),
    async run(client, _parsed, args) {
      const reason = flagValue(args, 'reason');
      // The reply says the state just after the request; a resume shows once the plan runs again, a
      // pause --now once what moved has stopped.
      const now = args.flags.has('now');
      const settling = verb === ControlVerb.Resume ? 'paused' : verb === ControlVerb.Pause && now ? 'pausing' : undefined;
      const changed = settling ? await nextStateOtherThan(client, settling, RESUME_SETTLE_MS) : undefined;
      try {
        let state = await client.control(verb, { ...(reason ? { reason } : {}), immediate: now });
        if (changed && state === settling) state = (await changed.state) ?? state;
        if (args.flags.has('json')) writeJson({ beamline: client.beamline, state });
        else {
          const hint = stateHint(state);
          write(`${client.beamline}: ${state}${hint ? `; ${hint}` : ''}\n`);
        }
      } finally {
        changed?.cancel();
      }
      return ExitCode.Ok;
    },
  });
}

const RESUME_SETTLE_MS = 2_000;

/**
 * The first state other than `state` the run engine reports within `timeoutMs` (undefined if
 * none). Resolves once the watch has its first status (the current one, which does not count), so
 * that a request sent afterwards is answered by changes only.
 */
async function nextStateOtherThan(client: PlanClient, state: string, timeoutMs: number): Promise<{ state: Promise<string | undefined>; cancel(): void }> {
  let settle: (value: string | undefined) => void = () => undefined;
  const result = new Promise<string | undefined>((resolve) => (settle = resolve));
  let watching: () => void = () => undefined;
  const watched = new Promise<void>((resolve) => (watching = resolve));
  let current = true;
  const watch = client.onStatus(
    (s) => {
      if (current) {
        current = false;
        watching();
      } else if (s.state !== state) settle(s.state);
    },
    () => {
      watching();
      settle(undefined);
    },
  );
  const timer = setTimeout(() => {
    watching();
    settle(undefined);
  }, timeoutMs);
  void result.finally(() => {
    clearTimeout(timer);
    watch.stop();
  });
  await watched;
  return { state: result, cancel: () => settle(undefined) };
}

export const pause = controlCommand(
  ControlVerb.Pause,
  'pause the running plan at its next checkpoint (--now: at once, stopping what moves); resume goes on from there',
  { reason: true, now: true },
);
export const resume = controlCommand(ControlVerb.Resume, 'resume a paused plan from its last checkpoint');
export const abort = controlCommand(ControlVerb.Abort, 'end the running plan as aborted, running its cleanup (exit status abort)', { reason: true });
export const halt = controlCommand(ControlVerb.Halt, 'end the running plan at once without cleanup: devices stay where they are', { reason: true });
const stopPlan = controlCommand(ControlVerb.Stop, 'end the running plan now as a success, running its cleanup', { reason: true });

/** `stop` alone ends the running plan; `stop DEV...` stops devices (the device verb). */
export const stop: Command = {
  summary: 'end the running plan as a success (its cleanup runs); with device names, stop those devices instead',
  usage: `${stopPlan.usage}   |   ${stopDevices.usage}`,
  async run(argv) {
    const args = parseArgv(argv, { valued: ['beamline', 'reason'], switches: ['json'] });
    if (args.flags.has('help')) {
      write(`usage: ${stop.usage}\n`);
      return ExitCode.Ok;
    }
    return args.positionals.length > 0 ? stopDevices.run(argv) : stopPlan.run(argv);
  },
};

export const status = planCommand({
  name: 'status',
  summary: "the run engine's state: plan, step k/n, ETA, why it is paused or suspended, last outcome, queue (--watch follows it)",
  usage: 'brightline status [--watch] [--beamline BL01] [--json]   (--watch redraws until Ctrl-C)',
  flags: { valued: ['beamline'], switches: ['json', 'watch'] },
  parse: (args, usage) => noArguments(args, 'status', usage),
  async run(client, _parsed, args) {
    const json = args.flags.has('json');
    if (!args.flags.has('watch')) {
      const s = await client.status();
      if (json) writeJson(s);
      else write(`${statusLines(s).join('\n')}\n`);
      return ExitCode.Ok;
    }
    return watchStatus(client, json);
  },
});

/** After the run engine went away, how long a watch waits before it asks again. */
const WATCH_RETRY_MS = 1_000;

async function watchStatus(client: PlanClient, json: boolean): Promise<number> {
  const tty = process.stdout.isTTY === true && !json;
  let drawn = 0;
  let lastLine = '';
  let shown = false;
  const show = (s: PlanStatusInfo): void => {
    shown = true;
    if (json) return write(`${JSON.stringify(s)}\n`);
    if (tty) {
      const lines = statusLines(s);
      if (drawn > 0 && lines.join('\n') === lastLine) return;
      lastLine = lines.join('\n');
      write(`${drawn > 0 ? `\x1b[${drawn}F\x1b[J` : ''}${lastLine}\n`);
      drawn = lines.length;
      return;
    }
    const line = statusLine(s);
    if (line === lastLine) return;
    lastLine = line;
    write(`${formatLocalTime(Date.now() / 1000).slice(11)} ${line}\n`);
  };
  const interrupted = untilShutdownSignal().then(() => undefined);
  let lastProblem = '';
  for (;;) {
    let ended: (error: BrightlineError) => void = () => undefined;
    const failed = new Promise<BrightlineError>((resolve) => (ended = resolve));
    // The stream starts with the current status, then every change.
    const watch = client.onStatus(show, ended);
    const outcome = await Promise.race([interrupted, failed]);
    watch.stop();
    if (!outcome) return ExitCode.Ok;
    // Before anything was shown, or for anything but the engine (the gateway gone, a refusal), there is nothing to wait for.
    if (!shown || !(outcome instanceof RunEngineUnavailableError)) throw outcome;
    // The engine went silent or away: say so once, and watch again, as its supervisor restarts it.
    if (outcome.message !== lastProblem) process.stderr.write(`${outcome.message}\n`);
    lastProblem = outcome.message;
    drawn = 0;
    const retry = await Promise.race([interrupted, new Promise<true>((resolve) => setTimeout(() => resolve(true), WATCH_RETRY_MS))]);
    if (!retry) return ExitCode.Ok;
  }
}

function parseLimit(text: string | undefined, fallback: number, usage: string): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new CliError(`--limit must be a whole number of at least 1, got '${text}'\nusage: ${usage}`, ExitCode.Usage);
  return value;
}

export const runs = planCommand({
  name: 'runs',
  summary: "list a beamline's recent runs: scan_id, plan, time, outcome",
  usage: 'brightline runs [--limit N] [--beamline BL01] [--json]   (newest last; default 20)',
  flags: { valued: ['beamline', 'limit'], switches: ['json'] },
  parse(args, usage) {
    noArguments(args, 'runs', usage);
    return parseLimit(flagValue(args, 'limit'), 20, usage);
  },
  async run(client, limit, args) {
    const { runs: shown, total } = await client.runs(limit);
    if (args.flags.has('json')) {
      writeJson(shown);
      return ExitCode.Ok;
    }
    if (shown.length === 0) {
      write(`${client.beamline}: no runs stored yet\n`);
      return ExitCode.Ok;
    }
    write(`${client.beamline}: ${shown.length === total ? `${total}` : `the last ${shown.length} of ${total}`} run${total === 1 ? '' : 's'}\n`);
    const rows: Row[] = shown.map((r) => ({
      cells: [
        r.scan_id === null ? '-' : String(r.scan_id),
        shortUid(r.run_uid),
        r.plan_name || '-',
        formatLocalTime(r.time),
        r.stop_time > 0 ? formatDuration(r.stop_time - r.time) : '-',
        String(r.num_events),
        r.exit_status || 'open',
        r.reason,
      ],
    }));
    const columns = ['scan_id', 'run', 'plan', 'started', 'took', 'events', 'status', 'reason'].map((title) => ({ title, ...(['scan_id', 'events'].includes(title) ? { align: 'right' as const } : {}) }));
    write(renderTable(columns, rows));
    return ExitCode.Ok;
  },
});

export const replay = planCommand({
  name: 'replay',
  summary: 'print every stored document of one run (by uid or its first characters): the event table, or JSON lines',
  usage: 'brightline replay RUN_UID [--beamline BL01] [--json]   (RUN_UID: the uid, or enough of its start to be unique)',
  flags: { valued: ['beamline'], switches: ['json'] },
  parse(args, usage) {
    const [prefix, ...extra] = args.positionals;
    if (prefix === undefined || extra.length > 0) throw new CliError(`name one run\nusage: ${usage}`, ExitCode.Usage);
    return prefix;
  },
  async run(client, prefix, args) {
    // The gateway resolves the prefix: one that no uid, or several, start with is refused, naming them.
    const docs: RunDocument[] = [];
    await client.documents(prefix.trim(), { live: false }, (document) => docs.push(document));
    const runUid = docs[0]?.run_uid ?? prefix;
    if (args.flags.has('json')) {
      for (const { name, doc } of docs) write(`${JSON.stringify({ name, doc })}\n`);
    } else {
      const printer = new RunPrinter(write);
      for (const document of docs) printer.accept(document);
      if (!docs.some((d) => d.name === 'stop')) write(`run ${runUid} has no RunStop (yet): it is still open, or its run engine stopped mid-run\n`);
    }
    return ExitCode.Ok;
  },
});
