// Analysts' claims against a real Neo4j: adding nodes and relationships with their source and confidence, new
// versions and the 409 of a stale or concurrent edit, retraction (hidden from views, kept as a record), bad input
// refused with nothing written, and the audit record each change appends.
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { newAccount, sessionCookieOf, siteHost, siteOrigin, testAccounts } from '../support/accounts.ts';
import { testApp } from '../support/app.ts';
import { reseed, testDriver } from '../support/neo4j.ts';

const accounts = testAccounts();
const app = testApp({ HOST: '0.0.0.0' });
const site = { host: siteHost, origin: siteOrigin };
const driver = testDriver();
let analyst: { username: string; password: string };
let other: { username: string; password: string };
let as: { analyst: Record<string, string>; other: Record<string, string>; viewer: Record<string, string>; admin: Record<string, string> };

beforeAll(async () => {
  await reseed();
  analyst = await newAccount(accounts, 'analyst');
  other = await newAccount(accounts, 'analyst');
  const viewer = await newAccount(accounts, 'viewer');
  const admin = await newAccount(accounts, 'admin');
  as = {
    analyst: { ...site, cookie: await sessionCookieOf(accounts, analyst) },
    other: { ...site, cookie: await sessionCookieOf(accounts, other) },
    viewer: { ...site, cookie: await sessionCookieOf(accounts, viewer) },
    admin: { ...site, cookie: await sessionCookieOf(accounts, admin) },
  };
});

const wallet = {
  kind: 'Launderer',
  name: 'Wallet 0xTEST-1',
  summary: 'A wallet that received part of the stolen funds, per the analyst’s tracing.',
  date: '2016-02',
  source: { title: 'Chain analysis note 7', reference: 'CASE-2026-07', date: '2026-11' },
  confidence: 'alleged',
};

async function post(path: string, body: object, headers: Record<string, string> = as.analyst) {
  return request(app).post(`/api/claims${path}`).set(headers).send(body);
}

async function count(query: string): Promise<number> {
  const { records } = await driver.executeQuery(query);
  return Number(records[0]!.get(0));
}

/** Nodes, relationships and audit records: what a refused request must leave as it was. */
async function footprint(): Promise<number[]> {
  return [
    await count('MATCH (n:Entity) RETURN count(n)'),
    await count('MATCH ()-[r]->() RETURN count(r)'),
    await count('MATCH (r:AuditRecord) RETURN count(r)'),
  ];
}

describe('adding claims', () => {
  it('adds a node with a new source: the analyst’s name on it, version 1, dated, and the source a node of its own', async () => {
    const res = await post('/nodes', wallet);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ id: 'wallet-0xtest-1', version: 1, sources: ['analyst-chain-analysis-note-7'] });
    expect(res.body.node.labels).toEqual(['Launderer']);
    expect(res.body.node.properties).toMatchObject({ name: wallet.name, confidence: 'alleged', claimedBy: analyst.username, version: 1 });
    const details = await request(app).get('/api/nodes/wallet-0xtest-1').set(as.viewer);
    expect(details.body.node.properties).toMatchObject({ timeFrom: '2016-02-01', timeTo: '2016-02-29', timePrecision: 'month' });
    expect(details.body.sources).toEqual([expect.objectContaining({ id: 'analyst-chain-analysis-note-7', name: 'Chain analysis note 7', kind: 'analyst' })]);
    const found = await request(app).get('/api/search?q=0xTEST').set(as.viewer);
    expect(found.body.results.map((r: { id: string }) => r.id)).toContain('wallet-0xtest-1');
  });

  it('gives a second node of the same name an id of its own', async () => {
    const res = await post('/nodes', { ...wallet, source: { id: 'analyst-chain-analysis-note-7' } });
    expect(res.body.id).toBe('wallet-0xtest-1-2');
  });

  it('adds a relationship citing a document’s source: it shows in the neighbourhood with its edge id', async () => {
    const res = await post('/relationships', {
      from: 'wallet-0xtest-1',
      to: 'lazarus-group',
      type: 'LAUNDERED_FOR',
      context: 'Traced from the heist’s transfers.',
      source: { id: 'hir-cybercrime-syndicate' },
      confidence: 'suspected',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.edge).toMatchObject({
      id: 'wallet-0xtest-1~LAUNDERED_FOR~lazarus-group',
      source: 'wallet-0xtest-1',
      target: 'lazarus-group',
      type: 'LAUNDERED_FOR',
    });
    const around = await request(app).get('/api/nodes/wallet-0xtest-1/neighbourhood').set(as.viewer);
    expect(around.body.edges.map((e: { id: string }) => e.id)).toContain('wallet-0xtest-1~LAUNDERED_FOR~lazarus-group');
  });

  it('records who added what, from which request, in the audit trail', async () => {
    const res = await request(app).get('/api/audit?entity=wallet-0xtest-1').set(as.viewer);
    expect(res.status).toBe(200);
    const [record] = res.body.records;
    expect(record).toMatchObject({ action: 'claim.create', actor: analyst.username, entity: 'wallet-0xtest-1', before: null });
    expect(record.after).toMatchObject({ name: wallet.name, confidence: 'alleged', sources: ['analyst-chain-analysis-note-7'] });
    expect(record.request).toMatch(/^[0-9a-f-]{36}$/);
    const source = await request(app).get('/api/audit?entity=analyst-chain-analysis-note-7').set(as.viewer);
    expect(source.body.records[0]).toMatchObject({ action: 'source.create', actor: analyst.username });
  });
});

