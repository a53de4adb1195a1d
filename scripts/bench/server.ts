// npm run bench:db -- start [--fresh] [--heap 4g] [--page-cache 4g] | stop | status
// A Neo4j for the big synthetic graph (home .neo4j/bench, auth off, 127.0.0.1, a free port), kept between
// `npm run gen` and the benchmarks. `--fresh` deletes its data first. Stop it when done.
import { oneCommand, parseCli } from '../cli.ts';
import { benchServer, startBenchServer } from './neo4j.ts';

const usage = 'usage: npm run bench:db -- start [--fresh] [--heap 4g] [--page-cache 4g] | stop | status';
const { values, positionals } = parseCli(
  usage,
  { fresh: { type: 'boolean' }, heap: { type: 'string' }, 'page-cache': { type: 'string' } },
  { positionals: true },
);

async function main(command: 'start' | 'stop' | 'status'): Promise<void> {
  switch (command) {
    case 'start': {
      const { server, started } = await startBenchServer({ detached: true, fresh: values.fresh, heap: values.heap, pageCache: values['page-cache'] });
      if (!started) console.log(`Already running on ${server.uri} (pid ${server.pid}).`);
      else console.log('The generator and benchmarks find it by themselves; stop it with `npm run bench:db -- stop`.');
      return;
    }
    case 'stop':
      console.log((await benchServer.stop()) ? 'Bench Neo4j stopped.' : 'No bench Neo4j was running.');
      return;
    case 'status': {
      const running = await benchServer.find();
      console.log(running ? `running on ${running.uri} (pid ${running.pid}), home ${benchServer.home}` : 'stopped');
      process.exitCode = running ? 0 : 3;
      return;
    }
  }
}

main(oneCommand(usage, positionals, ['start', 'stop', 'status'])).catch((error: Error) => {
  console.error(`error: ${error.message}`);
  process.exitCode = 1;
});
