import { encodedSize, writeMessage, type CaMessageInit } from '../protocol/mod.js';

/** Large enough for a socket's default high-water mark of bytes plus a few updates. */
const SLAB_BYTES = 32 * 1024;

/**
 * Encoded messages for one socket, collected until they are handed over in one piece. Encoders
 * write straight into a zero-filled slab, so a monitor update costs no buffer of its own. Bytes
 * handed to the socket are not written again while it may still be sending from them: the next
 * messages go after them, and a full slab is started again from its beginning only once
 * `handedOverSent` says everything handed over has left, else replaced by a new one. (Reuse
 * matters: a busy circuit fills hundreds of slabs a second, and freeing them cost more
 * garbage collection than encoding.)
 */
export class OutboundBatch {
  readonly #handedOverSent: () => boolean;
  #slab: Buffer = Buffer.alloc(0);
  #view = new DataView(this.#slab.buffer, this.#slab.byteOffset, 0);
  // the bytes not yet handed over are #slab[#start, #end)
  #start = 0;
  #end = 0;

  constructor(handedOverSent: () => boolean) {
    this.#handedOverSent = handedOverSent;
  }

  /** Bytes collected and not yet taken. */
  get length(): number {
    return this.#end - this.#start;
  }

  /** The slab that `reserve` offsets index; valid until the next `reserve`. */
  get bytes(): Buffer {
    return this.#slab;
  }

  /** A view of all of `bytes`. */
  get view(): DataView {
    return this.#view;
  }

  /** Makes room for `size` zero bytes and returns where they start in `bytes`. */
  reserve(size: number): number {
    if (this.#end + size > this.#slab.length) this.#replaceSlab(size);
    const at = this.#end;
    this.#end += size;
    return at;
  }

  /** Where the batch ends now, for `rollback` if an encoder fails half-way; survives a new slab. */
  mark(): number {
    return this.length;
  }

  /** Drops what was reserved after `mark`, zeroing it again for the next encoder. */
  rollback(mark: number): void {
    const end = this.#start + mark;
    this.#slab.fill(0, end, this.#end);
    this.#end = end;
  }

  append(message: CaMessageInit): void {
    const mark = this.mark();
    const at = this.reserve(encodedSize(message));
    try {
      writeMessage(this.#slab, at, message);
    } catch (error) {
      this.rollback(mark);
      throw error;
    }
  }

  /** The collected bytes, to hand to the socket; undefined when there are none. */
  take(): Buffer | undefined {
    if (this.#end === this.#start) return undefined;
    const taken = this.#slab.subarray(this.#start, this.#end);
    this.#start = this.#end;
    return taken;
  }

  #replaceSlab(size: number): void {
    const pending = this.#end - this.#start;
    const needed = pending + size;
    if (needed <= this.#slab.length && this.#handedOverSent()) {
      // nothing reads the slab any more: move the pending bytes to its start and zero the rest
      this.#slab.copyWithin(0, this.#start, this.#end);
      this.#slab.fill(0, pending, this.#end);
    } else {
      const slab = Buffer.alloc(Math.max(SLAB_BYTES, needed));
      slab.set(this.#slab.subarray(this.#start, this.#end));
      this.#slab = slab;
      this.#view = new DataView(slab.buffer, slab.byteOffset, slab.byteLength);
    }
    this.#start = 0;
    this.#end = pending;
  }
}
