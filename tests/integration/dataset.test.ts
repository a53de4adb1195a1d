// The investigation dataset (cypher/seed) against a real Neo4j: shape, provenance, idempotency
// and the specific facts the two source documents state. docs/data-model.md describes the model.
import { basename } from 'node:path';
import neo4j from 'neo4j-driver';
import { beforeAll, describe, expect, it } from 'vitest';
import { applySeed, reseed, testDriver, type SeedReport } from '../support/neo4j.ts';

const PP = 'pyongyang-papers-dprk-cybercrime';
const HIR = 'hir-cybercrime-syndicate';

const EXPECTED_LABELS: Record<string, number> = {
  Actor: 6,
  Alias: 5,
  Country: 11,
  Entity: 95,
  Group: 3,
  Incident: 14,
  Launderer: 4,
  Malware: 3,
  Organization: 20,
  Person: 6,
  Source: 14,
  Victim: 17,
};

const EXPECTED_TYPES: Record<string, number> = {
  ALIAS_OF: 5,
  APPEARED_IN: 2,
  ASSESSED: 2,
  ATTRIBUTED: 2,
  BLOCKED: 1,
  CHARGED: 3,
  CHARGED_WITH: 6,
  CITED_BY: 12,
  COLLABORATED_WITH: 3,
  CONCERNS: 13,
  CONDUCTED: 14,
  DEVELOPED: 2,
  EXPLOITED: 1,
  FUNDS: 2,
  LAUNDERED: 3,
  LAUNDERED_FOR: 3,
  LEADS: 1,
  LINKED_TO: 3,
  LOCATED_IN: 18,
  MEMBER_OF: 1,
  OPERATES_IN: 4,
  PART_OF: 5,
  PUBLISHED: 12,
  REPORTED: 2,
  RESPONDED_TO: 1,
  SANCTIONED: 6,
  SPONSORED_BY: 4,
  TARGETED: 17,
  TRAINED_IN: 3,
  TRANSFERRED_TO: 4,
  USED: 2,
};

const KIND_LABELS = ['Actor', 'Group', 'Person', 'Alias', 'Victim', 'Launderer', 'Country', 'Incident', 'Organization', 'Malware', 'Source'];
const CONFIDENCE = ['confirmed', 'reported', 'alleged', 'suspected'];
const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

type Props = Record<string, unknown>;

let report: SeedReport;
const driver = testDriver();

beforeAll(async () => {
  report = await reseed(driver);
});

/** Neo4j Integers become numbers and maps get sorted keys, so results compare and print plainly. */
function plain(value: unknown): unknown {
  if (neo4j.isInt(value)) return value.toNumber();
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Props)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, plain(v)]),
    );
  }
  return value;
}

async function rows(cypher: string, params: Props = {}): Promise<Props[]> {
  const { records } = await driver.executeQuery(cypher, params, { routing: neo4j.routing.READ });
  return records.map((record) => plain(record.toObject()) as Props);
}

async function node(id: string): Promise<Props & { labels: string[] }> {
  const [row] = await rows('MATCH (n:Entity {id: $id}) RETURN labels(n) AS labels, properties(n) AS props', { id });
  if (!row) throw new Error(`no node ${id}`);
  return { ...(row.props as Props), labels: row.labels as string[] };
}

/** Properties of the one relationship of `type` from `from` to `to`, or undefined. */
async function rel(from: string, type: string, to: string): Promise<Props | undefined> {
  const found = await rows('MATCH (:Entity {id: $from})-[r]->(:Entity {id: $to}) WHERE type(r) = $type RETURN properties(r) AS props', { from, type, to });
  expect(found.length).toBeLessThanOrEqual(1);
  return found[0]?.props as Props | undefined;
}

async function targets(from: string, type: string): Promise<string[]> {
  const found = await rows('MATCH (:Entity {id: $from})-[r]->(b:Entity) WHERE type(r) = $type RETURN b.id AS id ORDER BY id', { from, type });
  return found.map((row) => row.id as string);
}

async function origins(type: string, to: string): Promise<string[]> {
  const found = await rows('MATCH (a:Entity)-[r]->(:Entity {id: $to}) WHERE type(r) = $type RETURN a.id AS id ORDER BY id', { type, to });
  return found.map((row) => row.id as string);
}

async function fingerprint(): Promise<string[]> {
  const nodes = await rows('MATCH (n) RETURN labels(n) AS labels, properties(n) AS props');
  const rels = await rows('MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props');
  return [
    ...nodes.map((n) => JSON.stringify(['node', [...(n.labels as string[])].sort(), n.props])),
    ...rels.map((r) => JSON.stringify(['rel', r.from, r.type, r.to, r.props])),
  ].sort();
}

