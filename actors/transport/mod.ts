export { Bus } from './bus.js';
export type {
  BusOptions,
  BusService,
  BusSubscription,
  DurablePublishResult,
  Replyable,
  RequestHandler,
  RequestOptions,
  ServiceInfo,
  StreamConfig,
  StreamReader,
  StreamStart,
} from './bus.js';
export { KvKeyExistsError, KvRevisionMismatchError, KvOperationError, MemoryKvBucket } from './kv.js';
export type { KvBucket, KvBucketOptions, KvChangeHandler, KvValue, KvWatch, KvWatchOptions } from './kv.js';
export type { MessageType } from './codec.js';
export { encodeMessage, decodeMessage } from './codec.js';
export { subjects, deviceOfCommandSubject, DeviceVerb, PlanVerb, QueueVerb, Role, DOCUMENT_STREAM, HEALTH_BUCKET, LEASE_BUCKET } from './subjects.js';
export { injectTraceContext, extractTraceContext } from './trace.js';
export { startHeartbeat } from './heartbeat.js';
export type { Heartbeat, HeartbeatOptions } from './heartbeat.js';
