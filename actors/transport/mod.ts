export { Bus, ConnectionLostError, NatsPermissionDeniedError, StreamNotFoundError, serverList } from './bus.js';
export { connectWhenReachable } from './connect-when-reachable.js';
export type {
  BusOptions,
  BusService,
  BusSubscription,
  DurablePublishResult,
  ReadOptions,
  ReadStreamOptions,
  Replyable,
  RequestHandler,
  RequestHeaders,
  RequestOptions,
  ServiceInfo,
  StreamConfig,
  StoredMessage,
  StreamMessageInfo,
  StreamReader,
  StreamStart,
  SubjectSequence,
  StreamState,
} from './bus.js';
export { KvKeyExistsError, KvRevisionMismatchError, KvOperationError, MemoryKvBucket } from './kv.js';
export type { KvBucket, KvBucketOptions, KvChangeHandler, KvValue, KvWatch, KvWatchOptions } from './kv.js';
export type { MessageType } from './codec.js';
export { encodeMessage, decodeMessage } from './codec.js';
export { subjects, inboxPrefix, deviceOfCommandSubject, runOfDocumentSubject, DeviceVerb, PlanVerb, QueueVerb, LeaseVerb, Role, DOCUMENT_STREAM, HEALTH_BUCKET, LEASE_BUCKET, LEASE_TOKEN_HEADER } from './subjects.js';
export { injectTraceContext, extractTraceContext } from './trace.js';
export { startHeartbeat } from './heartbeat.js';
export type { Heartbeat, HeartbeatOptions } from './heartbeat.js';