describe('dataset shape', () => {
  it('applies the seed files in name order, schema first', () => {
    const names = report.files.map((file) => basename(file));
    expect(names[0]).toBe('00_schema.cypher');
    expect(names[1]).toBe('01_sources.cypher');
    expect(names).toEqual([...names].sort());
    expect(names.every((name) => name.endsWith('.cypher'))).toBe(true);
  });

  it('holds the expected number of nodes per label', () => {
    expect(report.labels).toEqual(EXPECTED_LABELS);
  });

  it('holds the expected number of relationships per type', () => {
    expect(report.relationshipTypes).toEqual(EXPECTED_TYPES);
  });

  it('applying the seed a second time changes neither counts nor content', async () => {
    const before = await fingerprint();
    const again = await applySeed(driver);
    expect(again.labels).toEqual(EXPECTED_LABELS);
    expect(again.relationshipTypes).toEqual(EXPECTED_TYPES);
    expect(await fingerprint()).toEqual(before);
  });

  it('has a unique-id constraint and the entity_text full-text index over name, aliases and summary', async () => {
    const constraints = await rows('SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN *');
    expect(constraints).toContainEqual({ name: 'entity_id', type: 'UNIQUENESS', labelsOrTypes: ['Entity'], properties: ['id'] });
    const indexes = await rows("SHOW INDEXES YIELD name, type, labelsOrTypes, properties WHERE type = 'FULLTEXT' RETURN *");
    expect(indexes).toContainEqual({ name: 'entity_text', type: 'FULLTEXT', labelsOrTypes: ['Entity'], properties: ['name', 'aliases', 'summary'] });
  });

  it('finds the Lazarus Group by an alias through the full-text index', async () => {
    const hits = await rows("CALL db.index.fulltext.queryNodes('entity_text', $q) YIELD node RETURN node.id AS id", { q: 'COBRA' });
    expect(hits.map((h) => h.id)).toEqual(expect.arrayContaining(['lazarus-group', 'alias-hidden-cobra']));
  });

  it('refuses a second node with an existing id', async () => {
    await expect(driver.executeQuery("CREATE (:Entity:Probe {id: 'lazarus-group'})")).rejects.toThrow();
    expect(await rows('MATCH (n:Probe) RETURN n')).toEqual([]);
  });

  it('gives every node the Entity label, a slug id, a name, a summary, an aliases list and kind labels', async () => {
    const nodes = await rows('MATCH (n) RETURN labels(n) AS labels, properties(n) AS p');
    expect(nodes.length).toBe(EXPECTED_LABELS.Entity);
    for (const { labels, p } of nodes as { labels: string[]; p: Props }[]) {
      expect(labels, String(p.id)).toContain('Entity');
      const kinds = labels.filter((label) => label !== 'Entity');
      expect(kinds.length, String(p.id)).toBeGreaterThan(0);
      expect(
        kinds.every((label) => KIND_LABELS.includes(label)),
        String(p.id),
      ).toBe(true);
      // Group and Person are sub-kinds: Group only under Actor; Person alone, with Actor, or with Launderer.
      if (labels.includes('Group')) expect(labels, String(p.id)).toContain('Actor');
      if (labels.includes('Actor')) expect(labels.includes('Group') !== labels.includes('Person'), String(p.id)).toBe(true);
      expect(p.id).toMatch(SLUG);
      expect(typeof p.name === 'string' && p.name.length > 0, String(p.id)).toBe(true);
      expect(typeof p.summary === 'string' && p.summary.length > 20, String(p.id)).toBe(true);
      expect(Array.isArray(p.aliases), String(p.id)).toBe(true);
    }
  });

  it('gives every node a non-empty sources list naming existing Sources', async () => {
    const bad = await rows(`
      MATCH (n) WHERE n.sources IS NULL OR size(n.sources) = 0
         OR any(s IN n.sources WHERE NOT EXISTS { MATCH (:Source {id: s}) })
      RETURN n.id AS id`);
    expect(bad).toEqual([]);
  });

  it('gives every relationship existing Sources and a confidence from the scale', async () => {
    const all = await rows('MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, b.id AS b, r.sources AS sources, r.confidence AS confidence');
    const sourceIds = new Set((await rows('MATCH (s:Source) RETURN s.id AS id')).map((row) => row.id));
    expect(all.length).toBe(Object.values(EXPECTED_TYPES).reduce((a, b) => a + b, 0));
    for (const r of all) {
      const label = `${r.a}-${r.t}->${r.b}`;
      expect(Array.isArray(r.sources) && r.sources.length > 0, label).toBe(true);
      for (const s of r.sources as string[]) expect(sourceIds.has(s), `${label} ${s}`).toBe(true);
      expect(CONFIDENCE, label).toContain(r.confidence);
    }
  });

  it('cites at least one of the two documents on every relationship', async () => {
    const bad = await rows('MATCH (a)-[r]->(b) WHERE NOT any(s IN r.sources WHERE s IN $docs) RETURN a.id AS a, type(r) AS t, b.id AS b', { docs: [PP, HIR] });
    expect(bad).toEqual([]);
  });

  it('connects every node to at least one other node', async () => {
    expect(await rows('MATCH (n) WHERE NOT (n)--() RETURN n.id AS id')).toEqual([]);
  });

  it('has at most one relationship of a type between the same ordered pair', async () => {
    expect(await rows('MATCH (a)-[r]->(b) WITH a, b, type(r) AS t, count(*) AS c WHERE c > 1 RETURN a.id, t, b.id')).toEqual([]);
  });

  it('stores dates as ISO strings and amounts and counts as integers', async () => {
    const props = await rows(`
      MATCH (n) RETURN n.id AS id, properties(n) AS p
      UNION ALL
      MATCH (a)-[r]->(b) RETURN a.id + '-' + type(r) + '->' + b.id AS id, properties(r) AS p`);
    const numeric =
      /^(amountUsd|amountAttemptedUsd|cryptocurrencyTheftUsd|computers|countries|countriesMin|agents|serversDestroyedPercent|companiesMin|increaseFactorMin|population)$/;
    for (const { id, p } of props as { id: string; p: Props }[]) {
      for (const [key, value] of Object.entries(p)) {
        if (['date', 'from', 'to', 'since'].includes(key)) expect(value, `${id}.${key}`).toMatch(ISO_DATE);
        if (['dates', 'years'].includes(key)) for (const v of value as string[]) expect(v, `${id}.${key}`).toMatch(ISO_DATE);
        if (numeric.test(key)) expect(Number.isInteger(value), `${id}.${key}`).toBe(true);
      }
    }
  });

  it('keeps every quote under 20 words', async () => {
    const quotes = await rows('MATCH ()-[r]->() WHERE r.quote IS NOT NULL RETURN r.quote AS q');
    expect(quotes.length).toBeGreaterThan(100);
    for (const { q } of quotes) expect((q as string).split(/\s+/).length, q as string).toBeLessThan(20);
  });

  it('marks the two documents as kind document citing themselves, and links each cited report to the documents it lists', async () => {
    const docs = await rows("MATCH (s:Source {kind: 'document'}) RETURN s.id AS id, s.sources AS sources ORDER BY id");
    expect(docs).toEqual([
      { id: HIR, sources: [HIR] },
      { id: PP, sources: [PP] },
    ]);
    const mismatched = await rows(`
      MATCH (c:Source {kind: 'cited'})
      OPTIONAL MATCH (c)-[:CITED_BY]->(d:Source {kind: 'document'})
      WITH c, collect(d.id) AS citing
      WHERE size(citing) = 0 OR any(s IN c.sources WHERE NOT s IN citing) OR any(d IN citing WHERE NOT d IN c.sources)
      RETURN c.id AS id`);
    expect(mismatched).toEqual([]);
    expect(await rows("MATCH (s:Source) WHERE NOT s.kind IN ['document', 'cited'] RETURN s.id")).toEqual([]);
  });
});

