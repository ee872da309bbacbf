/**
 * The grpc-js service definition of brightline.v1.Facility, built from proto/ so that the method
 * list can never drift from the contract, with the static protobufjs classes of gen/ doing the
 * encoding (the same codecs the bus uses).
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MethodDefinition, ServiceDefinition } from '@grpc/grpc-js';
import protobuf from 'protobufjs';
import { brightline } from '../gen/proto.js';

export const FACILITY_SERVICE = 'brightline.v1.Facility';

/** The folder `import "brightline/v1/..."` paths are relative to. */
export const PROTO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'proto');
export const FACILITY_PROTO = 'brightline/v1/facility.proto';

export interface StaticMessage {
  encode(message: object): { finish(): Uint8Array };
  decode(bytes: Uint8Array): object;
}

export interface FacilityMethod {
  /** As in the proto: `Read`, `WatchHealth`. */
  name: string;
  /** `/brightline.v1.Facility/Read` */
  path: string;
  responseStream: boolean;
  requestTypeName: string;
  responseTypeName: string;
  requestType: StaticMessage;
  responseType: StaticMessage;
}

let methods: FacilityMethod[] | undefined;

/** Every method of the Facility service, in proto order. */
export function facilityMethods(): readonly FacilityMethod[] {
  methods ??= loadMethods();
  return methods;
}

export function facilityServiceDefinition(): ServiceDefinition {
  const definition: Record<string, MethodDefinition<object, object>> = {};
  for (const method of facilityMethods()) {
    definition[method.name] = {
      path: method.path,
      originalName: method.name,
      requestStream: false,
      responseStream: method.responseStream,
      requestSerialize: (message: object) => Buffer.from(method.requestType.encode(message).finish()),
      requestDeserialize: (bytes: Buffer) => method.requestType.decode(bytes),
      responseSerialize: (message: object) => Buffer.from(method.responseType.encode(message).finish()),
      responseDeserialize: (bytes: Buffer) => method.responseType.decode(bytes),
    };
  }
  return definition;
}

function loadMethods(): FacilityMethod[] {
  const root = new protobuf.Root();
  root.resolvePath = (_origin, target) => (target.startsWith('/') ? target : join(PROTO_ROOT, target));
  root.loadSync(FACILITY_PROTO, { keepCase: true });
  const service = root.lookupService(FACILITY_SERVICE);
  return service.methodsArray.map((method) => {
    if (method.requestStream) throw new Error(`${FACILITY_SERVICE}/${method.name}: client streams are not supported by the gateway`);
    const requestTypeName = shortName(method.requestType);
    const responseTypeName = shortName(method.responseType);
    return {
      name: method.name,
      path: `/${FACILITY_SERVICE}/${method.name}`,
      responseStream: method.responseStream === true,
      requestTypeName,
      responseTypeName,
      requestType: staticType(requestTypeName),
      responseType: staticType(responseTypeName),
    };
  });
}

function shortName(typeName: string): string {
  return typeName.replace(/^\.?brightline\.v1\./, '');
}

function staticType(name: string): StaticMessage {
  const type = (brightline.v1 as unknown as Record<string, StaticMessage | undefined>)[name];
  if (!type || typeof type.encode !== 'function') throw new Error(`${FACILITY_SERVICE}: no generated class for brightline.v1.${name}; run npm run proto`);
  return type;
}
