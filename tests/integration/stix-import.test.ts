// STIX 2.1 import against a real Neo4j: ATT&CK's DPRK bundle into the seeded graph through POST /api/imports, twice;
// merges, kept disagreements, newer versions, skipped objects, bad input, rollback half-way, access and body limits.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Conflict, ImportReport, NodeDetailsResponse, SearchResponse } from '../../contract/api.ts';
import { createDatabase } from '../../server/db/database.ts';
import { createStixStore } from '../../server/db/stix-store.ts';
import { importBundle } from '../../server/services/stix-import.ts';
import { testApp, testConfig } from '../support/app.ts';
import { graphFingerprint, reseed, testDriver } from '../support/neo4j.ts';

const token = 'import-token-0123456789';
const app = testApp({ API_TOKEN: token });
const attackText = readFileSync(join(import.meta.dirname, '..', '..', 'data', 'attack', 'attack-dprk.json'), 'utf8');
const attack = () => JSON.parse(attackText) as { type: string; id: string; objects: Record<string, unknown>[] };
const ATTACK = 'mitre-attack-enterprise-v18-1';
const attackQuery = `?source=${encodeURIComponent('MITRE ATT&CK Enterprise v18.1')}&sourceId=${ATTACK}`;
const LAZARUS_STIX = 'intrusion-set--c93fccb1-e8e8-42cf-ae33-2ad1d183913a';
const APT38_STIX = 'intrusion-set--00f67a77-86a4-4adf-be26-1a54fc713340';

function post(body: unknown, query = attackQuery) {
  return request(app)
    .post(`/api/imports${query}`)
    .set('authorization', `Bearer ${token}`)
    .send(body as object);
}

function details(id: string) {
  return request(app).get(`/api/nodes/${id}`).expect(200) as unknown as Promise<{ body: NodeDetailsResponse }>;
}

function bundle(objects: unknown[]) {
  return { type: 'bundle', id: 'bundle--11111111-2222-4333-8444-555555555555', objects };
}

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

beforeAll(() => reseed());

