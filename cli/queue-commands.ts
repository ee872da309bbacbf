/**
 * `brightline queue`: a beamline's durable plan queue, listed, added to, reordered, cleared,
 * started and stopped, and its history. Items are named by their uid or enough of its start to be
 * unique (resolved against `queue list`).
 */
import { flagValue, type ParsedArgs } from './argv.js';
import { renderTable, type Column, type Row } from './device-format.js';
import { CliError, ExitCode } from './exit-codes.js';
import { findPlan, parseSubmission, planUsage } from './plan-args.js';
import { planCommand, submissionFlags } from './plan-commands.js';
import type { PlanClient, QueueStateInfo, Submission } from './plan-client.js';
import { historyCells, itemCells, shortUid } from './plan-format.js';
import { resolvePrefix } from './plan-uids.js';

const USAGE = [
  'brightline queue list',
  '       queue add PLAN KEY=VALUE... [--position N] [--baseline DEV,DEV] [--monitor DEV] [--md KEY=VALUE]...',
  '       queue move ITEM POSITION        (POSITION: 0 is the front, -1 the end)',
  '       queue remove ITEM | clear | start | stop',
  '       queue history [--limit N]       (newest last; default 20)',
  '   [--beamline BL01] [--json]; ITEM is an item uid or enough of its start to be unique',
].join('\n');

type QueueRequest =
  | { verb: 'list' | 'clear' | 'start' | 'stop' }
  | { verb: 'add'; submission: Submission; position: number | undefined }
  | { verb: 'move'; item: string; position: number }
  | { verb: 'remove'; item: string }
  | { verb: 'history'; limit: number };

const ITEM_COLUMNS: readonly Column[] = ['pos', 'item', 'state', 'plan', 'args', 'user', 'added'].map((title) => ({ title, ...(title === 'pos' ? { align: 'right' as const } : {}) }));
const HISTORY_COLUMNS: readonly Column[] = ['finished', 'item', 'plan', 'status', 'took', 'runs', 'reason / result'].map((title) => ({ title }));

function usageError(message: string): CliError {
  return new CliError(`${message}\nusage: ${USAGE}`, ExitCode.Usage);
}

function integer(text: string | undefined, what: string, min: number): number {
  const value = text === undefined ? Number.NaN : Number(text);
  if (!Number.isInteger(value) || value < min) throw usageError(`${what} must be a whole number of at least ${min}, got '${text ?? ''}'`);
  return value;
}

function parseRequest(args: ParsedArgs, repeated: ReadonlyMap<string, string[]>): QueueRequest {
  const [verb, ...rest] = args.positionals;
  const arity = (n: number): void => {
    if (rest.length !== n) throw usageError(`queue ${verb} takes ${n === 0 ? 'no arguments' : n === 1 ? 'one argument' : `${n} arguments`}`);
  };
  switch (verb) {
    case 'list':
    case 'clear':
    case 'start':
    case 'stop':
      arity(0);
      return { verb };
    case 'add': {
      const [name, ...pairs] = rest;
      const plan = findPlan(name, USAGE);
      const position = flagValue(args, 'position');
      return { verb, submission: parseSubmission(plan, pairs, submissionFlags(args, repeated), planUsage(plan, 'queue add')), position: position === undefined ? undefined : integer(position, '--position', -1) };
    }
    case 'move':
      arity(2);
      return { verb, item: rest[0] ?? '', position: integer(rest[1], 'POSITION', -1) };
    case 'remove':
      arity(1);
      return { verb, item: rest[0] ?? '' };
    case 'history': {
      arity(0);
      const limit = flagValue(args, 'limit');
      return { verb, limit: limit === undefined ? 20 : integer(limit, '--limit', 1) };
    }
    default:
      throw usageError(verb === undefined ? 'name a queue verb' : `unknown queue verb '${verb}'`);
  }
}

async function resolveItem(client: PlanClient, prefix: string): Promise<string> {
  const state = await client.queueList();
  const candidates = state.items.map((item) => ({ uid: item.item_uid, label: item.plan_name }));
  return resolvePrefix(prefix, candidates, 'queued item', `in the queue of ${client.beamline}`);
}

function write(text: string): void {
  process.stdout.write(text);
}

function writeJson(value: unknown): void {
  write(`${JSON.stringify(value, null, 2)}\n`);
}

function renderQueue(beamline: string, state: QueueStateInfo): string {
  const header = `${beamline} queue: ${state.started ? 'started' : 'stopped'}, ${state.items.length} item${state.items.length === 1 ? '' : 's'}\n`;
  if (state.items.length === 0) return header;
  const rows: Row[] = state.items.map((item, i) => ({ cells: itemCells(item, i, item.item_uid === state.running_item_uid) }));
  return `${header}${renderTable(ITEM_COLUMNS, rows)}`;
}

/** The queue after a change: as JSON, or a line saying what happened and the table. */
function showQueue(client: PlanClient, state: QueueStateInfo, args: ParsedArgs, done?: string): number {
  if (args.flags.has('json')) writeJson({ beamline: client.beamline, ...state });
  else write(`${done ? `${done}\n` : ''}${renderQueue(client.beamline, state)}`);
  return ExitCode.Ok;
}

export const queue = planCommand<QueueRequest>({
  name: 'queue',
  summary: "a beamline's plan queue: list, add, move, remove, clear, start, stop, history",
  usage: USAGE,
  flags: { valued: ['beamline', 'position', 'limit', 'baseline', 'monitor'], switches: ['json'] },
  repeated: ['md'],
  parse: (args, _usage, repeated) => parseRequest(args, repeated),
  async run(client, request, args) {
    const json = args.flags.has('json');
    switch (request.verb) {
      case 'list':
        return showQueue(client, await client.queueList(), args);
      case 'add': {
        const added = await client.queueAdd(request.submission, request.position);
        const state = await client.queueList();
        if (json) {
          writeJson({ beamline: client.beamline, ...added });
          return ExitCode.Ok;
        }
        const hint = state.started ? '' : "; the queue is stopped: 'brightline queue start' runs it";
        return showQueue(client, state, args, `added ${request.submission.plan_name} (item ${added.item_uid}) at position ${added.position}${hint}`);
      }
      case 'move': {
        const uid = await resolveItem(client, request.item);
        return showQueue(client, await client.queueMove(uid, request.position), args, `moved item ${shortUid(uid)} to position ${request.position}`);
      }
      case 'remove': {
        const uid = await resolveItem(client, request.item);
        return showQueue(client, await client.queueRemove(uid), args, `removed item ${shortUid(uid)}`);
      }
      case 'clear': {
        const before = (await client.queueList()).items.length;
        const state = await client.queueClear();
        const kept = state.running_item_uid ? ' (the running item stays: stop or abort it)' : '';
        return showQueue(client, state, args, `removed ${before - state.items.length} item${before - state.items.length === 1 ? '' : 's'}${kept}`);
      }
      case 'start':
        return showQueue(client, await client.queueStart(), args, `${client.beamline} queue started`);
      case 'stop':
        return showQueue(client, await client.queueStop(), args, `${client.beamline} queue stopped: the running item finishes, no other starts`);
      case 'history': {
        const entries = await client.queueHistory(request.limit);
        if (json) writeJson(entries);
        else if (entries.length === 0) write(`${client.beamline}: no finished plans yet\n`);
        else write(renderTable(HISTORY_COLUMNS, entries.map((entry) => ({ cells: historyCells(entry) }))));
        return ExitCode.Ok;
      }
    }
  },
});
