/**
 * `brightline dashboard`: the address of the operations dashboard with your token in the URL's
 * fragment (which browsers never send to the server), ready to open; the page keeps the token for
 * the tab and asks for one when it has none.
 */
import { parseArgv } from './argv.js';
import type { Command } from './commands.js';
import { bearerToken, dashboardUrl } from './environment.js';
import { CliError, ExitCode } from './exit-codes.js';

export const dashboard: Command = {
  summary: 'print the address of the operations dashboard (health grid, plans, live plot, alarms) with your token, to open in a browser',
  usage: 'brightline dashboard [--no-token]   (BRIGHTLINE_DASHBOARD picks the address, host:port or a URL; default 127.0.0.1:8080, https when BRIGHTLINE_GATEWAY_CA is set)',
  async run(argv) {
    const args = parseArgv(argv, { valued: [], switches: ['no-token'] });
    if (args.flags.has('help')) {
      process.stdout.write(`usage: ${dashboard.usage}\n`);
      return ExitCode.Ok;
    }
    if (args.positionals.length > 0) throw new CliError(`dashboard takes no arguments\nusage: ${dashboard.usage}`, ExitCode.Usage);
    const base = dashboardUrl();
    if (args.flags.has('no-token')) {
      process.stdout.write(`${base}\n`);
      return ExitCode.Ok;
    }
    const { token } = await bearerToken();
    if (token === undefined) {
      process.stdout.write(`${base}\n`);
      process.stderr.write('no token here (BRIGHTLINE_TOKEN, or the one ./brightline up writes): the page will ask for one\n');
      return ExitCode.Ok;
    }
    // Anyone who can read this line can use the token: it is the same one the CLI sends.
    process.stdout.write(`${base}#token=${encodeURIComponent(token)}\n`);
    return ExitCode.Ok;
  },
};