describe('ATT&CK DPRK bundle into the seeded graph', () => {
  let first: ImportReport;

  it('creates the groups, campaigns, software and techniques ATT&CK records, merging Lazarus Group and WannaCry', async () => {
    const res = await post(attack());
    expect(res.status, JSON.stringify(res.body).slice(0, 500)).toBe(200);
    first = res.body as ImportReport;
    expect(first.objects).toBe(2130);
    expect(first.created.byLabel).toMatchObject({ Group: 7, Technique: 346, Malware: 56, Tool: 11, Campaign: 2, Organization: 1 });
    // The import's own Source and one per document ATT&CK cites with a URL.
    expect(first.created.byLabel.Source).toBeGreaterThan(1000);
    expect(first.created.byType).toMatchObject({ USED: 1507, SUBTECHNIQUE_OF: 195, ATTRIBUTED: 2, PUBLISHED: 1 });
    expect(first.merged).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ stixId: LAZARUS_STIX, node: 'lazarus-group', by: 'name' }),
        expect.objectContaining({ name: 'WannaCry', node: 'wannacry', by: 'alias' }),
      ]),
    );
    expect(first.merged).toHaveLength(2);
    expect(first.notMerged).toEqual([expect.objectContaining({ stixId: APT38_STIX, node: 'apt38', candidates: ['lazarus-group'] })]);
    expect(first.skipped).toEqual([]);
  });

  it("gives imported dates a time span: Operation Dream Job's first_seen and last_seen", async () => {
    const { records } = await testDriver().executeQuery(
      "MATCH (c:Campaign {name: 'Operation Dream Job'}) RETURN toString(c.timeFrom) AS start, toString(c.timeTo) AS end, c.timePrecision AS precision",
    );
    expect(records.map((r) => r.toObject())).toEqual([{ start: '2019-09-01', end: '2020-08-01', precision: 'day' }]);
  });

  it('creates nothing and changes nothing the second time', async () => {
    const before = await graphFingerprint();
    const res = await post(attack());
    expect(res.status).toBe(200);
    const second = res.body as ImportReport;
    expect(second.created).toEqual({ nodes: 0, relationships: 0, byLabel: {}, byType: {} });
    expect(second.merged).toEqual([]);
    expect(second.updated).toEqual([]);
    expect(second.unchanged).toBe(2129);
    expect(await graphFingerprint()).toBe(before);
    // The graph is as it was, and the audit trail says who imported what, both times.
    const { records } = await testDriver().executeQuery(
      "MATCH (r:AuditRecord {action: 'import'}) RETURN r.actor AS actor, r.entity AS entity, r.after AS after ORDER BY r.seq",
    );
    expect(records.map((r) => [r.get('actor'), r.get('entity')])).toEqual([
      ['service-token', 'mitre-attack-enterprise-v18-1'],
      ['service-token', 'mitre-attack-enterprise-v18-1'],
    ]);
    expect(JSON.parse(records[1]!.get('after') as string)).toMatchObject({ objects: 2130, unchanged: 2129, created: { nodes: 0, relationships: 0 } });
  });

  it("keeps the seed's Lazarus Group with both sources, the union of aliases and ATT&CK's STIX id and claim", async () => {
    const { body } = await details('lazarus-group');
    const p = body.node.properties as { sources: string[]; aliases: string[]; stixIds: string[]; summary: string };
    expect(p.sources).toEqual(expect.arrayContaining(['hir-cybercrime-syndicate', 'pyongyang-papers-dprk-cybercrime', ATTACK]));
    expect(p.aliases).toEqual(expect.arrayContaining(['HIDDEN COBRA', 'Guardians of Peace', 'APT38', 'Diamond Sleet', 'ZINC', 'Labyrinth Chollima']));
    expect(p.aliases.filter((a) => a.toLowerCase() === 'hidden cobra')).toHaveLength(1);
    expect(p.stixIds).toEqual([LAZARUS_STIX]);
    expect(p.summary).toMatch(/^Collective of North Korean cybercriminals/); // the seed's own words stay
    expect(body.claims).toEqual([expect.objectContaining({ source: ATTACK, stixId: LAZARUS_STIX, externalId: 'G0032', name: 'Lazarus Group' })]);
    expect(body.claims?.[0]?.description).toMatch(/North Korean state-sponsored/);
    // The techniques ATT&CK records are its neighbours now, each relationship sourced to ATT&CK.
    const used = await testDriver().executeQuery(
      "MATCH (:Entity {id:'lazarus-group'})-[r:USED]->(t:Technique) RETURN count(t) AS n, all(x IN collect(r) WHERE $source IN x.sources AND x.stixId STARTS WITH 'relationship--') AS sourced",
      { source: ATTACK },
    );
    expect(Number(used.records[0]?.get('n'))).toBeGreaterThan(50);
    expect(used.records[0]?.get('sourced')).toBe(true);
  });

  it('keeps both claims about APT38 and lists the disagreement on both nodes', async () => {
    const apt38 = (await details('apt38')).body;
    expect(apt38.node.labels).toEqual(expect.arrayContaining(['Actor', 'Group']));
    expect(apt38.node.properties.sources).toContain(ATTACK);
    expect(apt38.node.properties.externalId).toBe('G0082');
    const lazarus = (await details('lazarus-group')).body;
    for (const conflicts of [apt38.conflicts, lazarus.conflicts]) {
      const conflict = conflicts?.find((c: Conflict) => c.kind === 'identity');
      expect(conflict?.statements).toEqual([
        expect.objectContaining({ node: 'lazarus-group', sources: ['pyongyang-papers-dprk-cybercrime'] }),
        expect.objectContaining({ node: 'apt38', sources: [ATTACK] }),
      ]);
    }
    // The seed's claim is still there, with its source.
    const alias = await testDriver().executeQuery("MATCH (:Alias {name:'APT38'})-[r:ALIAS_OF]->(g {id:'lazarus-group'}) RETURN r.sources AS sources");
    expect(alias.records[0]?.get('sources')).toEqual(['pyongyang-papers-dprk-cybercrime']);
  });

  it('search for APT38 offers both, each with the source that gives it the name', async () => {
    const res = await request(app).get('/api/search?q=APT38').expect(200);
    const results = (res.body as SearchResponse).results;
    const lazarus = results.find((r) => r.id === 'lazarus-group');
    const apt38 = results.find((r) => r.id === 'apt38');
    expect(lazarus).toMatchObject({ matched: 'APT38', matchedField: 'alias' });
    expect(lazarus?.statedBy).toContain('pyongyang-papers-dprk-cybercrime');
    expect(lazarus?.statedBy).not.toContain(ATTACK);
    expect(apt38).toMatchObject({ matched: 'APT38', matchedField: 'name', statedBy: [ATTACK] });
  });
});

