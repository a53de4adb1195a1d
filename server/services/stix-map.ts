// The pure half of the STIX 2.1 import: checks a bundle's structure, and turns each object it understands into what
// it says about an entity or a link (no Neo4j here). docs/stix.md is the mapping table this module implements.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Confidence } from '../../contract/limits.ts';

// ---- Structure: only what the import reads, with limits; everything else an object carries is ignored ----

const STIX_ID = /^[a-z][a-z0-9-]{0,99}--[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const stixId = z.string().max(200).regex(STIX_ID, 'not a STIX identifier (type--UUID)');
const text = (max: number) => z.string().max(max, `longer than ${max.toLocaleString('en')} characters`);
const timestamp = z
  .string()
  .max(40)
  .regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/, 'not a STIX timestamp');
const names = z.array(text(500)).max(500, 'more than 500 names');

const LIMITS = { name: 500, description: 100_000, pattern: 20_000, references: 1000, objectRefs: 100_000 } as const;

const ExternalReference = z.object({
  source_name: text(1000),
  description: text(10_000).optional(),
  url: text(4000).optional(),
  external_id: text(300).optional(),
});

const StixObject = z.object({
  type: z.string().regex(/^[a-z][a-z0-9-]{0,99}$/, 'not a STIX type name'),
  id: stixId,
  created: timestamp.optional(),
  modified: timestamp.optional(),
  created_by_ref: stixId.optional(),
  revoked: z.boolean().optional(),
  x_mitre_deprecated: z.boolean().optional(),
  confidence: z.number().int().min(0).max(100).optional(),
  external_references: z.array(ExternalReference).max(LIMITS.references).optional(),
  object_marking_refs: z.array(stixId).max(100).optional(),
  name: text(LIMITS.name).optional(),
  description: text(LIMITS.description).optional(),
  aliases: names.optional(),
  x_mitre_aliases: names.optional(),
  first_seen: timestamp.optional(),
  last_seen: timestamp.optional(),
  kill_chain_phases: z
    .array(z.object({ kill_chain_name: text(200), phase_name: text(200) }))
    .max(100)
    .optional(),
  x_mitre_is_subtechnique: z.boolean().optional(),
  x_mitre_platforms: z.array(text(200)).max(100).optional(),
  malware_types: z.array(text(200)).max(100).optional(),
  tool_types: z.array(text(200)).max(100).optional(),
  is_family: z.boolean().optional(),
  identity_class: text(200).optional(),
  sectors: z.array(text(200)).max(100).optional(),
  resource_level: text(200).optional(),
  country: text(10).optional(),
  region: text(200).optional(),
  pattern: text(LIMITS.pattern).optional(),
  pattern_type: text(200).optional(),
  valid_from: timestamp.optional(),
  published: timestamp.optional(),
  object_refs: z.array(stixId).max(LIMITS.objectRefs).optional(),
  relationship_type: z
    .string()
    .regex(/^[a-z][a-z0-9-]{0,49}$/, 'not a relationship type name')
    .optional(),
  source_ref: stixId.optional(),
  target_ref: stixId.optional(),
  start_time: timestamp.optional(),
  stop_time: timestamp.optional(),
  definition_type: text(100).optional(),
  definition: z.object({ tlp: text(50).optional(), statement: text(5000).optional() }).optional(),
  extensions: z.record(z.string(), z.unknown()).optional(),
});
export type StixObject = z.infer<typeof StixObject>;

const Bundle = z.object({
  type: z.literal('bundle', { error: 'type must be "bundle"' }),
  id: stixId.optional(),
  objects: z.array(z.unknown(), { error: 'objects must be a list' }).max(1_000_000, 'more than a million objects'),
});

export class BundleError extends Error {}