describe('sources', () => {
  it('records the Harvard International Review article with its author and publisher', async () => {
    const hir = await node(HIR);
    expect(hir).toMatchObject({
      name: 'The Cybercrime Syndicate Financing the North Korean State',
      publisher: 'Harvard International Review',
      author: 'Joshua Park',
      kind: 'document',
    });
  });

  it('records the Pyongyang Papers article with its title and publisher', async () => {
    expect(await node(PP)).toMatchObject({ name: 'DPRK & state sponsored cyber crime', publisher: 'Pyongyang Papers', kind: 'document' });
  });

  it('models the twelve cited reports with their citing document', async () => {
    const cited = await rows("MATCH (c:Source {kind: 'cited'})-[:CITED_BY {confidence: 'confirmed'}]->(d) RETURN c.id AS c, d.id AS d ORDER BY c");
    expect(cited).toEqual([
      { c: 'csis-paper-2015', d: HIR },
      { c: 'kaspersky-lazarus-assessment', d: HIR },
      { c: 'microsoft-vaccine-claim', d: HIR },
      { c: 'nis-vaccine-report', d: HIR },
      { c: 'the-diplomat-otc-brokers-2021-12', d: PP },
      { c: 'un-poe-report-2019-08', d: PP },
      { c: 'un-poe-report-2021-03', d: PP },
      { c: 'us-army-cyber-agents-estimate', d: HIR },
      { c: 'us-doj-charges-2018', d: HIR },
      { c: 'us-doj-charges-2021-02', d: HIR },
      { c: 'us-ic-guidance-2020-04', d: HIR },
      { c: 'us-treasury-press-release-tian-li', d: PP },
    ]);
  });

  it('dates the cited reports as the documents do', async () => {
    const dated = await rows("MATCH (c:Source {kind: 'cited'}) WHERE c.date IS NOT NULL RETURN c.id AS id, c.date AS date ORDER BY id");
    expect(dated).toEqual([
      { id: 'csis-paper-2015', date: '2015' },
      { id: 'the-diplomat-otc-brokers-2021-12', date: '2021-12' },
      { id: 'un-poe-report-2019-08', date: '2019-08' },
      { id: 'un-poe-report-2021-03', date: '2021-03' },
      { id: 'us-doj-charges-2018', date: '2018' },
      { id: 'us-doj-charges-2021-02', date: '2021-02' },
      { id: 'us-ic-guidance-2020-04', date: '2020-04' },
    ]);
  });

  it('gives the August 2019 UN Panel of Experts figures: nearly US$2 billion, US$541 million from cryptocurrency', async () => {
    const concerns = await rel('un-poe-report-2019-08', 'CONCERNS', 'north-korea');
    expect(concerns).toMatchObject({ amountUsd: 2_000_000_000, cryptocurrencyTheftUsd: 541_000_000 });
    expect(await origins('PUBLISHED', 'un-poe-report-2019-08')).toEqual(['un-panel-of-experts']);
    expect(await rel('un-panel-of-experts', 'PART_OF', 'united-nations')).toBeDefined();
  });

  it('ties DPRK cyber crime to the weapons programme through the March 2021 UN report', async () => {
    const funds = await rel('dprk-cyber-actors', 'FUNDS', 'dprk-nuclear-missile-programme');
    expect(funds?.sources).toEqual(expect.arrayContaining([PP, 'un-poe-report-2021-03']));
    expect(await rel('un-poe-report-2021-03', 'CONCERNS', 'dprk-nuclear-missile-programme')).toBeDefined();
  });

  it('has the CSIS 2015 paper and the April 2020 US intelligence community guidance published by their authors', async () => {
    expect(await origins('PUBLISHED', 'csis-paper-2015')).toEqual(['csis']);
    expect(await origins('PUBLISHED', 'us-ic-guidance-2020-04')).toEqual(['us-intelligence-community']);
  });
});

