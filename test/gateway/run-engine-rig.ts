/**
 * For the plan, queue and run methods of the gateway: a private nats-server, beamlines with a real
 * run engine and device host on simulated IOC records, and the handlers called directly with a
 * CallContext the test controls (who calls, cancellation), requests passed through their wire
 * encoding as the server would decode them.
 */
import assert from 'node:assert/strict';
import { brightline } from '../../gen/proto.js';
import { loadEventModelValidator, type DocumentValidator } from '../../actors/plan/document-schemas.js';
import { startRunEngine, type RunEngineHost } from '../../actors/plan/run-engine-host.js';
import { Bus } from '../../actors/transport/mod.js';
import { authorize } from '../../gateway/auth/policy.js';
import { BeamlineRole, type CallContext, type FacilityHandlers, type Identity, type StreamRpc, type UnaryRpc } from '../../gateway/rpc.js';
import { EVENT_MODEL_SCHEMAS } from '../harness/event-model.js';
import { startNatsServer, type NatsServerHandle } from '../harness/nats-server.js';
import { DocumentLog, RunEngineClient, startSimBeamline, type SimBeamline } from '../plan/real-beamline.js';

export const v1 = brightline.v1;

/** An identity with one role on each of `beamlines`. */
export function identity(user: string, role: BeamlineRole, ...beamlines: string[]): Identity {
  return { user, operator: false, roles: new Map(beamlines.map((b) => [b, role])) };
}

export interface TestCall extends CallContext {
  /** Cancels the call, as a client cancel or an expired deadline would. */
  cancel(): void;
}

export function callContext(who: Identity, method = 'test'): TestCall {
  const controller = new AbortController();
  return {
    method,
    identity: who,
    signal: controller.signal,
    remainingMs: (capMs) => capMs,
    header: () => undefined,
    cancel: () => controller.abort(new Error('cancelled by the test')),
  };
}

interface WireType<M> {
  encode(message: never): { finish(): Uint8Array };
  decode(bytes: Uint8Array): M;
}

/** A request as the server hands it to a handler: encoded and decoded, defaults in place. */
export function wire<M>(type: WireType<M>, properties: object): M {
  return type.decode(type.encode(properties as never).finish());
}

type AnyUnary = UnaryRpc<never, unknown>;
type AnyStream = StreamRpc<never, unknown>;

/** Calls a unary handler of `handlers` as the server would, authorization included. */
export async function callUnary<R = unknown>(handlers: FacilityHandlers, method: keyof FacilityHandlers, request: unknown, context: CallContext): Promise<R> {
  const rpc = handlers[method] as AnyUnary | undefined;
  assert.ok(rpc && rpc.kind === 'unary', `${method} is a unary handler`);
  const decision = authorize(context.identity, rpc.need(request as never));
  if (!decision.allowed) throw new Error(`denied: ${decision.reason}`);
  return (await rpc.handle(request as never, context)) as R;
}

/** Runs a stream handler; every message sent goes to `sink` (whose promise the handler awaits). */
export function callStream<M>(handlers: FacilityHandlers, method: keyof FacilityHandlers, request: unknown, context: CallContext, sink: (message: M) => Promise<void> | void): Promise<void> {
  const rpc = handlers[method] as AnyStream | undefined;
  assert.ok(rpc && rpc.kind === 'stream', `${method} is a stream handler`);
  const decision = authorize(context.identity, rpc.need(request as never));
  if (!decision.allowed) return Promise.reject(new Error(`denied: ${decision.reason}`));
  return rpc.handle(request as never, context, async (message) => sink(message as M));
}

/** The reason the policy gives for refusing `request` to `who`, or undefined when it allows it. */
export function denial(handlers: FacilityHandlers, method: keyof FacilityHandlers, request: unknown, who: Identity): string | undefined {
  const rpc = handlers[method] as AnyUnary | AnyStream | undefined;
  assert.ok(rpc, `${method} is served`);
  const decision = authorize(who, rpc.need(request as never));
  return decision.allowed ? undefined : decision.reason;
}

export interface RigBeamline {
  id: string;
  sim: SimBeamline;
  engine: RunEngineHost;
  client: RunEngineClient;
  docs: DocumentLog;
}

/** A nats-server and the buses of the processes a test starts on it; `close` stops them all. */
export class Rig {
  readonly cleanups: Array<() => Promise<void> | void> = [];

  private constructor(
    readonly nats: NatsServerHandle,
    readonly gatewayBus: Bus,
    readonly engineBus: Bus,
    readonly hostBus: Bus,
    readonly validate: DocumentValidator,
  ) {}

  static async start(): Promise<Rig> {
    const nats = await startNatsServer();
    const connect = (name: string): Promise<Bus> => Bus.connect({ servers: nats.url, name });
    return new Rig(nats, await connect('gateway'), await connect('run-engine'), await connect('device-host'), await loadEventModelValidator(EVENT_MODEL_SCHEMAS));
  }

  /** A beamline with a device host on simulated records and its run engine. */
  async beamline(id: string): Promise<RigBeamline> {
    const sim = await startSimBeamline({ bus: this.hostBus, beamline: id, prefix: `${id}:` });
    this.cleanups.push(() => sim.close());
    const engine = await startRunEngine({ bus: this.engineBus, beamline: id, validateDocuments: this.validate, heartbeatIntervalMs: 200 });
    this.cleanups.push(() => engine.stop());
    const client = new RunEngineClient(this.gatewayBus, id);
    this.cleanups.push(() => client.close());
    const docs = await DocumentLog.start(this.gatewayBus, id, this.validate);
    this.cleanups.push(() => docs.close());
    return { id, sim, engine, client, docs };
  }

  async close(): Promise<void> {
    for (const cleanup of this.cleanups.reverse()) await Promise.resolve(cleanup()).catch(() => undefined);
    await this.gatewayBus.close();
    await this.hostBus.close();
    await this.engineBus.close();
    await this.nats.stop();
  }
}
