// Child process for tests/integration/local-server-interrupt.test.ts: starts a detached local Neo4j in the given home
// on the given port, the way `npm start` does, and waits to be interrupted.
import { localServerRegistry } from '../../scripts/neo4j/registry.ts';

const [home, port] = process.argv.slice(2);
await localServerRegistry(home!, { name: 'test-server' }).start({
  boltPort: Number(port),
  heap: '512m',
  pageCache: '128m',
  detached: true,
  log: () => undefined,
});
console.log('started');
