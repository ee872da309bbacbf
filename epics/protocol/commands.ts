/**
 * Channel Access command identifiers and protocol constants (CA protocol 4.13, EPICS 3.14+).
 * Values are those on the wire; names follow the CA_PROTO_* identifiers of the specification.
 */

export const Command = {
  Version: 0,
  EventAdd: 1,
  EventCancel: 2,
  Read: 3,
  Write: 4,
  Search: 6,
  EventsOff: 8,
  EventsOn: 9,
  ReadSync: 10,
  Error: 11,
  ClearChannel: 12,
  /** CA_PROTO_RSRV_IS_UP: the server beacon. */
  Beacon: 13,
  NotFound: 14,
  ReadNotify: 15,
  RepeaterConfirm: 17,
  CreateChannel: 18,
  WriteNotify: 19,
  ClientName: 20,
  HostName: 21,
  AccessRights: 22,
  Echo: 23,
  RepeaterRegister: 24,
  CreateChannelFail: 26,
  ServerDisconnect: 27,
} as const;
export type Command = (typeof Command)[keyof typeof Command];

const commandNames = new Map<number, string>(Object.entries(Command).map(([name, id]) => [id, name]));

/** The name of a command id for logs, or `Unknown(<id>)` for ids we do not speak. */
export function commandName(command: number): string {
  return commandNames.get(command) ?? `Unknown(${command})`;
}

/** The minor protocol version we speak: 13 is what EPICS base 3.14.12 and later announce. */
export const CA_MINOR_VERSION = 13;
export const DEFAULT_SERVER_PORT = 5064;
export const DEFAULT_REPEATER_PORT = 5065;

/** Search reply flag: whether a server that lacks the name answers with NotFound. */
export const SearchReply = { DoReply: 10, DontReply: 5 } as const;
export type SearchReply = (typeof SearchReply)[keyof typeof SearchReply];

/** Access rights bits carried by CA_PROTO_ACCESS_RIGHTS. */
export const AccessRight = { Read: 1, Write: 2 } as const;
export type AccessRight = (typeof AccessRight)[keyof typeof AccessRight];

/** Monitor mask bits (DBE_*) of an EventAdd request. */
export const EventMask = { Value: 1, Log: 2, Alarm: 4, Property: 8 } as const;
export type EventMask = (typeof EventMask)[keyof typeof EventMask];

/**
 * ECA_* status codes as encoded on the wire: (message number << 3) | severity, where the low
 * three bits are CA_K_WARNING 0, CA_K_SUCCESS 1, CA_K_ERROR 2, CA_K_INFO 3, CA_K_FATAL 6.
 */
export const EcaStatus = {
  Normal: 1,
  MaxIoc: 10,
  UnknownHost: 18,
  UnknownService: 26,
  Sock: 34,
  Conn: 40,
  AllocMem: 48,
  UnknownChannel: 56,
  UnknownField: 64,
  TooLarge: 72,
  Timeout: 80,
  NoSupport: 88,
  StrTooBig: 96,
  DisconnChid: 106,
  BadType: 114,
  ChidNotFound: 123,
  ChidRetry: 131,
  Internal: 142,
  DblClFail: 144,
  GetFail: 152,
  PutFail: 160,
  AddFail: 168,
  BadCount: 176,
  BadStr: 186,
  Disconn: 192,
  DblChnl: 200,
  EvDisallow: 210,
  BuildGet: 216,
  NeedsFp: 224,
  OvEvFail: 232,
  BadMonId: 242,
  NewAddr: 248,
  NewConn: 259,
  NoCaCtx: 264,
  Defunct: 278,
  EmptyStr: 280,
  NoRepeater: 288,
  NoChanMsg: 296,
  DlckRest: 304,
  ServBehind: 312,
  NoCast: 320,
  BadMask: 330,
  IoDone: 339,
  IoInProgress: 347,
  BadSyncGrp: 354,
  PutCbInProg: 362,
  NoRdAccess: 368,
  NoWtAccess: 376,
  Anachronism: 386,
  NoSearchAddr: 392,
  NoConvert: 400,
  BadChid: 410,
  BadFuncPtr: 418,
  IsAttached: 424,
  UnavailInServ: 432,
  ChanDestroy: 440,
  BadPriority: 450,
  NotThreaded: 458,
  Array16kClient: 464,
  ConnSeqTmo: 472,
  UnrespTmo: 480,
} as const;
export type EcaStatus = (typeof EcaStatus)[keyof typeof EcaStatus];

