/**
 * Starts a private cluster of Debian `nats-server` nodes with JetStream on free loopback ports, for
 * one test file, from the production config deploy/nats/brightline-nats.conf: each node gets its
 * name, addresses, store and routes through the environment, exactly as deploy/nats/nats-*.env
 * give them to a production node. Never touches the shared server on 4222.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { freeTcpPort } from '../../lib/free-port.js';
import { natsServerBinary, waitForPort } from './nats-server.js';

/** The node config production runs: the tested config is the deployed one. */
export const CLUSTER_CONFIG = fileURLToPath(new URL('../../deploy/nats/brightline-nats.conf', import.meta.url));

export interface NatsNode {
  /** server_name, as JetStream reports stream leaders: `nats-1`.. */
  readonly name: string;
  /** nats://127.0.0.1:<client port> */
  readonly url: string;
  readonly port: number;
  readonly storeDir: string;
  /** Whether the node's process is up (started and not yet stopped or killed). */
  readonly running: boolean;
  /** Kills the node hard (SIGKILL), as a crash or a power cut would. */
  kill(): Promise<void>;
  /** Stops the node cleanly (SIGTERM); its store stays for a restart. */
  stop(): Promise<void>;
  /** Starts the node again on the same ports with the same store; resolves when it listens. */
  restart(): Promise<void>;
}

export interface NatsCluster {
  /** Every node's client URL. */
  readonly urls: string[];
  /** The same, comma separated: a NATS_URL value for processes. */
  readonly natsUrl: string;
  readonly nodes: readonly NatsNode[];
  node(name: string): NatsNode;
  /** The node behind a connection's current server (Bus.serverUrl: `127.0.0.1:<port>` or a URL). */
  nodeOf(serverUrl: string): NatsNode | undefined;
  /** Resolves once every running node agrees on a JetStream meta leader and every peer is current. */
  untilReady(timeoutMs?: number): Promise<void>;
  /** Stops every node and removes the stores. */
  stop(): Promise<void>;
}

export interface NatsClusterOptions {
  nodes?: number;
}

interface Ports {
  client: number;
  cluster: number;
  monitor: number;
}

const READY_TIMEOUT_MS = 60_000;
const HALT_TIMEOUT_MS = 15_000;

/** Starts the nodes and resolves once JetStream is ready on all of them. */
export async function startNatsCluster(options: NatsClusterOptions = {}): Promise<NatsCluster> {
  const count = options.nodes ?? 3;
  const dir = await mkdtemp(join(tmpdir(), 'brightline-nats-cluster-'));
  const ports: Ports[] = [];
  const taken = new Set<number>();
  for (let i = 0; i < count; i++) ports.push({ client: await freshPort(taken), cluster: await freshPort(taken), monitor: await freshPort(taken) });
  const routes = `[${ports.map((p) => `nats-route://127.0.0.1:${p.cluster}`).join(', ')}]`;
  const nodes = ports.map((p, i) => new ClusterNode(`nats-${i + 1}`, p, join(dir, `nats-${i + 1}`), routes));
  const cluster: NatsCluster = {
    urls: nodes.map((n) => n.url),
    natsUrl: nodes.map((n) => n.url).join(','),
    nodes,
    node: (name) => {
      const found = nodes.find((n) => n.name === name);
      if (!found) throw new Error(`no node '${name}' in the cluster (${nodes.map((n) => n.name).join(', ')})`);
      return found;
    },
    nodeOf: (serverUrl) => {
      const port = Number(/:(\d+)\/?$/.exec(serverUrl)?.[1]);
      return nodes.find((n) => n.port === port);
    },
    untilReady: (timeoutMs = READY_TIMEOUT_MS) => untilJetStreamReady(nodes, timeoutMs),
    stop: async () => {
      await Promise.all(nodes.map((n) => n.stop()));
      await rm(dir, { recursive: true, force: true });
    },
  };
  try {
    await Promise.all(nodes.map((n) => n.restart()));
    await cluster.untilReady();
  } catch (error) {
    await cluster.stop();
    throw error;
  }
  return cluster;
}

