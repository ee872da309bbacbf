/**
 * Where a bearer token may travel in clear text: to and from this machine only. The gateway
 * refuses to serve another address without TLS, and the CLI to dial one, by this one test; it
 * lives apart from the server so that the CLI can ask it without loading the gateway.
 */

/** Whether `host` (a name or an address, IPv6 in brackets as in `host:port`) is this machine. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
}