// Symbol and text as libca prints them, so logs read the same as caget's.
const ecaText: ReadonlyMap<number, readonly [string, string]> = new Map([
  [1, ['ECA_NORMAL', 'Normal successful completion']],
  [10, ['ECA_MAXIOC', 'Maximum simultaneous IOC connections exceeded']],
  [18, ['ECA_UKNHOST', 'Unknown internet host']],
  [26, ['ECA_UKNSERV', 'Unknown internet service']],
  [34, ['ECA_SOCK', 'Unable to allocate a new socket']],
  [40, ['ECA_CONN', 'Unable to connect to internet host or service']],
  [48, ['ECA_ALLOCMEM', 'Unable to allocate additional dynamic memory']],
  [56, ['ECA_UKNCHAN', 'Unknown IO channel']],
  [64, ['ECA_UKNFIELD', 'Record field specified inappropriate for channel specified']],
  [72, ['ECA_TOLARGE', 'The requested data transfer is greater than available memory or EPICS_CA_MAX_ARRAY_BYTES']],
  [80, ['ECA_TIMEOUT', 'User specified timeout on IO operation expired']],
  [88, ['ECA_NOSUPPORT', 'Sorry, that feature is planned but not supported at this time']],
  [96, ['ECA_STRTOBIG', 'The supplied string is unusually large']],
  [106, ['ECA_DISCONNCHID', 'The request was ignored because the specified channel is disconnected']],
  [114, ['ECA_BADTYPE', 'The data type specifed is invalid']],
  [123, ['ECA_CHIDNOTFND', 'Remote Channel not found']],
  [131, ['ECA_CHIDRETRY', 'Unable to locate all user specified channels']],
  [142, ['ECA_INTERNAL', 'Channel Access Internal Failure']],
  [144, ['ECA_DBLCLFAIL', 'The requested local DB operation failed']],
  [152, ['ECA_GETFAIL', 'Channel read request failed']],
  [160, ['ECA_PUTFAIL', 'Channel write request failed']],
  [168, ['ECA_ADDFAIL', 'Channel subscription request failed']],
  [176, ['ECA_BADCOUNT', 'Invalid element count requested']],
  [186, ['ECA_BADSTR', 'Invalid string']],
  [192, ['ECA_DISCONN', 'Virtual circuit disconnect']],
  [200, ['ECA_DBLCHNL', 'Identical process variable names on multiple servers']],
  [210, ['ECA_EVDISALLOW', 'Request inappropriate within subscription (monitor) update callback']],
  [216, ['ECA_BUILDGET', 'Database value get for that channel failed during channel search']],
  [224, ['ECA_NEEDSFP', 'Unable to initialize without the vxWorks VX_FP_TASK task option set']],
  [232, ['ECA_OVEVFAIL', 'Event queue overflow has prevented first pass event after event add']],
  [242, ['ECA_BADMONID', 'Bad event subscription (monitor) identifier']],
  [248, ['ECA_NEWADDR', 'Remote channel has new network address']],
  [259, ['ECA_NEWCONN', 'New or resumed network connection']],
  [264, ['ECA_NOCACTX', 'Specified task isnt a member of a CA context']],
  [278, ['ECA_DEFUNCT', 'Attempt to use defunct CA feature failed']],
  [280, ['ECA_EMPTYSTR', 'The supplied string is empty']],
  [288, ['ECA_NOREPEATER', 'Unable to spawn the CA repeater thread- auto reconnect will fail']],
  [296, ['ECA_NOCHANMSG', 'No channel id match for search reply- search reply ignored']],
  [304, ['ECA_DLCKREST', 'Reseting dead connection- will try to reconnect']],
  [312, ['ECA_SERVBEHIND', 'Server (IOC) has fallen behind or is not responding- still waiting']],
  [320, ['ECA_NOCAST', 'No internet interface with broadcast available']],
  [330, ['ECA_BADMASK', 'Invalid event selection mask']],
  [339, ['ECA_IODONE', 'IO operations have completed']],
  [347, ['ECA_IOINPROGRESS', 'IO operations are in progress']],
  [354, ['ECA_BADSYNCGRP', 'Invalid synchronous group identifier']],
  [362, ['ECA_PUTCBINPROG', 'Put callback timed out']],
  [368, ['ECA_NORDACCESS', 'Read access denied']],
  [376, ['ECA_NOWTACCESS', 'Write access denied']],
  [386, ['ECA_ANACHRONISM', 'Requested feature is no longer supported']],
  [392, ['ECA_NOSEARCHADDR', 'Empty PV search address list']],
  [400, ['ECA_NOCONVERT', 'No reasonable data conversion between client and server types']],
  [410, ['ECA_BADCHID', 'Invalid channel identifier']],
  [418, ['ECA_BADFUNCPTR', 'Invalid function pointer']],
  [424, ['ECA_ISATTACHED', 'Thread is already attached to a client context']],
  [432, ['ECA_UNAVAILINSERV', 'Not supported by attached service']],
  [440, ['ECA_CHANDESTROY', 'User destroyed channel']],
  [450, ['ECA_BADPRIORITY', 'Invalid channel priority']],
  [458, ['ECA_NOTTHREADED', 'Preemptive callback not enabled - additional threads may not join context']],
  [464, ['ECA_16KARRAYCLIENT', "Client's protocol revision does not support transfers exceeding 16k bytes"]],
  [472, ['ECA_CONNSEQTMO', 'Virtual circuit connection sequence aborted']],
  [480, ['ECA_UNRESPTMO', 'Virtual circuit unresponsive']],
]);

/** The ECA_* symbol of a status code, e.g. `ECA_NOWTACCESS`; `ECA_<code>` when unknown. */
export function ecaStatusName(code: number): string {
  return ecaText.get(code)?.[0] ?? `ECA_${code}`;
}

/** A status code as `ECA_NAME: text`, the way libca reports it. */
export function describeEcaStatus(code: number): string {
  const entry = ecaText.get(code);
  return entry === undefined ? `unknown channel access status ${code}` : `${entry[0]}: ${entry[1]}`;
}

/** libca's CA_EXTRACT_SUCCESS: odd severities (success, info) mean the request did not fail. */
export function isEcaSuccess(code: number): boolean {
  return (code & 1) === 1;
}
