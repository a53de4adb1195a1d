// Case files against a real Neo4j: who may see and change a case (members only; to anyone else it does not exist),
// saved views, notes with versions and 409s, a walkthrough recorded step by step and played like a built-in one, the
// step that lost an element to a retraction, the walkthrough exported as a file the loader accepts, the brief, the
// STIX report (valid against OASIS's schemas), the audit records, and the console kept away from cases.
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseWalkthrough } from '../../server/services/walkthrough-files.ts';
import { newAccount, sessionCookieOf, siteHost, siteOrigin, testAccounts } from '../support/accounts.ts';
import { testApp } from '../support/app.ts';
import { reseed, testDriver } from '../support/neo4j.ts';
import { stixValidator } from '../support/stix-schemas.ts';

const accounts = testAccounts();
const app = testApp({ HOST: '0.0.0.0' });
const site = { host: siteHost, origin: siteOrigin };
const driver = testDriver();
const validate = stixValidator();
type Headers = Record<string, string>;
const as = {} as Record<'owner' | 'editor' | 'reader' | 'outsider' | 'admin', Headers>;
const names = {} as Record<keyof typeof as, string>;

beforeAll(async () => {
  await reseed();
  for (const [who, role] of [
    ['owner', 'analyst'],
    ['editor', 'analyst'],
    ['reader', 'viewer'],
    ['outsider', 'analyst'],
    ['admin', 'admin'],
  ] as const) {
    const account = await newAccount(accounts, role);
    names[who] = account.username;
    as[who] = { ...site, cookie: await sessionCookieOf(accounts, account) };
  }
});

const get = (path: string, headers: Headers) => request(app).get(`/api${path}`).set(headers);
const post = (path: string, body: object, headers: Headers) => request(app).post(`/api${path}`).set(headers).send(body);

async function caseCount(): Promise<number> {
  const { records } = await driver.executeQuery('MATCH (n) WHERE n:Case OR n:CaseView OR n:CaseNote RETURN count(n) AS n');
  return Number(records[0]!.get('n'));
}

async function newCase(title = 'Bangladesh Bank heist') {
  const res = await post(
    '/cases',
    {
      title,
      summary: 'How the February 2016 heist was carried out and where the money went.',
      members: [
        { username: names.editor, access: 'edit' },
        { username: names.reader, access: 'read' },
      ],
    },
    as.owner,
  );
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as { case: { id: string; version: number }; walkthrough: { version: number } };
}

/** Three steps recorded from views of the seeded heist, each resting on the HIR article. */
const recordedSteps = [
  {
    title: 'The group',
    narrative: 'The Lazarus Group carried out the heist.',
    nodes: ['lazarus-group', 'bangladesh-bank-heist-2016'],
    edges: ['lazarus-group~CONDUCTED~bangladesh-bank-heist-2016'],
  },
  {
    title: 'The bank',
    narrative: 'The heist targeted the Bangladesh Bank.',
    nodes: ['bangladesh-bank-heist-2016', 'bangladesh-bank'],
    edges: ['bangladesh-bank-heist-2016~TARGETED~bangladesh-bank'],
  },
  {
    title: 'The casinos',
    narrative: 'The money was sent on to Manila’s casinos.',
    nodes: ['bangladesh-bank-heist-2016', 'manila-casino-industry'],
    edges: ['bangladesh-bank-heist-2016~TRANSFERRED_TO~manila-casino-industry'],
  },
].map((step) => ({
  ...step,
  sources: ['hir-cybercrime-syndicate'],
  focus: [step.nodes[1]!],
  highlight: step.edges,
  layout: 'breadthfirst',
  view: `n=${step.nodes[1]}&ts=2016`,
}));

