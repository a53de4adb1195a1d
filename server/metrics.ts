// Prometheus metrics for GET /metrics: one registry per process, filled by the HTTP layer (requests) and the database
// module (query time per named query). prom-client keeps the counts; this module names them once.
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry, prefix: 'explorer_' });

/** Every HTTP request by route pattern (never the raw URL, which would make one series per node id), method and status. */
export const httpRequestSeconds = new Histogram({
  name: 'explorer_http_request_duration_seconds',
  help: 'HTTP requests by route pattern, method and status, and how long they took',
  labelNames: ['route', 'method', 'status'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
  registers: [metricsRegistry],
});

/** API error answers by code: console refusals (FORBIDDEN, RATE_LIMITED), timeouts (TIMEOUT), an unavailable Neo4j… */
export const apiErrors = new Counter({
  name: 'explorer_api_errors_total',
  help: 'API error answers by route pattern and error code',
  labelNames: ['route', 'code'] as const,
  registers: [metricsRegistry],
});

/** Neo4j's own time (result available + consumed) per service query, by the name of its .cypher file. */
export const neo4jQuerySeconds = new Histogram({
  name: 'explorer_neo4j_query_duration_seconds',
  help: "Neo4j's time per service query, by query name ('console' for ad-hoc Cypher)",
  labelNames: ['query'] as const,
  buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [metricsRegistry],
});

/** Driver sessions open now: how much of the connection pool requests are holding. */
export const neo4jSessionsOpen = new Gauge({
  name: 'explorer_neo4j_sessions_open',
  help: 'Neo4j driver sessions open (each holds a pooled connection while it runs)',
  registers: [metricsRegistry],
});
