/**
 * `brightline whoami`: who the gateway takes this CLI for (the user of its bearer token) and the
 * roles that user holds, so a refused command can be understood before asking anyone.
 */
import { parseArgv } from './argv.js';
import type { Command } from './commands.js';
import { ExitCode, CliError } from './exit-codes.js';
import { GatewayClient } from './gateway-client.js';

const QUICK_TIMEOUT_MS = 5_000;

export const whoami: Command = {
  summary: 'show who the gateway takes you for (the user of your token) and your role on each beamline',
  usage: 'brightline whoami [--json]',
  async run(argv) {
    const args = parseArgv(argv, { valued: [], switches: ['json'] });
    if (args.flags.has('help')) {
      process.stdout.write(`usage: ${whoami.usage}\n`);
      return ExitCode.Ok;
    }
    if (args.positionals.length > 0) throw new CliError(`whoami takes no arguments\nusage: ${whoami.usage}`, ExitCode.Usage);
    const client = await GatewayClient.connect();
    try {
      const identity = await client.unary('WhoAmI', {}, { timeoutMs: QUICK_TIMEOUT_MS });
      const roles = Object.fromEntries((identity.roles ?? []).map((r) => [r.beamline ?? '', r.role ?? '']));
      if (args.flags.has('json')) {
        process.stdout.write(`${JSON.stringify({ user: identity.user ?? '', operator: identity.operator ?? false, roles })}\n`);
        return ExitCode.Ok;
      }
      const what = identity.operator
        ? 'the facility operator (every role on every beamline, shared devices included)'
        : Object.keys(roles).length === 0
          ? 'no role on any beamline (ask the facility operator: brightline token new --user NAME --role BL01=user)'
          : Object.entries(roles)
              .map(([beamline, role]) => `${role} on ${beamline}`)
              .join(', ');
      process.stdout.write(`${identity.user ?? '?'} at ${client.address}: ${what}\n`);
      return ExitCode.Ok;
    } finally {
      client.close();
    }
  },
};