describe('who sees a case', () => {
  it('lists a case to its members only, and to anyone else it does not exist', async () => {
    const { case: c } = await newCase();
    for (const who of ['owner', 'editor', 'reader'] as const) {
      const list = await get('/cases', as[who]);
      expect(list.body.cases.map((item: { id: string }) => item.id)).toContain(c.id);
    }
    expect((await get('/cases', as.outsider)).body.cases.map((item: { id: string }) => item.id)).not.toContain(c.id);
    const outsider = await get(`/cases/${c.id}`, as.outsider);
    expect(outsider.status).toBe(404);
    expect(outsider.body.error.message).toMatch(/does not exist, or you are not one of its members/);
    // Not even an admin reads a case without being a member.
    expect((await get(`/cases/${c.id}`, as.admin)).status).toBe(404);
    for (const path of ['/walkthrough', '/brief', '/stix', '/walkthrough/file']) expect((await get(`/cases/${c.id}${path}`, as.outsider)).status).toBe(404);
  });

  it('lets a reader read but not change, and an outsider neither; nothing is written', async () => {
    const { case: c } = await newCase();
    expect((await get(`/cases/${c.id}`, as.reader)).status).toBe(200);
    const before = await caseCount();
    const byReader = await post(`/cases/${c.id}/notes`, { target: { kind: 'case' }, body: 'A reader’s note' }, as.reader);
    expect(byReader.status).toBe(403);
    const byOutsider = await post(`/cases/${c.id}/notes`, { target: { kind: 'case' }, body: 'An outsider’s note' }, as.outsider);
    expect(byOutsider.status).toBe(404);
    expect(await caseCount()).toBe(before);
  });

  it('finds cases by their title, and only the owner changes the members', async () => {
    const { case: c } = await newCase('Sony Pictures 2014');
    const found = await get('/cases?q=sony pictures', as.editor);
    expect(found.body.cases.map((item: { id: string }) => item.id)).toEqual([c.id]);
    const byEditor = await post(`/cases/${c.id}/versions`, { version: 1, members: [] }, as.editor);
    expect(byEditor.status).toBe(403);
    const unknown = await post(`/cases/${c.id}/versions`, { version: 1, members: [{ username: 'nobody-here', access: 'read' }] }, as.owner);
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toMatch(/nobody-here/);
    const removed = await post(`/cases/${c.id}/versions`, { version: 1, members: [{ username: names.editor, access: 'edit' }] }, as.owner);
    expect(removed.status, JSON.stringify(removed.body)).toBe(200);
    expect((await get(`/cases/${c.id}`, as.reader)).status).toBe(404);
  });
});

describe('views and notes', () => {
  it('saves a view with its thumbnail, deletes it, and a second deletion says it is gone', async () => {
    const { case: c } = await newCase();
    const thumbnail = `data:image/jpeg;base64,${Buffer.from('not really a jpeg').toString('base64')}`;
    const saved = await post(`/cases/${c.id}/views`, { title: 'The heist', state: 'n=bangladesh-bank-heist-2016&d=2', thumbnail }, as.editor);
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const view = saved.body.views[0];
    expect(view).toMatchObject({ title: 'The heist', state: 'n=bangladesh-bank-heist-2016&d=2', thumbnail, createdBy: names.editor });
    const script = await post(`/cases/${c.id}/views`, { title: 'x', state: 'n=a', thumbnail: 'javascript:alert(1)' }, as.editor);
    expect(script.status).toBe(400);
    expect((await post(`/cases/${c.id}/views/${view.id}/deletion`, {}, as.owner)).body.views).toEqual([]);
    const again = await post(`/cases/${c.id}/views/${view.id}/deletion`, {}, as.owner);
    expect(again.status).toBe(404);
    expect(again.body.error.message).toMatch(/deleted, or never was/);
  });

  it('keeps script in a note as text, versions edits, and answers a stale edit with 409 and the current note', async () => {
    const { case: c } = await newCase();
    const body = 'The SWIFT messages were sent on a **Friday**. <script>alert(1)</script> See [[bangladesh-bank]].';
    const added = await post(`/cases/${c.id}/notes`, { target: { kind: 'node', id: 'bangladesh-bank' }, body }, as.owner);
    expect(added.status, JSON.stringify(added.body)).toBe(200);
    const note = added.body.notes[0];
    expect(note).toMatchObject({ body, version: 1, author: names.owner, target: { kind: 'node', id: 'bangladesh-bank' } });
    const edited = await post(`/cases/${c.id}/notes/${note.id}/versions`, { version: 1, body: 'Sent on a Friday, per HIR.' }, as.editor);
    expect(edited.body.notes[0]).toMatchObject({ version: 2, updatedBy: names.editor, author: names.owner });
    const stale = await post(`/cases/${c.id}/notes/${note.id}/versions`, { version: 1, body: 'An edit from the old version' }, as.owner);
    expect(stale.status).toBe(409);
    expect(stale.body.error.current).toMatchObject({ version: 2, body: 'Sent on a Friday, per HIR.' });
  });

  it('refuses a huge note and a note without a target id, writing nothing', async () => {
    const { case: c } = await newCase();
    const before = await caseCount();
    const huge = await post(`/cases/${c.id}/notes`, { target: { kind: 'case' }, body: 'x'.repeat(20_001) }, as.owner);
    expect(huge.status).toBe(400);
    expect(huge.body.error.message).toMatch(/at most 20000 characters/);
    expect((await post(`/cases/${c.id}/notes`, { target: { kind: 'node' }, body: 'On what?' }, as.owner)).status).toBe(400);
    // A whole walkthrough with its pictures may be a few MB; a body past the 4 MB limit is refused before it is read.
    const picture = `data:image/png;base64,${'A'.repeat(199_000)}`;
    const tooBig = await post(
      `/cases/${c.id}/walkthrough`,
      { version: 0, steps: Array.from({ length: 25 }, () => ({ ...recordedSteps[0], picture })) },
      as.owner,
    );
    expect(tooBig.status).toBe(413);
    expect(await caseCount()).toBe(before);
  });
});

