import { spawnSync } from 'node:child_process';
import { projectRoot } from './paths.ts';

/** True when a Docker engine answers, not merely when the docker client is installed. */
export function dockerEngineAvailable(): boolean {
  const result = spawnSync('docker', ['info', '--format', '{{.ServerVersion}}'], { encoding: 'utf8', timeout: 10_000 });
  return result.status === 0 && result.stdout.trim().length > 0;
}

export function composeUp(password: string): void {
  // Only the neo4j service: npm start serves the explorer itself (the compose file's explorer service is the image).
  const result = spawnSync('docker', ['compose', 'up', '-d', '--wait', 'neo4j'], {
    cwd: projectRoot,
    stdio: 'inherit',
    env: { ...process.env, NEO4J_PASSWORD: password },
  });
  if (result.status !== 0) throw new Error('`docker compose up -d --wait neo4j` failed; see its output above.');
}
