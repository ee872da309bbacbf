import { MalformedMessageError } from '../../lib/errors.js';

/**
 * What the transport needs of a protobufjs static message class: encode plain properties
 * (`Props`), decode bytes into an instance (`Decoded`). Generated classes in gen/proto.js fit;
 * the two parameters let callers pass plain objects and get typed instances back.
 */
export interface MessageType<Decoded, Props = Decoded> {
  encode(message: Props): { finish(): Uint8Array };
  decode(bytes: Uint8Array): Decoded;
}

export function encodeMessage<P>(type: MessageType<unknown, P>, message: P): Uint8Array {
  return type.encode(message).finish();
}

/** Decodes or throws a MalformedMessageError naming the subject, so a bad peer is easy to find. */
export function decodeMessage<T>(type: MessageType<T, never>, bytes: Uint8Array, subject: string): T {
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
