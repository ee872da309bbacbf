/**
 * Fuzz jobs: one short-lived TCP circuit that sends a batch of packets and closes (or is closed),
 * or a handful of UDP datagrams to the search port. A job never waits without a bound: a server
 * that neither answers nor closes fails the job with its seed and the bytes it sent.
 */
import { createSocket, type Socket as UdpSocket } from 'node:dgram';
import {
  CaProtocolError,
  Command,
  EXTENDED_HEADER_SIZE,
  MessageFramer,
  clientName,
  createChannelRequest,
  decodeHeader,
  echo,
  encodeMessage,
  encodeMessages,
  hostName,
  versionMessage,
  type CaMessage,
} from '../../../epics/protocol/mod.js';
import { RawCircuit } from '../server/raw-ca-client.js';
import { ABUSE_MIX, NOISY_MIX, PacketKind, concat, generateDatagram, generatePacket, toHex, type FuzzTarget, type Packet } from './packet-generators.js';
import type { Prng } from './prng.js';

export const JobKind = {
  /** Anything at all on a fresh circuit. */
  Noisy: 'noisy',
  /** Handshake, a real channel, then mostly well-framed requests on its sid. */
  Abuse: 'abuse',
  Udp: 'udp',
} as const;
export type JobKind = (typeof JobKind)[keyof typeof JobKind];

export interface FuzzJob {
  readonly index: number;
  readonly kind: JobKind;
  /** Fuzz packets (or datagrams) this job sends; handshakes and probes are counted apart. */
  readonly packets: number;
}

export interface FuzzSettings {
  readonly seed: number;
  readonly tcpPort: number;
  readonly udpPort: number;
  readonly names: readonly string[];
  /** Must equal the server's limit, so we can tell which bytes it must refuse. */
  readonly maxPayloadBytes: number;
  readonly stepTimeoutMs: number;
}

/** What a finished TCP job tells the test: where it came from, for matching log lines. */
export interface CircuitReport {
  readonly localPort: number;
  readonly closedByServer: boolean;
  readonly control: number;
}

/** Packets of a job in flight, so a crash or hang can say which bytes were on the wire. */
export class InFlight {
  readonly #jobs = new Map<number, { job: FuzzJob; sent: Packet[] }>();

  start(job: FuzzJob): Packet[] {
    const sent: Packet[] = [];
    this.#jobs.set(job.index, { job, sent });
    return sent;
  }

  finish(job: FuzzJob): void {
    this.#jobs.delete(job.index);
  }

