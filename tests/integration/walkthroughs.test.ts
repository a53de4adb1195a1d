import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { createDatabase } from '../../server/db/database.ts';
import { WalkthroughListResponse, WalkthroughResponse, type WalkthroughStep } from '../../contract/api.ts';
import { loadWalkthroughs } from '../../server/services/walkthrough-files.ts';
import { importShippedBundle } from '../../scripts/import.ts';
import { testApp, testConfig } from '../support/app.ts';
import { graphFingerprint, reseed, testDriver } from '../support/neo4j.ts';

const app = testApp();
/** The real folder, read as the server reads it: the authored source ids, focus and highlight to check against. */
const authored = loadWalkthroughs();
let before: string;
let sourceIds: Set<string>;

beforeAll(async () => {
  // The graph a new user gets from `npm start`: the seed, then ATT&CK's bundle.
  await reseed();
  await importShippedBundle(inject('neo4j'));
  before = await graphFingerprint();
  const { records } = await testDriver().executeQuery('MATCH (s:Source) RETURN s.id AS id');
  sourceIds = new Set(records.map((r) => r.get('id') as string));
});

afterAll(async () => {
  // Every step query ran read-only: the graph is exactly as seeded.
  expect(await graphFingerprint()).toBe(before);
});

describe('GET /api/walkthroughs', () => {
  it('lists every walkthrough of cypher/walkthroughs, at least six, with zero problems', async () => {
    const res = await request(app).get('/api/walkthroughs');
    expect(res.status).toBe(200);
    expect(res.body.problems).toEqual([]);
    expect(res.body.walkthroughs.length).toBeGreaterThanOrEqual(6);
    expect(res.body.walkthroughs.map((w: { id: string }) => w.id)).toEqual(authored.walkthroughs.map((w) => w.id));
  });

  it('answers the contract shape: id, title, summary and step count', async () => {
    const res = await request(app).get('/api/walkthroughs');
    const body = WalkthroughListResponse.strict().parse(res.body);
    for (const item of body.walkthroughs) {
      expect(Object.keys(item).sort()).toEqual(['id', 'steps', 'summary', 'title']);
      const spec = authored.walkthroughs.find((w) => w.id === item.id)!;
      expect(item).toEqual({ id: spec.id, title: spec.title, summary: spec.summary, steps: spec.steps.length });
      expect(item.steps, item.id).toBeGreaterThanOrEqual(3);
      expect(item.steps, item.id).toBeLessThanOrEqual(6);
    }
  });

  it('covers the six required stories', () => {
    const ids = authored.walkthroughs.map((w) => w.id);
    expect(ids).toEqual(
      expect.arrayContaining(['lazarus-names', 'bangladesh-bank-heist', 'following-the-money-2018', 'sony-to-indictments', 'crypto-turn', 'china-role']),
    );
  });

  it('is in the OpenAPI document', async () => {
    const res = await request(app).get('/api/openapi.json');
    expect(res.body.paths['/api/walkthroughs'].get.responses['200']).toBeDefined();
    expect(res.body.paths['/api/walkthroughs/{id}'].get.responses['404']).toBeDefined();
  });
});

describe('GET /api/walkthroughs/:id', () => {
  it('answers 404 NOT_FOUND for an unknown id', async () => {
    const res = await request(app).get('/api/walkthroughs/no-such-walkthrough');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('NOT_FOUND');
    expect(res.body.error.message).toContain('no-such-walkthrough');
  });

  it('answers 400 for an id that cannot be one', async () => {
    const res = await request(app).get('/api/walkthroughs/not%20an%20id');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('BAD_REQUEST');
  });
});

describe.each(authored.walkthroughs)('walkthrough $id', (spec) => {
  let body: WalkthroughResponse;

  beforeAll(async () => {
    const res = await request(app).get(`/api/walkthroughs/${spec.id}`);
    expect(res.status).toBe(200);
    body = WalkthroughResponse.parse(res.body);
  });

  it('answers its title, summary and every step in order, in the contract shape', () => {
    expect(body.id).toBe(spec.id);
    expect(body.title).toBe(spec.title);
    expect(body.summary).toBe(spec.summary);
    expect(body.steps.map((s) => s.title)).toEqual(spec.steps.map((s) => s.title));
  });

  describe.each(spec.steps.map((step, i) => ({ n: i + 1, title: step.title, step })))('step $n: $title', ({ n, step }) => {
    const answer = (): WalkthroughStep => body.steps[n - 1]!;

    it('runs its query read-only and draws a non-empty graph', () => {
      expect(answer().error).toBeUndefined();
      expect(answer().query).toBe(step.query);
      expect(answer().graph.nodes.length).toBeGreaterThan(0);
      expect(answer().truncated).toBe(false);
    });

    it('has every focus id among the graph nodes', () => {
      const nodes = new Set(answer().graph.nodes.map((node) => node.id));
      expect(step.focus.filter((id) => !nodes.has(id))).toEqual([]);
      expect(answer().focus).toEqual(step.focus);
    });

    it('has every highlight id among the graph nodes or edges', () => {
      const ids = new Set([...answer().graph.nodes.map((node) => node.id), ...answer().graph.edges.map((edge) => edge.id)]);
      expect(step.highlight.filter((id) => !ids.has(id))).toEqual([]);
    });

    it('rests on Source nodes that exist, returned with name and publisher', () => {
      expect(step.sources.filter((id) => !sourceIds.has(id))).toEqual([]);
      expect(answer().sources.map((source) => source.id)).toEqual(step.sources);
      for (const source of answer().sources) {
        expect(source.name, source.id).not.toBe(source.id);
        expect(source.publisher, source.id).toBeTruthy();
      }
    });

    it('says which layout to draw it with', () => {
      expect(answer().layout).toBe(step.layout ?? 'fcose');
    });
  });
});

