/** Channel Access wire codec: messages, framing and DBR payloads, in pure TypeScript. */
export * from './errors.js';
export * from './commands.js';
export * from './strings.js';
export * from './message.js';
export * from './messages-builders.js';
export * from './dbr.js';
