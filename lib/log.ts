/** One line per event, with the process's role in front, so interleaved logs of `brightline up` stay readable. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export function createLogger(prefix: string, out: NodeJS.WritableStream = process.stderr): Logger {
  const write = (level: string, message: string): void => {
    out.write(`${new Date().toISOString()} ${level} [${prefix}] ${message}\n`);
  };
  return {
    info: (message) => write('info ', message),
    warn: (message) => write('WARN ', message),
    error: (message) => write('ERROR', message),
  };
}

/** For tests and library use where nobody reads the log. */
export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };
