import neo4j, { type Config, type Driver } from 'neo4j-driver';

export interface BoltTarget {
  uri: string;
  user?: string;
  password?: string;
}

/**
 * The Neo4j that NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD name (a script's --uri, --user, --password win over them);
 * undefined when no URI is given either way.
 */
export function targetFromEnv(flags: Partial<BoltTarget> = {}, env: NodeJS.ProcessEnv = process.env): BoltTarget | undefined {
  const uri = flags.uri ?? env.NEO4J_URI;
  if (!uri) return undefined;
  return { uri, user: flags.user ?? env.NEO4J_USER ?? 'neo4j', password: flags.password ?? env.NEO4J_PASSWORD };
}

/** The environment variables that name a target, for the server's configuration (the inverse of targetFromEnv). */
export function envOfTarget(target: BoltTarget): Record<string, string> {
  return {
    NEO4J_URI: target.uri,
    ...(target.user ? { NEO4J_USER: target.user } : {}),
    ...(target.password ? { NEO4J_PASSWORD: target.password } : {}),
  };
}

/** A driver for a Bolt target; auth only when the target has a password (throwaway test servers have none). */
export function driverFor(target: BoltTarget, config: Config = {}): Driver {
  const auth = target.password ? neo4j.auth.basic(target.user ?? 'neo4j', target.password) : undefined;
  return neo4j.driver(target.uri, auth, config);
}

/** The server's version when it answers `RETURN 1`, else undefined. */
export async function probeBolt(target: BoltTarget): Promise<string | undefined> {
  const driver = driverFor(target, { connectionTimeout: 2000, maxConnectionPoolSize: 1 });
  try {
    const { summary } = await driver.executeQuery('RETURN 1');
    return (summary.server.agent ?? 'Neo4j').replace(/^Neo4j\//, '');
  } catch {
    return undefined;
  } finally {
    await driver.close();
  }
}

export async function waitForBolt(target: BoltTarget, timeoutMs: number, isAlive: () => boolean = () => true): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive()) throw new Error('Neo4j exited before Bolt answered');
    const version = await probeBolt(target);
    if (version) return version;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`Neo4j did not answer on ${target.uri} within ${Math.round(timeoutMs / 1000)} s`);
}