  describe(): string {
    return [...this.#jobs.values()].map(({ job, sent }) => describeJob(job, sent)).join('\n');
  }
}

/** A message cut short is completed with zeros when this few bytes finish it. */
const MAX_PADDING_BYTES = 64 * 1024;

export class FuzzHangError extends Error {
  override readonly name = 'FuzzHangError';
}

export function describeJob(job: FuzzJob, sent: readonly Packet[]): string {
  const packets = sent.map((packet, i) => `  #${i} ${packet.kind} ${toHex(packet.bytes)}`);
  return [`job ${job.index} (${job.kind}, ${job.packets} fuzz packets; bytes on the wire in order):`, ...packets].join('\n');
}

/** Runs one TCP job to its end: the circuit is closed, by us or by the server. */
export async function runTcpJob(settings: FuzzSettings, job: FuzzJob, rng: Prng, sent: Packet[]): Promise<CircuitReport> {
  const fail = (what: string): FuzzHangError =>
    new FuzzHangError(`seed ${settings.seed}: ${what} within ${settings.stepTimeoutMs} ms\n${describeJob(job, sent)}`);
  const circuit = await withTimeout(RawCircuit.connect(settings.tcpPort), settings.stepTimeoutMs, () => fail('no TCP connection'));
  const localPort = circuit.socket.localPort ?? 0;
  let control = 0;
  const sendControl = (bytes: Uint8Array): void => {
    control += 1;
    sent.push({ kind: PacketKind.Control, bytes });
    circuit.sendBytes(bytes);
  };
  try {
    let sids = [2, 3];
    if (job.kind === JobKind.Abuse || rng.chance(0.4)) {
      sendControl(encodeMessages([versionMessage(), clientName(`fuzz${job.index}`), hostName('localhost')]));
    }
    if (job.kind === JobKind.Abuse) {
      const cid = rng.below(1000);
      sendControl(encodeMessage(createChannelRequest(rng.pick(settings.names), cid)));
      const created = await nextOrClose(circuit, (m) => m.command === Command.CreateChannel && m.parameter1 === cid, settings.stepTimeoutMs, () => fail(`no CREATE_CHAN reply for cid ${cid}`));
      if (created === undefined) throw fail('server closed a circuit after a valid handshake and CREATE_CHAN');
      sids = [created.parameter2, created.parameter2 + 1, 0xffffffff];
    }
    const target: FuzzTarget = { names: settings.names, sids };
    const mix = job.kind === JobKind.Abuse ? ABUSE_MIX : NOISY_MIX;
    // an abused circuit may still end on anything at all
    const batch = Array.from({ length: job.packets }, (_, i) => generatePacket(rng, target, i === job.packets - 1 && rng.chance(0.5) ? NOISY_MIX : mix));
    sent.push(...batch);
    await deliver(circuit, rng, batch.map((packet) => packet.bytes));

    let framing = classify(concat(sent.map((packet) => packet.bytes)), settings.maxPayloadBytes);
    if (framing.kind === 'partial' && framing.missing <= MAX_PADDING_BYTES && !circuit.isClosed) {
      // zeros complete the message the server waits for, so it can be asked whether it is alive
      sendControl(new Uint8Array(framing.missing));
      framing = classify(concat(sent.map((packet) => packet.bytes)), settings.maxPayloadBytes);
    }
    let closedByServer: boolean;
    if (framing.kind === 'garbage') {
      // bytes no peer can send: the server must drop the circuit by itself
      await withTimeout(circuit.closed, settings.stepTimeoutMs, () => fail('server kept a circuit open after unframeable bytes'));
      closedByServer = true;
    } else if (framing.kind === 'complete') {
      // every request was whole: the server answers each ECHO, ours included, unless it closed
      sendControl(encodeMessage(echo()));
      closedByServer = await awaitEchoes(circuit, framing.echoes + 1, settings.stepTimeoutMs, () => fail(`neither ${framing.echoes + 1} ECHO replies nor a close`));
    } else {
      // the server waits for the rest of a huge message; it must notice when we hang up
      closedByServer = circuit.isClosed;
    }
    if (!circuit.isClosed) {
      if (rng.chance(0.4)) circuit.close();
      else circuit.socket.end();
      await withTimeout(circuit.closed, settings.stepTimeoutMs, () => fail('circuit did not close after we hung up'));
    }
    return { localPort, closedByServer, control };
  } finally {
    circuit.close();
  }
}

/** Writes the packets whole, one write each, or cut at random points, yielding between writes. */
async function deliver(circuit: RawCircuit, rng: Prng, packets: readonly Uint8Array[]): Promise<void> {
  const style = rng.pick(['whole', 'each', 'chunks'] as const);
  let writes: Uint8Array[];
  if (style === 'whole') writes = [concat(packets)];
  else if (style === 'each') writes = [...packets];
  else writes = cut(rng, concat(packets));
  for (const bytes of writes) {
    if (circuit.isClosed) return;
    if (bytes.length > 0) circuit.sendBytes(bytes);
    if (writes.length > 1) await new Promise((resolve) => setImmediate(resolve));
  }
}

function cut(rng: Prng, bytes: Uint8Array): Uint8Array[] {
  const points = Array.from({ length: rng.between(1, 12) }, () => rng.below(bytes.length + 1)).sort((a, b) => a - b);
  const pieces: Uint8Array[] = [];
  let start = 0;
  for (const point of [...points, bytes.length]) {
    pieces.push(bytes.subarray(start, point));
    start = point;
  }
  return pieces;
}

type Framing = { kind: 'complete'; echoes: number } | { kind: 'partial'; missing: number } | { kind: 'garbage' };

/** What the server's framer makes of the whole byte stream we sent. */
function classify(stream: Uint8Array, maxPayloadBytes: number): Framing {
  const framer = new MessageFramer({ maxPayloadBytes });
  let messages: CaMessage[];
  try {
    messages = framer.push(stream);
  } catch {
    return { kind: 'garbage' };
  }
  if (framer.buffered > 0) return { kind: 'partial', missing: missingBytes(stream) };
  return { kind: 'complete', echoes: messages.filter((m) => m.command === Command.Echo).length };
}

/** How many more bytes end the last message of a stream the framer accepted but did not finish. */
function missingBytes(stream: Uint8Array): number {
  let offset = 0;
  for (;;) {
    const rest = stream.subarray(offset);
    const header = decodeHeader(rest);
    if (header === undefined) {
      // the header itself is cut: zeros fill it (size bytes that are missing become 0: a classic header)
      const padded = new Uint8Array(EXTENDED_HEADER_SIZE);
      padded.set(rest.subarray(0, EXTENDED_HEADER_SIZE));
      let completed: ReturnType<typeof decodeHeader>;
      try {
        completed = decodeHeader(padded);
      } catch {
        // an impossible header once complete: the server will refuse it
        return EXTENDED_HEADER_SIZE - rest.length;
      }
      return completed === undefined ? EXTENDED_HEADER_SIZE - rest.length : completed.headerSize - rest.length + completed.payloadSize;
    }
    const end = header.headerSize + header.payloadSize;
    if (rest.length < end) return end - rest.length;
    offset += end;
  }
}

/** True when the server closed before answering them all. */
async function awaitEchoes(circuit: RawCircuit, count: number, timeoutMs: number, onTimeout: () => Error): Promise<boolean> {
  for (let i = 0; i < count; i += 1) {
    const reply = await nextOrClose(circuit, (m) => m.command === Command.Echo, timeoutMs, onTimeout);
    if (reply === undefined) return true;
  }
  return false;
}

/** The next matching message, or undefined once the server closed; the timeout error otherwise. */
async function nextOrClose(circuit: RawCircuit, match: (m: CaMessage) => boolean, timeoutMs: number, onTimeout: () => Error): Promise<CaMessage | undefined> {
  try {
    return await circuit.next(match, timeoutMs);
  } catch (error) {
    // RawCircuit rethrows a framing failure: the server sent bytes that are not Channel Access
    if (error instanceof CaProtocolError) throw new Error(`the server sent bytes that are not Channel Access: ${error.message}`, { cause: error });
    if (circuit.isClosed) return undefined;
    throw onTimeout();
  }
}

/** Sends the job's datagrams to the search port, each to completion. */
export async function runUdpJob(settings: FuzzSettings, socket: UdpSocket, job: FuzzJob, rng: Prng, sent: Packet[]): Promise<void> {
  const target: FuzzTarget = { names: settings.names, sids: [] };
  for (let i = 0; i < job.packets; i += 1) {
    const packet = generateDatagram(rng, target);
    sent.push(packet);
    await withTimeout(
      new Promise<void>((resolve, reject) => socket.send(packet.bytes, settings.udpPort, '127.0.0.1', (error) => (error ? reject(error) : resolve()))),
      settings.stepTimeoutMs,
      () => new FuzzHangError(`seed ${settings.seed}: UDP send did not complete\n${describeJob(job, sent)}`),
    );
  }
}

export async function openUdpSocket(): Promise<UdpSocket> {
  const socket = createSocket('udp4');
  // replies to our searches are not the point here
  socket.on('message', () => {});
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  return socket;
}

export async function withTimeout<T>(promise: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
