import { localTokenFile, readLocalToken, TOKEN_ENV } from '../gateway/auth/local-token.js';
import { InvalidArgumentError } from '../lib/errors.js';
import { isSubjectToken } from '../lib/ids.js';
import { CliError, ExitCode } from './exit-codes.js';

export const DEFAULT_NATS_URL = 'nats://127.0.0.1:4222';
export const DEFAULT_GATEWAY = '127.0.0.1:50051';
export const GATEWAY_ENV = 'BRIGHTLINE_GATEWAY';
export { TOKEN_ENV };
/** A CA certificate (PEM) the gateway's TLS certificate is checked against; plain text without it. */
export const GATEWAY_CA_ENV = 'BRIGHTLINE_GATEWAY_CA';
/** Set to 1 to talk plain text to a gateway on another machine (the token crosses the network readable). */
export const GATEWAY_INSECURE_ENV = 'BRIGHTLINE_GATEWAY_INSECURE';

/**
 * The bus the daemons (and the operator tools `ca`, `leases`) talk to: NATS_URL, or the local
 * default that `brightline up` uses. On a cluster, NATS_URL lists every node, comma separated
 * (`nats://nats-1:4222,nats://nats-2:4222,...`): Bus.connect takes the list, and a process moves to
 * another node when its node goes away.
 */
export function natsUrl(): string {
  return process.env['NATS_URL'] || DEFAULT_NATS_URL;
}

/** The gateway the CLI's facility commands talk to: BRIGHTLINE_GATEWAY, or the local default. */
export function gatewayAddress(): string {
  return process.env[GATEWAY_ENV] || DEFAULT_GATEWAY;
}

export const DEFAULT_DASHBOARD = '127.0.0.1:8080';
export const DASHBOARD_ENV = 'BRIGHTLINE_DASHBOARD';

/** Where the gateway serves the operations dashboard: BRIGHTLINE_DASHBOARD, or the local default. */
export function dashboardAddress(): string {
  // host:port, also when BRIGHTLINE_DASHBOARD is given as a URL for the browser.
  return (process.env[DASHBOARD_ENV] || DEFAULT_DASHBOARD).replace(/^https?:\/\//, '').replace(/\/$/, '');
}

/**
 * The dashboard's address for a browser: BRIGHTLINE_DASHBOARD as given when it names a scheme
 * (`https://ops.example:8443`), otherwise https when the CLI trusts a gateway CA (the gateway
 * then serves the dashboard with the same certificate) and http on a local facility.
 */
export function dashboardUrl(): string {
  const given = process.env[DASHBOARD_ENV] ?? '';
  if (/^https?:\/\//.test(given)) return given.endsWith('/') ? given : `${given}/`;
  return `${gatewayCaFile() ? 'https' : 'http'}://${dashboardAddress()}/`;
}

export function gatewayCaFile(): string | undefined {
  return process.env[GATEWAY_CA_ENV] || undefined;
}

export function gatewayInsecure(): boolean {
  return /^(1|true|yes)$/i.test(process.env[GATEWAY_INSECURE_ENV] ?? '');
}

/** Where the bearer token came from, so a refusal can say which one the gateway did not know. */
export type TokenSource = { kind: 'env' } | { kind: 'file'; path: string } | { kind: 'none'; path: string };

export interface BearerToken {
  token: string | undefined;
  source: TokenSource;
}

/**
 * BRIGHTLINE_TOKEN, else the token `brightline up` wrote for this account (gateway/auth/local-token.ts),
 * else none. A token with a character gRPC metadata cannot carry is refused here, without echoing
 * it: grpc-js's own error would print the whole token.
 */
export async function bearerToken(env: NodeJS.ProcessEnv = process.env): Promise<BearerToken> {
  const fromEnv = env[TOKEN_ENV]?.trim();
  if (fromEnv) return { token: checkedToken(fromEnv, TOKEN_ENV), source: { kind: 'env' } };
  const path = localTokenFile(env);
  let token: string | undefined;
  try {
    token = await readLocalToken(path);
  } catch (error) {
    throw new CliError(`cannot read the token file ${path}: ${(error as Error).message}; set ${TOKEN_ENV} instead`, ExitCode.Denied);
  }
  return token ? { token: checkedToken(token, `the token in ${path}`), source: { kind: 'file', path } } : { token: undefined, source: { kind: 'none', path } };
}

/** Printable ASCII without spaces: what `authorization: Bearer <token>` can carry. */
const TOKEN_CHARACTER = /^[\x21-\x7e]$/;

function checkedToken(token: string, what: string): string {
  const position = [...token].findIndex((character) => !TOKEN_CHARACTER.test(character));
  if (position < 0) return token;
  const character = [...token][position] ?? '';
  const code = `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  throw new CliError(
    `${what} has a character no token has (${code} at position ${position + 1}; a copy and paste brings in non-breaking spaces and the like): tokens are printable ASCII without spaces. Copy the token again`,
    ExitCode.Denied,
  );
}

/** The beamline a command acts on: --beamline, else BRIGHTLINE_BEAMLINE, else BL01. */
export function resolveBeamline(flag: string | undefined): string {
  const beamline = flag ?? process.env['BRIGHTLINE_BEAMLINE'] ?? 'BL01';
  if (!isSubjectToken(beamline)) throw new InvalidArgumentError(`'${beamline}' is not a beamline name`);
  return beamline;
}
