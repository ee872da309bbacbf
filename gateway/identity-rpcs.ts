/** WhoAmI: the caller's identity as the gateway knows it from the token. */
import type { FacilityRpcs } from './rpc.js';

export function identityRpcs(): Pick<FacilityRpcs, 'WhoAmI'> {
  return {
    WhoAmI: {
      kind: 'unary',
      need: () => ({ kind: 'authenticated' }),
      handle: async (_request, context) => {
        const { identity } = context;
        return {
          user: identity.user,
          operator: identity.operator,
          roles: [...identity.roles].sort(([a], [b]) => a.localeCompare(b)).map(([beamline, role]) => ({ beamline, role })),
        };
      },
    },
  };
}
