// npm run dev: the API as npm start runs it (without building the client), plus Vite's dev server with hot reload,
// which forwards /api to the API (vite.config.ts).
import { createServer } from 'vite';
import { parseCli } from './cli.ts';
import { projectRoot } from './neo4j/paths.ts';
import { launch } from './start.ts';

parseCli('usage: npm run dev   (the API as npm start runs it, and the client from Vite with hot reload)', {});

try {
  await launch({ build: false });
  const vite = await createServer({ configFile: `${projectRoot}/vite.config.ts` });
  await vite.listen();
  vite.printUrls();
} catch (error) {
  console.error(`error: ${(error as Error).message}`);
  process.exit(1);
}