describe('the Lazarus Group and its aliases', () => {
  it('lists the five aliases on the actor and as Alias nodes pointing at it', async () => {
    const lazarus = await node('lazarus-group');
    expect(lazarus.labels.sort()).toEqual(['Actor', 'Entity', 'Group']);
    expect([...(lazarus.aliases as string[])].sort()).toEqual(['APT38', 'Guardians of Peace', 'HIDDEN COBRA', 'LAZARUS', 'WhoIs Team']);
    const aliasNames = await rows("MATCH (a:Alias)-[:ALIAS_OF]->(:Entity {id: 'lazarus-group'}) RETURN a.name AS name ORDER BY name");
    expect(aliasNames.map((a) => a.name)).toEqual(['APT38', 'Guardians of Peace', 'HIDDEN COBRA', 'LAZARUS', 'WhoIs Team']);
  });

  it('records HIDDEN COBRA as the US government label, confirmed', async () => {
    expect(await rel('alias-hidden-cobra', 'ALIAS_OF', 'lazarus-group')).toMatchObject({ usedBy: 'US government', confidence: 'confirmed', sources: [HIR] });
  });

  it('records Guardians of Peace as the name used in the 2014 Sony attack', async () => {
    expect(await rel('alias-guardians-of-peace', 'ALIAS_OF', 'lazarus-group')).toMatchObject({ since: '2014', usedBy: 'the attackers themselves' });
    expect(await targets('alias-guardians-of-peace', 'APPEARED_IN')).toEqual(['sony-pictures-hack-2014']);
  });

  it('records WhoIs Team as the name in the 2013 attack on South Korea’s financial system', async () => {
    expect(await rel('alias-whois-team', 'ALIAS_OF', 'lazarus-group')).toMatchObject({ since: '2013' });
    expect(await targets('alias-whois-team', 'APPEARED_IN')).toEqual(['south-korea-wiper-attack-2013']);
  });

  it('records APT38 and LAZARUS as the names Pyongyang Papers uses', async () => {
    for (const alias of ['alias-apt38', 'alias-lazarus']) {
      expect(await rel(alias, 'ALIAS_OF', 'lazarus-group')).toMatchObject({ usedBy: 'Pyongyang Papers', sources: [PP] });
    }
  });

  it('dates the group from 2009 with up to US$2 billion stolen as of late 2019', async () => {
    expect(await node('lazarus-group')).toMatchObject({ from: '2009', amountUsd: 2_000_000_000 });
  });

  it('holds state sponsorship as suspected ("believed") towards the regime and alleged towards the state', async () => {
    expect(await rel('lazarus-group', 'SPONSORED_BY', 'dprk-regime')).toMatchObject({ confidence: 'suspected', sources: [PP] });
    expect(await rel('lazarus-group', 'SPONSORED_BY', 'north-korea')).toMatchObject({ confidence: 'alleged', sources: [HIR] });
    expect(await rel('us-intelligence-community', 'ASSESSED', 'lazarus-group')).toMatchObject({ confidence: 'alleged' });
  });

  it('makes Kim Jong Un a sponsor and the leader of North Korea, but not an Actor', async () => {
    const kim = await node('kim-jong-un');
    expect(kim.labels.sort()).toEqual(['Entity', 'Person']);
    expect(await rel('dprk-cyber-actors', 'SPONSORED_BY', 'kim-jong-un')).toBeDefined();
    expect(await rel('kim-jong-un', 'LEADS', 'north-korea')).toBeDefined();
  });

  it('names the nuclear and ballistic missile programme as what the Lazarus Group’s money is alleged to fund', async () => {
    expect(await rel('lazarus-group', 'FUNDS', 'dprk-nuclear-missile-programme')).toMatchObject({ confidence: 'alleged' });
    expect(await rel('dprk-nuclear-missile-programme', 'PART_OF', 'north-korea')).toBeDefined();
  });

  it('quotes Kaspersky’s assessment of the group', async () => {
    expect(await rel('kaspersky', 'ASSESSED', 'lazarus-group')).toMatchObject({
      quote: 'one of the most successful in launching large scale operations against the financial industry',
      sources: [HIR, 'kaspersky-lazarus-assessment'],
    });
  });
});

