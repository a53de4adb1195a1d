import { resolve } from 'node:path';
import { build } from 'vite';
import { testClientDir } from '../support/test-client.ts';

/** Builds the test build of the client from the current sources before the browser tests, so they never run a stale one. */
export default async function setup(): Promise<void> {
  const configFile = resolve(import.meta.dirname, '..', '..', 'vite.config.ts');
  await build({ configFile, mode: 'test', logLevel: 'warn', build: { outDir: testClientDir } });
}
