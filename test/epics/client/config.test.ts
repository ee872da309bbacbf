import { it } from 'node:test';
import assert from 'node:assert/strict';
import { resolveConfig } from '../../../epics/client/mod.js';
import { InvalidArgumentError } from '../../../lib/errors.js';

it('reads EPICS_CA_* variables with EPICS defaults', () => {
  const config = resolveConfig({
    env: { EPICS_CA_ADDR_LIST: ' 10.0.0.255  ioc1:6064 ', EPICS_CA_AUTO_ADDR_LIST: 'no', EPICS_CA_SERVER_PORT: '5070', EPICS_CA_CONN_TMO: '2.5' },
  });
  assert.deepEqual(config.destinations, [{ host: '10.0.0.255', port: 5070 }, { host: 'ioc1', port: 6064 }]);
  assert.equal(config.connectionTimeoutMs, 2500);
  assert.equal(config.repeaterPort, 5065);
  assert.equal(config.maxSearchPeriodMs, 300_000);
});

it('lets options win over the environment', () => {
  const config = resolveConfig({ addrList: ['127.0.0.1:1234'], autoAddrList: false, env: { EPICS_CA_ADDR_LIST: '10.1.1.1', EPICS_CA_MAX_SEARCH_PERIOD: '1' } });
  assert.deepEqual(config.destinations, [{ host: '127.0.0.1', port: 1234 }]);
  assert.equal(config.maxSearchPeriodMs, 60_000, 'EPICS clamps the period to 60 s');
});

it('adds broadcast addresses unless told not to, and refuses bad addresses', () => {
  assert.ok(resolveConfig({ env: {} }).destinations.length > 0);
  assert.throws(() => resolveConfig({ addrList: ['host:99999'], env: {} }), InvalidArgumentError);
  assert.throws(() => resolveConfig({ env: { EPICS_CA_SERVER_PORT: 'x' } }), InvalidArgumentError);
});
