import { resolve } from 'node:path';

/**
 * The client as the browser tests run it: the production build plus window.explorerTestHooks (client/src/test-hooks.ts),
 * built in Vite's 'test' mode by tests/setup/test-client.global.ts into its own folder, so that dist/client stays the
 * production bundle.
 */
export const testClientDir = resolve(import.meta.dirname, '..', '..', 'dist', 'client-test');
