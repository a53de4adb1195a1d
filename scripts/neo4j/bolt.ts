import neo4j, { type Config, type Driver } from 'neo4j-driver';

export interface BoltTarget {
  uri: string;
  user?: string;
  password?: string;
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
