// The shape of the synthetic graph: the labels, relationship types and properties of the real dataset
// (docs/data-model.md), in proportions that grow to millions of nodes with a skewed degree distribution.
import { dateSpan } from '../../contract/time.ts';
import { type Random, Scatter, zipfRank } from './random.ts';

/** One kind of node: a set of labels (besides Entity), with its share of the nodes. */
interface Kind {
  key: KindKey;
  /** Id prefix: ids are `<slug>-<n>`, slugs like the real ones. */
  slug: string;
  labels: string[];
  /** Share of all nodes; Country and Source are sized by `size` instead. */
  share: number;
  size?: (nodes: number) => number;
}

export type KindKey =
  | 'source'
  | 'country'
  | 'organization'
  | 'group'
  | 'operative'
  | 'person'
  | 'personLaunderer'
  | 'launderer'
  | 'alias'
  | 'victim'
  | 'incident'
  | 'malware';

const KINDS: Kind[] = [
  { key: 'source', slug: 'source', labels: ['Source'], share: 0, size: (n) => clamp(Math.round(n * 0.02), 14, 50_000) },
  { key: 'country', slug: 'country', labels: ['Country'], share: 0, size: (n) => clamp(Math.round(n / 2000), 11, 250) },
  { key: 'organization', slug: 'org', labels: ['Organization'], share: 0.14 },
  { key: 'group', slug: 'group', labels: ['Actor', 'Group'], share: 0.01 },
  { key: 'operative', slug: 'operative', labels: ['Actor', 'Person'], share: 0.06 },
  { key: 'person', slug: 'person', labels: ['Person'], share: 0.02 },
  { key: 'personLaunderer', slug: 'launderer-person', labels: ['Person', 'Launderer'], share: 0.02 },
  { key: 'launderer', slug: 'launderer', labels: ['Launderer'], share: 0.03 },
  { key: 'alias', slug: 'alias', labels: ['Alias'], share: 0.06 },
  { key: 'victim', slug: 'victim', labels: ['Victim'], share: 0.28 },
  { key: 'incident', slug: 'incident', labels: ['Incident'], share: 0.28 },
  { key: 'malware', slug: 'malware', labels: ['Malware'], share: 0.05 },
];

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

export interface Pool {
  kind: Kind;
  /** Global index of the pool's first node; nodes are numbered 0..nodes-1 across pools. */
  start: number;
  count: number;
}

/** How many nodes of each kind, in a fixed order: the pools are contiguous ranges of global indexes. */
export function layout(nodes: number): Pool[] {
  const fixed = KINDS.filter((kind) => kind.size).map((kind) => ({ kind, count: kind.size!(nodes) }));
  const rest = Math.max(0, nodes - fixed.reduce((sum, pool) => sum + pool.count, 0));
  const shares = KINDS.filter((kind) => !kind.size);
  const totalShare = shares.reduce((sum, kind) => sum + kind.share, 0);
  const counts = shares.map((kind) => ({ kind, count: Math.max(1, Math.floor((rest * kind.share) / totalShare)) }));
  // Rounding leftovers go to the largest kind, so the total is exact.
  const assigned = counts.reduce((sum, pool) => sum + pool.count, 0);
  counts.find((pool) => pool.kind.key === 'victim')!.count += rest - assigned;
  let start = 0;
  return [...fixed, ...counts].map(({ kind, count }) => {
    const pool = { kind, start, count };
    start += count;
    return pool;
  });
}

export function nodeIdOf(pool: Pool, local: number): string {
  return `${pool.kind.slug}-${local}`;
}

// ---- Relationship types: who links to whom (docs/data-model.md), and each type's share of the relationships ----

interface RelVariant {
  from: KindKey[];
  to: KindKey[];
}

export interface RelType {
  type: string;
  weight: number;
  variants: RelVariant[];
}

const ACTOR: KindKey[] = ['group', 'operative'];
const PERSON: KindKey[] = ['operative', 'person', 'personLaunderer'];
const LAUNDERER: KindKey[] = ['personLaunderer', 'launderer'];

