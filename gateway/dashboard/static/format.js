// Words for the page: state names, "since 4 min", "ETA 1 min 20 s". No dependencies.

export const STATE_WORDS = { ok: 'OK', degraded: 'DEGRADED', fault: 'FAULT', disconnected: 'DISCONNECTED', unknown: 'UNKNOWN' };

export function stateWord(state) {
  return STATE_WORDS[state] ?? String(state).toUpperCase();
}

/** `12 s`, `4 min`, `3 h 5 min`, `2 d 4 h` for a duration in seconds. */
export function duration(seconds) {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  const minutes = Math.floor(s / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
  const days = Math.floor(hours / 24);
  return hours % 24 ? `${days} d ${hours % 24} h` : `${days} d`;
}

/** `1 min 20 s` for an ETA: seconds matter while little is left. */
export function eta(seconds) {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  if (s < 600) return `${Math.floor(s / 60)} min ${s % 60} s`;
  return duration(s);
}

/** The clock time of an epoch-seconds instant, `14:05`, for "acknowledged at". */
export function clock(epochSeconds) {
  return new Date(epochSeconds * 1000).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}

/** The clock time of an epoch-seconds instant to the second, `14:05:09`, for when a connection dropped. */
export function clockSeconds(epochSeconds) {
  return new Date(epochSeconds * 1000).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });
}

/** A number for an axis or a tooltip: few digits, no exponent for everyday magnitudes. */
export function number(value) {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  if (abs !== 0 && (abs >= 1e6 || abs < 1e-3)) return value.toExponential(2);
  return String(Number(value.toPrecision(4)));
}
