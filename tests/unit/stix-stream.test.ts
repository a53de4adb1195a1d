// The streamed bundle reader (server/services/stix-stream.ts) on text in pieces of any size, and the synthetic bundle
// generator (scripts/gen-stix.ts) it is benchmarked with: valid objects, synthetic names, the same bytes for one seed.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { writeBundle } from '../../scripts/gen-stix.ts';
import { checkObject } from '../../server/services/stix-map.ts';
import { readBundleStream } from '../../server/services/stix-stream.ts';

/** The text cut into pieces of `size` bytes, as a file or a socket would hand it over. */
function pieces(text: string, size: number): Readable {
  const bytes = Buffer.from(text);
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
  return Readable.from(chunks);
}

async function read(text: string, size = 7) {
  const objects: unknown[] = [];
  const bundle = await readBundleStream(pieces(text, size), (value, index) => objects.push([index, value]));
  return { ...bundle, objects };
}

describe('readBundleStream', () => {
  const text = JSON.stringify({
    extra: { nested: [1, { deep: ['x'] }] },
    objects: [{ type: 'a', id: 'é–ü' }, 'text', 3, null, [1, 2], { __proto__: { polluted: true }, type: 'b' }],
    type: 'bundle',
    id: 'bundle--11111111-2222-4333-8444-555555555555',
  });

  it('hands over each object in order, whatever the size of the pieces, and answers the id after the objects', async () => {
    for (const size of [1, 3, 64, 1 << 16]) {
      const { id, count, objects } = await read(text, size);
      expect(id).toBe('bundle--11111111-2222-4333-8444-555555555555');
      expect(count).toBe(6);
      expect(objects).toEqual(JSON.parse(text).objects.map((value: unknown, index: number) => [index, value]));
    }
  });

  it('keeps a "__proto__" key as an own property, never as the prototype', async () => {
    const { objects } = await read(`{"type":"bundle","objects":[{"__proto__":{"polluted":true}}]}`);
    const [, value] = objects[0] as [number, Record<string, unknown>];
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.hasOwn(value, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ['', /^not JSON/],
    ['{"type":"bundle","objects":[{"a":1},', /^not JSON: the text ends before the bundle does/],
    ['{"type":"bundle","objects":[{"a":1}', /^not JSON/],
    ['{"type":"bundle","objects":[]', /^not JSON/],
    ['{"type":"bundle","objects":[]} []', /^not JSON: Parser cannot parse input/],
    ['"bundle"', /^Not a STIX bundle: expected a JSON object/],
    ['{"type":"bundle","id":"not-an-id","objects":[]}', /^Not a STIX bundle: id/],
  ])('refuses %j', async (body, message) => {
    await expect(read(body)).rejects.toThrow(message);
  });
});

describe('gen:stix', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gen-stix-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes valid STIX objects with synthetic names, the same for the same seed and different for another', async () => {
    const [a, b, c] = [join(dir, 'a.json'), join(dir, 'b.json'), join(dir, 'c.json')];
    expect(await writeBundle(a, 300, 5)).toMatchObject({ objects: 300 });
    await writeBundle(b, 300, 5);
    await writeBundle(c, 300, 6);
    expect(readFileSync(b, 'utf8')).toBe(readFileSync(a, 'utf8'));
    expect(readFileSync(c, 'utf8')).not.toBe(readFileSync(a, 'utf8'));
    const bundle = JSON.parse(readFileSync(a, 'utf8')) as { type: string; objects: Record<string, unknown>[] };
    expect(bundle.type).toBe('bundle');
    expect(bundle.objects).toHaveLength(300);
    const types = new Set(bundle.objects.map((o) => o.type));
    for (const type of ['intrusion-set', 'campaign', 'malware', 'tool', 'attack-pattern', 'relationship', 'report']) expect(types).toContain(type);
    for (const [index, object] of bundle.objects.entries()) {
      expect(checkObject(object, index)).toHaveProperty('object');
      if (typeof object.name === 'string') expect(object.name).toMatch(/^Synthetic /);
    }
    const ids = new Set(bundle.objects.map((o) => o.id));
    for (const rel of bundle.objects.filter((o) => o.type === 'relationship')) {
      expect(ids).toContain(rel.source_ref);
      expect(ids).toContain(rel.target_ref);
    }
  });
});
