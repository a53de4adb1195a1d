import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../support/app.ts';
import { reseed, testDriver } from '../support/neo4j.ts';

const app = testApp();
beforeAll(() => reseed());

async function search(q: string, extra = '') {
  const res = await request(app).get(`/api/search?q=${encodeURIComponent(q)}${extra}`);
  expect(res.status).toBe(200);
  return res.body.results as { id: string; name: string; labels: string[]; score: number; matched: string; matchedField: string }[];
}

describe('GET /api/search', () => {
  it.each([
    ['HIDDEN COBRA', 'HIDDEN COBRA'],
    ['hidden cobra', 'HIDDEN COBRA'],
    ['Guardians of Peace', 'Guardians of Peace'],
    ['guardians of peace', 'Guardians of Peace'],
    ['WhoIs Team', 'WhoIs Team'],
    ['whois team', 'WhoIs Team'],
    ['APT38', 'APT38'],
    ['apt38', 'APT38'],
  ])('an alias query (%s) ranks the Lazarus Group first and names the alias', async (q, alias) => {
    const [first] = await search(q);
    expect(first).toMatchObject({ id: 'lazarus-group', name: 'Lazarus Group', matched: alias, matchedField: 'alias' });
  });

  it('tolerates a typo: "Lazarous" finds the Lazarus Group first', async () => {
    const [first] = await search('Lazarous');
    expect(first?.id).toBe('lazarus-group');
  });

  it('finds by prefix while typing', async () => {
    const results = await search('laza');
    expect(results.map((r) => r.id)).toContain('lazarus-group');
  });

  it('is case-insensitive on names', async () => {
    const lower = await search('bangladesh bank');
    const upper = await search('BANGLADESH BANK');
    expect(lower.map((r) => r.id)).toEqual(upper.map((r) => r.id));
    expect(lower[0]?.name).toMatch(/Bangladesh Bank/);
  });

  it('filters by label and honours the limit', async () => {
    const results = await search('lazarus', '&labels=Alias&limit=1');
    expect(results).toHaveLength(1);
    expect(results[0]?.labels).toContain('Alias');
  });

  it('returns scores in descending order', async () => {
    const scores = (await search('bank')).map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('refuses an empty query, an unknown label and a limit out of range with 400', async () => {
    for (const path of ['/api/search?q=', '/api/search?q=x&labels=Nope', '/api/search?q=x&limit=0', '/api/search?q=%21%21%21']) {
      const res = await request(app).get(path);
      expect(res.status, path).toBe(400);
      expect(res.body.error.code).toBe('BAD_REQUEST');
    }
  });

  it('treats Lucene syntax in the query as plain text', async () => {
    const res = await request(app).get(`/api/search?q=${encodeURIComponent('lazarus) OR name:*')}&limit=100`);
    expect(res.status).toBe(200);
    const results = res.body.results as { id: string }[];
    // As Lucene syntax, `name:*` would match every node; as words, only what mentions lazarus, or and name.
    expect(results.length).toBeGreaterThan(0);
    const { records } = await testDriver().executeQuery('MATCH (n:Entity) RETURN count(n) AS all');
    expect(results.length).toBeLessThan(Number(records[0]!.get('all')));
  });
});
