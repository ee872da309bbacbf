/**
 * How many search datagrams the client may send per period. A server reads searches from one UDP
 * socket, and a burst larger than its receive buffer is dropped without a word: every name in a
 * dropped datagram then waits out its back-off. So, like libca's search timer (and TCP's congestion
 * window), start with one datagram, double while nearly every name sent is answered, grow by one
 * past the size at which loss was last seen, and fall back to one when fewer than half are answered.
 */
export const SEARCH_PERIOD_MS = 10;
/** 32 datagrams of 1 kB per 10 ms is ~80,000 names/s, and stays well inside a default receive buffer. */
export const MAX_FRAMES_PER_PERIOD = 32;
const INITIAL_FRAMES = 1;
/** The threshold never falls below this, so one bad period cannot leave the client crawling for long. */
const MIN_THRESHOLD = 4;

export class SearchPacer {
  #frames = INITIAL_FRAMES;
  #threshold = MAX_FRAMES_PER_PERIOD;
  #attempts = 0;
  #answers = 0;

  /** Datagrams allowed in the coming period. */
  get framesPerPeriod(): number {
    return this.#frames;
  }

  sent(names: number): void {
    this.#attempts += names;
  }

  answered(): void {
    this.#answers += 1;
  }

  /** At the start of a sending period: judges the names sent since the last one. */
  evaluate(): void {
    const attempts = this.#attempts;
    const answers = this.#answers;
    this.#attempts = 0;
    this.#answers = 0;
    if (attempts === 0) return;
    // libca's thresholds: more than 15/16 answered is a good period, under half is loss
    if (answers > attempts - attempts / 16) {
      this.#frames = Math.min(MAX_FRAMES_PER_PERIOD, this.#frames < this.#threshold ? this.#frames * 2 : this.#frames + 1);
    } else if (answers < attempts / 2) {
      this.#threshold = Math.max(MIN_THRESHOLD, Math.floor(this.#frames / 2));
      this.#frames = INITIAL_FRAMES;
    }
  }

  /** Nothing is left to search: the next burst probes the server again from the start, as TCP does after idling. */
  restart(): void {
    this.#frames = INITIAL_FRAMES;
    this.#threshold = MAX_FRAMES_PER_PERIOD;
    this.#attempts = 0;
    this.#answers = 0;
  }
}
