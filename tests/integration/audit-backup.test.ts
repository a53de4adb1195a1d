// The audit chain and the backup against a real Neo4j: every kind of tampering is found by verify (a record changed,
// removed, re-sealed without its successor, cut off at the end), and a backup restored into an empty database gives
// back the same graph, accounts that still sign in, and a chain that still verifies. Files cut short or edited and a
// database that is not empty are refused with nothing written.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createReadStream, createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { finished } from 'node:stream/promises';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AuditEntry, auditTrail, createAuditStore } from '../../server/db/audit-store.ts';
import { restoreBackup, writeBackup } from '../../server/db/backup.ts';
import { createDatabase } from '../../server/db/database.ts';
import { wipe } from '../../server/db/seed.ts';
import { createAudit } from '../../server/services/audit.ts';
import { newAccount, sessionCookieOf, siteHost, siteOrigin, testAccounts } from '../support/accounts.ts';
import { testApp, testConfig } from '../support/app.ts';
import { reseed, testDriver } from '../support/neo4j.ts';

const accounts = testAccounts();
const app = testApp({ HOST: '0.0.0.0' });
const driver = testDriver();
const db = createDatabase(testConfig());
const audit = createAudit(createAuditStore(db));
const dir = mkdtempSync(join(tmpdir(), 'explorer-backup-'));
let analyst: { username: string; password: string };

afterAll(() => db.close());

