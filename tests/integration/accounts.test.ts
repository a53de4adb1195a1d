// Accounts against a real Neo4j: signing in and out, wrong passwords, the sign-in rate limit, disabled accounts,
// revoked tokens, the one-time link, CSRF refusals, the session cookie's flags, and the console kept away from the
// account store.
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { newAccount, siteHost, siteOrigin, testAccounts } from '../support/accounts.ts';
import { testApp } from '../support/app.ts';
import { reseed, testDriver } from '../support/neo4j.ts';

const accounts = testAccounts();
const closed = testApp({ HOST: '0.0.0.0' });
const site = { host: siteHost, origin: siteOrigin };
let analyst: { username: string; password: string };

beforeAll(async () => {
  await reseed();
  analyst = await newAccount(accounts, 'analyst');
});

async function signIn(app = closed, credentials = analyst) {
  const res = await request(app).post('/api/session').set(site).send(credentials);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  const setCookie = res.get('set-cookie')?.[0] ?? '';
  return { res, setCookie, cookie: setCookie.split(';')[0]! };
}

describe('signing in and out', () => {
  it('signs in with a password: an HttpOnly, SameSite=Strict session cookie (not Secure over plain HTTP)', async () => {
    const { res, setCookie } = await signIn();
    expect(res.body).toEqual({ account: { username: analyst.username, role: 'analyst' }, readOpen: false });
    expect(setCookie).toMatch(/^explorer_session=[\w-]{43}; /);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Strict');
    expect(setCookie).toContain('Path=/');
    expect(setCookie).toMatch(/Max-Age=43200/);
    expect(setCookie).not.toContain('Secure');
  });

  it('reads with the session where reading needs one, and not after signing out', async () => {
    const { cookie } = await signIn();
    expect((await request(closed).get('/api/search?q=lazarus').set({ cookie })).status).toBe(200);
    expect((await request(closed).get('/api/session').set({ cookie })).body.account).toEqual({ username: analyst.username, role: 'analyst' });
    const out = await request(closed)
      .post('/api/session/end')
      .set({ ...site, cookie });
    expect(out.status).toBe(200);
    expect(out.get('set-cookie')?.[0]).toMatch(/^explorer_session=;.*Expires=Thu, 01 Jan 1970/);
    const after = await request(closed).get('/api/search?q=lazarus').set({ cookie });
    expect(after.status).toBe(401);
    expect(after.body.error.message).toMatch(/session has ended/);
    expect((await request(closed).get('/api/search?q=lazarus')).status).toBe(401);
  });

  it('refuses a wrong password and an unknown name with the same readable 401, and sets no cookie', async () => {
    for (const body of [
      { ...analyst, password: 'wrong' },
      { username: 'nobody-here', password: 'x' },
    ]) {
      const res = await request(closed).post('/api/session').set(site).send(body);
      expect(res.status).toBe(401);
      expect(res.body.error).toEqual({ code: 'UNAUTHORIZED', message: 'Wrong username or password, or the account is disabled' });
      expect(res.get('set-cookie')).toBeUndefined();
    }
  });

  it('refuses a forged session cookie', async () => {
    const res = await request(closed).get('/api/search?q=lazarus').set({ cookie: 'explorer_session=forged-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' });
    expect(res.status).toBe(401);
  });

  it('rate-limits failed sign-ins per address: after the limit even the right password waits', async () => {
    const limited = testApp({ HOST: '0.0.0.0', SIGN_IN_ATTEMPTS_PER_15_MIN: '3' });
    for (let i = 0; i < 3; i++)
      expect(
        (
          await request(limited)
            .post('/api/session')
            .set(site)
            .send({ ...analyst, password: `wrong-${i}` })
        ).status,
      ).toBe(401);
    const refused = await request(limited).post('/api/session').set(site).send(analyst);
    expect(refused.status).toBe(429);
    expect(refused.body.error.message).toMatch(/Too many failed sign-ins/);
  });

  it('a one-time link signs in once', async () => {
    const link = await accounts.signInLink(analyst.username);
    const first = await request(closed).post('/api/session').set(site).send({ link });
    expect(first.status).toBe(200);
    expect(first.body.account.username).toBe(analyst.username);
    const again = await request(closed).post('/api/session').set(site).send({ link });
    expect(again.status).toBe(401);
    expect(again.body.error.message).toMatch(/used or has expired/);
  });
});

describe('disabled accounts and revoked tokens', () => {
  it('disabling ends the sessions, refuses sign-in and stops the API tokens; enabling restores the tokens', async () => {
    const account = await newAccount(accounts, 'viewer');
    const { cookie } = await signIn(closed, account);
    const { token } = await accounts.createToken(account.username, 'test');
    const bearer = { authorization: `Bearer ${token}` };
    expect((await request(closed).get('/api/schema').set(bearer)).status).toBe(200);
    await accounts.setDisabled(account.username, true);
    expect((await request(closed).get('/api/schema').set({ cookie })).status).toBe(401);
    expect((await request(closed).get('/api/schema').set(bearer)).status).toBe(401);
    expect((await request(closed).post('/api/session').set(site).send(account)).status).toBe(401);
    await accounts.setDisabled(account.username, false);
    expect((await request(closed).get('/api/schema').set(bearer)).status).toBe(200);
  });

  it('a revoked token is refused from then on', async () => {
    const { id, token } = await accounts.createToken(analyst.username, 'test');
    const bearer = { authorization: `Bearer ${token}` };
    expect((await request(closed).get('/api/schema').set(bearer)).status).toBe(200);
    await accounts.revokeToken(id);
    const res = await request(closed).get('/api/schema').set(bearer);
    expect(res.status).toBe(401);
    expect(res.body.error.message).toMatch(/revoked/);
  });
});