describe('charges', () => {
  it('has the Justice Department charge Park Jin-Hyok in 2018 and again in February 2021', async () => {
    expect(await rel('us-justice-department', 'CHARGED', 'park-jin-hyok')).toMatchObject({ date: '2018', dates: ['2018', '2021-02'], confidence: 'confirmed' });
  });

  it('charged Park in 2018 with the Sony Pictures hack, the Bangladesh Bank heist and WannaCry', async () => {
    expect(await targets('park-jin-hyok', 'CHARGED_WITH')).toEqual([
      'bangladesh-bank-heist-2016',
      'sony-pictures-hack-2014',
      'thefts-charged-2021',
      'wannacry-attack-2017',
    ]);
    for (const incident of ['bangladesh-bank-heist-2016', 'sony-pictures-hack-2014', 'wannacry-attack-2017']) {
      expect(await rel('park-jin-hyok', 'CHARGED_WITH', incident)).toMatchObject({ date: '2018', sources: [HIR, 'us-doj-charges-2018'] });
    }
  });

  it('charged Jon Chang-Hyok and Kim Il in February 2021 over US$1.3 billion', async () => {
    for (const person of ['jon-chang-hyok', 'kim-il']) {
      expect(await rel('us-justice-department', 'CHARGED', person)).toMatchObject({ date: '2021-02', amountUsd: 1_300_000_000 });
    }
  });

  it('links all three charged men to the US$1.3 billion thefts', async () => {
    expect(await origins('CHARGED_WITH', 'thefts-charged-2021')).toEqual(['jon-chang-hyok', 'kim-il', 'park-jin-hyok']);
    expect(await node('thefts-charged-2021')).toMatchObject({ amountUsd: 1_300_000_000 });
  });

  it('calls Park a suspected Lazarus Group operative', async () => {
    expect(await rel('park-jin-hyok', 'MEMBER_OF', 'lazarus-group')).toMatchObject({ confidence: 'suspected' });
    expect((await node('park-jin-hyok')).labels.sort()).toEqual(['Actor', 'Entity', 'Person']);
  });
});

describe('early attacks and Sony Pictures', () => {
  it('has the 2009 attacks on US and South Korean government websites', async () => {
    expect(await node('government-websites-attacks-2009')).toMatchObject({ date: '2009' });
    expect(await targets('government-websites-attacks-2009', 'TARGETED')).toEqual(['south-korean-government-websites', 'us-government-websites']);
    expect(await rel('lazarus-group', 'CONDUCTED', 'government-websites-attacks-2009')).toBeDefined();
  });

  it('has the 2010, 2011 and 2013 attacks on Korean banks, government servers and media agencies', async () => {
    expect(await node('korea-banks-government-media-attacks-2010-2013')).toMatchObject({ from: '2010', to: '2013', years: ['2010', '2011', '2013'] });
    expect(await targets('korea-banks-government-media-attacks-2010-2013', 'TARGETED')).toEqual([
      'korean-banks',
      'korean-government-servers',
      'korean-media-agencies',
    ]);
  });

  it('has the 2013 wiper attack on the South Korean financial system with homegrown malware', async () => {
    expect(await targets('south-korea-wiper-attack-2013', 'TARGETED')).toEqual(['south-korean-financial-system']);
    expect(await targets('south-korea-wiper-attack-2013', 'USED')).toEqual(['wiper-malware-2013']);
    expect(await rel('lazarus-group', 'DEVELOPED', 'wiper-malware-2013')).toBeDefined();
    expect(await targets('south-korean-financial-system', 'LOCATED_IN')).toEqual(['south-korea']);
  });

  it('has the 2014 Sony Pictures hack destroying 75 percent of servers and stopping The Interview', async () => {
    expect(await node('sony-pictures-hack-2014')).toMatchObject({ date: '2014', serversDestroyedPercent: 75 });
    expect(await targets('sony-pictures-hack-2014', 'TARGETED')).toEqual(['sony-pictures-entertainment', 'the-interview']);
  });

  it('has the Obama administration respond with sanctions on North Korean entities', async () => {
    expect(await rel('obama-administration', 'RESPONDED_TO', 'sony-pictures-hack-2014')).toBeDefined();
    expect(await rel('obama-administration', 'SANCTIONED', 'north-korea')).toMatchObject({ confidence: 'confirmed' });
  });
});

