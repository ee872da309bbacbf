/**
 * One builder per message the client and server exchange, and one parser per message received.
 * Builders return a CaMessageInit for encodeMessage/encodeMessages; parsers check the command and
 * the payload length and throw CaProtocolError otherwise, so callers never index past the bytes.
 */
import { AccessRight, CA_MINOR_VERSION, Command, EcaStatus, SearchReply, commandName } from './commands.js';
import { type DbrValue, encodeDbr } from './dbr.js';
import { CaProtocolError } from './errors.js';
import { type CaHeader, type CaMessage, type CaMessageInit, decodeHeader, encodeHeader } from './message.js';
import { decodeCString, encodePaddedCString, padTo8 } from './strings.js';

const EMPTY = new Uint8Array(0);
/** The "no address" value of the IP fields of search replies (INADDR_BROADCAST). */
export const NO_ADDRESS = 0xffffffff;

function message(command: number, dataType: number, dataCount: number, parameter1: number, parameter2: number, payload: Uint8Array = EMPTY): CaMessageInit {
  return { command, dataType, dataCount, parameter1, parameter2, payload };
}

function expectCommand(msg: CaMessage, command: number, minPayload = 0): void {
  if (msg.command !== command) {
    throw new CaProtocolError(`expected ${commandName(command)}, got ${commandName(msg.command)}`, { command: msg.command });
  }
  if (msg.payload.length < minPayload) {
    throw new CaProtocolError(`${commandName(command)} payload of ${msg.payload.length} bytes, needs ${minPayload}`, { command, length: msg.payload.length });
  }
}

/** A dotted IPv4 address as the uint32 the header carries. */
export function ipv4ToUint32(address: string): number {
  const parts = address.split('.');
  const bytes = parts.map((part) => (/^\d{1,3}$/.test(part) ? Number(part) : Number.NaN));
  if (bytes.length !== 4 || bytes.some((b) => Number.isNaN(b) || b > 255)) throw new CaProtocolError(`not an IPv4 address: ${JSON.stringify(address)}`);
  return bytes.reduce((sum, b) => sum * 256 + b, 0);
}

export function uint32ToIpv4(value: number): string {
  return [value >>> 24, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff].join('.');
}

function toAddress(ip: number | string): number {
  return typeof ip === 'string' ? ipv4ToUint32(ip) : ip;
}

function dbrPayload(dataType: number, count: number, data: Uint8Array | DbrValue): Uint8Array {
  return data instanceof Uint8Array ? data : encodeDbr(dataType, data, count);
}

// ---- handshake -------------------------------------------------------------------------------

/** CA_PROTO_VERSION, the first message each side sends on a circuit (and UDP search batches). */
export function versionMessage(priority = 0, minorVersion = CA_MINOR_VERSION): CaMessageInit {
  return message(Command.Version, priority, minorVersion, 0, 0);
}
export function parseVersion(msg: CaMessage): { priority: number; minorVersion: number } {
  expectCommand(msg, Command.Version);
  return { priority: msg.dataType, minorVersion: msg.dataCount };
}

export function clientName(user: string): CaMessageInit {
  return message(Command.ClientName, 0, 0, 0, 0, encodePaddedCString(user));
}
export function parseClientName(msg: CaMessage): string {
  expectCommand(msg, Command.ClientName);
  return decodeCString(msg.payload);
}

export function hostName(host: string): CaMessageInit {
  return message(Command.HostName, 0, 0, 0, 0, encodePaddedCString(host));
}
export function parseHostName(msg: CaMessage): string {
  expectCommand(msg, Command.HostName);
  return decodeCString(msg.payload);
}

export function echo(): CaMessageInit {
  return message(Command.Echo, 0, 0, 0, 0);
}

export function eventsOff(): CaMessageInit {
  return message(Command.EventsOff, 0, 0, 0, 0);
}
export function eventsOn(): CaMessageInit {
  return message(Command.EventsOn, 0, 0, 0, 0);
}
/** Deprecated since 3.13 but still answered by RSRV; libca sends it before flushing gets. */
export function readSync(): CaMessageInit {
  return message(Command.ReadSync, 0, 0, 0, 0);
}

// ---- name resolution (UDP) -------------------------------------------------------------------

/** CA_PROTO_SEARCH: the search id travels in both parameters. */
export function searchRequest(name: string, searchId: number, reply: SearchReply = SearchReply.DontReply, minorVersion = CA_MINOR_VERSION): CaMessageInit {
  return message(Command.Search, reply, minorVersion, searchId, searchId, encodePaddedCString(name));
}
export function parseSearchRequest(msg: CaMessage): { name: string; searchId: number; reply: number; minorVersion: number } {
  expectCommand(msg, Command.Search, 1);
  return { name: decodeCString(msg.payload), searchId: msg.parameter2, reply: msg.dataType, minorVersion: msg.dataCount };
}

