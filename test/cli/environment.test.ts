// What the CLI takes from its environment: here, the dashboard's address for a browser.
import { afterEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DASHBOARD_ENV, GATEWAY_CA_ENV, dashboardAddress, dashboardUrl } from '../../cli/environment.js';

describe('dashboardUrl', () => {
  const saved = { dashboard: process.env[DASHBOARD_ENV], ca: process.env[GATEWAY_CA_ENV] };
  afterEach(() => {
    for (const [name, value] of [[DASHBOARD_ENV, saved.dashboard], [GATEWAY_CA_ENV, saved.ca]] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  it('is plain http on a local facility', () => {
    delete process.env[DASHBOARD_ENV];
    delete process.env[GATEWAY_CA_ENV];
    assert.equal(dashboardUrl(), 'http://127.0.0.1:8080/');
  });

  it('is https when the CLI trusts a gateway CA (the gateway serves the page with its certificate)', () => {
    process.env[DASHBOARD_ENV] = 'ops.example:8443';
    process.env[GATEWAY_CA_ENV] = '/etc/brightline/ca.pem';
    assert.equal(dashboardUrl(), 'https://ops.example:8443/');
  });

  it('takes a URL as given', () => {
    process.env[DASHBOARD_ENV] = 'https://ops.example:8443';
    delete process.env[GATEWAY_CA_ENV];
    assert.equal(dashboardUrl(), 'https://ops.example:8443/');
    assert.equal(dashboardAddress(), 'ops.example:8443', 'where the gateway listens for it');
  });
});