/** The bundle's id and objects, or a BundleError saying why the input is not a STIX bundle. */
export function readBundle(input: unknown): { id: string | undefined; objects: unknown[] } {
  if (input === null || typeof input !== 'object' || Array.isArray(input))
    throw new BundleError('Not a STIX bundle: expected a JSON object with "type": "bundle"');
  const parsed = Bundle.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new BundleError(`Not a STIX bundle: ${issue.path.join('.') || 'bundle'}: ${issue.message}`);
  }
  return { id: parsed.data.id, objects: parsed.data.objects };
}

export interface Skip {
  index: number;
  stixId?: string | undefined;
  type?: string | undefined;
  name?: string | undefined;
  reason: string;
}

/** One object's structure, or why it is skipped. */
export function checkObject(value: unknown, index: number): { object: StixObject } | { skip: Skip } {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { skip: { index, reason: 'not a JSON object' } };
  const raw = value as Record<string, unknown>;
  const described = {
    index,
    stixId: typeof raw.id === 'string' ? raw.id.slice(0, 200) : undefined,
    type: typeof raw.type === 'string' ? raw.type.slice(0, 100) : undefined,
  };
  if (typeof raw.type !== 'string' || typeof raw.id !== 'string') return { skip: { ...described, reason: 'no id or no type' } };
  const parsed = StixObject.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { skip: { ...described, reason: `${issue.path.join('.') || 'object'}: ${issue.message}` } };
  }
  return { object: parsed.data };
}

// ---- Confidence ----

/**
 * STIX confidence (0–100) onto the four levels the graph uses, after the Admiralty scale of STIX 2.1 appendix A:
 * 90–100 confirmed, 70–89 reported, 50–69 alleged, 0–49 suspected. Without a number the source states the fact plainly:
 * reported.
 */
export function confidenceLevel(value: number | undefined): Confidence {
  if (value === undefined) return 'reported';
  if (value >= 90) return 'confirmed';
  if (value >= 70) return 'reported';
  if (value >= 50) return 'alleged';
  return 'suspected';
}

// ---- Names ----

/** Case- and punctuation-insensitive form of a name: lower-case letters and digits only. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** Characters the database side strips to compare names the same way (Cypher has no regular-expression replace). */
export const PUNCTUATION = [...' \t\n-_.,;:!?\'"`’‘“”()[]{}<>/\\|@#$%^&*+=~–—'];

export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

/** ATT&CK's text: `[Name](https://attack.mitre.org/…)` links become the name, `(Citation: …)` markers go. */
export function plainText(text: string): string {
  return text
    .replace(/\[([^\]]{1,500})\]\((https?:[^)\s]{1,2000})\)/g, '$1')
    .replace(/\(Citation:[^)]{0,500}\)/g, '')
    .replace(/[ \t]+\n/g, '\n')
    .trim();
}

/** The first sentences of a text, at most about 300 characters: the node's summary. */
function summaryOf(text: string): string {
  const firstParagraph = text.split(/\n\s*\n/)[0] ?? '';
  const sentences = firstParagraph.match(/[^.!?]+[.!?]+(\s|$)/g) ?? [firstParagraph];
  let summary = '';
  for (const sentence of sentences) {
    if (summary && summary.length + sentence.length > 300) break;
    summary += sentence;
  }
  return (summary || firstParagraph).trim().slice(0, 600);
}

/** STIX timestamps as the graph writes dates: `YYYY-MM-DD`. */
function day(timestamp: string | undefined): string | undefined {
  return timestamp?.slice(0, 10);
}

// ---- Markings ----

const TLP_IDS: Record<string, string> = {
  'marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9': 'TLP:WHITE',
  'marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da': 'TLP:GREEN',
  'marking-definition--f88d31f6-486f-44da-b317-01333bde0b82': 'TLP:AMBER',
  'marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed': 'TLP:RED',
  'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487': 'TLP:CLEAR',
  'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb': 'TLP:GREEN',
  'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421': 'TLP:AMBER',
  'marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003': 'TLP:AMBER+STRICT',
  'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1': 'TLP:RED',
};

