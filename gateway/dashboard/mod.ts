/** The operations dashboard of the gateway process: see dashboard-server.ts and gateway/README.md. */
export { startDashboard, RouteNotFoundError, RequestTooLargeError } from './dashboard-server.js';
export type { Dashboard, DashboardOptions } from './dashboard-server.js';
export { AlarmChangedError } from './acknowledge.js';
