import { MalformedMessageError } from '../../lib/errors.js';

/**
 * What the transport needs of a protobufjs static message class: encode a plain object,
 * decode bytes into an instance. Generated classes in gen/proto.js satisfy it.
 */
export interface MessageType<T> {
  encode(message: T): { finish(): Uint8Array };
  decode(bytes: Uint8Array): T;
}

export function encodeMessage<T>(type: MessageType<T>, message: T): Uint8Array {
  return type.encode(message).finish();
}

/** Decodes or throws a MalformedMessageError naming the subject, so a bad peer is easy to find. */
export function decodeMessage<T>(type: MessageType<T>, bytes: Uint8Array, subject: string): T {
  try {
    return type.decode(bytes);
  } catch (cause) {
    throw new MalformedMessageError(subject, typeName(type), { cause });
  }
}

function typeName(type: object): string {
  const name = (type as { name?: unknown }).name;
  return typeof name === 'string' && name.length > 0 ? name : 'message';
}
