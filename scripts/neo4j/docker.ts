import { spawnSync } from 'node:child_process';
import { projectRoot } from './paths.ts';

/** True when a Docker engine answers, not merely when the docker client is installed. */
export function dockerEngineAvailable(): boolean {
  const result = spawnSync('docker', ['info', '--format', '{{.ServerVersion}}'], { encoding: 'utf8', timeout: 10_000 });
  return result.status === 0 && result.stdout.trim().length > 0;
}

export function composeUp(password: string): void {
  const result = spawnSync('docker', ['compose', 'up', '-d', '--wait'], {
    cwd: projectRoot,
    stdio: 'inherit',
    env: { ...process.env, NEO4J_PASSWORD: password },
  });
  if (result.status !== 0) throw new Error('`docker compose up -d --wait` failed; see its output above.');
}