/** What a marking definition says: a TLP level (`TLP:GREEN`) or a statement. */
export function markingOf(object: StixObject): { tlp?: string; statement?: string } {
  const known = TLP_IDS[object.id];
  if (known) return { tlp: known };
  if (object.definition_type === 'tlp' && object.definition?.tlp) return { tlp: `TLP:${object.definition.tlp.toUpperCase()}` };
  for (const extension of Object.values(object.extensions ?? {})) {
    const level = (extension as { tlp_2_0?: unknown } | null)?.tlp_2_0;
    if (typeof level === 'string') return { tlp: `TLP:${level.toUpperCase().slice(0, 20)}` };
  }
  if (object.definition?.statement) return { statement: object.definition.statement };
  return {};
}

/** The marking definition an export refers to for a TLP level: TLP 1.0's for the four 1.0 levels, else TLP 2.0's. */
export function tlpMarkingId(level: string): string | undefined {
  const ids = Object.entries(TLP_IDS).filter(([, tlp]) => tlp === level);
  return ids[0]?.[0];
}

// ---- Entities ----

/** Which nodes an incoming object may join: the same kind means one of these labels. */
export const KINDS = {
  group: { labels: ['Actor', 'Group'], matches: ['Group'] },
  person: { labels: ['Actor', 'Person'], matches: ['Person'] },
  campaign: { labels: ['Campaign'], matches: ['Campaign', 'Incident'] },
  malware: { labels: ['Malware'], matches: ['Malware', 'Tool'] },
  tool: { labels: ['Tool'], matches: ['Tool', 'Malware'] },
  technique: { labels: ['Technique'], matches: ['Technique'] },
  organization: { labels: ['Organization'], matches: ['Organization', 'Victim'] },
  victim: { labels: ['Victim'], matches: ['Victim', 'Organization'] },
  individual: { labels: ['Person'], matches: ['Person'] },
  country: { labels: ['Country'], matches: ['Country'] },
  location: { labels: ['Location'], matches: ['Location'] },
  vulnerability: { labels: ['Vulnerability'], matches: ['Vulnerability'] },
  indicator: { labels: ['Indicator'], matches: ['Indicator'] },
  report: { labels: ['Source'], matches: ['Source'] },
} as const;
type Kind = keyof typeof KINDS;

/** A cited document: an external reference with a URL or an external id. */
export interface CitedRef {
  id: string;
  name: string;
  url?: string | undefined;
  externalId?: string | undefined;
  description?: string | undefined;
}

/** What one source says about one entity, kept on the node as it says it (JSON in the node's `claims`). */
export interface Claim {
  source: string;
  stixId: string;
  type: string;
  modified?: string | undefined;
  name: string;
  aliases: string[];
  description?: string | undefined;
  firstSeen?: string | undefined;
  lastSeen?: string | undefined;
  confidence?: number | undefined;
  confidenceLevel?: Confidence | undefined;
  externalId?: string | undefined;
  url?: string | undefined;
  tlp?: string[] | undefined;
  createdBy?: string | undefined;
  references?: string[] | undefined;
}

export interface IncomingEntity {
  stixId: string;
  type: string;
  index: number;
  kind: Kind;
  name: string;
  /** Other names, without the name itself. */
  aliases: string[];
  /** Keys of every name the object may be matched by (name, aliases, and for countries the ISO names). */
  keys: string[];
  /** The node's own properties when this object creates it. */
  props: Record<string, string | number | boolean | string[]>;
  claim: Claim;
  refs: CitedRef[];
  /** STIX ids of the objects of a report (report only). */
  objectRefs: string[];
  /** A preferred node id (techniques carry their ATT&CK id). */
  idHint: string;
}

export interface IncomingRelationship {
  stixId: string;
  index: number;
  stixType: string;
  type: string;
  sourceRef: string;
  targetRef: string;
  modified?: string | undefined;
  props: Record<string, string | number | boolean | string[]>;
  refs: CitedRef[];
}

