/**
 * A TCP proxy in front of a nats-server that can go silent without closing anything, as a pulled
 * cable does: no reset reaches either side, so only pings left unanswered tell the client.
 */
import { createConnection, createServer, type Server, type Socket } from 'node:net';

/** Passes bytes both ways between clients and `target`, until `silence` makes the current connections drop everything. */
export class SilenceableProxy {
  private readonly connections = new Set<{ client: Socket; upstream: Socket; silent: boolean }>();
  private server: Server | undefined;
  port = 0;

  async start(target: number): Promise<void> {
    this.server = createServer((client) => {
      const upstream = createConnection(target, '127.0.0.1');
      const connection = { client, upstream, silent: false };
      this.connections.add(connection);
      client.on('data', (bytes) => connection.silent || upstream.write(bytes));
      upstream.on('data', (bytes) => connection.silent || client.write(bytes));
      const close = (): void => {
        this.connections.delete(connection);
        client.destroy();
        upstream.destroy();
      };
      for (const socket of [client, upstream]) socket.on('close', close).on('error', close);
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    const address = this.server.address();
    this.port = typeof address === 'object' && address ? address.port : 0;
  }

  /** The connections open now stop passing bytes, and stay open; later ones work. */
  silence(): number {
    for (const connection of this.connections) connection.silent = true;
    return this.connections.size;
  }

  async stop(): Promise<void> {
    for (const { client, upstream } of this.connections) {
      client.destroy();
      upstream.destroy();
    }
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