/**
 * A search reply as RSRV sends it: the TCP port in dataType, the server address (or 0xFFFFFFFF,
 * meaning "where this came from") in parameter1, the search id in parameter2, and the server's
 * minor version as a uint16 payload.
 */
export function searchResponse(port: number, searchId: number, serverIp: number | string = NO_ADDRESS, minorVersion = CA_MINOR_VERSION): CaMessageInit {
  const payload = new Uint8Array(8);
  new DataView(payload.buffer).setUint16(0, minorVersion);
  return message(Command.Search, port, 0, toAddress(serverIp), searchId, payload);
}
export function parseSearchResponse(msg: CaMessage): { port: number; searchId: number; serverIp: string | undefined; minorVersion: number } {
  expectCommand(msg, Command.Search);
  // servers before CA 4.8 send no version payload
  const minorVersion = msg.payload.length >= 2 ? new DataView(msg.payload.buffer, msg.payload.byteOffset).getUint16(0) : 0;
  const serverIp = msg.parameter1 === NO_ADDRESS || msg.parameter1 === 0 ? undefined : uint32ToIpv4(msg.parameter1);
  return { port: msg.dataType, searchId: msg.parameter2, serverIp, minorVersion };
}

/** CA_PROTO_NOT_FOUND: the search request header sent back, only when it asked DO_REPLY. */
export function notFound(searchId: number, minorVersion = CA_MINOR_VERSION, reply: SearchReply = SearchReply.DoReply): CaMessageInit {
  return message(Command.NotFound, reply, minorVersion, searchId, searchId);
}
export function parseNotFound(msg: CaMessage): { searchId: number; reply: number; minorVersion: number } {
  expectCommand(msg, Command.NotFound);
  return { searchId: msg.parameter2, reply: msg.dataType, minorVersion: msg.dataCount };
}

/** CA_PROTO_RSRV_IS_UP as RSRV sends it: minor version in dataType, TCP port in dataCount. */
export function beacon(port: number, beaconId: number, serverIp: number | string = 0, minorVersion = CA_MINOR_VERSION): CaMessageInit {
  return message(Command.Beacon, minorVersion, port, beaconId, toAddress(serverIp));
}
export function parseBeacon(msg: CaMessage): { port: number; beaconId: number; serverIp: string | undefined; minorVersion: number } {
  expectCommand(msg, Command.Beacon);
  const serverIp = msg.parameter2 === 0 ? undefined : uint32ToIpv4(msg.parameter2);
  return { port: msg.dataCount, beaconId: msg.parameter1, serverIp, minorVersion: msg.dataType };
}

export function repeaterRegister(clientIp: number | string = 0): CaMessageInit {
  return message(Command.RepeaterRegister, 0, 0, 0, toAddress(clientIp));
}
export function parseRepeaterRegister(msg: CaMessage): { clientIp: string } {
  expectCommand(msg, Command.RepeaterRegister);
  return { clientIp: uint32ToIpv4(msg.parameter2) };
}

export function repeaterConfirm(repeaterIp: number | string): CaMessageInit {
  return message(Command.RepeaterConfirm, 0, 0, 0, toAddress(repeaterIp));
}
export function parseRepeaterConfirm(msg: CaMessage): { repeaterIp: string } {
  expectCommand(msg, Command.RepeaterConfirm);
  return { repeaterIp: uint32ToIpv4(msg.parameter2) };
}

// ---- channels --------------------------------------------------------------------------------

export function createChannelRequest(name: string, cid: number, minorVersion = CA_MINOR_VERSION): CaMessageInit {
  return message(Command.CreateChannel, 0, 0, cid, minorVersion, encodePaddedCString(name));
}
export function parseCreateChannelRequest(msg: CaMessage): { name: string; cid: number; minorVersion: number } {
  expectCommand(msg, Command.CreateChannel, 1);
  return { name: decodeCString(msg.payload), cid: msg.parameter1, minorVersion: msg.parameter2 };
}

export function createChannelResponse(nativeType: number, count: number, cid: number, sid: number): CaMessageInit {
  return message(Command.CreateChannel, nativeType, count, cid, sid);
}
export function parseCreateChannelResponse(msg: CaMessage): { nativeType: number; count: number; cid: number; sid: number } {
  expectCommand(msg, Command.CreateChannel);
  return { nativeType: msg.dataType, count: msg.dataCount, cid: msg.parameter1, sid: msg.parameter2 };
}

export function createChannelFail(cid: number): CaMessageInit {
  return message(Command.CreateChannelFail, 0, 0, cid, 0);
}
export function parseCreateChannelFail(msg: CaMessage): { cid: number } {
  expectCommand(msg, Command.CreateChannelFail);
  return { cid: msg.parameter1 };
}