export interface MapContext {
  /** Id of the import's Source node. */
  source: string;
  /** Identity objects of the bundle by STIX id, for `created_by_ref`. */
  identities: Map<string, StixObject>;
  /** Marking definitions of the bundle (and the standard TLP ones) by STIX id. */
  markings: Map<string, { tlp?: string; statement?: string }>;
  /** STIX ids that some `targets` relationship of the bundle points at: identities among them are victims. */
  targeted: Set<string>;
}

/** The id of a cited document's Source node: its name and URL, so the same reference is one node in every import. */
function refId(name: string, url: string | undefined): string {
  const hash = createHash('sha1')
    .update(`${name}\n${url ?? ''}`)
    .digest('hex')
    .slice(0, 10);
  return `ref-${slug(name).slice(0, 60) || 'document'}-${hash}`.replace(/--+/g, '-');
}

/** Splits external references: the object's own identifier (ATT&CK id, CVE) and the documents it cites. */
function references(object: StixObject): { own?: { externalId?: string; url?: string; cve?: string }; cited: CitedRef[] } {
  let own: { externalId?: string; url?: string; cve?: string } | undefined;
  const cited: CitedRef[] = [];
  for (const ref of object.external_references ?? []) {
    const source = ref.source_name.toLowerCase();
    if (!own && (source === 'mitre-attack' || source === 'mitre-mobile-attack' || source === 'mitre-ics-attack') && ref.external_id) {
      own = { externalId: ref.external_id, ...(ref.url ? { url: ref.url } : {}) };
      continue;
    }
    if (source === 'cve' && ref.external_id) {
      own = { ...own, cve: ref.external_id };
      continue;
    }
    // ATT&CK's alias citations (source_name is the alias, no URL) name no document of their own.
    if (!ref.url && !ref.external_id) continue;
    cited.push({ id: refId(ref.source_name, ref.url), name: ref.source_name, url: ref.url, externalId: ref.external_id, description: ref.description });
  }
  return { ...(own ? { own } : {}), cited };
}

function tlpOf(object: StixObject, context: MapContext): string[] {
  const levels = (object.object_marking_refs ?? []).map((id) => context.markings.get(id)?.tlp).filter((tlp): tlp is string => Boolean(tlp));
  return [...new Set(levels)];
}

const ISO_NAMES: Record<string, string[]> = {
  KP: ['North Korea', 'DPRK', "Democratic People's Republic of Korea", 'Korea, Democratic People’s Republic of'],
  KR: ['South Korea', 'Republic of Korea', 'Korea, Republic of'],
  US: ['United States', 'United States of America', 'USA', 'US'],
  CN: ['China', "People's Republic of China"],
  RU: ['Russia', 'Russian Federation'],
  BD: ['Bangladesh'],
  SC: ['Seychelles'],
  TR: ['Turkey', 'Türkiye'],
  IN: ['India'],
  KE: ['Kenya'],
  NZ: ['New Zealand'],
  JP: ['Japan'],
  GB: ['United Kingdom', 'UK'],
};

/** The ISO 3166-1 code of a country the graph names in one of its usual ways, for an export. */
export function isoCodeOf(names: string[]): string | undefined {
  const keys = new Set(names.map(nameKey));
  return Object.entries(ISO_NAMES).find(([, usual]) => usual.some((name) => keys.has(nameKey(name))))?.[0];
}

function kindOf(object: StixObject, context: MapContext): Kind | undefined {
  switch (object.type) {
    case 'intrusion-set':
      return 'group';
    case 'threat-actor':
      return object.resource_level === 'individual' ? 'person' : 'group';
    case 'campaign':
      return 'campaign';
    case 'malware':
      return 'malware';
    case 'tool':
      return 'tool';
    case 'attack-pattern':
      return 'technique';
    case 'identity':
      if (object.identity_class === 'individual') return 'individual';
      return context.targeted.has(object.id) ? 'victim' : 'organization';
    case 'location':
      return object.country ? 'country' : 'location';
    case 'vulnerability':
      return 'vulnerability';
    case 'indicator':
      return 'indicator';
    case 'report':
      return 'report';
    default:
      return undefined;
  }
}

