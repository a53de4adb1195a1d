// STIX 2.1, GraphML and CSV export against a real Neo4j holding the seed and ATT&CK's DPRK bundle: every exported object
// validates against OASIS's schemas, ids are stable, and the whole graph exported and imported into an empty database
// exports again the same objects, names, aliases, cited sources, relationships and confidence.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type GraphDatabase } from '../../server/db/database.ts';
import { createStixStore } from '../../server/db/stix-store.ts';
import { importBundle } from '../../server/services/stix-import.ts';
import { exportStix } from '../../server/services/stix-export.ts';
import { nameKey } from '../../server/services/stix-map.ts';
import { testApp, testConfig } from '../support/app.ts';
import { reseed, testDriver } from '../support/neo4j.ts';
import { stixValidator } from '../support/stix-schemas.ts';

type StixObject = Record<string, unknown> & { type: string; id: string };
type Bundle = { type: string; id: string; objects: StixObject[] };

const app = testApp();
const validate = stixValidator();
const attack = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'data', 'attack', 'attack-dprk.json'), 'utf8')) as unknown;
const LAZARUS_STIX = 'intrusion-set--c93fccb1-e8e8-42cf-ae33-2ad1d183913a';
let db: GraphDatabase;

async function allNodeIds(): Promise<string[]> {
  const { records } = await testDriver().executeQuery('MATCH (n:Entity) RETURN n.id AS id ORDER BY id');
  return records.map((r) => r.get('id') as string);
}

async function exportAll(): Promise<Bundle> {
  return exportStix(await createStixStore(db).exportView(await allNodeIds()), '2026-01-01T00:00:00.000Z').bundle;
}

function invalid(bundle: Bundle): { id: string; errors: string[] }[] {
  return bundle.objects.map((object) => ({ id: object.id, errors: validate(object) })).filter((result) => result.errors.length > 0);
}

/**
 * What must survive a round trip, per STIX id: type, name, aliases, confidence, cited documents; relationships' ends.
 * The import keeps no alias that only differs from the name in case or punctuation (the seed's "Bangladesh Bank Heist").
 */
function essence(bundle: Bundle): Map<string, string> {
  const cited = (object: StixObject) =>
    ((object.external_references as { source_name: string; url?: string; external_id?: string }[] | undefined) ?? [])
      .filter((reference) => reference.url || reference.external_id)
      .map((reference) => `${reference.source_name}|${reference.url ?? ''}|${reference.external_id ?? ''}`)
      .sort();
  return new Map(
    bundle.objects
      .filter((object) => object.type !== 'identity' || object.name !== 'DPRK graph explorer')
      .map((object) => [
        object.id,
        JSON.stringify([
          object.type,
          object.name,
          ((object.aliases as string[] | undefined) ?? []).filter((alias) => nameKey(alias) !== nameKey(String(object.name))).sort(),
          object.confidence,
          cited(object),
          object.relationship_type,
          object.source_ref,
          object.target_ref,
        ]),
      ]),
  );
}

beforeAll(async () => {
  await reseed();
  db = createDatabase(testConfig());
  const report = await importBundle(createStixStore(db), attack, { source: { name: 'MITRE ATT&CK Enterprise v18.1', id: 'mitre-attack-enterprise-v18-1' } });
  expect(report.created.nodes).toBeGreaterThan(400);
}, 300_000);
afterAll(() => db?.close());

describe('GET /api/export/stix', () => {
  it("answers a bundle of the nodes asked for and the relationships among them, created by the explorer's identity", async () => {
    const res = await request(app).get('/api/export/stix?ids=lazarus-group,apt38,wannacry,north-korea').expect(200);
    expect(res.headers['content-type']).toMatch(/^application\/stix\+json/);
    expect(res.headers['content-disposition']).toContain('dprk-graph.stix.json');
    const bundle = res.body as Bundle;
    expect(bundle.type).toBe('bundle');
    const explorer = bundle.objects.find((object) => object.type === 'identity' && object.name === 'DPRK graph explorer')!;
    expect(explorer).toBeDefined();
    const lazarus = bundle.objects.find((object) => object.name === 'Lazarus Group')!;
    expect(lazarus).toMatchObject({ type: 'intrusion-set', id: LAZARUS_STIX, created_by_ref: explorer.id });
    expect(lazarus.aliases).toEqual(expect.arrayContaining(['HIDDEN COBRA', 'Guardians of Peace']));
    expect((lazarus.external_references as { source_name: string }[]).map((r) => r.source_name)).toEqual(
      expect.arrayContaining(['mitre-attack', 'MITRE ATT&CK Enterprise v18.1']),
    );
    const country = bundle.objects.find((object) => object.type === 'location')!;
    expect(country).toMatchObject({ name: 'North Korea', country: 'KP' });
    const relationships = bundle.objects.filter((object) => object.type === 'relationship');
    expect(relationships.length).toBeGreaterThan(0);
    const ids = new Set(bundle.objects.map((object) => object.id));
    for (const relationship of relationships) {
      expect(ids.has(relationship.source_ref as string) && ids.has(relationship.target_ref as string)).toBe(true);
      expect(typeof relationship.confidence).toBe('number');
    }
    expect(invalid(bundle)).toEqual([]);
  });

  it('gives a node that was never STIX the same id on every export, and a different one to another node', async () => {
    const first = (await request(app).get('/api/export/stix?ids=north-korea,wannacry').expect(200)).body as Bundle;
    const second = (await request(app).get('/api/export/stix?ids=wannacry,north-korea,lazarus-group').expect(200)).body as Bundle;
    const idOf = (bundle: Bundle, name: string) => bundle.objects.find((object) => object.name === name)?.id;
    expect(idOf(first, 'North Korea')).toMatch(/^location--[0-9a-f-]{36}$/);
    expect(idOf(second, 'North Korea')).toBe(idOf(first, 'North Korea'));
    expect(idOf(second, 'WannaCry')).toBe(idOf(first, 'WannaCry'));
    expect(idOf(first, 'WannaCry')).not.toBe(idOf(first, 'North Korea'));
  });

  it('refuses a request without ids, or with an id that is not a slug, with a JSON error', async () => {
    const none = await request(app).get('/api/export/stix').expect(400);
    expect(none.body.error).toBeDefined();
    await request(app).get('/api/export/graphml?ids=a%20b').expect(400);
    await request(app).get('/api/export/csv?ids=lazarus-group&table=other').expect(400);
  });
});