describe('a walkthrough written in the case', () => {
  it('records three steps, plays them like a built-in walkthrough, and reorders them', async () => {
    const { case: c } = await newCase();
    const saved = await post(`/cases/${c.id}/walkthrough`, { version: 0, steps: recordedSteps }, as.owner);
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.walkthrough.version).toBe(1);
    const played = await get(`/cases/${c.id}/walkthrough`, as.reader);
    expect(played.status).toBe(200);
    expect(played.body.id).toBe(`case:${c.id}`);
    expect(played.body.steps.map((step: { title: string }) => step.title)).toEqual(['The group', 'The bank', 'The casinos']);
    const [first] = played.body.steps;
    expect(first.graph.nodes.map((n: { id: string }) => n.id).sort()).toEqual(['bangladesh-bank-heist-2016', 'lazarus-group']);
    expect(first.graph.edges.map((e: { id: string }) => e.id)).toEqual(['lazarus-group~CONDUCTED~bangladesh-bank-heist-2016']);
    expect(first).toMatchObject({
      missing: [],
      view: 'n=bangladesh-bank-heist-2016&ts=2016',
      sources: [expect.objectContaining({ id: 'hir-cybercrime-syndicate' })],
    });

    const steps = saved.body.walkthrough.steps;
    const reordered = await post(`/cases/${c.id}/walkthrough`, { version: 1, steps: [steps[2], steps[0], steps[1]] }, as.editor);
    expect(reordered.body.walkthrough.steps.map((step: { title: string }) => step.title)).toEqual(['The casinos', 'The group', 'The bank']);
    const stale = await post(`/cases/${c.id}/walkthrough`, { version: 1, steps: [] }, as.owner);
    expect(stale.status).toBe(409);
    expect(stale.body.error.current.steps).toHaveLength(3);
  });

  it('checks steps as the walkthrough files are checked, naming the step', async () => {
    const { case: c } = await newCase();
    const noSource = await post(`/cases/${c.id}/walkthrough`, { version: 0, steps: [{ ...recordedSteps[0], sources: [] }] }, as.owner);
    expect(noSource.status).toBe(400);
    expect(noSource.body.error.message).toMatch(/step 1: sources: name at least one Source/);
    const writing = await post(
      `/cases/${c.id}/walkthrough`,
      { version: 0, steps: [{ ...recordedSteps[0], nodes: undefined, edges: undefined, query: "CREATE (n:Entity {id: 'x'}) RETURN n" }] },
      as.owner,
    );
    expect(writing.status).toBe(400);
    expect(writing.body.error.message).toMatch(/step 1: query/);
    expect((await get(`/cases/${c.id}`, as.owner)).body.walkthrough.version).toBe(0);
  });

  it('copies a built-in walkthrough, exports it as a file the loader accepts', async () => {
    const { case: c } = await newCase();
    const builtIn = (await get('/walkthroughs/bangladesh-bank-heist', as.owner)).body;
    const copied = builtIn.steps.map((step: Record<string, unknown>) => ({
      title: step.title,
      narrative: step.narrative,
      sources: (step.sources as { id: string }[]).map((source) => source.id),
      query: step.query,
      params: step.params,
      focus: step.focus,
      highlight: step.highlight,
      layout: step.layout,
    }));
    const saved = await post(
      `/cases/${c.id}/walkthrough`,
      { version: 0, title: 'The heist, retold', steps: [...copied.slice(0, 2), recordedSteps[2]] },
      as.owner,
    );
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const file = await get(`/cases/${c.id}/walkthrough/file`, as.reader);
    expect(file.status).toBe(200);
    expect(file.headers['content-disposition']).toMatch(/attachment/);
    const parsed = parseWalkthrough('case.yaml', file.text);
    expect(parsed.problems).toEqual([]);
    expect(parsed.walkthrough).toMatchObject({ id: 'the-heist-retold', title: 'The heist, retold' });
    expect(parsed.walkthrough!.steps).toHaveLength(3);
    expect(parsed.walkthrough!.steps[0]!.query).toBe(builtIn.steps[0].query);
  });

  it('opens a step whose element was retracted since, and says what is missing', async () => {
    const claim = await post(
      '/claims/nodes',
      { kind: 'Launderer', name: 'Case test wallet', source: { id: 'hir-cybercrime-syndicate' }, confidence: 'alleged' },
      as.owner,
    );
    expect(claim.status, JSON.stringify(claim.body)).toBe(200);
    const { case: c } = await newCase();
    const step = { ...recordedSteps[0], nodes: [...recordedSteps[0]!.nodes, claim.body.id] };
    expect((await post(`/cases/${c.id}/walkthrough`, { version: 0, steps: [step] }, as.owner)).status).toBe(200);
    expect((await get(`/cases/${c.id}/walkthrough`, as.owner)).body.steps[0].missing).toEqual([]);
    expect((await post(`/claims/${claim.body.id}/retraction`, { version: 1, reason: 'Not the heist’s wallet' }, as.owner)).status).toBe(200);
    const played = (await get(`/cases/${c.id}/walkthrough`, as.owner)).body.steps[0];
    expect(played.missing).toEqual([claim.body.id]);
    expect(played.graph.nodes.map((n: { id: string }) => n.id).sort()).toEqual(['bangladesh-bank-heist-2016', 'lazarus-group']);
  });
});

