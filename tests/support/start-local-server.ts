// Child process for tests/integration/local-server-interrupt.test.ts: starts a detached local Neo4j in the given home
// on the given port, the way `npm start` does, and waits to be interrupted.
import { startLocalServer } from '../../scripts/neo4j/local-server.ts';
import { neo4jRoot } from '../../scripts/neo4j/paths.ts';

const [home, port] = process.argv.slice(2);
await startLocalServer({ jarRoot: neo4jRoot, home: home!, boltPort: Number(port), heap: '512m', pageCache: '128m', detached: true, log: () => undefined });
console.log('started');