export const REL_TYPES: RelType[] = [
  { type: 'ALIAS_OF', weight: 3, variants: [{ from: ['alias'], to: ACTOR }] },
  { type: 'APPEARED_IN', weight: 3, variants: [{ from: ['alias'], to: ['incident'] }] },
  { type: 'MEMBER_OF', weight: 3, variants: [{ from: ['operative'], to: ['group'] }] },
  {
    type: 'PART_OF',
    weight: 2,
    variants: [
      { from: ['group'], to: ['group'] },
      { from: ['organization'], to: ['organization', 'country'] },
    ],
  },
  { type: 'SPONSORED_BY', weight: 1, variants: [{ from: ['group'], to: ['organization', 'country', 'person'] }] },
  { type: 'LEADS', weight: 0.05, variants: [{ from: ['person'], to: ['country'] }] },
  {
    type: 'CONDUCTED',
    weight: 10,
    variants: [
      { from: ACTOR, to: ['incident'] },
      { from: ['country'], to: ['incident'] },
    ],
  },
  { type: 'TARGETED', weight: 15, variants: [{ from: ['incident'], to: ['victim'] }] },
  { type: 'USED', weight: 6, variants: [{ from: ['incident'], to: ['malware'] }] },
  { type: 'EXPLOITED', weight: 2, variants: [{ from: ['incident'], to: ['malware'] }] },
  { type: 'DEVELOPED', weight: 2, variants: [{ from: [...ACTOR, 'organization'], to: ['malware'] }] },
  { type: 'ATTRIBUTED', weight: 3, variants: [{ from: ['incident'], to: ACTOR }] },
  { type: 'REPORTED', weight: 6, variants: [{ from: ['organization'], to: ['incident'] }] },
  { type: 'BLOCKED', weight: 1, variants: [{ from: ['organization'], to: ['incident'] }] },
  { type: 'RESPONDED_TO', weight: 2, variants: [{ from: ['organization'], to: ['incident'] }] },
  { type: 'LAUNDERED', weight: 4, variants: [{ from: [...LAUNDERER, ...ACTOR], to: ['incident'] }] },
  { type: 'LAUNDERED_FOR', weight: 1.5, variants: [{ from: LAUNDERER, to: ['organization', 'country'] }] },
  {
    type: 'TRANSFERRED_TO',
    weight: 4,
    variants: [
      { from: ['incident'], to: ['organization', ...LAUNDERER] },
      { from: LAUNDERER, to: ['organization', 'country'] },
    ],
  },
  {
    type: 'LINKED_TO',
    weight: 1.5,
    variants: [
      { from: PERSON, to: ACTOR },
      { from: ['country'], to: ['country'] },
    ],
  },
  {
    type: 'COLLABORATED_WITH',
    weight: 1.5,
    variants: [
      { from: ACTOR, to: ['country'] },
      { from: ['country'], to: ACTOR },
      { from: LAUNDERER, to: LAUNDERER },
    ],
  },
  { type: 'OPERATES_IN', weight: 1, variants: [{ from: ACTOR, to: ['country'] }] },
  { type: 'TRAINED_IN', weight: 0.5, variants: [{ from: ACTOR, to: ['country', 'organization'] }] },
  { type: 'LOCATED_IN', weight: 4, variants: [{ from: ['victim', 'organization'], to: ['country'] }] },
  { type: 'FUNDS', weight: 0.5, variants: [{ from: ACTOR, to: ['organization'] }] },
  { type: 'ASSESSED', weight: 2, variants: [{ from: ['organization'], to: ACTOR }] },
  { type: 'CHARGED', weight: 1, variants: [{ from: ['organization'], to: PERSON }] },
  { type: 'CHARGED_WITH', weight: 1.5, variants: [{ from: PERSON, to: ['incident'] }] },
  { type: 'SANCTIONED', weight: 1, variants: [{ from: ['organization', 'country'], to: ['country', ...PERSON] }] },
  { type: 'CITED_BY', weight: 0.5, variants: [{ from: ['source'], to: ['source'] }] },
  { type: 'PUBLISHED', weight: 1, variants: [{ from: ['organization'], to: ['source'] }] },
  {
    type: 'CONCERNS',
    weight: 6,
    variants: [{ from: ['source'], to: [...PERSON, ...ACTOR, 'country', 'incident', ...LAUNDERER, 'organization'] }],
  },
];

