/** A binary min-heap: O(log n) push and pop, O(1) peek. */
export class MinHeap<T> {
  readonly #items: T[] = [];

  /** `before(a, b)` is true when `a` must come out before `b`. */
  constructor(private readonly before: (a: T, b: T) => boolean) {}

  get size(): number {
    return this.#items.length;
  }

  peek(): T | undefined {
    return this.#items[0];
  }

  push(item: T): void {
    const items = this.#items;
    let index = items.push(item) - 1;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (!this.before(item, items[parent] as T)) break;
      items[index] = items[parent] as T;
      index = parent;
    }
    items[index] = item;
  }

  pop(): T | undefined {
    const items = this.#items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last !== undefined) this.#siftDown(last);
    return top;
  }

  /** Replaces the contents in O(n), cheaper than n pushes. */
  reset(items: Iterable<T>): void {
    this.#items.length = 0;
    for (const item of items) this.#items.push(item); // not push(...items): that overflows the stack for many
    for (let index = (this.#items.length >> 1) - 1; index >= 0; index -= 1) this.#siftDownFrom(index);
  }

  #siftDown(item: T): void {
    this.#items[0] = item;
    this.#siftDownFrom(0);
  }

  #siftDownFrom(start: number): void {
    const items = this.#items;
    const item = items[start] as T;
    let index = start;
    for (;;) {
      const left = 2 * index + 1;
      if (left >= items.length) break;
      const right = left + 1;
      const child = right < items.length && this.before(items[right] as T, items[left] as T) ? right : left;
      if (!this.before(items[child] as T, item)) break;
      items[index] = items[child] as T;
      index = child;
    }
    items[index] = item;
  }
}