export function accessRights(cid: number, rights: number): CaMessageInit {
  return message(Command.AccessRights, 0, 0, cid, rights);
}
export function parseAccessRights(msg: CaMessage): { cid: number; rights: number; canRead: boolean; canWrite: boolean } {
  expectCommand(msg, Command.AccessRights);
  const rights = msg.parameter2;
  return { cid: msg.parameter1, rights, canRead: (rights & AccessRight.Read) !== 0, canWrite: (rights & AccessRight.Write) !== 0 };
}

/** CA_PROTO_CLEAR_CHANNEL: the request and the server's confirmation carry the same fields. */
export function clearChannel(sid: number, cid: number): CaMessageInit {
  return message(Command.ClearChannel, 0, 0, sid, cid);
}
export function parseClearChannel(msg: CaMessage): { sid: number; cid: number } {
  expectCommand(msg, Command.ClearChannel);
  return { sid: msg.parameter1, cid: msg.parameter2 };
}

export function serverDisconnect(cid: number): CaMessageInit {
  return message(Command.ServerDisconnect, 0, 0, cid, 0);
}
export function parseServerDisconnect(msg: CaMessage): { cid: number } {
  expectCommand(msg, Command.ServerDisconnect);
  return { cid: msg.parameter1 };
}

// ---- reads, writes, subscriptions ------------------------------------------------------------

export interface IoRequest {
  dataType: number;
  count: number;
  sid: number;
  ioid: number;
}
export interface IoRequestWithData extends IoRequest {
  payload: Uint8Array;
}
export interface IoResponse {
  dataType: number;
  count: number;
  status: number;
  ioid: number;
  payload: Uint8Array;
}

export function readNotifyRequest(dataType: number, count: number, sid: number, ioid: number): CaMessageInit {
  return message(Command.ReadNotify, dataType, count, sid, ioid);
}
export function parseReadNotifyRequest(msg: CaMessage): IoRequest {
  expectCommand(msg, Command.ReadNotify);
  return { dataType: msg.dataType, count: msg.dataCount, sid: msg.parameter1, ioid: msg.parameter2 };
}

/** The answer to a ReadNotify: parameter1 is the ECA status (not the SID the old spec names). */
export function readNotifyResponse(dataType: number, count: number, ioid: number, data: Uint8Array | DbrValue, status: number = EcaStatus.Normal): CaMessageInit {
  return message(Command.ReadNotify, dataType, count, status, ioid, dbrPayload(dataType, count, data));
}
export function parseReadNotifyResponse(msg: CaMessage): IoResponse {
  expectCommand(msg, Command.ReadNotify);
  return { dataType: msg.dataType, count: msg.dataCount, status: msg.parameter1, ioid: msg.parameter2, payload: msg.payload };
}

/** Deprecated CA_PROTO_READ; servers still answer it, without a status. */
export function readRequest(dataType: number, count: number, sid: number, ioid: number): CaMessageInit {
  return message(Command.Read, dataType, count, sid, ioid);
}
export function parseReadRequest(msg: CaMessage): IoRequest {
  expectCommand(msg, Command.Read);
  return { dataType: msg.dataType, count: msg.dataCount, sid: msg.parameter1, ioid: msg.parameter2 };
}

export function writeRequest(dataType: number, count: number, sid: number, ioid: number, data: Uint8Array | DbrValue): CaMessageInit {
  return message(Command.Write, dataType, count, sid, ioid, dbrPayload(dataType, count, data));
}
export function parseWriteRequest(msg: CaMessage): IoRequestWithData {
  expectCommand(msg, Command.Write);
  return { dataType: msg.dataType, count: msg.dataCount, sid: msg.parameter1, ioid: msg.parameter2, payload: msg.payload };
}

export function writeNotifyRequest(dataType: number, count: number, sid: number, ioid: number, data: Uint8Array | DbrValue): CaMessageInit {
  return message(Command.WriteNotify, dataType, count, sid, ioid, dbrPayload(dataType, count, data));
}
export function parseWriteNotifyRequest(msg: CaMessage): IoRequestWithData {
  expectCommand(msg, Command.WriteNotify);
  return { dataType: msg.dataType, count: msg.dataCount, sid: msg.parameter1, ioid: msg.parameter2, payload: msg.payload };
}

export function writeNotifyResponse(dataType: number, count: number, ioid: number, status: number = EcaStatus.Normal): CaMessageInit {
  return message(Command.WriteNotify, dataType, count, status, ioid);
}
export function parseWriteNotifyResponse(msg: CaMessage): Omit<IoResponse, 'payload'> {
  expectCommand(msg, Command.WriteNotify);
  return { dataType: msg.dataType, count: msg.dataCount, status: msg.parameter1, ioid: msg.parameter2 };
}