describe('handing over', () => {
  it('writes a brief with each step’s claims, their confidence, and a bibliography', async () => {
    const { case: c } = await newCase();
    await post(`/cases/${c.id}/walkthrough`, { version: 0, steps: recordedSteps }, as.owner);
    await post(`/cases/${c.id}/notes`, { target: { kind: 'case' }, body: 'Most of the billion was stopped.' }, as.owner);
    const brief = await get(`/cases/${c.id}/brief`, as.reader);
    expect(brief.status).toBe(200);
    expect(brief.body.steps).toHaveLength(3);
    expect(brief.body.steps[1].claims).toEqual([
      expect.objectContaining({ id: 'bangladesh-bank-heist-2016~TARGETED~bangladesh-bank', text: expect.stringMatching(/ — TARGETED → Bangladesh Bank/) }),
    ]);
    expect(brief.body.steps[1].claims[0].confidence).toMatch(/confirmed|reported|alleged|suspected/);
    expect(brief.body.sources.map((source: { id: string }) => source.id)).toContain('hir-cybercrime-syndicate');
    expect(brief.body.notes.map((note: { body: string }) => note.body)).toEqual(['Most of the billion was stopped.']);
  });

  it('exports the case as a STIX report with its notes, valid against the OASIS schemas', async () => {
    const { case: c } = await newCase();
    await post(`/cases/${c.id}/walkthrough`, { version: 0, steps: recordedSteps }, as.owner);
    await post(`/cases/${c.id}/notes`, { target: { kind: 'node', id: 'lazarus-group' }, body: 'Also known as **APT38** to some.' }, as.owner);
    await post(`/cases/${c.id}/notes`, { target: { kind: 'case' }, body: 'The brief for the bank’s insurers.' }, as.owner);
    const res = await get(`/cases/${c.id}/stix`, as.reader);
    expect(res.status).toBe(200);
    const bundle = JSON.parse(res.text) as { objects: (Record<string, unknown> & { type: string; id: string })[] };
    const problems = bundle.objects.flatMap((object) => validate(object).map((problem) => `${object.type} ${object.id}: ${problem}`));
    expect(problems).toEqual([]);
    const report = bundle.objects.find((object) => object.type === 'report')!;
    expect(report).toMatchObject({ name: 'Bangladesh Bank heist', report_types: ['threat-report'] });
    const ids = new Set(bundle.objects.map((object) => object.id));
    expect((report.object_refs as string[]).every((id) => ids.has(id))).toBe(true);
    // The three relationships the steps draw, and any others among the same nodes, as a view's export has them.
    expect(bundle.objects.filter((object) => object.type === 'relationship').length).toBeGreaterThanOrEqual(3);
    const notes = bundle.objects.filter((object) => object.type === 'note');
    expect(notes).toHaveLength(2);
    const lazarus = bundle.objects.find((object) => object.type === 'intrusion-set' && object.name === 'Lazarus Group')!;
    expect(notes.map((note) => note.object_refs)).toEqual(expect.arrayContaining([[lazarus.id], [report.id]]));
    // The same case exports with the same report id.
    const again = JSON.parse((await get(`/cases/${c.id}/stix`, as.owner)).text) as typeof bundle;
    expect(again.objects.find((object) => object.type === 'report')!.id).toBe(report.id);
  });
});