/** Exponents of the Zipf laws: how strongly a few nodes attract the links that start (out) or end (in) at their kind. */
export const SKEW = { out: 0.55, in: 0.7, sources: 1.05 };

/** A union of pools that one end of a relationship is drawn from, with Zipf-skewed, scattered picks. */
export class Endpoint {
  readonly #pools: Pool[];
  readonly #size: number;
  readonly #scatter: Scatter;
  readonly #skew: number;

  constructor(pools: Pool[], keys: KindKey[], skew: number, salt: number) {
    const wanted = [...new Set(keys)];
    this.#pools = pools.filter((pool) => wanted.includes(pool.kind.key) && pool.count > 0);
    this.#size = this.#pools.reduce((sum, pool) => sum + pool.count, 0);
    this.#scatter = new Scatter(this.#size, salt);
    this.#skew = skew;
  }

  get size(): number {
    return this.#size;
  }

  /** Global node index. */
  pick(random: Random): number {
    let offset = this.#scatter.map(zipfRank(random, this.#size, this.#skew));
    for (const pool of this.#pools) {
      if (offset < pool.count) return pool.start + offset;
      offset -= pool.count;
    }
    throw new Error('unreachable');
  }
}

// ---- Words: names, aliases and summaries that full-text search can find ----

const ADJECTIVES = (
  'crimson silent hidden golden iron northern eastern shadow velvet copper silver scarlet frozen amber hollow ' +
  'bright quiet rapid distant ancient broken cobalt emerald jade onyx ivory violet azure stormy lunar solar ' +
  'wild grey black white red blue green dark pale deep high low swift bold secret open lost first last'
).split(' ');
const NOUNS = (
  'cobra falcon tiger dragon lotus river harbor mountain bridge garden tower phoenix raven wolf lion bear ' +
  'panther orchid comet arrow anchor beacon citadel delta ember forge glacier horizon island lantern meadow ' +
  'nebula oasis pillar quarry ridge summit temple valley willow zenith canyon coral crane dune fjord grove'
).split(' ');
const SYLLABLES = 'ka ri mo ta zu lo pe shi na vo ek ul ar in dor bel gan hu jo kim lee park sun yo min ha'.split(' ');
const SUFFIX: Record<KindKey, string[]> = {
  source: ['Report', 'Advisory', 'Assessment', 'Press Release', 'Bulletin'],
  country: ['Republic', 'Federation', 'Kingdom', 'State'],
  organization: ['Ministry', 'Agency', 'Bureau', 'Institute', 'Corporation', 'Council', 'Exchange Authority'],
  group: ['Group', 'Team', 'Collective', 'Unit', 'Bureau 121'],
  operative: [],
  person: [],
  personLaunderer: [],
  launderer: ['OTC Desk', 'Wallet Cluster', 'Mixer', 'Brokerage', 'Trading Co'],
  alias: [],
  victim: ['Bank', 'Exchange', 'Studios', 'Hospital', 'University', 'Pharma', 'Networks', 'Games'],
  incident: ['heist', 'hack', 'campaign', 'breach', 'ransomware attack', 'theft', 'wiper attack'],
  malware: ['Loader', 'Wiper', 'RAT', 'Dropper', 'Crypt', 'Backdoor'],
};
const SECTORS = ['banking', 'government', 'media', 'finance', 'entertainment', 'film', 'cryptocurrency', 'computer game', 'pharmaceutical'];
const MALWARE_TYPES = ['ransomware', 'wiper', 'exploit'];
const VERBS = ['targets', 'funds', 'hides', 'moves', 'steals from', 'reports on', 'works with', 'trains', 'attacks', 'launders for'];
const CONFIDENCE = [
  { weight: 25, value: 'confirmed' },
  { weight: 45, value: 'reported' },
  { weight: 10, value: 'alleged' },
  { weight: 20, value: 'suspected' },
];

