// npm run db:start | db:stop | db:status — the local Neo4j Community server from Maven Central's jars.
import { oneCommand, parseCli } from './cli.ts';
import { devServer, startDevServer } from './neo4j/dev-server.ts';
import { NEO4J_VERSION } from './neo4j/version.ts';

const usage = 'usage: npm run db:start | db:stop | db:status   (node scripts/db.ts start|stop|status)';
const { positionals } = parseCli(usage, {}, { positionals: true });

async function main(command: 'start' | 'stop' | 'status'): Promise<void> {
  switch (command) {
    case 'start': {
      const { server, started } = await startDevServer();
      if (!started) console.log(`Neo4j ${server.version} is already running on ${server.uri} (pid ${server.pid}).`);
      console.log(`NEO4J_URI=${server.uri} NEO4J_USER=${server.user} (password in .neo4j/credentials.json)`);
      console.log('Stop it with: npm run db:stop');
      return;
    }
    case 'stop':
      console.log((await devServer.stop()) ? 'Neo4j stopped.' : 'No local Neo4j was running.');
      return;
    case 'status': {
      const server = await devServer.find();
      console.log(server ? `running: ${server.version} on ${server.uri} (pid ${server.pid})` : `stopped (local Neo4j ${NEO4J_VERSION})`);
      process.exitCode = server ? 0 : 3;
      return;
    }
  }
}

main(oneCommand(usage, positionals, ['start', 'stop', 'status'])).catch((error: Error) => {
  console.error(`error: ${error.message}`);
  process.exitCode = 1;
});