describe('bank heists', () => {
  it('records hacking attempts on banks in at least 18 countries', async () => {
    expect(await node('bank-hacking-attempts-18-countries')).toMatchObject({ countriesMin: 18 });
    expect(await node('banks-in-18-countries')).toMatchObject({ countriesMin: 18 });
  });

  it('records the February 2016 Bangladesh Bank heist: almost US$1 billion routed, US$81 million lost', async () => {
    expect(await node('bangladesh-bank-heist-2016')).toMatchObject({ date: '2016-02', amountUsd: 81_000_000, amountAttemptedUsd: 1_000_000_000 });
    expect(await targets('bangladesh-bank', 'LOCATED_IN')).toEqual(['bangladesh']);
  });

  it('follows the Bangladesh Bank money into the Manila casino industry and North Korea', async () => {
    expect(await rel('bangladesh-bank-heist-2016', 'TRANSFERRED_TO', 'manila-casino-industry')).toMatchObject({ amountUsd: 1_000_000_000 });
    expect(await rel('bangladesh-bank-heist-2016', 'TRANSFERRED_TO', 'north-korea')).toMatchObject({ amountUsd: 81_000_000 });
  });

  it('credits SWIFT checks with blocking most of the Bangladesh Bank funds', async () => {
    expect(await origins('BLOCKED', 'bangladesh-bank-heist-2016')).toEqual(['swift']);
  });

  it('records that attributing the Bangladesh Bank heist to Lazarus took a full year', async () => {
    expect(await rel('bangladesh-bank-heist-2016', 'ATTRIBUTED', 'lazarus-group')).toMatchObject({ by: 'cybersecurity specialists', after: 'a full year' });
  });
});

describe('WannaCry', () => {
  it('crippled 300,000 computers in 150 countries for a Bitcoin ransom in 2017', async () => {
    expect(await node('wannacry-attack-2017')).toMatchObject({ date: '2017', computers: 300_000, countries: 150, ransomCurrency: 'Bitcoin' });
    expect(await rel('lazarus-group', 'CONDUCTED', 'wannacry-attack-2017')).toBeDefined();
  });

  it('exploited Microsoft operating-system vulnerabilities first developed by the NSA', async () => {
    expect(await targets('wannacry-attack-2017', 'EXPLOITED')).toEqual(['nsa-microsoft-exploit']);
    expect(await origins('DEVELOPED', 'nsa-microsoft-exploit')).toEqual(['nsa']);
    expect(await node('nsa-microsoft-exploit')).toMatchObject({ malwareType: 'exploit', affects: 'Microsoft operating system' });
    expect(await targets('wannacry-attack-2017', 'USED')).toEqual(['wannacry']);
  });
});