describe('a walkthroughs folder with broken files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'walkthroughs-'));
  const step = (query: string) => `  - title: Step
    narrative: From the documents.
    sources: [hir-cybercrime-syndicate]
    query: |-
      ${query}
    focus: [lazarus-group]
`;
  const file = (id: string, ...queries: string[]) => `id: ${id}\ntitle: ${id}\nsummary: A test.\nsteps:\n${queries.map(step).join('')}`;
  writeFileSync(join(dir, 'good.yaml'), file('good', "MATCH p = (:Alias)-[:ALIAS_OF]->(:Actor {id: 'lazarus-group'}) RETURN p"));
  writeFileSync(join(dir, 'bad-yaml.yaml'), 'id: bad-yaml\ntitle: "unclosed\n');
  writeFileSync(join(dir, 'missing.yaml'), 'id: missing\ntitle: No summary or steps\n');
  writeFileSync(
    join(dir, 'writes.yaml'),
    file('writes', "MATCH (n {id: 'lazarus-group'}) RETURN n", "MATCH (n {id: 'lazarus-group'}) SET n.name = 'pwned' RETURN n"),
  );
  writeFileSync(join(dir, 'fails-at-run.yaml'), file('fails-at-run', "MATCH (n:Entity {id: 'lazarus-group'}) RETURN n", 'MATCH (n) RETURN n LIMT 3'));

  const logged: { level: number; msg: string; walkthrough?: { file: string; step?: number } }[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) logged.push(JSON.parse(line));
      done();
    },
  });
  const config = testConfig();
  const db = createDatabase(config);
  afterAll(async () => {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const broken = createApp({ config, db, logger: pino({ level: 'warn' }, sink), walkthroughsDir: dir });

  it('lists the sound walkthroughs and reports each broken file by file and step', async () => {
    const res = await request(broken).get('/api/walkthroughs');
    expect(res.status).toBe(200);
    expect(res.body.walkthroughs.map((w: { id: string }) => w.id).sort()).toEqual(['fails-at-run', 'good']);
    const problems = res.body.problems as { file: string; step?: number; message: string }[];
    expect(problems.map((p) => p.file).sort()).toEqual(['bad-yaml.yaml', 'missing.yaml', 'missing.yaml', 'writes.yaml']);
    expect(problems.find((p) => p.file === 'bad-yaml.yaml')!.message).toMatch(/^Not valid YAML/);
    expect(
      problems
        .filter((p) => p.file === 'missing.yaml')
        .map((p) => p.message)
        .sort(),
    ).toEqual(['steps: is required', 'summary: is required']);
    expect(problems.find((p) => p.file === 'writes.yaml')).toEqual({
      file: 'writes.yaml',
      step: 2,
      message: 'query: SET is not allowed: the console only reads the graph.',
    });
  });

  it('logs each problem as a warning naming the file and step', () => {
    const warnings = logged.filter((line) => line.level === 40 && line.walkthrough);
    expect(warnings).toHaveLength(4);
    expect(warnings.find((line) => line.walkthrough?.file === 'writes.yaml')).toMatchObject({
      walkthrough: { file: 'writes.yaml', step: 2 },
      msg: expect.stringContaining('writes.yaml step 2: query: SET is not allowed'),
    });
  });

  it('answers 404 for a walkthrough that did not load, and serves the good one', async () => {
    expect((await request(broken).get('/api/walkthroughs/writes')).status).toBe(404);
    const good = await request(broken).get('/api/walkthroughs/good');
    expect(good.status).toBe(200);
    expect(good.body.steps[0].graph.nodes.length).toBeGreaterThan(1);
    expect(good.body.steps[0].sources[0]).toMatchObject({ id: 'hir-cybercrime-syndicate', publisher: 'Harvard International Review' });
  });

  it("returns a step whose query Neo4j rejects with the error and an empty graph, and the walkthrough's other steps", async () => {
    const res = await request(broken).get('/api/walkthroughs/fails-at-run');
    expect(res.status).toBe(200);
    expect(res.body.steps[0].error).toBeUndefined();
    expect(res.body.steps[0].graph.nodes.map((n: { id: string }) => n.id)).toEqual(['lazarus-group']);
    expect(res.body.steps[1].error).toMatchObject({ code: 'QUERY_ERROR', message: expect.stringContaining("Invalid input 'LIMT'") });
    expect(res.body.steps[1].graph).toEqual({ nodes: [], edges: [] });
  });
});

describe('with Neo4j unreachable', () => {
  const config = testConfig({ NEO4J_URI: 'bolt://127.0.0.1:1' });
  const db = createDatabase(config);
  afterAll(() => db.close());
  const down = createApp({ config, db, logger: pino({ level: 'silent' }) });

  it('still lists walkthroughs, and answers a walkthrough with 503', async () => {
    expect((await request(down).get('/api/walkthroughs')).status).toBe(200);
    const res = await request(down).get(`/api/walkthroughs/${authored.walkthroughs[0]!.id}`);
    expect(res.status).toBe(503);
    expect(res.body.error.code).toBe('DATABASE_UNAVAILABLE');
  });
});