describe('newer versions, revoked and deprecated objects', () => {
  it('a newer modified updates what the source says, and a differing date is kept as a conflict', async () => {
    const lazarus = attack().objects.find((o) => o.id === LAZARUS_STIX)!;
    const rel = attack().objects.find((o) => o.type === 'relationship' && o.source_ref === LAZARUS_STIX)!;
    const newer = {
      ...lazarus,
      modified: '2030-01-01T00:00:00.000Z',
      first_seen: '2007-01-01T00:00:00.000Z',
      aliases: [...(lazarus.aliases as string[]), 'Test Alias'],
    };
    const newerRel = { ...rel, modified: '2030-01-01T00:00:00.000Z', description: 'Restated by a newer version.' };
    const res = await post(bundle([newer, newerRel]));
    expect(res.status).toBe(200);
    const report = res.body as ImportReport;
    expect(report.updated.map((u) => u.stixId).sort()).toEqual([LAZARUS_STIX, rel.id].sort());
    expect(report.created.nodes).toBe(0);
    const { body } = await details('lazarus-group');
    expect(body.claims?.[0]).toMatchObject({ firstSeen: '2007-01-01', modified: '2030-01-01T00:00:00.000Z' });
    expect(body.node.properties.from).toBe('2009'); // the seed's value is not overwritten
    expect(body.node.properties.aliases).toContain('Test Alias');
    const dates = body.conflicts?.find((c) => c.kind === 'value');
    expect(dates?.statements).toEqual([
      expect.objectContaining({ says: 'active from 2009', sources: expect.arrayContaining(['hir-cybercrime-syndicate']) }),
      expect.objectContaining({ says: 'active from 2007-01-01', sources: [ATTACK] }),
    ]);
    const stored = await testDriver().executeQuery('MATCH ()-[r {stixId: $id}]->() RETURN r.description AS d', { id: rel.id });
    expect(stored.records[0]?.get('d')).toBe('Restated by a newer version.');
    // An older version than the one held changes nothing.
    const before = await graphFingerprint();
    const older = await post(bundle([{ ...lazarus, modified: '2020-01-01T00:00:00.000Z' }]));
    expect((older.body as ImportReport).unchanged).toBe(1);
    expect(await graphFingerprint()).toBe(before);
  });

  it('skips revoked and deprecated objects with a reason, and relationships to them', async () => {
    const before = await graphFingerprint();
    const created = '2020-01-01T00:00:00.000Z';
    const res = await post(
      bundle([
        { type: 'malware', id: `malware--${uuid(1)}`, name: 'Revoked Thing', revoked: true, created, modified: created },
        { type: 'attack-pattern', id: `attack-pattern--${uuid(2)}`, name: 'Old Technique', x_mitre_deprecated: true, created, modified: created },
        {
          type: 'relationship',
          id: `relationship--${uuid(3)}`,
          relationship_type: 'uses',
          source_ref: LAZARUS_STIX,
          target_ref: `malware--${uuid(1)}`,
          created,
          modified: created,
        },
      ]),
    );
    expect(res.status).toBe(200);
    const report = res.body as ImportReport;
    expect(report.skipped).toEqual([
      expect.objectContaining({ stixId: `malware--${uuid(1)}`, reason: 'revoked' }),
      expect.objectContaining({ stixId: `attack-pattern--${uuid(2)}`, reason: 'deprecated (x_mitre_deprecated)' }),
      expect.objectContaining({ stixId: `relationship--${uuid(3)}`, reason: `its end malware--${uuid(1)} was skipped (revoked)` }),
    ]);
    expect(await graphFingerprint()).toBe(before);
  });
});

