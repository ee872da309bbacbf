import {
  CA_MINOR_VERSION,
  Command,
  SearchReply,
  decodeCString,
  notFoundResponse,
  searchResponse,
  versionMessage,
  type CaMessage,
  type CaMessageInit,
} from '../protocol/mod.js';
import type { PvSource } from './pv-source.js';

/** Names longer than this are not PV names; answering them would only help a flood. */
const MAX_NAME_BYTES = 1024;

/**
 * The replies to one search datagram (a VERSION message then any number of SEARCHes), as the
 * messages of one reply datagram; empty when nothing deserves an answer. Unknown names get
 * NOT_FOUND only when the client asked for it with DO_REPLY, because every server on the subnet
 * sees every broadcast search and mostly lacks the name.
 */
export function answerSearch(request: readonly CaMessage[], source: PvSource, tcpPort: number): CaMessageInit[] {
  const replies: CaMessageInit[] = [];
  for (const message of request) {
    if (message.command !== Command.Search || message.payload.length > MAX_NAME_BYTES) continue;
    const name = decodeCString(message.payload);
    if (name.length === 0) continue;
    const searchId = message.parameter1;
    if (source.find(name) !== undefined) {
      replies.push(searchResponse(tcpPort, searchId));
    } else if (message.dataType === SearchReply.DoReply) {
      replies.push(notFoundResponse(searchId));
    }
  }
  // libca reads the leading VERSION to learn our minor version before it reads the answers
  return replies.length === 0 ? [] : [versionMessage(0, CA_MINOR_VERSION), ...replies];
}