function cap(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** A made-up word of 2–3 syllables: tens of thousands of distinct words, each in a handful of names. */
function pseudoWord(random: Random): string {
  const n = 2 + random.int(2);
  let word = '';
  for (let i = 0; i < n; i++) word += random.pick(SYLLABLES);
  return word;
}

function personName(random: Random): string {
  return `${cap(pseudoWord(random))} ${cap(random.pick(SYLLABLES))}-${cap(pseudoWord(random))}`;
}

function nameFor(key: KindKey, random: Random): string {
  const adjective = cap(random.pick(ADJECTIVES));
  const noun = cap(random.pick(NOUNS));
  const word = cap(pseudoWord(random));
  const suffix = SUFFIX[key].length ? random.pick(SUFFIX[key]) : '';
  switch (key) {
    case 'operative':
    case 'person':
    case 'personLaunderer':
      return personName(random);
    case 'alias':
      return `${adjective} ${noun}`.toUpperCase();
    case 'country':
      return `${word} ${suffix}`;
    case 'incident':
      return `${word} ${noun} ${suffix} ${year(random)}`;
    case 'malware':
      return `${word}${suffix}`;
    case 'source':
      return `${word} ${suffix} on the ${adjective} ${noun} (${year(random)})`;
    default:
      return `${adjective} ${noun} ${word} ${suffix}`.trim();
  }
}

function year(random: Random): string {
  return String(2009 + random.int(16));
}

function dateText(random: Random): string {
  const y = year(random);
  const precision = random.int(3);
  if (precision === 0) return y;
  const m = String(1 + random.int(12)).padStart(2, '0');
  return precision === 1 ? `${y}-${m}` : `${y}-${m}-${String(1 + random.int(28)).padStart(2, '0')}`;
}

export type Properties = Record<string, unknown>;

/**
 * The span of days an element's date text covers (`timeFrom`, `timeTo`, `timePrecision`, as `YYYY-MM-DD` text that the
 * loader sends as Neo4j dates), by the rules of cypher/seed/18_time_spans.cypher: from the first day of the earliest
 * date to the last day of the latest; a start alone (`from` or `since`) leaves the end open. Nothing when undated.
 */
function timeSpan(props: Properties): Properties {
  const texts = [props.date, props.from, props.since, props.to, ...((props.dates as string[] | undefined) ?? [])].filter(
    (text): text is string => typeof text === 'string',
  );
  const spans = texts.map((text) => dateSpan(text)!);
  if (spans.length === 0) return {};
  const first = spans.reduce((earliest, span) => (span.from < earliest.from ? span : earliest));
  const open = props.date === undefined && props.dates === undefined && props.to === undefined;
  const timeTo = spans
    .map((span) => span.to)
    .sort()
    .at(-1);
  return { timeFrom: first.from, ...(open ? {} : { timeTo }), timePrecision: first.precision };
}

/**
 * Relationship types that carry a date in the real dataset, with the share of them that do there (cypher/seed/1*):
 * `date` when the link took effect, or `since` when a name came into use (an open span).
 */
const DATED_RELATIONSHIPS: Record<string, { share: number; field: 'date' | 'since' }> = {
  CONDUCTED: { share: 0.65, field: 'date' },
  TARGETED: { share: 0.4, field: 'date' },
  PUBLISHED: { share: 0.6, field: 'date' },
  TRANSFERRED_TO: { share: 0.5, field: 'date' },
  DEVELOPED: { share: 0.5, field: 'date' },
  APPEARED_IN: { share: 1, field: 'date' },
  SPONSORED_BY: { share: 0.25, field: 'since' },
  ALIAS_OF: { share: 0.4, field: 'since' },
};

/** The first two Source nodes play the two documents every relationship cites. */
const DOCUMENTS = ['source-0', 'source-1'];

function sourceList(random: Random, sources: Endpoint, pools: Pool[], max: number): string[] {
  const ids = new Set<string>([random.pick(DOCUMENTS)]);
  const extra = random.int(max);
  const sourcePool = pools.find((pool) => pool.kind.key === 'source')!;
  for (let i = 0; i < extra; i++) ids.add(nodeIdOf(sourcePool, sources.pick(random) - sourcePool.start));
  return [...ids];
}

/** Properties of one node, every one the real dataset's node has (id, name, aliases, summary, sources) plus its kind's. */
export function nodeProperties(pool: Pool, local: number, random: Random, pools: Pool[], sources: Endpoint): Properties {
  const key = pool.kind.key;
  const name = nameFor(key, random);
  const aliasCount = key === 'group' || key === 'operative' ? random.int(4) : key === 'incident' || key === 'launderer' ? (random.float() < 0.15 ? 1 : 0) : 0;
  const aliases = Array.from({ length: aliasCount }, () => `${cap(random.pick(ADJECTIVES))} ${cap(pseudoWord(random))}`);
  const summary = `${name} ${random.pick(VERBS)} the ${random.pick(ADJECTIVES)} ${random.pick(NOUNS)} network of ${cap(pseudoWord(random))}, ${random.pick(VERBS)} ${cap(pseudoWord(random))} ${random.pick(SUFFIX.victim)} since ${year(random)}.`;
  const id = nodeIdOf(pool, local);
  const props: Properties = { id, name, aliases, summary, sources: key === 'source' ? [id] : sourceList(random, sources, pools, 2) };
  switch (key) {
    case 'incident':
      props.date = dateText(random);
      if (random.float() < 0.7) props.amountUsd = 10_000 * (1 + random.int(200_000));
      break;
    case 'source':
      props.kind = local < DOCUMENTS.length ? 'document' : 'cited';
      props.publisher = `${cap(random.pick(ADJECTIVES))} ${cap(random.pick(NOUNS))} ${random.pick(SUFFIX.organization)}`;
      if (local >= DOCUMENTS.length) props.date = dateText(random);
      break;
    case 'victim':
      props.sector = random.pick(SECTORS);
      if (random.float() < 0.3) props.date = dateText(random);
      break;
    case 'malware':
      props.malwareType = random.pick(MALWARE_TYPES);
      props.date = dateText(random);
      break;
    case 'group':
      props.from = year(random);
      if (random.float() < 0.3) props.amountUsd = 1_000_000 * (1 + random.int(2000));
      break;
    case 'country':
      props.population = 100_000 * (1 + random.int(5000));
      break;
    case 'personLaunderer':
    case 'operative':
      if (random.float() < 0.5) props.nationality = random.pick(['North Korean', 'Chinese', 'Russian', 'unknown']);
      break;
    default:
      break;
  }
  return { ...props, ...timeSpan(props) };
}

/**
 * Properties of one relationship: always sources (one of the documents first) and confidence, sometimes more. Dates
 * other than a charge's are drawn from `dates`, a stream of their own, so that adding them left the graph's shape
 * (which pairs are linked, drawn from `random`) as it was.
 */
export function relProperties(type: string, random: Random, dates: Random, pools: Pool[], sources: Endpoint): Properties {
  const props: Properties = { sources: sourceList(random, sources, pools, 2), confidence: random.weighted(CONFIDENCE) };
  switch (type) {
    case 'LAUNDERED':
    case 'TRANSFERRED_TO':
    case 'LAUNDERED_FOR':
      if (random.float() < 0.6) props.amountUsd = 10_000 * (1 + random.int(100_000));
      break;
    case 'CHARGED':
    case 'CHARGED_WITH': {
      const first = dateText(random);
      props.date = first;
      if (random.float() < 0.2) props.dates = [first, dateText(random)];
      break;
    }
    default:
      break;
  }
  if (random.float() < 0.1) props.quote = `${random.pick(VERBS)} the ${random.pick(ADJECTIVES)} ${random.pick(NOUNS)}`;
  const dated = DATED_RELATIONSHIPS[type];
  if (dated && dates.float() < dated.share) props[dated.field] = dated.field === 'since' ? year(dates) : dateText(dates);
  return { ...props, ...timeSpan(props) };
}
