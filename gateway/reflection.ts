/**
 * gRPC server reflection (@grpc/reflection), so that grpcurl and IDEs discover brightline.v1.Facility
 * and grpc.health.v1.Health without a copy of proto/.
 */
import { dirname } from 'node:path';
import type * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import { ReflectionService } from '@grpc/reflection';
import { protoPath as healthProtoPath } from 'grpc-health-check';
import { FACILITY_PROTO, PROTO_ROOT } from './facility-definition.js';

const HEALTH_PROTO = 'health/v1/health.proto';

export function addReflection(server: grpc.Server): void {
  const definitions = protoLoader.loadSync([FACILITY_PROTO, HEALTH_PROTO], {
    includeDirs: [PROTO_ROOT, dirname(dirname(dirname(healthProtoPath)))],
    keepCase: true,
  });
  // @grpc/reflection ships its own proto-loader version; the package definition is the same shape.
  new ReflectionService(definitions as ConstructorParameters<typeof ReflectionService>[0]).addToServer(server);
}
