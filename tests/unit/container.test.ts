// The container image cannot be built here (no Docker engine), so what can be checked by reading is checked: the
// Dockerfile and the compose file's explorer service agree with server/config.ts, and the image holds what
// `scripts/start.ts --no-build` needs at run time.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadConfig } from '../../server/config.ts';
import { projectRoot } from '../../scripts/neo4j/paths.ts';

const dockerfile = readFileSync(join(projectRoot, 'Dockerfile'), 'utf8');
const stages = dockerfile.split(/^FROM /m).slice(1);
const runtime = stages.at(-1) ?? '';
const compose = parse(readFileSync(join(projectRoot, 'docker-compose.yml'), 'utf8')) as {
  services: { explorer: { build: string; ports: string[]; environment: Record<string, string>; depends_on: Record<string, { condition: string }> } };
};
const packageJson = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { engines: { node: string }; dependencies: Record<string, string> };

/** ENV lines of the runtime stage, as name → value. */
function runtimeEnv(): Record<string, string> {
  const block = /^ENV ((?:.*\\\n)*.*)$/m.exec(runtime)?.[1] ?? '';
  return Object.fromEntries([...block.matchAll(/(\w+)=(\S+)/g)].map((match) => [match[1], match[2]]));
}

describe('Dockerfile', () => {
  it('builds on the Node major the project needs, in stages', () => {
    const major = /(\d+)/.exec(packageJson.engines.node)?.[1];
    expect(stages.length).toBeGreaterThanOrEqual(2);
    for (const stage of stages) expect(stage).toMatch(new RegExp(`^node:${major}[-\\s]`));
  });

  it('runs as a user other than root, with production dependencies only', () => {
    expect(runtime).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/npm ci --omit=dev/);
    expect(runtime).not.toMatch(/^RUN npm ci(?! --omit=dev)/m);
  });

  it('listens on all interfaces on the port it exposes, which the config reads', () => {
    const env = runtimeEnv();
    const config = loadConfig(env);
    expect(config.host).toBe('0.0.0.0');
    expect(runtime).toContain(`EXPOSE ${config.port}`);
  });

  it('checks health with /api/ready under BASE_PATH', () => {
    expect(runtime).toMatch(/^HEALTHCHECK .*\n?.*\/api\/ready/m);
    expect(runtime).toContain("process.env.BASE_PATH ?? ''");
  });

  it('copies what npm start needs at run time: server, contract, scripts, the seed and the ATT&CK bundle, the built client', () => {
    for (const folder of ['server', 'contract', 'scripts', 'cypher', 'data']) {
      expect(runtime).toMatch(new RegExp(`^COPY ${folder} ${folder}$`, 'm'));
      expect(existsSync(join(projectRoot, folder))).toBe(true);
    }
    expect(existsSync(join(projectRoot, 'data', 'attack', 'attack-dprk.json'))).toBe(true);
    expect(runtime).toMatch(/^COPY --from=\S+ \/app\/dist\/client dist\/client$/m);
    expect(runtime).toMatch(/^CMD \["node", "scripts\/start.ts", "--no-build"\]$/m);
  });

  it('leaves nothing the runtime imports among the dev dependencies', () => {
    // scripts/import.ts (the first start's ATT&CK import) shows progress with cli-progress.
    expect(Object.keys(packageJson.dependencies)).toEqual(expect.arrayContaining(['cli-progress', 'prom-client', 'neo4j-driver', 'express']));
  });
});

describe('docker-compose.yml explorer service', () => {
  const explorer = compose.services.explorer;

  it('is built from the Dockerfile and starts once Neo4j is healthy', () => {
    expect(explorer.build).toBe('.');
    expect(explorer.depends_on.neo4j?.condition).toBe('service_healthy');
  });

  it('reaches Neo4j by its service name and publishes the port the app listens on, on the loopback', () => {
    const env = Object.fromEntries(Object.entries(explorer.environment).filter(([, value]) => !String(value).includes('${')));
    const config = loadConfig(env);
    expect(config.neo4j.uri).toBe('bolt://neo4j:7687');
    expect(config.host).toBe('0.0.0.0');
    expect(explorer.ports).toEqual([`127.0.0.1:${config.port}:${config.port}`]);
  });
});
