import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { applySeed, countGraph, wipe } from '../../server/db/seed.ts';
import { testDriver } from '../support/neo4j.ts';

describe('seed loader', () => {
  beforeAll(async () => wipe(testDriver()));

  it('names the file and line of a bad statement and leaves that file unapplied', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'seed-'));
    writeFileSync(join(dir, '01_good.cypher'), "MERGE (n:Entity:Probe {id:'a'});\n");
    writeFileSync(join(dir, '02_bad.cypher'), "MERGE (n:Entity:Probe {id:'b'});\n\n// broken next\nMERGE (n:Entity:Probe {id:'c'}) SETT n.x = 1;\n");
    await expect(applySeed(testDriver(), { dir })).rejects.toThrow(/02_bad\.cypher:4: /);
    const { labels } = await countGraph(testDriver());
    expect(labels.Probe).toBe(1);
  });
});