describe('the audit trail and the console', () => {
  it('audits every change of a case, shown to admins and not to other readers of the trail', async () => {
    const { case: c } = await newCase();
    await post(`/cases/${c.id}/notes`, { target: { kind: 'case' }, body: 'Audited note' }, as.owner);
    const forAdmin = await get(`/audit?entity=${c.id}`, as.admin);
    expect(forAdmin.body.records.map((record: { action: string }) => record.action)).toEqual(['case.create']);
    const byOwner = await get(`/audit?user=${names.owner}`, as.admin);
    expect(byOwner.body.records.map((record: { action: string }) => record.action)).toContain('case.note.add');
    const forViewer = await get(`/audit?user=${names.owner}`, as.reader);
    expect(forViewer.body.records.filter((record: { action: string }) => record.action.startsWith('case.'))).toEqual([]);
  });

  it('keeps the console away from cases, by name and by reaching them', async () => {
    const { case: c } = await newCase();
    await post(`/cases/${c.id}/notes`, { target: { kind: 'case' }, body: 'Only for members' }, as.owner);
    const named = await post('/cypher', { query: 'MATCH (c:Case) RETURN c.title' }, as.admin);
    expect(named.status).toBe(403);
    // Reaching the notes as plain values, without naming a label, an escape, an internal id or a computed label.
    for (const [query, params] of [
      ['MATCH (n) WHERE n.body IS NOT NULL RETURN n.body AS text', {}],
      ['MATCH (n:!Entity) RETURN n.body AS text', {}],
      ['MATCH (n:`\\u0043aseNote`) RETURN n.body AS text', {}],
      ['MATCH (n:$($label)) RETURN n.body AS text', { label: 'CaseNote' }],
      ['UNWIND range(0, 100000) AS i MATCH (n) WHERE id(n) = i RETURN n.body AS text', {}],
      ['MATCH (n:Entity|CaseNote) RETURN n.body AS text', {}],
    ] as const) {
      const res = await post('/cypher', { query, params }, as.reader);
      expect(res.status, `${query}: ${JSON.stringify(res.body)}`).toBe(403);
      expect(JSON.stringify(res.body)).not.toContain('Only for members');
    }
    // Starting from a label, as every evidence query can, still works.
    const labelled = await post('/cypher', { query: "MATCH (n:Entity) WHERE n.name CONTAINS 'Lazarus' RETURN n.name AS name" }, as.reader);
    expect(labelled.status, JSON.stringify(labelled.body)).toBe(200);
    expect(labelled.body.rows.length).toBeGreaterThan(0);
  });
});
