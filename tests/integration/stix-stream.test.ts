// The streamed import (npm run import) against a real Neo4j: a file read one object at a time gives the same report
// as the parsed body the API takes, and text that is not JSON, ends early or is not a bundle leaves the graph as it was.
import { createReadStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase } from '../../server/db/database.ts';
import { createStixStore } from '../../server/db/stix-store.ts';
import { importBundle, importBundleStream } from '../../server/services/stix-import.ts';
import { testConfig } from '../support/app.ts';
import { graphFingerprint, reseed } from '../support/neo4j.ts';

const file = join(import.meta.dirname, '..', '..', 'data', 'attack', 'attack-dprk.json');
const source = { name: 'MITRE ATT&CK Enterprise v18.1', id: 'mitre-attack-enterprise-v18-1' };
const db = createDatabase(testConfig());
const store = createStixStore(db);
const text = (value: string) => Readable.from([Buffer.from(value)]);
/** The report without its timing, which differs from run to run. */
const stable = ({ durationMs: _, ...report }: { durationMs: number }) => report;

beforeAll(() => reseed());
afterAll(() => db.close());

describe('streamed import of a file', () => {
  it('gives the same report as the parsed bundle, in small pieces of text', async () => {
    const streamed = await importBundleStream(store, createReadStream(file, { highWaterMark: 4096 }), { source });
    expect(streamed.objects).toBe(2130);
    expect(streamed.created.byLabel).toMatchObject({ Group: 7, Technique: 346, Malware: 56, Tool: 11, Campaign: 2 });
    await reseed();
    const parsed = await importBundle(store, JSON.parse(readFileSync(file, 'utf8')), { source });
    expect(stable(streamed)).toEqual(stable(parsed));
  });
});

describe('bad text leaves the graph as it was', () => {
  const attackText = readFileSync(file, 'utf8');
  const cases: [string, string, RegExp][] = [
    ['a file cut off half-way', attackText.slice(0, Math.floor(attackText.length / 2)), /^not JSON: the text ends before the bundle does/],
    [
      'a file cut off right after an object',
      `${attackText.slice(0, attackText.indexOf('},', 200_000) + 2)}`,
      /^not JSON: the text ends before the bundle does/,
    ],
    ['text that is not JSON', 'this is not JSON', /^not JSON/],
    ['a JSON list', '[{"type":"bundle"}]', /^Not a STIX bundle: expected a JSON object/],
    ['an object of another type', '{"type":"report","objects":[]}', /^Not a STIX bundle: type/],
    ['a bundle without objects', '{"type":"bundle","id":"bundle--11111111-2222-4333-8444-555555555555"}', /^Not a STIX bundle: objects/],
    ['a bundle whose objects are not a list', '{"type":"bundle","objects":{"a":1}}', /^Not a STIX bundle: objects/],
    ['a bundle followed by more text', '{"type":"bundle","objects":[]} {"type":"bundle"}', /^not JSON/],
  ];
  it.each(cases)('%s', async (_name, body, message) => {
    const before = await graphFingerprint();
    const failing = importBundleStream(store, text(body), { source });
    await expect(failing).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringMatching(message) });
    expect(await graphFingerprint()).toBe(before);
  });

  it('a file that cannot be read', async () => {
    const before = await graphFingerprint();
    const failing = importBundleStream(store, createReadStream(join(import.meta.dirname, 'no-such-bundle.json')), { source });
    await expect(failing).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringMatching(/^cannot read: ENOENT/) });
    expect(await graphFingerprint()).toBe(before);
  });
});
