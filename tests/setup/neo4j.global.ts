import type { TestProject } from 'vitest/node';
import { startTestNeo4j } from '../../scripts/neo4j/test-server.ts';
import type { BoltTarget } from '../../scripts/neo4j/bolt.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: BoltTarget & { version: string };
  }
}

/** One real Neo4j for the whole run, shared by the integration and e2e projects. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const neo4j = await startTestNeo4j();
  console.log(`[tests] Neo4j ${neo4j.version} via ${neo4j.how} at ${neo4j.target.uri}`);
  project.provide('neo4j', { ...neo4j.target, version: neo4j.version });
  return () => neo4j.stop();
}
