// The services the HTTP layer calls, built on one graph store.
import type { GraphDatabase } from '../db/database.ts';
import { createGraphStore } from '../db/graph-store.ts';
import type { LoadedWalkthroughs } from './walkthrough-files.ts';
import { createCatalog } from './catalog.ts';
import { createConsole } from './console.ts';
import { createExplorer } from './explorer.ts';
import { createHealth } from './health.ts';
import { createWalkthroughs } from './walkthroughs.ts';

export interface ServiceOptions {
  supernodeDegree: number;
  consoleRowLimit: number;
}

export function createServices(db: GraphDatabase, walkthroughs: LoadedWalkthroughs, options: ServiceOptions) {
  const store = createGraphStore(db);
  return {
    explorer: createExplorer(store, createCatalog(store), { supernodeDegree: options.supernodeDegree }),
    health: createHealth(store),
    walkthroughs: createWalkthroughs(store, walkthroughs, { rowLimit: options.consoleRowLimit }),
    console: createConsole(store, { rowLimit: options.consoleRowLimit }),
  };
}

export type Services = ReturnType<typeof createServices>;
