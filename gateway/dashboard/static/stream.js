// The dashboard's event stream, read with fetch() so that the token travels in the Authorization
// header (EventSource cannot send one). Reconnects after a loss, with a growing pause; a stream
// that goes silent longer than two keep-alives is taken as lost.

const SILENCE_MS = 35_000;
const RETRY_MS = [500, 1_000, 2_000, 5_000];

/**
 * Opens the stream and keeps it open until `close()`.
 * handlers: onView(message), onState('connecting' | 'live' | 'lost'), onRefused(reason).
 */
export function openStream(token, handlers) {
  let closed = false;
  let attempt = 0;
  let controller;

  const run = async () => {
    while (!closed) {
      controller = new AbortController();
      let watchdog;
      const armWatchdog = () => {
        clearTimeout(watchdog);
        watchdog = setTimeout(() => controller.abort(), SILENCE_MS);
      };
      try {
        handlers.onState(attempt === 0 ? 'connecting' : 'lost');
        armWatchdog();
        const response = await fetch('/api/events', {
          headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' },
          cache: 'no-store',
          signal: controller.signal,
        });
        if (response.status === 401) {
          handlers.onRefused(await errorText(response));
          return;
        }
        if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
        const refused = await readEvents(response.body, armWatchdog, (event, data) => {
          if (event === 'view') {
            attempt = 0;
            handlers.onState('live');
            handlers.onView(JSON.parse(data));
          } else if (event === 'refused') {
            closed = true;
            handlers.onRefused(JSON.parse(data).error);
          }
        });
        if (refused || closed) return;
      } catch {
        // Lost, refused by the network, or silent: try again below.
      } finally {
        clearTimeout(watchdog);
      }
      if (closed) return;
      handlers.onState('lost');
      const pause = RETRY_MS[Math.min(attempt, RETRY_MS.length - 1)];
      attempt += 1;
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  };
  void run();

  return {
    close() {
      closed = true;
      controller?.abort();
    },
    /** Drops the connection and opens a new one (which starts with the whole view). */
    restart() {
      controller?.abort();
    },
  };
}

/** Reads text/event-stream until it ends; calls `onEvent(event, data)` per event; true when told `refused`. */
async function readEvents(body, onBytes, onEvent) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let refused = false;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return refused;
    onBytes();
    buffer += decoder.decode(value, { stream: true }).replace(/\r\n?/g, '\n');
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      let event = 'message';
      const data = [];
      for (const line of block.split('\n')) {
        if (line.startsWith(':') || line === '') continue;
        const colon = line.indexOf(':');
        const field = colon < 0 ? line : line.slice(0, colon);
        const text = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (field === 'event') event = text;
        else if (field === 'data') data.push(text);
      }
      if (data.length === 0) continue;
      if (event === 'refused') refused = true;
      onEvent(event, data.join('\n'));
    }
  }
}

export async function errorText(response) {
  try {
    const body = await response.json();
    return body.error ?? `HTTP ${response.status}`;
  } catch {
    return `HTTP ${response.status}`;
  }
}