describe('cryptocurrency', () => {
  it('records the April 2018 exchange hack of almost US$250 million', async () => {
    expect(await node('crypto-exchange-hack-2018')).toMatchObject({ date: '2018-04', amountUsd: 250_000_000 });
    expect(await rel('lazarus-group', 'CONDUCTED', 'crypto-exchange-hack-2018')).toMatchObject({ confidence: 'reported' });
  });

  it('has Tian Yinyin and Li Jiadong launder US$100 million of it, on the Treasury’s word', async () => {
    expect(await origins('LAUNDERED', 'crypto-exchange-hack-2018')).toEqual(['li-jiadong', 'tian-yinyin']);
    for (const person of ['tian-yinyin', 'li-jiadong']) {
      const laundered = await rel(person, 'LAUNDERED', 'crypto-exchange-hack-2018');
      expect(laundered).toMatchObject({ amountUsd: 100_000_000, confidence: 'confirmed' });
      expect(laundered?.sources).toContain('us-treasury-press-release-tian-li');
    }
  });

  it('makes Tian and Li Chinese Person:Launderer nodes, not Actors', async () => {
    for (const person of ['tian-yinyin', 'li-jiadong']) {
      const n = await node(person);
      expect(n.labels.sort()).toEqual(['Entity', 'Launderer', 'Person']);
      expect(n.nationality).toBe('Chinese');
    }
  });

  it('has Tian and Li named in the Treasury press release, sanctioned and linked to LAZARUS (APT38)', async () => {
    for (const person of ['tian-yinyin', 'li-jiadong']) {
      expect(await rel('us-treasury-press-release-tian-li', 'CONCERNS', person)).toMatchObject({ confidence: 'confirmed' });
      expect(await rel('us-treasury', 'SANCTIONED', person)).toBeDefined();
      expect(await rel(person, 'LINKED_TO', 'lazarus-group')).toMatchObject({ quote: 'were linked to the DPRK cyber group – LAZARUS (APT38)' });
      expect(await rel(person, 'LAUNDERED_FOR', 'dprk-regime')).toBeDefined();
    }
  });

  it('has North Korea cash out through OTC brokers, per The Diplomat in December 2021', async () => {
    const otc = await rel('otc-brokers', 'LAUNDERED_FOR', 'north-korea');
    expect(otc?.sources).toEqual(expect.arrayContaining([PP, 'the-diplomat-otc-brokers-2021-12']));
    expect((await node('otc-brokers')).labels.sort()).toEqual(['Entity', 'Launderer']);
  });

  it('records the May 2019 tenfold increase in Monero mining by North Korea', async () => {
    expect(await node('monero-mining-increase-2019')).toMatchObject({ date: '2019-05', coin: 'Monero', increaseFactorMin: 10 });
    expect(await origins('CONDUCTED', 'monero-mining-increase-2019')).toEqual(['north-korea']);
  });

  it('records the September 2020 KuCoin theft of US$281 million from the Seychelles', async () => {
    expect(await node('kucoin-theft-2020')).toMatchObject({ date: '2020-09', amountUsd: 281_000_000 });
    expect(await targets('kucoin', 'LOCATED_IN')).toEqual(['seychelles']);
    expect(await rel('lazarus-group', 'CONDUCTED', 'kucoin-theft-2020')).toMatchObject({ confidence: 'suspected' });
  });

  it('records the Axie Infinity hack of over US$600 million, still believed to be laundered', async () => {
    expect(await node('axie-infinity-hack')).toMatchObject({ amountUsd: 600_000_000 });
    expect(await rel('axie-infinity-hack', 'ATTRIBUTED', 'lazarus-group')).toBeDefined();
    expect(await rel('lazarus-group', 'LAUNDERED', 'axie-infinity-hack')).toMatchObject({ confidence: 'suspected' });
  });

  it('records the alleged Turkish exchange account takeovers feeding actor-controlled wallets', async () => {
    expect(await node('turkish-exchange-account-takeovers')).toMatchObject({ method: 'altering customer information' });
    expect(await rel('dprk-cyber-actors', 'CONDUCTED', 'turkish-exchange-account-takeovers')).toMatchObject({ confidence: 'alleged' });
    expect(await targets('turkish-crypto-exchanges', 'LOCATED_IN')).toEqual(['turkey']);
    expect(await targets('turkish-exchange-account-takeovers', 'TRANSFERRED_TO')).toEqual(['actor-controlled-wallets']);
    expect(await targets('actor-controlled-wallets', 'TRANSFERRED_TO')).toEqual(['dprk-regime']);
  });
});

describe('vaccine intellectual property', () => {
  it('has the NIS report the attempts and call them unsuccessful', async () => {
    expect(await rel('south-korea-nis', 'REPORTED', 'vaccine-ip-attempts')).toMatchObject({ outcome: 'unsuccessful' });
    expect(await targets('south-korea-nis', 'LOCATED_IN')).toEqual(['south-korea']);
  });

  it('holds AstraZeneca and Pfizer as suspected targets ("unconfirmed sources suggest")', async () => {
    for (const company of ['astrazeneca', 'pfizer']) {
      expect(await rel('vaccine-ip-attempts', 'TARGETED', company)).toMatchObject({ confidence: 'suspected' });
    }
  });

  it('reports, per Microsoft, at least nine pharmaceutical companies hit in collaboration with Russia', async () => {
    expect(await node('nine-pharmaceutical-companies')).toMatchObject({ companiesMin: 9 });
    expect(await rel('vaccine-ip-attempts', 'TARGETED', 'nine-pharmaceutical-companies')).toMatchObject({ confidence: 'reported' });
    expect(await rel('dprk-cyber-actors', 'COLLABORATED_WITH', 'russia')).toMatchObject({ sources: [HIR, 'microsoft-vaccine-claim'] });
  });
});

describe('China and the overseas agents', () => {
  it('has DPRK cyber actors trained in Shenyang, China', async () => {
    expect(await rel('dprk-cyber-actors', 'TRAINED_IN', 'china')).toMatchObject({ city: 'Shenyang', sources: [HIR, PP] });
  });

  it('has North Korean students at the Harbin Institute of Technology and Kim Il-sung University', async () => {
    expect(await targets('dprk-cyber-actors', 'TRAINED_IN')).toEqual(['china', 'harbin-institute-of-technology', 'kim-il-sung-university']);
    expect(await targets('harbin-institute-of-technology', 'LOCATED_IN')).toEqual(['china']);
    expect(await targets('kim-il-sung-university', 'LOCATED_IN')).toEqual(['north-korea']);
  });

  it('holds operations from the DPRK–China border and Chinese complicity as suspected', async () => {
    expect(await rel('dprk-cyber-actors', 'OPERATES_IN', 'china')).toMatchObject({ confidence: 'suspected' });
    expect(await rel('china', 'COLLABORATED_WITH', 'dprk-cyber-actors')).toMatchObject({
      confidence: 'suspected',
      quote: 'highly likely that Chinese Government are aware and therefore complicit',
    });
  });

  it('counts 6,000 overseas cyber agents in India, Kenya and New Zealand, per the US Army', async () => {
    expect(await node('dprk-overseas-cyber-agents')).toMatchObject({ agents: 6000 });
    expect(await targets('dprk-overseas-cyber-agents', 'OPERATES_IN')).toEqual(['india', 'kenya', 'new-zealand']);
    expect((await rel('dprk-overseas-cyber-agents', 'OPERATES_IN', 'kenya'))?.sources).toContain('us-army-cyber-agents-estimate');
  });
});

