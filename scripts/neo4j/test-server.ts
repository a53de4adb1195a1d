// A Neo4j for tests: NEO4J_URI if set; else testcontainers when a Docker engine answers; else a throwaway local server.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { probeBolt, targetFromEnv, type BoltTarget } from './bolt.ts';
import { dockerEngineAvailable } from './docker.ts';
import { freePort } from './local-server.ts';
import { localServerRegistry } from './registry.ts';
import { NEO4J_IMAGE } from './version.ts';

export interface TestNeo4j {
  target: BoltTarget;
  version: string;
  how: 'NEO4J_URI' | 'testcontainers' | 'local';
  stop(): Promise<void>;
}

export async function startTestNeo4j(log: (line: string) => void = console.log): Promise<TestNeo4j> {
  const target = targetFromEnv();
  if (target) {
    const version = await probeBolt(target);
    if (!version) throw new Error(`NEO4J_URI=${target.uri} does not answer`);
    return { target, version, how: 'NEO4J_URI', stop: async () => undefined };
  }
  if (dockerEngineAvailable()) return startContainer();
  return startThrowawayLocal(log);
}

async function startContainer(): Promise<TestNeo4j> {
  const { Neo4jContainer } = await import('@testcontainers/neo4j');
  const container = await new Neo4jContainer(NEO4J_IMAGE).withPassword('test-password-1').start();
  const target = { uri: container.getBoltUri(), user: container.getUsername(), password: container.getPassword() };
  return { target, version: (await probeBolt(target)) ?? NEO4J_IMAGE, how: 'testcontainers', stop: async () => void (await container.stop()) };
}

async function startThrowawayLocal(log: (line: string) => void): Promise<TestNeo4j> {
  const registry = localServerRegistry(mkdtempSync(join(tmpdir(), 'neo4j-test-')), { name: 'test-server' });
  const { server } = await registry.start({ boltPort: await freePort(), heap: '768m', pageCache: '256m', detached: false, log });
  return {
    target: { uri: server.uri },
    version: server.version,
    how: 'local',
    stop: async () => {
      await registry.stop();
      rmSync(registry.home, { recursive: true, force: true });
    },
  };
}