describe('POST /api/export/…: views too large for a query string', () => {
  it('exports the 1,000 first nodes of the graph, which a GET cannot carry, as valid STIX and as CSV', async () => {
    const ids = (await allNodeIds()).slice(0, 1000);
    const tooLong = await request(app).get(`/api/export/stix?ids=${ids.join(',')}`);
    expect(tooLong.status).toBe(431);
    const res = await request(app).post('/api/export/stix').send({ ids }).expect(200);
    expect(res.get('content-type')).toContain('application/stix+json');
    const bundle = JSON.parse(res.text) as Bundle;
    // Sources travel as external references and aliases as names, not objects: every other node asked for is one.
    const { records } = await testDriver().executeQuery('MATCH (n:Entity) WHERE n.id IN $ids AND NOT n:Source AND NOT n:Alias RETURN count(n) AS n', { ids });
    const explorer = bundle.objects.find((object) => object.type === 'relationship')?.created_by_ref;
    const entities = bundle.objects.filter((object) => !['relationship', 'marking-definition'].includes(object.type) && object.id !== explorer);
    expect(entities.length).toBe(Number(records[0]!.get('n')));
    expect(invalid(bundle)).toEqual([]);
    const csv = await request(app).post('/api/export/csv').send({ ids, table: 'nodes' }).expect(200);
    expect(csv.text.trim().split('\r\n')).toHaveLength(1001);
  });

  it('refuses no ids, too many, unknown fields, and a cross-site page', async () => {
    await request(app).post('/api/export/stix').send({ ids: [] }).expect(400);
    const many = await request(app)
      .post('/api/export/graphml')
      .send({ ids: Array.from({ length: 5001 }, (_, i) => `n-${i}`) })
      .expect(400);
    expect(many.body.error.message).toMatch(/at most 5000 node ids/);
    await request(app)
      .post('/api/export/stix')
      .send({ ids: ['lazarus-group'], extra: 1 })
      .expect(400);
    await request(app)
      .post('/api/export/stix')
      .set('origin', 'https://evil.example')
      .send({ ids: ['lazarus-group'] })
      .expect(403);
  });
});

describe('GraphML and CSV', () => {
  it('writes GraphML with every node and relationship of the view', async () => {
    const res = await request(app).get('/api/export/graphml?ids=lazarus-group,wannacry').expect(200);
    expect(res.headers['content-type']).toMatch(/^application\/graphml\+xml/);
    expect(res.text).toContain('<node id="lazarus-group">');
    expect(res.text).toContain('<node id="wannacry">');
    expect(res.text).toMatch(/<edge id="[^"]+" source="lazarus-group" target="wannacry">/);
  });

  it('writes the nodes and the relationships as two CSV tables', async () => {
    const nodes = await request(app).get('/api/export/csv?ids=lazarus-group,wannacry&table=nodes').expect(200);
    expect(nodes.headers['content-type']).toMatch(/^text\/csv/);
    const rows = nodes.text.trim().split('\r\n');
    expect(rows[0]).toMatch(/^id,labels,name,/);
    expect(rows.filter((row) => /^(lazarus-group|wannacry),/.test(row))).toHaveLength(2);
    const edges = await request(app).get('/api/export/csv?ids=lazarus-group,wannacry&table=edges').expect(200);
    expect(edges.text.split('\r\n')[0]).toMatch(/^id,source,target,type/);
    expect(edges.text).toMatch(/\r\n[^,\r\n]+,lazarus-group,wannacry,USED,/);
  });
});

describe('the whole graph', () => {
  it('exports objects that all validate against the OASIS STIX 2.1 schemas', async () => {
    const bundle = await exportAll();
    expect(bundle.objects.length).toBeGreaterThan(2000);
    expect(invalid(bundle).slice(0, 5)).toEqual([]);
  });

  it('survives a round trip through an empty database: same objects, names, aliases, sources, relationships and confidence', async () => {
    const before = await exportAll();
    await testDriver().executeQuery('MATCH (n) DETACH DELETE n');
    const report = await importBundle(createStixStore(db), before, { source: { name: 'Round trip', id: 'round-trip' } });
    expect(report.skipped).toEqual([]);
    const after = await exportAll();
    const expected = essence(before);
    const actual = essence(after);
    const counts = (bundle: Bundle) => Object.fromEntries(Object.entries(Object.groupBy(bundle.objects, (o) => o.type)).map(([t, list]) => [t, list!.length]));
    console.info('round trip:', JSON.stringify({ exported: counts(before), reExported: counts(after) }));
    const differing = [...expected].filter(([id, value]) => actual.get(id) !== value).map(([id, value]) => ({ id, before: value, after: actual.get(id) }));
    expect(differing.slice(0, 5)).toEqual([]);
    expect(actual.size).toBe(expected.size);
  }, 180_000);
});
