// npm run bench:db -- start [--fresh] [--heap 4g] [--page-cache 4g] | stop | status
// A Neo4j for the big synthetic graph (home .neo4j/bench, auth off, 127.0.0.1, a free port), kept between
// `npm run gen` and the benchmarks. `--fresh` deletes its data first. Stop it when done.
import { parseArgs } from 'node:util';
import { benchHome, runningBenchServer, startBenchServer, stopBenchServer } from './neo4j.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { fresh: { type: 'boolean' }, heap: { type: 'string' }, 'page-cache': { type: 'string' } },
});

async function main(): Promise<void> {
  switch (positionals[0]) {
    case 'start': {
      const running = await runningBenchServer();
      if (running) {
        console.log(`Already running on ${running.uri} (pid ${running.pid}).`);
        return;
      }
      await startBenchServer({ detached: true, fresh: values.fresh, heap: values.heap, pageCache: values['page-cache'] });
      console.log('The generator and benchmarks find it by themselves; stop it with `npm run bench:db -- stop`.');
      return;
    }
    case 'stop':
      console.log((await stopBenchServer()) ? 'Bench Neo4j stopped.' : 'No bench Neo4j was running.');
      return;
    case 'status': {
      const running = await runningBenchServer();
      console.log(running ? `running on ${running.uri} (pid ${running.pid}), home ${benchHome}` : 'stopped');
      process.exitCode = running ? 0 : 3;
      return;
    }
    default:
      console.error('usage: npm run bench:db -- start [--fresh] [--heap 4g] [--page-cache 4g] | stop | status');
      process.exitCode = 2;
  }
}

main().catch((error: Error) => {
  console.error(`error: ${error.message}`);
  process.exitCode = 1;
});
