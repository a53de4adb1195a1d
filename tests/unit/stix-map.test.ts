// The pure half of the STIX import: structure checks, confidence, names, the mapping of objects, and which node an
// incoming object joins.
import { describe, expect, it } from 'vitest';
import type { CandidateNode } from '../../server/db/stix-store.ts';
import { matchEntity, settleSharedMatches, statedBy } from '../../server/services/stix-import.ts';
import {
  checkObject,
  confidenceLevel,
  type IncomingEntity,
  type MapContext,
  mapEntity,
  mapRelationship,
  nameKey,
  plainText,
  readBundle,
  relationshipType,
  type StixObject,
} from '../../server/services/stix-map.ts';

const context: MapContext = { source: 'attack', identities: new Map(), markings: new Map(), targeted: new Set() };
const id = (type: string, n: number) => `${type}--00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function entity(object: Record<string, unknown>): IncomingEntity {
  const checked = checkObject(object, 0);
  if (!('object' in checked)) throw new Error(checked.skip.reason);
  const mapped = mapEntity(checked.object, 0, context);
  if ('reason' in mapped) throw new Error(mapped.reason);
  return mapped;
}

function node(partial: Partial<CandidateNode> & { id: string; name: string }): CandidateNode {
  const aliases = partial.aliases ?? [];
  return {
    labels: ['Entity', 'Actor', 'Group'],
    aliases,
    ownAliases: undefined,
    keys: [partial.name, ...aliases].map(nameKey),
    stixIds: [],
    sources: ['seed-doc'],
    origin: undefined,
    claims: [],
    conflicts: [],
    from: undefined,
    to: undefined,
    aliasOf: [],
    ...partial,
  };
}

describe('confidence', () => {
  it.each([
    [undefined, 'reported'],
    [100, 'confirmed'],
    [90, 'confirmed'],
    [89, 'reported'],
    [70, 'reported'],
    [69, 'alleged'],
    [50, 'alleged'],
    [49, 'suspected'],
    [0, 'suspected'],
  ] as const)('%s → %s', (value, level) => {
    expect(confidenceLevel(value)).toBe(level);
  });
});

describe('structure', () => {
  it('refuses what is not a bundle', () => {
    expect(() => readBundle([])).toThrow(/Not a STIX bundle/);
    expect(() => readBundle({ type: 'bundle' })).toThrow(/objects must be a list/);
    expect(readBundle({ type: 'bundle', id: id('bundle', 1), objects: [] })).toEqual({ id: id('bundle', 1), objects: [] });
  });

  it('says why an object is skipped', () => {
    expect(checkObject({ name: 'x' }, 3)).toEqual({ skip: { index: 3, stixId: undefined, type: undefined, reason: 'no id or no type' } });
    expect(checkObject({ type: 'malware', id: id('malware', 1), name: 'x'.repeat(501) }, 0)).toMatchObject({
      skip: { reason: 'name: longer than 500 characters' },
    });
    expect(checkObject({ type: 'malware', id: id('malware', 1), confidence: 101 }, 0)).toMatchObject({
      skip: { reason: expect.stringMatching(/^confidence:/) },
    });
  });

  it('keeps only the fields it reads: __proto__ and unknown keys are dropped', () => {
    const raw = JSON.parse(`{"type":"tool","id":"${id('tool', 1)}","name":"T","__proto__":{"x":1},"x_other":2}`);
    const checked = checkObject(raw, 0) as { object: StixObject };
    expect(Object.keys(checked.object).sort()).toEqual(['id', 'name', 'type']);
    expect(Object.getPrototypeOf(checked.object)).toBe(Object.prototype);
  });
});

describe('names', () => {
  it('compares names without case or punctuation', () => {
    expect(nameKey('HIDDEN COBRA')).toBe(nameKey('Hidden-Cobra'));
    expect(nameKey('DEV#POPPER')).toBe('devpopper');
    expect(nameKey('Türkiye')).toBe('turkiye');
  });

  it("removes ATT&CK's link markup and citation markers", () => {
    expect(plainText('[Lazarus Group](https://attack.mitre.org/groups/G0032) used it.(Citation: Vendor 2020)')).toBe('Lazarus Group used it.');
  });
});

describe('mapping', () => {
  it('an attack-pattern becomes a technique with its ATT&CK id and tactics', () => {
    const technique = entity({
      type: 'attack-pattern',
      id: id('attack-pattern', 1),
      name: 'Spearphishing Attachment',
      modified: '2025-01-01T00:00:00.000Z',
      description: 'Adversaries may send spearphishing emails with a malicious attachment. More text follows here.',
      kill_chain_phases: [{ kill_chain_name: 'mitre-attack', phase_name: 'initial-access' }],
      x_mitre_is_subtechnique: true,
      external_references: [
        { source_name: 'mitre-attack', external_id: 'T1566.001', url: 'https://attack.mitre.org/techniques/T1566/001' },
        { source_name: 'Vendor report', url: 'https://example.org/r', description: 'A report.' },
        { source_name: 'Alias citation', description: '(Citation: Something)' },
      ],
    });
    expect(technique.kind).toBe('technique');
    expect(technique.idHint).toBe('t1566-001-spearphishing-attachment');
    expect(technique.props).toMatchObject({ attackId: 'T1566.001', tactics: ['initial-access'], isSubtechnique: true, externalId: 'T1566.001' });
    expect(technique.refs).toEqual([expect.objectContaining({ name: 'Vendor report', url: 'https://example.org/r' })]);
    expect(technique.claim).toMatchObject({ source: 'attack', externalId: 'T1566.001', references: [technique.refs[0]!.id] });
  });

  it('an intrusion-set keeps its aliases without its own name, and its confidence as a number and a level', () => {
    const group = entity({
      type: 'intrusion-set',
      id: id('intrusion-set', 1),
      name: 'Lazarus Group',
      aliases: ['Lazarus Group', 'HIDDEN COBRA', 'hidden cobra'],
      confidence: 60,
    });
    expect(group.kind).toBe('group');
    expect(group.aliases).toEqual(['HIDDEN COBRA']);
    expect(group.claim).toMatchObject({ confidence: 60, confidenceLevel: 'alleged' });
  });

  it('a location with a country becomes a Country matched by its ISO names; an individual threat actor a person', () => {
    const country = entity({ type: 'location', id: id('location', 1), name: 'Korea, DPR', country: 'kp' });
    expect(country.kind).toBe('country');
    expect(country.props.isoCode).toBe('KP');
    expect(country.keys).toContain(nameKey('North Korea'));
    expect(entity({ type: 'threat-actor', id: id('threat-actor', 1), name: 'Park', resource_level: 'individual' }).kind).toBe('person');
  });

  it('an indicator keeps its pattern as text', () => {
    const indicator = entity({ type: 'indicator', id: id('indicator', 1), pattern: "[file:hashes.'SHA-256' = 'abc']", pattern_type: 'stix' });
    expect(indicator.props).toMatchObject({ pattern: "[file:hashes.'SHA-256' = 'abc']", patternType: 'stix' });
  });

  it('types it does not map are named as the reason', () => {
    const checked = checkObject({ type: 'course-of-action', id: id('course-of-action', 1), name: 'x' }, 0) as { object: StixObject };
    expect(mapEntity(checked.object, 0, context)).toEqual({ reason: 'type course-of-action is not imported' });
  });

  it('relationship types reuse the data model where the meaning is the same', () => {
    expect(relationshipType('uses')).toBe('USED');
    expect(relationshipType('targets')).toBe('TARGETED');
    expect(relationshipType('attributed-to')).toBe('ATTRIBUTED');
    expect(relationshipType('subtechnique-of')).toBe('SUBTECHNIQUE_OF');
    const checked = checkObject(
      {
        type: 'relationship',
        id: id('relationship', 1),
        relationship_type: 'uses',
        source_ref: id('malware', 1),
        target_ref: id('attack-pattern', 1),
        confidence: 95,
      },
      0,
    ) as { object: StixObject };
    expect(mapRelationship(checked.object, 0, context)).toMatchObject({ type: 'USED', props: { confidence: 'confirmed', stixConfidence: 95 } });
  });
});

describe('which node an object joins', () => {
  const lazarus = node({ id: 'lazarus-group', name: 'Lazarus Group', aliases: ['HIDDEN COBRA', 'APT38'], sources: ['hir', 'pp'] });
  const other = node({ id: 'other-group', name: 'Other', aliases: ['Shared'] });
  const third = node({ id: 'third-group', name: 'Third', aliases: ['Shared'] });

  it('by STIX id, then name, then alias; never across kinds', () => {
    const byStix = node({ id: 'x', name: 'Something Else', stixIds: [id('intrusion-set', 1)] });
    expect(matchEntity(entity({ type: 'intrusion-set', id: id('intrusion-set', 1), name: 'Lazarus Group' }), [lazarus, byStix])).toMatchObject({
      node: { id: 'x' },
      by: 'stix id',
    });
    expect(matchEntity(entity({ type: 'intrusion-set', id: id('intrusion-set', 2), name: 'lazarus group' }), [lazarus])).toMatchObject({
      node: { id: 'lazarus-group' },
      by: 'name',
    });
    expect(matchEntity(entity({ type: 'intrusion-set', id: id('intrusion-set', 3), name: 'Zinc', aliases: ['Hidden-Cobra'] }), [lazarus])).toMatchObject({
      by: 'alias',
    });
    const malware = node({ id: 'm', name: 'Lazarus Group', labels: ['Entity', 'Malware'] });
    expect(matchEntity(entity({ type: 'intrusion-set', id: id('intrusion-set', 4), name: 'Lazarus Group' }), [malware]).node).toBeUndefined();
  });

  it('a name that matches two nodes joins neither, and says so', () => {
    const resolution = matchEntity(entity({ type: 'intrusion-set', id: id('intrusion-set', 5), name: 'New', aliases: ['Shared'] }), [other, third]);
    expect(resolution.node).toBeUndefined();
    expect(resolution.candidates).toEqual(['other-group', 'third-group']);
    expect(resolution.reason).toMatch(/match 2 nodes/);
  });

  it('two objects of one bundle matching one node: the closer match joins it, the other stays apart', () => {
    const incomingLazarus = matchEntity(entity({ type: 'intrusion-set', id: id('intrusion-set', 6), name: 'Lazarus Group' }), [lazarus]);
    const incomingApt38 = matchEntity(entity({ type: 'intrusion-set', id: id('intrusion-set', 7), name: 'APT38', aliases: ['Bluenoroff'] }), [lazarus]);
    expect(incomingApt38.by).toBe('alias');
    settleSharedMatches([incomingLazarus, incomingApt38]);
    expect(incomingLazarus.node?.id).toBe('lazarus-group');
    expect(incomingApt38.node).toBeUndefined();
    expect(incomingApt38.candidates).toEqual(['lazarus-group']);
  });

  it('who gives a node a name: its ALIAS_OF links, else its own sources, and each claim that lists it', () => {
    const claims = [
      JSON.stringify({ source: 'attack', stixId: id('intrusion-set', 8), type: 'intrusion-set', name: 'Lazarus Group', aliases: ['HIDDEN COBRA', 'ZINC'] }),
    ];
    const merged = { ...lazarus, sources: ['hir', 'pp', 'attack'], claims, ownAliases: ['HIDDEN COBRA', 'APT38'], aliases: ['HIDDEN COBRA', 'APT38', 'ZINC'] };
    expect(statedBy(merged, nameKey('APT38'))).toEqual(['hir', 'pp']);
    expect(statedBy(merged, nameKey('ZINC'))).toEqual(['attack']);
    expect(statedBy(merged, nameKey('HIDDEN COBRA'))).toEqual(['hir', 'pp', 'attack']);
    expect(statedBy({ ...merged, aliasOf: [{ name: 'APT38', sources: ['pp'] }] }, nameKey('APT38'))).toEqual(['pp']);
  });
});
