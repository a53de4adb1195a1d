// The layering rules `npm run lint` checks, and the import graph `npm run deps:graph` prints.
// server/http → server/services → server/db; contract/ is imported by server and client and imports neither.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    { name: 'no-cycles', severity: 'error', comment: 'Modules form a tree of layers: no import cycles.', from: {}, to: { circular: true } },
    {
      name: 'db-below-services',
      severity: 'error',
      comment: 'The database layer maps records to plain domain types: it knows nothing of services, HTTP or the API contract.',
      from: { path: '^server/db/' },
      to: { path: '^(server/(services|http)/|contract/)' },
    },
    {
      name: 'services-below-http',
      severity: 'error',
      comment: 'Services answer what the investigator asks; HTTP calls them, never the other way round.',
      from: { path: '^server/services/' },
      to: { path: '^server/http/' },
    },
    {
      name: 'http-through-services',
      severity: 'error',
      comment: 'Routes reach Neo4j only through a service.',
      from: { path: '^server/http/' },
      to: { path: '^server/db/' },
    },
    {
      name: 'contract-stands-alone',
      severity: 'error',
      comment: 'The API contract is imported by server and client and imports neither.',
      from: { path: '^contract/' },
      to: { path: '^(server|client|scripts)/' },
    },
    {
      name: 'client-not-server',
      severity: 'error',
      comment: 'The browser bundle takes only the contract from outside client/.',
      from: { path: '^client/' },
      to: { path: '^(server|scripts|tests)/' },
    },
    {
      name: 'client-types-only-from-api',
      severity: 'error',
      comment: 'The client takes the schemas as types only (limits.ts has the values), so zod stays out of its bundle.',
      from: { path: '^client/' },
      to: { path: '^contract/api\\.ts$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'domain-stands-alone',
      severity: 'error',
      comment: 'The domain types are plain values that every server layer may use; they import nothing of the server.',
      from: { path: '^server/domain\\.ts$' },
      to: { path: '^server/' },
    },
    {
      name: 'server-not-client',
      severity: 'error',
      from: { path: '^server/' },
      to: { path: '^(client|scripts|tests)/' },
    },
  ],
  options: {
    // TypeScript 7 has no compiler API for dependency-cruiser to parse with; swc parses the sources instead.
    parser: 'swc',
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)node_modules/' },
    reporterOptions: {
      text: { highlightFocused: true },
    },
  },
};