beforeAll(async () => {
  await reseed();
  analyst = await newAccount(accounts, 'analyst');
  const headers = { host: siteHost, origin: siteOrigin, cookie: await sessionCookieOf(accounts, analyst) };
  for (const name of ['Wallet A', 'Wallet B', 'Wallet C']) {
    const res = await request(app)
      .post('/api/claims/nodes')
      .set(headers)
      .send({ kind: 'Launderer', name, date: '2017-05', source: { id: 'hir-cybercrime-syndicate' }, confidence: 'suspected' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  }
  await request(app).post('/api/claims/wallet-a/versions').set(headers).send({ version: 1, summary: 'Edited once.' });
});

async function run(query: string, params: Record<string, unknown> = {}) {
  return driver.executeQuery(query, params);
}

describe('audit verify', () => {
  it('finds the chain whole after claims and account changes', async () => {
    const result = await audit.verify();
    expect(result).toMatchObject({ ok: true });
    expect(result.records).toBeGreaterThanOrEqual(5);
  });

  it('finds a record changed afterwards, and the chain whole again once it is put back', async () => {
    const { records } = await run('MATCH (r:AuditRecord {seq: 2}) WITH r, r.after AS original SET r.after = \'{"forged":true}\' RETURN original');
    expect(await audit.verify()).toMatchObject({ ok: false, seq: 2, problem: 'record 2 was changed after it was written' });
    await run('MATCH (r:AuditRecord {seq: 2}) SET r.after = $original', { original: records[0]!.get('original') });
    expect(await audit.verify()).toMatchObject({ ok: true });
  });

  it('finds a record re-sealed by someone who could not re-seal the ones after it', async () => {
    const { records } = await run('MATCH (r:AuditRecord {seq: 3}) WITH r, r.hash AS original SET r.hash = $fake RETURN original', { fake: 'f'.repeat(64) });
    const result = await audit.verify();
    expect(result).toMatchObject({ ok: false, seq: 3 });
    await run('MATCH (r:AuditRecord {seq: 3}) SET r.hash = $original', { original: records[0]!.get('original') });
  });

  it('finds a record removed from the middle, and records cut off at the end', async () => {
    const saved = (
      await run('MATCH (r:AuditRecord) WHERE r.seq IN [2, $last] RETURN properties(r) AS props ORDER BY r.seq', { last: await lastSeq() })
    ).records.map((r) => r.get('props') as Record<string, unknown>);
    await run('MATCH (r:AuditRecord {seq: 2}) DELETE r');
    expect(await audit.verify()).toMatchObject({ ok: false, seq: 3, problem: 'record 2 is missing (the next one is 3)' });
    await run('CREATE (r:AuditRecord) SET r = $props, r.seq = toInteger($props.seq)', { props: saved[0] });
    await run('MATCH (r:AuditRecord {seq: $last}) DELETE r', { last: saved[1]!.seq });
    const cut = await audit.verify();
    expect(cut.ok).toBe(false);
    expect(cut.ok === false && cut.problem).toMatch(/records at the end were removed/);
    await run('CREATE (r:AuditRecord) SET r = $props, r.seq = toInteger($props.seq)', { props: saved[1] });
    expect(await audit.verify()).toMatchObject({ ok: true });
  });
});

describe('appending', () => {
  const entry = (n: number): AuditEntry => ({ action: 'test.append', actor: 'test', entity: `entity-${n}`, before: null, after: { n }, request: null });
  const sealedRecord = async (entity: string) => {
    const { records } = await run('MATCH (r:AuditRecord {entity: $entity}) RETURN r.seq AS seq, r.prevHash AS prevHash, r.hash AS hash', { entity });
    return { seq: Number(records[0]!.get('seq')), prevHash: records[0]!.get('prevHash') as string, hash: records[0]!.get('hash') as string };
  };

  it('seals a record onto the head as it is when another transaction appended after this one read it', async () => {
    const before = await lastSeq();
    await db.writeTransaction(
      async (tx) => {
        const append = auditTrail(tx);
        await tx.run('RETURN 1'); // statements run in order: the head has been read once this answers
        await db.writeTransaction((other) => auditTrail(other)(entry(1)), { timeoutMs: 10_000 });
        await append(entry(2));
        await append(entry(3));
      },
      { timeoutMs: 10_000 },
    );
    const [first, second, third] = await Promise.all([sealedRecord('entity-1'), sealedRecord('entity-2'), sealedRecord('entity-3')]);
    expect([first.seq, second.seq, third.seq]).toEqual([before + 1, before + 2, before + 3]);
    expect(second.prevHash).toBe(first.hash);
    expect(third.prevHash).toBe(second.hash);
    expect(await audit.verify()).toMatchObject({ ok: true });
  });

  it('keeps one unbroken chain when eight transactions append two records each at once', async () => {
    const before = await lastSeq();
    await Promise.all(
      Array.from({ length: 8 }, (_, writer) =>
        db.writeTransaction(
          async (tx) => {
            const append = auditTrail(tx);
            await Promise.all([append(entry(100 + 2 * writer)), append(entry(101 + 2 * writer))]);
          },
          { timeoutMs: 10_000 },
        ),
      ),
    );
    expect(await lastSeq()).toBe(before + 16);
    const { records } = await run('MATCH (r:AuditRecord) WHERE r.seq > $before RETURN count(DISTINCT r.seq) AS seqs', { before });
    expect(Number(records[0]!.get('seqs'))).toBe(16);
    expect(await audit.verify()).toMatchObject({ ok: true });
  });
});

async function lastSeq(): Promise<number> {
  const { records } = await run('MATCH (h:AuditHead) RETURN h.seq AS seq');
  return Number(records[0]!.get('seq'));
}

/** Every node (labels, properties) and relationship (ends by id, type, properties), sessions left out. */
async function contents(): Promise<string> {
  const nodes = await run('MATCH (n) WHERE NOT n:AccountSession RETURN labels(n) AS labels, properties(n) AS props');
  const rels = await run('MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS type, b.id AS b, properties(r) AS props');
  const text = (value: unknown) =>
    JSON.stringify(value, (_key, item) =>
      typeof item === 'object' && item && 'toString' in item && item.constructor?.name !== 'Object' && !Array.isArray(item) ? String(item) : item,
    );
  const sorted = (props: Record<string, unknown>) => Object.fromEntries(Object.entries(props).sort(([a], [b]) => a.localeCompare(b)));
  return [
    ...nodes.records.map((r) => text([[...(r.get('labels') as string[])].sort(), sorted(r.get('props'))])),
    ...rels.records.map((r) => text([r.get('a'), r.get('type'), r.get('b'), sorted(r.get('props'))])),
  ]
    .sort()
    .join('\n');
}

const linesOf = (file: string) => () => createInterface({ input: createReadStream(file), crlfDelay: Number.POSITIVE_INFINITY });

describe('backup and restore', () => {
  const file = join(dir, 'backup.jsonl');
  let before: string;

  it('writes the graph, accounts (hashes only) and the audit chain, and restores them into an empty database', async () => {
    before = await contents();
    const out = createWriteStream(file);
    const written = await writeBackup(driver, out);
    out.end();
    await finished(out);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('"Account"');
    expect(text).toContain('"AuditRecord"');
    expect(text).not.toContain('AccountSession');
    expect(text).toMatch(/\$argon2id\$/);

    await wipe(driver);
    const restored = await restoreBackup(driver, linesOf(file));
    expect(restored).toEqual(written);
    expect(await contents()).toBe(before);
    expect(await audit.verify()).toMatchObject({ ok: true });
    // The restored account signs in with its password, and the next change extends the restored chain.
    const cookie = await sessionCookieOf(accounts, analyst);
    const res = await request(app)
      .post('/api/claims/wallet-b/versions')
      .set({ host: siteHost, origin: siteOrigin, cookie })
      .send({ version: 1, confidence: 'alleged' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(await audit.verify()).toMatchObject({ ok: true });
  });

  it('refuses a database that is not empty, and leaves it as it was', async () => {
    const now = await contents();
    await expect(restoreBackup(driver, linesOf(file))).rejects.toThrow(/the database is not empty/);
    expect(await contents()).toBe(now);
  });

  it('refuses a file cut short, or with a line edited, and writes nothing', async () => {
    await wipe(driver);
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    const cutShort = join(dir, 'cut.jsonl');
    writeFileSync(cutShort, `${lines.slice(0, -5).join('\n')}\n`);
    await expect(restoreBackup(driver, linesOf(cutShort))).rejects.toThrow(/cut short: it has no end line/);
    const broken = join(dir, 'broken.jsonl');
    writeFileSync(broken, [...lines.slice(0, 3), '{"kind":"node","labels":["Entity"],"props":', ...lines.slice(3)].join('\n'));
    await expect(restoreBackup(driver, linesOf(broken))).rejects.toThrow(/line 4 is not JSON/);
    const recounted = join(dir, 'recounted.jsonl');
    writeFileSync(recounted, [...lines.slice(0, 2), ...lines.slice(3)].join('\n'));
    await expect(restoreBackup(driver, linesOf(recounted))).rejects.toThrow(/the end line counts/);
    const { records } = await run('MATCH (n) RETURN count(n) AS n');
    expect(Number(records[0]!.get('n'))).toBe(0);
    await reseed();
  });
});
