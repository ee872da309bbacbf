// Lint, with the module boundaries of DESIGN.md/STYLE.md enforced as import restrictions.
import tseslint from 'typescript-eslint';

const natsClient = {
  group: ['@nats-io/*', 'nats'],
  message: 'Only actors/transport talks to the NATS client; use the Bus from actors/transport/mod.js.',
};
const testCode = { group: ['**/test/**'], message: 'Production code never imports test code.' };
const planCode = { group: ['**/actors/plan/**', '../plan/**'], message: 'Device code never imports plan code.' };
const deviceCode = { group: ['**/actors/device/**', '../device/**'], message: 'Plan code never imports device code; talk to devices over the bus.' };
const epicsBytes = { group: ['**/epics/**'], message: 'Only epics/ and the ca:// signal backend speak Channel Access.' };

export default tseslint.config(
  { ignores: ['node_modules/**', 'gen/**', '.artifacts/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: 'TSEnumDeclaration', message: 'Use a const object, not a TS enum.' }],
    },
  },
  {
    files: ['actors/**/*.ts', 'gateway/**/*.ts', 'lib/**/*.ts', 'cli/**/*.ts', 'deploy/**/*.ts', 'epics/**/*.ts'],
    ignores: ['actors/transport/**', '**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [natsClient, testCode] }] },
  },
  {
    files: ['actors/device/**/*.ts'],
    ignores: ['**/*.test.ts', 'actors/device/signals/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [natsClient, testCode, planCode, epicsBytes] }] },
  },
  {
    // The signal backends are the device layer's one door to Channel Access and the simulated IOC.
    files: ['actors/device/signals/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [natsClient, testCode, planCode] }] },
  },
  {
    files: ['actors/plan/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [natsClient, testCode, deviceCode, epicsBytes] }] },
  },
  {
    files: ['gateway/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [natsClient, testCode, deviceCode, { group: ['**/actors/plan/**'], message: 'The gateway reaches actors only over NATS.' }],
      }],
    },
  },
);