describe('versions', () => {
  it('edits from the current version: a new version, the audit record has before and after', async () => {
    const res = await post('/wallet-0xtest-1/versions', { version: 1, confidence: 'reported', source: { id: 'pyongyang-papers-dprk-cybercrime' } }, as.other);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.version).toBe(2);
    expect(res.body.node.properties).toMatchObject({ confidence: 'reported', claimedBy: analyst.username, updatedBy: other.username });
    expect(res.body.sources).toEqual(['analyst-chain-analysis-note-7', 'pyongyang-papers-dprk-cybercrime']);
    const [record] = (await request(app).get('/api/audit?entity=wallet-0xtest-1').set(as.viewer)).body.records;
    expect(record).toMatchObject({ action: 'claim.edit', actor: other.username });
    expect(record.before).toMatchObject({ confidence: 'alleged', version: 1 });
    expect(record.after).toMatchObject({ confidence: 'reported', version: 2 });
  });

  it('answers a stale version with 409 and the current version, and writes nothing', async () => {
    const before = await footprint();
    const res = await post('/wallet-0xtest-1/versions', { version: 1, summary: 'An older idea of it.' });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('CONFLICT');
    expect(res.body.error.message).toMatch(/at version 2/);
    expect(res.body.error.current).toMatchObject({ id: 'wallet-0xtest-1', version: 2, node: { properties: { confidence: 'reported' } } });
    expect(await footprint()).toEqual(before);
  });

  it('lets exactly one of two simultaneous edits of one version through; the other gets 409', async () => {
    const answers = await Promise.all([
      post('/wallet-0xtest-1/versions', { version: 2, summary: 'First analyst’s reading.' }, as.analyst),
      post('/wallet-0xtest-1/versions', { version: 2, summary: 'Second analyst’s reading.' }, as.other),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    const winner = answers.find((a) => a.status === 200)!;
    const loser = answers.find((a) => a.status === 409)!;
    expect(loser.body.error.current.node.properties.summary).toBe(winner.body.node.properties.summary);
    const edits = (await request(app).get('/api/audit?entity=wallet-0xtest-1').set(as.viewer)).body.records.filter(
      (r: { action: string }) => r.action === 'claim.edit',
    );
    expect(edits).toHaveLength(2);
  });

  it('refuses to edit what documents state: 403, with the sources that state it', async () => {
    const res = await post('/lazarus-group/versions', { version: 1, summary: 'Rewritten.' });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toMatch(/stated by its sources .*record your own claim beside it/);
  });
});

describe('retraction', () => {
  it('hides a retracted relationship from views, keeps the record, and shows it with retracted=show', async () => {
    const id = 'wallet-0xtest-1~LAUNDERED_FOR~lazarus-group';
    const res = await post(`/${encodeURIComponent(id)}/retraction`, { version: 1, reason: 'The transfer was misattributed.' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.edge.properties).toMatchObject({ retracted: true, retractedBy: analyst.username, retractionReason: 'The transfer was misattributed.' });
    const hidden = await request(app).get('/api/nodes/wallet-0xtest-1/neighbourhood').set(as.viewer);
    expect(hidden.body.edges.map((e: { id: string }) => e.id)).not.toContain(id);
    const shown = await request(app).get('/api/nodes/wallet-0xtest-1/neighbourhood?retracted=show').set(as.viewer);
    expect(shown.body.edges.find((e: { id: string }) => e.id === id)?.properties.retracted).toBe(true);
    const paths = await request(app).get('/api/paths?from=wallet-0xtest-1&to=lazarus-group&maxHops=1').set(as.viewer);
    expect(paths.body.paths).toEqual([]);
    const again = await post(`/${encodeURIComponent(id)}/versions`, { version: 2, confidence: 'confirmed' });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toMatch(/was retracted/);
  });

  it('hides a retracted node from search, but its details still open', async () => {
    const res = await post('/wallet-0xtest-1-2/retraction', { version: 1, reason: 'A duplicate of wallet-0xtest-1.' });
    expect(res.status).toBe(200);
    const ids = async (extra = '') =>
      (await request(app).get(`/api/search?q=0xTEST${extra}`).set(as.viewer)).body.results.map((r: { id: string }) => r.id) as string[];
    expect(await ids()).not.toContain('wallet-0xtest-1-2');
    expect(await ids('&retracted=show')).toContain('wallet-0xtest-1-2');
    expect((await request(app).get('/api/nodes/wallet-0xtest-1-2').set(as.viewer)).body.node.properties.retracted).toBe(true);
  });
});

describe('bad input and abuse: a clear 4xx, nothing written', () => {
  const cases: [string, string, object, number, RegExp][] = [
    ['no source', '/nodes', { ...wallet, source: undefined }, 400, /source/],
    ['a bad confidence', '/nodes', { ...wallet, confidence: 'certain' }, 400, /confidence must be one of/],
    ['no confidence', '/nodes', { ...wallet, confidence: undefined }, 400, /confidence/],
    ['an unknown source id', '/nodes', { ...wallet, source: { id: 'no-such-source' } }, 400, /No Source has the id 'no-such-source'/],
    ['a new source without url or reference', '/nodes', { ...wallet, source: { title: 'x', date: '2026' } }, 400, /url or a reference/],
    ['a new source without a date: the field is named', '/nodes', { ...wallet, source: { title: 'x', url: 'https://example.org' } }, 400, /^source\.date: /],
    ['a javascript: url', '/nodes', { ...wallet, source: { title: 'x', url: 'javascript:alert(1)', date: '2026' } }, 400, /http or https/],
    ['a malformed date', '/nodes', { ...wallet, date: '2016-02-30' }, 400, /date must be a real year/],
    ['an unknown kind', '/nodes', { ...wallet, kind: 'Spaceship' }, 400, /kind/],
    ['an unknown field', '/nodes', { ...wallet, claimedBy: 'someone-else' }, 400, /claimedBy/],
    ['a huge name', '/nodes', { ...wallet, name: 'x'.repeat(201) }, 400, /at most 200/],
    [
      'an unknown end',
      '/relationships',
      { from: 'nobody-here', to: 'lazarus-group', type: 'USED', source: { id: 'hir-cybercrime-syndicate' }, confidence: 'alleged' },
      404,
      /nobody-here/,
    ],
    [
      'a bad type',
      '/relationships',
      { from: 'wallet-0xtest-1', to: 'lazarus-group', type: 'used; DROP', source: { id: 'hir-cybercrime-syndicate' }, confidence: 'alleged' },
      400,
      /upper-case/,
    ],
    ['an unknown claim', '/no-such-node/versions', { version: 1, summary: 'x' }, 404, /no-such-node/],
    ['an edit without changes', '/wallet-0xtest-1/versions', { version: 3 }, 400, /Nothing to change/],
    ['a retraction without reason', '/wallet-0xtest-1/retraction', { version: 3 }, 400, /reason/],
  ];
  for (const [what, path, body, status, message] of cases) {
    it(`refuses ${what}`, async () => {
      const before = await footprint();
      const res = await post(path, body);
      expect(res.status, JSON.stringify(res.body)).toBe(status);
      expect(res.body.error.message).toMatch(message);
      expect(await footprint()).toEqual(before);
    });
  }

  it('refuses a viewer (403), an anonymous caller (401) and a cross-site page (403)', async () => {
    const before = await footprint();
    expect((await post('/nodes', wallet, as.viewer)).status).toBe(403);
    expect((await request(app).post('/api/claims/nodes').set({ host: siteHost, origin: siteOrigin }).send(wallet)).status).toBe(401);
    expect((await post('/nodes', wallet, { ...as.analyst, origin: 'https://evil.example' })).status).toBe(403);
    expect(await footprint()).toEqual(before);
  });

  it('keeps script in a text field as the text it is', async () => {
    const script = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const res = await post('/nodes', { ...wallet, name: script, summary: script, aliases: [script] });
    expect(res.status).toBe(200);
    const details = await request(app).get(`/api/nodes/${res.body.id}`).set(as.viewer);
    expect(details.body.node.name).toBe(script);
    expect(details.body.node.properties.summary).toBe(script);
  });
});

describe('the audit trail', () => {
  it('filters by user; account administration is listed to admins only', async () => {
    const mine = (await request(app).get(`/api/audit?user=${other.username}`).set(as.viewer)).body.records;
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((r: { actor: string }) => r.actor === other.username)).toBe(true);
    const viewerSees = (await request(app).get('/api/audit?limit=500').set(as.viewer)).body.records.map((r: { action: string }) => r.action);
    expect(viewerSees.some((a: string) => a.startsWith('account.'))).toBe(false);
    const adminSees = (await request(app).get(`/api/audit?entity=${analyst.username}`).set(as.admin)).body.records;
    expect(adminSees[0]).toMatchObject({ action: 'account.create', entity: analyst.username, after: { username: analyst.username, role: 'analyst' } });
    expect(JSON.stringify(adminSees)).not.toMatch(/argon2|passwordHash|secretHash/);
  });

  it('pages backwards with nextBefore and refuses a malformed time', async () => {
    const first = (await request(app).get('/api/audit?limit=2').set(as.viewer)).body;
    expect(first.records).toHaveLength(2);
    const next = (await request(app).get(`/api/audit?limit=2&before=${first.nextBefore}`).set(as.viewer)).body;
    expect(next.records[0].seq).toBeLessThan(first.records[1].seq);
    const bad = await request(app).get('/api/audit?since=yesterday').set(as.viewer);
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/since must be an ISO date-time/);
  });
});
