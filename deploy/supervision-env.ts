/** Set by `brightline up` on the processes it starts, so they never outlive it (see cli/lifetime.ts). */
export const SUPERVISOR_PID_ENV = 'BRIGHTLINE_SUPERVISOR_PID';