class ClusterNode implements NatsNode {
  readonly url: string;
  readonly port: number;
  #child: ChildProcess | undefined;
  #exited: Promise<void> = Promise.resolve();

  constructor(
    readonly name: string,
    private readonly ports: Ports,
    readonly storeDir: string,
    private readonly routes: string,
  ) {
    this.port = ports.client;
    this.url = `nats://127.0.0.1:${ports.client}`;
  }

  get running(): boolean {
    return this.#child !== undefined && this.#child.exitCode === null && this.#child.signalCode === null;
  }

  get monitorUrl(): string {
    return `http://127.0.0.1:${this.ports.monitor}`;
  }

  async restart(): Promise<void> {
    if (this.running) return;
    const binary = natsServerBinary();
    const child = spawn(binary, ['-c', CLUSTER_CONFIG], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        NATS_SERVER_NAME: this.name,
        NATS_LISTEN: `127.0.0.1:${this.ports.client}`,
        NATS_MONITOR: `127.0.0.1:${this.ports.monitor}`,
        NATS_CLUSTER_LISTEN: `127.0.0.1:${this.ports.cluster}`,
        NATS_STORE_DIR: this.storeDir,
        NATS_ROUTES: this.routes,
      },
    });
    this.#child = child;
    this.#exited = new Promise((resolve) => child.once('exit', () => resolve()));
    await waitForPort(child, binary);
  }

  kill(): Promise<void> {
    return this.#halt('SIGKILL');
  }

  stop(): Promise<void> {
    return this.#halt('SIGTERM');
  }

  async #halt(signal: NodeJS.Signals): Promise<void> {
    if (!this.running) return this.#exited;
    this.#child?.kill(signal);
    // A node that does not stop cleanly in time is killed: a test run never hangs on it.
    const stuck = setTimeout(() => this.#child?.kill('SIGKILL'), HALT_TIMEOUT_MS);
    await this.#exited;
    clearTimeout(stuck);
  }

  /** The node's view of the JetStream meta group; undefined while it does not answer. */
  async meta(): Promise<MetaView | undefined> {
    try {
      const response = await fetch(`${this.monitorUrl}/jsz`, { signal: AbortSignal.timeout(2_000) });
      if (!response.ok) return undefined;
      const jsz = (await response.json()) as { meta_cluster?: { leader?: string; cluster_size?: number; replicas?: Array<{ name: string; current: boolean; offline?: boolean }> } };
      return jsz.meta_cluster && { leader: jsz.meta_cluster.leader ?? '', size: jsz.meta_cluster.cluster_size ?? 0, peers: jsz.meta_cluster.replicas ?? [] };
    } catch {
      return undefined;
    }
  }
}

interface MetaView {
  leader: string;
  size: number;
  peers: Array<{ name: string; current: boolean; offline?: boolean }>;
}

/**
 * Every running node names the same meta leader, and the leader sees every other running node as
 * a current peer: only then can a stream with one replica per node be created.
 */
async function untilJetStreamReady(nodes: readonly ClusterNode[], timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  for (;;) {
    const running = nodes.filter((n) => n.running);
    const views = await Promise.all(running.map((n) => n.meta()));
    const leaders = new Set(views.map((v) => v?.leader ?? ''));
    const [leader] = leaders;
    const leaderView = views[running.findIndex((n) => n.name === leader)];
    const others = running.filter((n) => n.name !== leader).map((n) => n.name);
    const ready =
      leaders.size === 1 && leader !== undefined && leader !== '' && leaderView !== undefined &&
      others.every((name) => leaderView.peers.some((p) => p.name === name && p.current && !p.offline));
    if (ready) return;
    last = running.map((n, i) => `${n.name}: leader '${views[i]?.leader ?? '?'}'`).join(', ');
    if (Date.now() > deadline) throw new Error(`JetStream cluster not ready within ${timeoutMs} ms (${last})`);
    await sleep(100);
  }
}

/** A free port not already handed to another node of this cluster. */
async function freshPort(taken: Set<number>): Promise<number> {
  for (;;) {
    const port = await freeTcpPort();
    if (!taken.has(port)) {
      taken.add(port);
      return port;
    }
  }
}
