// One Neo4j version for every way the project runs it: docker compose must run the image the local jars and
// testcontainers use (scripts/neo4j/version.ts), or users with Docker would test against another Neo4j.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../../scripts/neo4j/paths.ts';
import { NEO4J_IMAGE, NEO4J_VERSION } from '../../scripts/neo4j/version.ts';

describe('docker-compose.yml', () => {
  it('runs the Neo4j image of the pinned version', () => {
    const compose = parse(readFileSync(join(projectRoot, 'docker-compose.yml'), 'utf8')) as { services: { neo4j: { image: string } } };
    expect(compose.services.neo4j.image).toBe(NEO4J_IMAGE);
    expect(NEO4J_IMAGE).toContain(NEO4J_VERSION);
  });
});
