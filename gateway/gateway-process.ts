/**
 * The `brightline gateway` role: the users file, the gRPC server and the heartbeat that lets the
 * supervisor and `brightline up` see the gateway as one of the facility's processes.
 */
import { Role, startHeartbeat, type Bus } from '../actors/transport/mod.js';
import { silentLogger, type Logger } from '../lib/log.js';
import { defaultUsersFile } from './auth/local-token.js';
import { TokenStore, describeUsers } from './auth/token-store.js';
import { startGateway, type Gateway } from './server.js';
import { startDashboard, type Dashboard } from './dashboard/mod.js';

/** The gateway's heartbeat instance: one gateway per facility (`proc.gateway.facility` in BL_HEALTH). */
export const GATEWAY_INSTANCE = 'facility';
const HEARTBEAT_INTERVAL_MS = 250;

export interface GatewayProcessOptions {
  bus: Bus;
  listen: string;
  /** Default: the state dir's gateway-users.yaml (made by `brightline up` or `brightline token new`). */
  usersFile?: string;
  /** The facility's beamlines: a role on any other in the users file is refused as a typo. */
  beamlines?: readonly string[];
  tls?: { certFile: string; keyFile: string };
  insecure?: boolean;
  logger?: Logger;
  /** `host:port` of the operations dashboard (HTTP; HTTPS with `tls`), e.g. 127.0.0.1:8080; none when absent. */
  dashboard?: string;
}

export interface GatewayProcess {
  readonly gateway: Gateway;
  /** Started when the options name a dashboard address. */
  readonly dashboard: Dashboard | undefined;
  stop(): Promise<void>;
}

export async function startGatewayProcess(options: GatewayProcessOptions): Promise<GatewayProcess> {
  const logger = options.logger ?? silentLogger;
  const usersFile = options.usersFile ?? defaultUsersFile();
  const tokens = await TokenStore.load(usersFile, { logger, ...(options.beamlines ? { beamlines: options.beamlines } : {}) });
  const gateway = await startGateway({
    bus: options.bus,
    listen: options.listen,
    identify: (token) => tokens.identify(token),
    logger,
    ...(options.tls ? { tls: options.tls } : {}),
    ...(options.insecure ? { insecure: true } : {}),
  });
  let dashboard: Dashboard | undefined;
  if (options.dashboard !== undefined) {
    try {
      dashboard = await startDashboard({
        bus: options.bus,
        listen: options.dashboard,
        identify: (token) => tokens.identify(token),
        logger,
        ...(options.beamlines ? { beamlines: options.beamlines } : {}),
        ...(options.tls ? { tls: options.tls } : {}),
        ...(options.insecure ? { insecure: true } : {}),
      });
    } catch (error) {
      await gateway.stop();
      throw error;
    }
  }
  const heartbeat = startHeartbeat(options.bus, { role: Role.Gateway, instance: GATEWAY_INSTANCE, intervalMs: HEARTBEAT_INTERVAL_MS, startedAt: Date.now() / 1000, logger });
  logger.info(`gRPC on ${gateway.address}${options.tls ? ' (TLS)' : ''}${dashboard ? `, dashboard on ${dashboard.url}` : ''}; users from ${usersFile}: ${describeUsers(tokens.users)}`);
  return {
    gateway,
    dashboard,
    stop: async () => {
      heartbeat.stop();
      await Promise.all([gateway.stop(), dashboard?.stop()]);
    },
  };
}