describe('CSRF: state-changing requests with the session cookie come from this site only', () => {
  const query = { query: 'RETURN 1 AS one' };

  it('refuses a cookie request without Origin, or from another origin, and answers the same request from this site', async () => {
    const { cookie } = await signIn();
    const noOrigin = await request(closed).post('/api/cypher').set({ host: siteHost, cookie }).send(query);
    expect(noOrigin.status).toBe(403);
    expect(noOrigin.body.error.message).toMatch(/Origin/);
    for (const origin of ['http://evil.example', 'null', `https://${siteHost}.evil.example`]) {
      const forged = await request(closed).post('/api/cypher').set({ host: siteHost, origin, cookie }).send(query);
      expect(forged.status, origin).toBe(403);
    }
    expect(
      (
        await request(closed)
          .post('/api/cypher')
          .set({ ...site, cookie })
          .send(query)
      ).status,
    ).toBe(200);
  });

  it('refuses sign-out and sign-in from another origin, so a foreign page can neither end nor start a session', async () => {
    const { cookie } = await signIn();
    const out = await request(closed).post('/api/session/end').set({ host: siteHost, origin: 'http://evil.example', cookie });
    expect(out.status).toBe(403);
    expect((await request(closed).get('/api/session').set({ cookie })).body.account).not.toBeNull();
    const forgedSignIn = await request(closed).post('/api/session').set({ host: siteHost, origin: 'http://evil.example' }).send(analyst);
    expect(forgedSignIn.status).toBe(403);
    expect(forgedSignIn.get('set-cookie')).toBeUndefined();
  });

  it('does not ask a bearer-token request for an Origin: it carries no ambient credential', async () => {
    const { token } = await accounts.createToken(analyst.username, 'csrf');
    const res = await request(closed)
      .post('/api/cypher')
      .set({ host: siteHost, authorization: `Bearer ${token}` })
      .send(query);
    expect(res.status).toBe(200);
  });
});

describe('the account store stays out of the evidence graph', () => {
  const open = testApp();

  it.each([
    'MATCH (a:Account) RETURN a',
    'MATCH (s:AccountSession) RETURN count(s)',
    'MATCH (n) WHERE n:`AccountToken` RETURN n',
    "MATCH (n) RETURN n['passwordHash']",
    'MATCH (n) WHERE n.secretHash IS NOT NULL RETURN n.secretHash',
    "MATCH (n:$('Account')) RETURN n",
  ])('the console refuses %s', async (query) => {
    const res = await request(open).post('/api/cypher').send({ query });
    expect(res.status, JSON.stringify(res.body)).toBe(403);
    expect(res.body.error.message).toMatch(/accounts, sessions, tokens, the audit trail and case files are not readable/);
  });

  it.each([
    'MATCH (n) WHERE n.username IS NOT NULL RETURN n',
    "MATCH (n) WHERE n.role = 'analyst' RETURN n LIMIT 5",
    "MATCH (n) UNWIND keys(n) AS k WITH n, k WHERE k = 'pass' + 'wordHash' RETURN n[k] AS h",
  ])('the console refuses an answer that reaches the store without naming it: %s', async (query) => {
    const res = await request(open).post('/api/cypher').send({ query });
    expect(res.status, JSON.stringify(res.body)).toBe(403);
  });

  it('the console still reads prose that mentions accounts', async () => {
    const res = await request(open).post('/api/cypher').send({ query: "MATCH (n:Entity) WHERE toLower(n.summary) CONTAINS 'account' RETURN n.id LIMIT 1" });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  });

  it('search and the schema show no account', async () => {
    const search = await request(open).get(`/api/search?q=${analyst.username}`);
    expect(search.status).toBe(200);
    expect(JSON.stringify(search.body)).not.toContain(analyst.username);
    const schema = await request(open).get('/api/schema');
    expect(JSON.stringify(schema.body)).not.toMatch(/Account|passwordHash|secretHash/);
  });
});

describe('first start', () => {
  it('creates the admin and a one-time link only while there is no account', async () => {
    await testDriver().executeQuery('MATCH (n) WHERE n:Account OR n:AccountSession OR n:AccountToken DETACH DELETE n');
    const link = await accounts.firstAdmin();
    expect(link).toMatch(/^[\w-]{43}$/);
    expect(await accounts.firstAdmin()).toBeUndefined();
    const res = await request(closed).post('/api/session').set(site).send({ link });
    expect(res.status).toBe(200);
    expect(res.body.account).toEqual({ username: 'admin', role: 'admin' });
    const cookie = (res.get('set-cookie')?.[0] ?? '').split(';')[0]!;
    expect((await request(closed).get('/api/accounts').set({ cookie })).body.accounts.map((a: { username: string }) => a.username)).toEqual(['admin']);
  });
});