/** EventAdd payload: low, high, to (float32, unused since 3.13) and the DBE_* mask, 16 bytes. */
export function eventAddRequest(dataType: number, count: number, sid: number, subscriptionId: number, mask: number): CaMessageInit {
  const payload = new Uint8Array(16);
  new DataView(payload.buffer).setUint16(12, mask);
  return message(Command.EventAdd, dataType, count, sid, subscriptionId, payload);
}
export function parseEventAddPayload(payload: Uint8Array): { mask: number } {
  if (payload.length < 14) throw new CaProtocolError(`EventAdd payload of ${payload.length} bytes, needs 14`, { command: Command.EventAdd, length: payload.length });
  return { mask: new DataView(payload.buffer, payload.byteOffset, payload.byteLength).getUint16(12) };
}
export function parseEventAddRequest(msg: CaMessage): { dataType: number; count: number; sid: number; subscriptionId: number; mask: number } {
  expectCommand(msg, Command.EventAdd, 14);
  const { mask } = parseEventAddPayload(msg.payload);
  return { dataType: msg.dataType, count: msg.dataCount, sid: msg.parameter1, subscriptionId: msg.parameter2, mask };
}

/** A monitor update: parameter1 is the ECA status, parameter2 the subscription id. */
export function eventAddResponse(dataType: number, count: number, subscriptionId: number, data: Uint8Array | DbrValue, status: number = EcaStatus.Normal): CaMessageInit {
  return message(Command.EventAdd, dataType, count, status, subscriptionId, dbrPayload(dataType, count, data));
}
export function parseEventAddResponse(msg: CaMessage): { dataType: number; count: number; status: number; subscriptionId: number; payload: Uint8Array } {
  expectCommand(msg, Command.EventAdd);
  return { dataType: msg.dataType, count: msg.dataCount, status: msg.parameter1, subscriptionId: msg.parameter2, payload: msg.payload };
}

export function eventCancel(dataType: number, count: number, sid: number, subscriptionId: number): CaMessageInit {
  return message(Command.EventCancel, dataType, count, sid, subscriptionId);
}
export function parseEventCancel(msg: CaMessage): { dataType: number; count: number; sid: number; subscriptionId: number } {
  expectCommand(msg, Command.EventCancel);
  return { dataType: msg.dataType, count: msg.dataCount, sid: msg.parameter1, subscriptionId: msg.parameter2 };
}

/** The server confirms a cancel with an EventAdd carrying no payload and count 0. */
export function eventCancelResponse(dataType: number, sid: number, subscriptionId: number): CaMessageInit {
  return message(Command.EventAdd, dataType, 0, sid, subscriptionId);
}
/** How libca tells a cancel confirmation from a monitor update: an EventAdd with no payload. */
export function isEventCancelConfirmation(msg: CaMessage): boolean {
  return msg.command === Command.EventAdd && msg.payload.length === 0;
}

// ---- errors ----------------------------------------------------------------------------------

/** The request that failed, as CA_PROTO_ERROR echoes it back: its header, never its payload. */
export type OriginalRequest = Omit<CaHeader, 'payloadSize'> & { payloadSize?: number; payload?: Uint8Array };

/** CA_PROTO_ERROR: parameter1 the CID, parameter2 the ECA status, payload the header and text. */
export function errorMessage(originalRequestHeader: OriginalRequest, cid: number, status: number, text: string): CaMessageInit {
  const { command, dataType, dataCount, parameter1, parameter2 } = originalRequestHeader;
  const payloadSize = originalRequestHeader.payloadSize ?? padTo8(originalRequestHeader.payload?.length ?? 0);
  const header = encodeHeader({ command, payloadSize, dataType, dataCount, parameter1, parameter2 });
  const textBytes = encodePaddedCString(text);
  const payload = new Uint8Array(header.length + textBytes.length);
  payload.set(header);
  payload.set(textBytes, header.length);
  return message(Command.Error, 0, 0, cid, status, payload);
}
export function parseErrorMessage(msg: CaMessage): { request: CaHeader; cid: number; status: number; text: string } {
  expectCommand(msg, Command.Error, 16);
  const header = decodeHeader(msg.payload);
  if (header === undefined) throw new CaProtocolError('CA_PROTO_ERROR payload ends inside the echoed header', { command: msg.command, length: msg.payload.length });
  const { headerSize, ...request } = header;
  return { request, cid: msg.parameter1, status: msg.parameter2, text: decodeCString(msg.payload.subarray(headerSize)) };
}

/** Alias of `notFound`, named like the other responses. */
export const notFoundResponse = notFound;
