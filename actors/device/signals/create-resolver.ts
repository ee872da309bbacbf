/**
 * The resolver a device host builds once: `ca://` goes to a Channel Access client, `sim://` to the
 * in-process simulated database, `mock://` to a test's registry. A scheme the host was not given
 * is a configuration mistake and says so, rather than falling back to another scheme.
 */
import type { CaClient } from '../../../epics/client/mod.js';
import type { PvSource } from '../../../epics/server/pv-source.js';
import type { Logger } from '../../../lib/log.js';
import { CaSignalBackend } from './ca-backend.js';
import { SignalSourceError } from './errors.js';
import type { MockSignalRegistry } from './mock-backend.js';
import type { SignalResolver } from './resolver.js';
import type { SignalBackend } from './signal-backend.js';
import { SimSignalBackend } from './sim-backend.js';

export interface SignalResolverOptions {
  /** A client, or a factory called on the first `ca://` URI (a sim-only host opens no CA sockets). */
  readonly ca?: CaClient | (() => CaClient);
  readonly sim?: PvSource;
  readonly mock?: MockSignalRegistry;
  /** For sim:// puts nobody waits on that fail. */
  readonly logger?: Logger;
}

const SCHEMES = ['ca', 'sim', 'mock'] as const;
type Scheme = (typeof SCHEMES)[number];

/**
 * Each `resolve` returns a new backend (its own monitor, closed by its device), except `mock://`,
 * which returns the registry's one per URI so a test can reach the signal its device uses.
 */
export function createSignalResolver(options: SignalResolverOptions): SignalResolver {
  let client: CaClient | undefined = typeof options.ca === 'function' ? undefined : options.ca;
  const caClient = (): CaClient | undefined => {
    if (client === undefined && typeof options.ca === 'function') client = options.ca();
    return client;
  };
  const configured = SCHEMES.filter((scheme) => options[scheme] !== undefined);

  const unconfigured = (uri: string, scheme: Scheme): SignalSourceError =>
    new SignalSourceError(uri, `this host has no ${scheme}:// source configured (configured: ${describeSchemes(configured)})`);

  return {
    resolve(uri: string): SignalBackend {
      const { scheme, name } = parseUri(uri);
      switch (scheme) {
        case 'ca': {
          const ca = caClient();
          if (ca === undefined) throw unconfigured(uri, scheme);
          return new CaSignalBackend(ca, name);
        }
        case 'sim': {
          const sim = options.sim;
          if (sim === undefined) throw unconfigured(uri, scheme);
          // An unknown PV fails the device's connect (fault, with the name) rather than the whole host.
          return new SimSignalBackend(sim, name, { logger: options.logger });
        }
        case 'mock': {
          if (options.mock === undefined) throw unconfigured(uri, scheme);
          return options.mock.get(uri);
        }
      }
    },
  };
}

function parseUri(uri: string): { scheme: Scheme; name: string } {
  const match = /^([a-z][a-z0-9+.-]*):\/\/(.*)$/i.exec(uri);
  if (match === null) throw new SignalSourceError(uri, `not a signal URI; expected one of ${describeSchemes(SCHEMES)} followed by a PV name`);
  const scheme = (match[1] ?? '').toLowerCase();
  const name = match[2] ?? '';
  if (!isScheme(scheme)) throw new SignalSourceError(uri, `unknown scheme '${scheme}://'; expected one of ${describeSchemes(SCHEMES)}`);
  if (name.trim() === '') throw new SignalSourceError(uri, 'empty PV name');
  if (name !== name.trim()) throw new SignalSourceError(uri, 'the PV name has leading or trailing spaces');
  return { scheme, name };
}

function isScheme(scheme: string): scheme is Scheme {
  return (SCHEMES as readonly string[]).includes(scheme);
}

function describeSchemes(schemes: readonly Scheme[]): string {
  return schemes.length === 0 ? 'none' : schemes.map((scheme) => `${scheme}://`).join(', ');
}
