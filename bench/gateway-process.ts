/**
 * The gateway of bench/gateway.ts, in its own process as in production, so that the bench's gRPC
 * client and the server under test do not share one event loop. One token, an operator's.
 *
 * Usage: gateway-process.ts <nats url> <token>. Prints `{"event":"ready","address":...}`; ends on
 * `quit` on stdin, or when stdin closes.
 */
import { Bus } from '../actors/transport/mod.js';
import { startGateway } from '../gateway/server.js';
import type { Identity } from '../gateway/rpc.js';
import { emit, untilQuit } from './device-shared.js';
import { runBench } from './run-bench.js';

async function main(): Promise<void> {
  const [url, token] = process.argv.slice(2);
  if (url === undefined || token === undefined) throw new Error('usage: gateway-process.ts <nats url> <token>');
  const operator: Identity = { user: 'bench', operator: true, roles: new Map() };
  const bus = await Bus.connect({ servers: url, name: 'bench-gateway' });
  const gateway = await startGateway({ bus, listen: '127.0.0.1:0', identify: (given) => (given === token ? operator : undefined) });
  emit({ event: 'ready', address: gateway.address });
  await untilQuit();
  await gateway.stop();
  await bus.close();
}

runBench('gateway-process', main);
