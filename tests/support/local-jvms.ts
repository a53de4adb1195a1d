import { spawnSync } from 'node:child_process';

/** Pids of the JVMs serving a local Neo4j home (its command line names the home). */
export function jvmsOfHome(home: string): number[] {
  return spawnSync('pgrep', ['-f', '--', `--home-dir=${home}`], { encoding: 'utf8' })
    .stdout.split('\n')
    .filter(Boolean)
    .map(Number);
}

/** Kills whatever JVMs of the home a test left behind, whatever it found. */
export function killJvmsOfHome(home: string, known: Iterable<number> = []): void {
  for (const pid of new Set([...known, ...jvmsOfHome(home)])) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}
