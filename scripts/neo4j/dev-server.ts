import { localCredentials } from './credentials.ts';
import { devServerHome } from './paths.ts';
import { localServerRegistry, type RegisteredServer } from './registry.ts';

/** The long-lived local server behind `npm run db:start` and `npm start`. */
export const devServer = localServerRegistry(devServerHome, { name: 'dev-server' });

/** Starts the dev server with the generated password, on NEO4J_LOCAL_BOLT_PORT (7687), unless it already runs. */
export function startDevServer(log: (line: string) => void = console.log): Promise<{ server: RegisteredServer; started: boolean }> {
  return devServer.start({
    boltPort: Number(process.env.NEO4J_LOCAL_BOLT_PORT ?? 7687),
    password: localCredentials().password,
    heap: process.env.NEO4J_LOCAL_HEAP,
    pageCache: process.env.NEO4J_LOCAL_PAGECACHE,
    detached: true,
    log,
  });
}
