/** Turns a signal URI from config into a backend; a host builds one resolver for all its devices. */
import type { SignalBackend } from './signal-backend.js';

export interface SignalResolver {
  /** Throws SignalSourceError for an unknown scheme or (sim://) an unknown PV. */
  resolve(uri: string): SignalBackend;
}
