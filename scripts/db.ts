// npm run db:start | db:stop | db:status — the local Neo4j Community server from Maven Central's jars.
import { findDevServer, startDevServer, stopDevServer } from './neo4j/dev-server.ts';
import { NEO4J_VERSION } from './neo4j/version.ts';

async function main(command: string | undefined): Promise<void> {
  switch (command) {
    case 'start': {
      const { server, started } = await startDevServer();
      if (!started) console.log(`Neo4j ${server.version} is already running on ${server.uri} (pid ${server.pid}).`);
      console.log(`NEO4J_URI=${server.uri} NEO4J_USER=${server.user} (password in .neo4j/credentials.json)`);
      console.log('Stop it with: npm run db:stop');
      return;
    }
    case 'stop':
      console.log((await stopDevServer()) ? 'Neo4j stopped.' : 'No local Neo4j was running.');
      return;
    case 'status': {
      const server = await findDevServer();
      console.log(server ? `running: ${server.version} on ${server.uri} (pid ${server.pid})` : `stopped (local Neo4j ${NEO4J_VERSION})`);
      process.exitCode = server ? 0 : 3;
      return;
    }
    default:
      console.error('usage: node scripts/db.ts start|stop|status');
      process.exitCode = 2;
  }
}

main(process.argv[2]).catch((error: Error) => {
  console.error(`error: ${error.message}`);
  process.exitCode = 1;
});
