// Which Neo4j the explorer talks to: NEO4J_URI as given; else docker compose when an engine answers; else the local jars.
import { type BoltTarget, targetFromEnv, waitForBolt } from './bolt.ts';
import { localCredentials } from './credentials.ts';
import { devServer, startDevServer } from './dev-server.ts';
import { composeUp, dockerEngineAvailable } from './docker.ts';

export interface ResolvedNeo4j {
  target: BoltTarget;
  how: 'NEO4J_URI' | 'docker compose' | 'local jars';
  /** Stops the server when this process started it; a no-op otherwise. */
  release(): Promise<void>;
}

const nothing = async () => undefined;

/** NEO4J_URI, else the running dev server; undefined when there is neither. */
export async function configuredTarget(): Promise<ResolvedNeo4j | undefined> {
  const given = targetFromEnv();
  if (given) return { target: given, how: 'NEO4J_URI', release: nothing };
  const running = await devServer.find();
  return running ? { target: running, how: 'local jars', release: nothing } : undefined;
}

/** For `npm start`: finds or starts a Neo4j. */
export async function resolveNeo4j(log: (line: string) => void = console.log): Promise<ResolvedNeo4j> {
  const configured = await configuredTarget();
  if (configured) return configured;
  const credentials = localCredentials();
  if (dockerEngineAvailable()) {
    log('A Docker engine answers: starting Neo4j with docker compose…');
    composeUp(credentials.password);
    const target = { uri: 'bolt://127.0.0.1:7687', ...credentials };
    await waitForBolt(target, 120_000);
    return { target, how: 'docker compose', release: nothing };
  }
  log('No NEO4J_URI and no Docker engine: running Neo4j from its Maven Central jars…');
  const { server, started } = await startDevServer(log);
  return { target: server, how: 'local jars', release: started ? stopStarted : nothing };
}

async function stopStarted(): Promise<void> {
  console.log('Stopping the Neo4j this command started…');
  await devServer.stop();
  console.log('Neo4j stopped.');
}