/** An entity-like object as what it says, or why it cannot be imported. */
export function mapEntity(object: StixObject, index: number, context: MapContext): IncomingEntity | { reason: string } {
  const kind = kindOf(object, context);
  if (!kind) return { reason: `type ${object.type} is not imported` };
  const { own, cited } = references(object);
  const name = (
    object.name ??
    (object.type === 'location' ? object.country : undefined) ??
    (object.type === 'indicator' ? object.pattern?.slice(0, LIMITS.name) : undefined)
  )?.trim();
  if (!name) return { reason: 'no name' };
  const key = nameKey(name);
  const aliasList = [...(object.aliases ?? []), ...(object.x_mitre_aliases ?? [])].map((alias) => alias.trim()).filter(Boolean);
  const aliases: string[] = [];
  const seen = new Set([key]);
  for (const alias of aliasList) {
    const k = nameKey(alias);
    if (k && !seen.has(k)) {
      seen.add(k);
      aliases.push(alias);
    }
  }
  const iso = object.country?.toUpperCase();
  const extraKeys = kind === 'country' && iso ? (ISO_NAMES[iso] ?? []).map(nameKey) : [];
  const keys = [...new Set([...seen, ...extraKeys])].filter(Boolean);
  const description = object.description ? plainText(object.description) : undefined;
  const creator = object.created_by_ref ? context.identities.get(object.created_by_ref) : undefined;
  const tlp = tlpOf(object, context);
  const claim: Claim = {
    source: context.source,
    stixId: object.id,
    type: object.type,
    modified: object.modified ?? object.created,
    name,
    aliases,
    ...(description ? { description } : {}),
    ...(object.first_seen ? { firstSeen: day(object.first_seen) } : {}),
    ...(object.last_seen ? { lastSeen: day(object.last_seen) } : {}),
    ...(object.confidence === undefined ? {} : { confidence: object.confidence, confidenceLevel: confidenceLevel(object.confidence) }),
    ...(own?.externalId ? { externalId: own.externalId } : {}),
    ...(own?.url ? { url: own.url } : {}),
    ...(tlp.length ? { tlp } : {}),
    ...(creator?.name ? { createdBy: creator.name } : {}),
    ...(cited.length ? { references: cited.map((ref) => ref.id) } : {}),
  };
  const props: IncomingEntity['props'] = { name, aliases, stixType: object.type };
  if (description) {
    props.summary = summaryOf(description);
    props.description = description;
  }
  if (own?.externalId) props.externalId = own.externalId;
  if (own?.url) props.url = own.url;
  if (object.first_seen) props.from = day(object.first_seen)!;
  if (object.last_seen) props.to = day(object.last_seen)!;
  if (object.confidence !== undefined) props.stixConfidence = object.confidence;
  if (tlp.length) props.tlp = tlp;
  let idHint = slug(name);
  switch (kind) {
    case 'technique': {
      const tactics = [...new Set((object.kill_chain_phases ?? []).map((phase) => phase.phase_name))];
      props.tactics = tactics;
      props.isSubtechnique = object.x_mitre_is_subtechnique ?? own?.externalId?.includes('.') ?? false;
      if (own?.externalId) {
        props.attackId = own.externalId;
        idHint = `${slug(own.externalId)}-${slug(name)}`.slice(0, 90);
      }
      if (object.x_mitre_platforms?.length) props.platforms = object.x_mitre_platforms;
      break;
    }
    case 'malware':
    case 'tool':
      if (object.malware_types?.[0]) props.malwareType = object.malware_types[0];
      if (object.tool_types?.[0]) props.toolType = object.tool_types[0];
      if (object.is_family !== undefined) props.isFamily = object.is_family;
      if (object.x_mitre_platforms?.length) props.platforms = object.x_mitre_platforms;
      break;
    case 'country':
      props.isoCode = iso!;
      break;
    case 'location':
      if (object.region) props.region = object.region;
      break;
    case 'vulnerability':
      if (own?.cve) props.cve = own.cve;
      break;
    case 'indicator':
      if (object.pattern) props.pattern = object.pattern;
      if (object.pattern_type) props.patternType = object.pattern_type;
      if (object.valid_from) props.validFrom = day(object.valid_from)!;
      break;
    case 'report':
      props.kind = 'report';
      if (object.published) props.date = day(object.published)!;
      if (creator?.name) props.publisher = creator.name;
      if (cited[0]?.url && !props.url) props.url = cited[0].url;
      break;
    case 'victim':
    case 'organization':
      if (object.sectors?.length) props.sector = object.sectors.join(', ');
      break;
    default:
      break;
  }
  if (!idHint) idHint = `${object.type}-${object.id.split('--')[1]!.slice(0, 8)}`;
  return {
    stixId: object.id,
    type: object.type,
    index,
    kind,
    name,
    aliases,
    keys,
    props,
    claim,
    refs: kind === 'report' ? [] : cited,
    objectRefs: object.type === 'report' ? (object.object_refs ?? []) : [],
    idHint,
  };
}

