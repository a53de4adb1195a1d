import type { GraphStore } from '../db/graph-store.ts';
import type { HealthResponse } from '../../contract/api.ts';

export function createHealth(store: GraphStore) {
  return {
    /** The service is alive whatever Neo4j's state; the body says whether Neo4j answers, and why not. */
    async health(): Promise<HealthResponse> {
      try {
        return { status: 'ok', neo4j: { connected: true, version: await store.serverVersion() } };
      } catch (error) {
        return { status: 'ok', neo4j: { connected: false, reason: (error as Error).message } };
      }
    },
  };
}