describe('sanctions on the DPRK', () => {
  it('has the UN, the US and the EU sanction North Korea', async () => {
    expect(await origins('SANCTIONED', 'north-korea')).toEqual(['european-union', 'obama-administration', 'united-nations', 'united-states']);
    for (const by of ['european-union', 'united-nations', 'united-states']) {
      expect(await rel(by, 'SANCTIONED', 'north-korea')).toMatchObject({ confidence: 'confirmed', sources: [PP] });
    }
  });

  it('gives North Korea its population of 26 million and the DPRK alias', async () => {
    expect(await node('north-korea')).toMatchObject({ population: 26_000_000, aliases: ['DPRK'] });
  });
});

describe('dates as values (18_time_spans.cypher)', () => {
  const span = async (match: string, params: Props) =>
    (await rows(`${match} RETURN toString(x.timeFrom) AS from, toString(x.timeTo) AS to, x.timePrecision AS precision`, params))[0];

  it('spans a month-precise date over the whole month: the Bangladesh Bank heist is February 2016', async () => {
    expect(await span('MATCH (x:Entity {id: $id})', { id: 'bangladesh-bank-heist-2016' })).toEqual({
      from: '2016-02-01',
      to: '2016-02-29',
      precision: 'month',
    });
  });

  it('spans a year-precise date over the whole year, and a period from its start to its end', async () => {
    expect(await span('MATCH (x:Entity {id: $id})', { id: 'sony-pictures-hack-2014' })).toEqual({ from: '2014-01-01', to: '2014-12-31', precision: 'year' });
    expect(await span('MATCH (x:Entity {id: $id})', { id: 'korea-banks-government-media-attacks-2010-2013' })).toEqual({
      from: '2010-01-01',
      to: '2013-12-31',
      precision: 'year',
    });
  });

  it('leaves the end open when only a start is known (the Lazarus Group, active from 2009)', async () => {
    expect(await span('MATCH (x:Entity {id: $id})', { id: 'lazarus-group' })).toEqual({ from: '2009-01-01', to: null, precision: 'year' });
  });

  it('spans a relationship over every date it recurred on: Park was charged in 2018 and in February 2021', async () => {
    const match = 'MATCH (:Entity {id: $a})-[x:CHARGED]->(:Entity {id: $b})';
    expect(await span(match, { a: 'us-justice-department', b: 'park-jin-hyok' })).toEqual({ from: '2018-01-01', to: '2021-02-28', precision: 'year' });
  });

  it('gives every element with date text a span and none without, and the values are Neo4j dates', async () => {
    const [check] = await rows(`
      CALL () { MATCH (n:Entity) WHERE (n.date IS NOT NULL OR n.from IS NOT NULL) <> (n.timeFrom IS NOT NULL) RETURN count(n) AS badNodes }
      CALL () { MATCH ()-[r]->() WHERE (r.date IS NOT NULL OR r.from IS NOT NULL OR r.since IS NOT NULL) <> (r.timeFrom IS NOT NULL) RETURN count(r) AS badRels }
      CALL () { MATCH (n:Entity) WHERE n.timeFrom IS NOT NULL AND NOT n.timeFrom IS :: DATE RETURN count(n) AS notDates }
      RETURN badNodes, badRels, notDates`);
    expect(check).toEqual({ badNodes: 0, badRels: 0, notDates: 0 });
  });

  it('compares spans of different precision by overlap: "2016" and "2016-02" overlap, "2015" and "2016-02" do not', async () => {
    const [found] = await rows(`
      MATCH (x:Entity {id: 'bangladesh-bank-heist-2016'})
      RETURN x.timeFrom <= date('2016-12-31') AND x.timeTo >= date('2016-01-01') AS in2016,
             x.timeFrom <= date('2015-12-31') AND x.timeTo >= date('2015-01-01') AS in2015`);
    expect(found).toEqual({ in2016: true, in2015: false });
  });

  it('indexes the start and end of node spans', async () => {
    const indexes = await rows("SHOW INDEXES YIELD name, properties WHERE name STARTS WITH 'entity_time' RETURN name, properties ORDER BY name");
    expect(indexes).toEqual([
      { name: 'entity_time_from', properties: ['timeFrom'] },
      { name: 'entity_time_to', properties: ['timeTo'] },
    ]);
  });
});
