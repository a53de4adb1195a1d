// The services the HTTP layer calls, built on one graph store.
import type { GraphDatabase } from '../db/database.ts';
import { createGraphStore } from '../db/graph-store.ts';
import type { LoadedWalkthroughs } from './walkthrough-files.ts';
import { createCatalog } from './catalog.ts';
import { createConsole } from './console.ts';
import { createExplorer } from './explorer.ts';
import { createHealth } from './health.ts';
import { createWalkthroughs } from './walkthroughs.ts';
import { createStixStore } from '../db/stix-store.ts';
import { importBundle } from './stix-import.ts';
import type { ImportQuery } from '../../contract/api.ts';
import { createAccountStore } from '../db/account-store.ts';
import { createAccounts } from './accounts.ts';
import { exportStix } from './stix-export.ts';
import { exportEdgesCsv, exportGraphml, exportNodesCsv } from './graph-export.ts';
import { createClaimStore } from '../db/claim-store.ts';
import { createClaims } from './claims.ts';
import { createAuditStore } from '../db/audit-store.ts';
import { createAudit } from './audit.ts';
import { createCaseStore } from '../db/case-store.ts';
import { createCases } from './cases.ts';

export interface ServiceOptions {
  supernodeDegree: number;
  consoleRowLimit: number;
  consoleMaxConcurrent: number;
  queryTimeoutMs: number;
  sessionSeconds: number;
}

export function createServices(db: GraphDatabase, walkthroughs: LoadedWalkthroughs, options: ServiceOptions) {
  const store = createGraphStore(db);
  const stixStore = createStixStore(db);
  const guided = createWalkthroughs(store, walkthroughs, { rowLimit: options.consoleRowLimit, timeoutMs: options.queryTimeoutMs });
  const accountStore = createAccountStore(db);
  return {
    explorer: createExplorer(store, createCatalog(store), { supernodeDegree: options.supernodeDegree }),
    health: createHealth(store),
    walkthroughs: guided,
    cases: createCases(createCaseStore(db), {
      play: guided.play,
      sources: (ids) => store.sources(ids),
      exportView: (ids) => stixStore.exportView(ids),
      knownAccounts: async (usernames) => {
        const wanted = new Set(usernames);
        return (await accountStore.list()).filter((account) => wanted.has(account.username)).map((account) => account.username);
      },
    }),
    console: createConsole(store, {
      rowLimit: options.consoleRowLimit,
      pool: 'console',
      maxConcurrent: options.consoleMaxConcurrent,
      timeoutMs: options.queryTimeoutMs,
    }),
    accounts: createAccounts(accountStore, { sessionSeconds: options.sessionSeconds }),
    claims: createClaims(createClaimStore(db)),
    audit: createAudit(createAuditStore(db)),
    imports: {
      /** POST /api/imports: one bundle, one transaction, one report. */
      run: (bundle: unknown, { source, sourceId, publisher, url }: ImportQuery, actor: { name: string; request: string }) =>
        importBundle(stixStore, bundle, { source: { id: sourceId, name: source, publisher, url }, actor }),
    },
    exports: {
      /** The nodes with these ids and the relationships among them, as a STIX 2.1 bundle. */
      stix: async (ids: string[]) => exportStix(await stixStore.exportView(ids), new Date().toISOString()).bundle,
      graphml: async (ids: string[]) => exportGraphml(await stixStore.exportView(ids)),
      csv: async (ids: string[], table: 'nodes' | 'edges') => (table === 'nodes' ? exportNodesCsv : exportEdgesCsv)(await stixStore.exportView(ids)),
    },
  };
}

export type Services = ReturnType<typeof createServices>;