const RELATIONSHIP_TYPES: Record<string, string> = {
  uses: 'USED',
  targets: 'TARGETED',
  'attributed-to': 'ATTRIBUTED',
  exploits: 'EXPLOITED',
  'related-to': 'LINKED_TO',
  'located-at': 'LOCATED_IN',
  'originates-from': 'OPERATES_IN',
};

/** A STIX relationship type as a relationship type of the graph: the data model's where the meaning is the same. */
export function relationshipType(stixType: string): string {
  return RELATIONSHIP_TYPES[stixType] ?? stixType.toUpperCase().replace(/-/g, '_');
}

/** A graph relationship type as a STIX relationship type: the reverse of `relationshipType`. */
export function stixRelationshipType(type: string): string {
  const known = Object.entries(RELATIONSHIP_TYPES).find(([, graphType]) => graphType === type);
  return known ? known[0] : type.toLowerCase().replace(/_/g, '-');
}

export function mapRelationship(object: StixObject, index: number, context: MapContext): IncomingRelationship | { reason: string } {
  if (!object.relationship_type) return { reason: 'a relationship without relationship_type' };
  if (!object.source_ref || !object.target_ref) return { reason: 'a relationship without source_ref or target_ref' };
  const { cited } = references(object);
  const tlp = tlpOf(object, context);
  const creator = object.created_by_ref ? context.identities.get(object.created_by_ref) : undefined;
  const props: IncomingRelationship['props'] = {
    stixId: object.id,
    stixType: object.relationship_type,
    confidence: confidenceLevel(object.confidence),
  };
  if (object.confidence !== undefined) props.stixConfidence = object.confidence;
  if (object.description) props.description = plainText(object.description);
  if (object.modified ?? object.created) props.modified = (object.modified ?? object.created)!;
  if (object.start_time) props.from = day(object.start_time)!;
  if (object.stop_time) props.to = day(object.stop_time)!;
  if (tlp.length) props.tlp = tlp;
  if (creator?.name) props.createdBy = creator.name;
  return {
    stixId: object.id,
    index,
    stixType: object.relationship_type,
    type: relationshipType(object.relationship_type),
    sourceRef: object.source_ref,
    targetRef: object.target_ref,
    modified: object.modified ?? object.created,
    props,
    refs: cited,
  };
}

/** Later `modified` wins; equal or missing timestamps are the same version. */
export function isNewer(incoming: string | undefined, stored: string | undefined): boolean {
  if (!incoming) return false;
  if (!stored) return true;
  return Date.parse(incoming) > Date.parse(stored);
}
