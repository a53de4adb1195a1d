// Ctrl+C while a detached local Neo4j is still starting must not leave it running: nothing has recorded its pid yet,
// and the next `npm start` would find the port taken by a server no command can stop.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/neo4j/local-server.ts';
import { jvmsOfHome, killJvmsOfHome } from '../support/local-jvms.ts';

const home = mkdtempSync(join(tmpdir(), 'neo4j-interrupt-'));
const serversOfHome = () => jvmsOfHome(home);
const until = async (what: () => boolean, ms: number) => {
  for (const end = Date.now() + ms; !what(); ) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

/** Every JVM seen for this home, killed at the end whatever the test found. */
const seen = new Set<number>();

afterAll(() => {
  killJvmsOfHome(home, seen);
  rmSync(home, { recursive: true, force: true });
});

describe('interrupting a local Neo4j start', () => {
  it('stops the half-started server with the process that was starting it', async () => {
    const port = await freePort();
    const starter = spawn(process.execPath, [join(import.meta.dirname, '..', 'support', 'start-local-server.ts'), home, String(port)], { stdio: 'pipe' });
    const exited = new Promise<number | null>((resolve) => starter.once('exit', (code) => resolve(code)));
    let output = '';
    starter.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await until(() => existsSync(join(home, 'logs', 'console.log')) && serversOfHome().length > 0, 60_000);
    for (const pid of serversOfHome()) seen.add(pid);
    expect(output).not.toContain('started');
    starter.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(serversOfHome()).toEqual([]);
  }, 120_000);
});