describe('bad input gets a report, and the graph stays as it was', () => {
  let before: string;
  beforeAll(async () => {
    before = await graphFingerprint();
  });

  it.each([
    ['not JSON', '{"type": "bundle", "objects": [', 400, /not valid JSON/],
    ['not an object', [1, 2, 3], 400, /Not a STIX bundle/],
    ['not a bundle', { type: 'report', id: `report--${uuid(9)}` }, 400, /type must be "bundle"/],
    ['a bundle without objects', { type: 'bundle', id: `bundle--${uuid(9)}` }, 400, /objects must be a list/],
  ] as const)('%s: 400', async (_name, body, status, message) => {
    const req = request(app).post('/api/imports').set('authorization', `Bearer ${token}`).set('content-type', 'application/json');
    const res = await req.send(typeof body === 'string' ? body : JSON.stringify(body));
    expect(res.status).toBe(status);
    expect(res.body.error.message).toMatch(message);
    expect(await graphFingerprint()).toBe(before);
  });

  it('lists objects without id or type, unknown types, dangling relationships and huge strings as skipped', async () => {
    const created = '2020-01-01T00:00:00.000Z';
    const res = await post(
      bundle([
        { name: 'no id, no type' },
        'not even an object',
        { type: 'x-custom-thing', id: `x-custom-thing--${uuid(10)}`, name: 'Custom', created, modified: created },
        { type: 'sighting', id: `sighting--${uuid(11)}`, created, modified: created },
        {
          type: 'relationship',
          id: `relationship--${uuid(12)}`,
          relationship_type: 'uses',
          source_ref: `intrusion-set--${uuid(13)}`,
          target_ref: LAZARUS_STIX,
          created,
          modified: created,
        },
        { type: 'malware', id: `malware--${uuid(14)}`, name: 'x'.repeat(1_000_000), created, modified: created },
        { type: 'malware', id: 'malware--not-a-uuid', name: 'Bad id' },
      ]),
    );
    expect(res.status).toBe(200);
    const report = res.body as ImportReport;
    expect(report.skipped.map((s) => [s.index, s.reason])).toEqual([
      [0, 'no id or no type'],
      [1, 'not a JSON object'],
      [5, expect.stringMatching(/^name: longer than 500 characters/)],
      [6, expect.stringMatching(/^id: not a STIX identifier/)],
      [2, 'type x-custom-thing is not imported'],
      [3, 'type sighting is not imported'],
      [4, `its end intrusion-set--${uuid(13)} is neither in the bundle nor in the graph`],
    ]);
    expect(report.created.nodes).toBe(0);
    expect(await graphFingerprint()).toBe(before);
  });

  it('ignores __proto__ and constructor keys: nothing is polluted and no such property is stored', async () => {
    const created = '2020-01-01T00:00:00.000Z';
    const text = `{"type":"bundle","id":"bundle--${uuid(20)}","__proto__":{"polluted":true},"objects":[{"type":"tool","id":"tool--${uuid(21)}","name":"Proto Tool","created":"${created}","modified":"${created}","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}]}`;
    const res = await request(app).post('/api/imports').set('authorization', `Bearer ${token}`).set('content-type', 'application/json').send(text);
    expect(res.status).toBe(200);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const node = await testDriver().executeQuery("MATCH (n:Tool {name:'Proto Tool'}) RETURN keys(n) AS keys");
    expect(node.records).toHaveLength(1);
    expect(node.records[0]?.get('keys')).not.toContain('__proto__');
    expect(node.records[0]?.get('keys')).not.toContain('polluted');
    await testDriver().executeQuery("MATCH (n:Tool {name:'Proto Tool'}) DETACH DELETE n");
  });
});

describe('one transaction', () => {
  it('a failure half-way through the writes leaves the graph as it was', async () => {
    await reseed();
    const before = await graphFingerprint();
    const db = createDatabase(testConfig());
    try {
      let batches = 0;
      const failing = importBundle(createStixStore(db), attack(), {
        source: { name: 'MITRE ATT&CK Enterprise v18.1', id: ATTACK },
        onProgress: (_done, _total, phase) => {
          if (phase === 'write' && ++batches === 3) throw new Error('interrupted after some batches were written');
        },
      });
      await expect(failing).rejects.toThrow();
      expect(batches).toBe(3);
    } finally {
      await db.close();
    }
    expect(await graphFingerprint()).toBe(before);
  });
});

describe('access and size', () => {
  const noToken = testApp();
  const small = testApp({ API_TOKEN: token, IMPORT_MAX_MB: '1' });

  it('needs a signed-in analyst or a token (401, saying so) when the server has no API_TOKEN', async () => {
    const res = await request(noToken).post('/api/imports').send(bundle([]));
    expect(res.status).toBe(401);
    expect(res.body.error.message).toMatch(/signed-in analyst or an API token/);
  });

  it.each([
    ['no token', {}],
    ['a wrong token', { authorization: 'Bearer wrong-token-00000000000' }],
  ])('answers 401 with %s', async (_name, headers) => {
    const res = await request(app).post('/api/imports').set(headers).send(bundle([]));
    expect(res.status).toBe(401);
  });

  it('answers 413 naming the limit above IMPORT_MAX_MB', async () => {
    const res = await request(small)
      .post('/api/imports')
      .set('authorization', `Bearer ${token}`)
      .send(bundle([{ type: 'note', id: `note--${uuid(30)}`, content: 'x'.repeat(2 * 1024 * 1024) }]));
    expect(res.status).toBe(413);
    expect(res.body.error.message).toMatch(/1 MB/);
  });

  it('answers 413 to a bundle over the default 50 MB', async () => {
    const huge = JSON.stringify(bundle([{ type: 'note', id: `note--${uuid(31)}`, content: 'x'.repeat(51 * 1024 * 1024) }]));
    const res = await request(app).post('/api/imports').set('authorization', `Bearer ${token}`).set('content-type', 'application/json').send(huge);
    expect(res.status).toBe(413);
    expect(res.body.error.message).toMatch(/50 MB/);
  });
});
