// The production bundle (npm run build: dist/client) carries none of the browser tests' hooks (client/src/test-hooks.ts).
// The test build (dist/client-test, built before the browser tests) has them, which shows the search would find them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clientDir } from '../../server/app.ts';
import { testClientDir } from '../support/test-client.ts';

/** The built scripts under `dir`/assets, each with its text. */
function scripts(dir: string): { name: string; text: string }[] {
  const assets = join(dir, 'assets');
  return readdirSync(assets)
    .filter((name) => name.endsWith('.js'))
    .map((name) => ({ name, text: readFileSync(join(assets, name), 'utf8') }));
}

const mentioning = (dir: string, word: string) =>
  scripts(dir)
    .filter((file) => file.text.includes(word))
    .map((file) => file.name);

describe('production bundle', () => {
  it('has no explorerTestHooks, while the test build has them', () => {
    expect(scripts(clientDir).length).toBeGreaterThan(0);
    expect(mentioning(clientDir, 'explorerTestHooks')).toEqual([]);
    expect(mentioning(testClientDir, 'explorerTestHooks')).not.toEqual([]);
  });
});
