// The view an investigator is looking at as a STIX 2.1 bundle: the reverse of the import's mapping (stix-map.ts), with
// ids that stay the same from one export to the next. docs/stix.md, "Export", describes the mapping.
import { createHash } from 'node:crypto';
import type { ExportedView } from '../db/stix-store.ts';
import { isoCodeOf, stixRelationshipType, tlpMarkingId } from './stix-map.ts';

/** The namespace of the explorer's UUIDv5 ids (a fixed, random UUID: changing it changes every exported id). */
const NAMESPACE = '6f1c2b8e-4d3a-4f5e-9a7b-2c1d0e9f8a76';

/** UUID version 5 (RFC 9562, SHA-1 of namespace and name): the same name gives the same id on every export. */
function uuidV5(name: string): string {
  const namespace = Buffer.from(NAMESPACE.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(namespace).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The explorer as the creator of everything it exports. */
const EXPLORER = {
  type: 'identity',
  spec_version: '2.1',
  id: `identity--${uuidV5('dprk-graph-explorer')}`,
  created: '2026-01-01T00:00:00.000Z',
  modified: '2026-01-01T00:00:00.000Z',
  name: 'DPRK graph explorer',
  identity_class: 'system',
  description: 'Entity-relationship graph of North Korean cyber operations; each object cites the sources it was read from.',
} as const;

/** TLP 1.0's marking definitions, as STIX 2.1 defines them; TLP 2.0 levels are referred to by id only. */
const TLP_DEFINITIONS: Record<string, string> = { 'TLP:WHITE': 'white', 'TLP:GREEN': 'green', 'TLP:AMBER': 'amber', 'TLP:RED': 'red' };

/** The middle of each level's band on the import's scale (docs/stix.md, "Confidence"): it maps back to the same level. */
const CONFIDENCE_NUMBERS: Record<string, number> = { confirmed: 95, reported: 80, alleged: 60, suspected: 25 };

type Props = Record<string, unknown>;
type StixObject = Record<string, unknown> & { type: string; id: string };

export interface StixExport {
  bundle: { type: 'bundle'; id: string; objects: StixObject[] };
  /** Nodes with no STIX counterpart (Source, Alias), left out; their relationships go with them. */
  left: { nodes: string[]; relationships: number };
  /** The STIX id each exported node and relationship got, by node or edge id. */
  stixIds: Map<string, string>;
}

const text = (props: Props, key: string) => (typeof props[key] === 'string' && props[key] !== '' ? (props[key] as string) : undefined);
const list = (props: Props, key: string) => (Array.isArray(props[key]) ? (props[key] as unknown[]).filter((v): v is string => typeof v === 'string') : []);

/** A graph date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) as a STIX timestamp at its first day. */
function timestamp(date: string | undefined): string | undefined {
  const match = date?.match(/^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/);
  return match ? `${match[1]}-${match[2] ?? '01'}-${match[3] ?? '01'}T00:00:00.000Z` : undefined;
}

function confidenceNumber(props: Props): number | undefined {
  if (typeof props.stixConfidence === 'number') return props.stixConfidence;
  const level = text(props, 'confidence');
  return level ? CONFIDENCE_NUMBERS[level] : undefined;
}

/** The STIX type and type-specific properties of a node, or undefined for nodes STIX has no object for. */
function typed(labels: string[], props: Props, name: string): { type: string; extra: Props } | undefined {
  const has = (label: string) => labels.includes(label);
  if (has('Actor') && has('Person')) return { type: 'threat-actor', extra: { resource_level: 'individual' } };
  if (has('Group')) return { type: 'intrusion-set', extra: {} };
  if (has('Person')) return { type: 'identity', extra: { identity_class: 'individual' } };
  if (has('Campaign') || has('Incident')) return { type: 'campaign', extra: {} };
  if (has('Malware')) {
    const type = text(props, 'malwareType');
    return { type: 'malware', extra: { is_family: props.isFamily !== false, ...(type ? { malware_types: [type] } : {}) } };
  }
  if (has('Tool')) return { type: 'tool', extra: text(props, 'toolType') ? { tool_types: [text(props, 'toolType')] } : {} };
  if (has('Technique')) {
    const phases = list(props, 'tactics').map((phase) => ({ kill_chain_name: 'mitre-attack', phase_name: phase }));
    return { type: 'attack-pattern', extra: phases.length ? { kill_chain_phases: phases } : {} };
  }
  if (has('Country')) return { type: 'location', extra: { country: text(props, 'isoCode') ?? isoCodeOf([name, ...list(props, 'aliases')]) ?? name } };
  if (has('Location')) return { type: 'location', extra: { region: text(props, 'region') ?? name } };
  if (has('Vulnerability')) return { type: 'vulnerability', extra: {} };
  if (has('Indicator')) {
    return {
      type: 'indicator',
      extra: {
        pattern: text(props, 'pattern') ?? name,
        pattern_type: text(props, 'patternType') ?? 'stix',
        valid_from: text(props, 'validFrom') ?? EXPLORER.created,
      },
    };
  }
  if (has('Victim') || has('Organization') || has('Launderer')) {
    const sector = text(props, 'sector');
    return { type: 'identity', extra: { identity_class: 'organization', ...(sector ? { sectors: [sector] } : {}) } };
  }
  return undefined;
}

/** A node's STIX id: the first it was imported under with the same type, else a UUIDv5 of its node id. */
function stixIdOf(type: string, nodeId: string, props: Props): string {
  return list(props, 'stixIds').find((id) => id.startsWith(`${type}--`)) ?? `${type}--${uuidV5(`node:${nodeId}`)}`;
}

export function exportStix(view: ExportedView, exportedAt: string): StixExport {
  const sources = new Map(view.sources.map((source) => [source.id, source.props]));
  const markings = new Set<string>();

  const common = (props: Props, extraReferences: Props[] = []) => {
    const tlp = list(props, 'tlp')
      .map(tlpMarkingId)
      .filter((id): id is string => Boolean(id));
    for (const level of list(props, 'tlp')) if (TLP_DEFINITIONS[level]) markings.add(level);
    const references = [...extraReferences, ...list(props, 'sources').flatMap((id) => reference(id, sources.get(id)))];
    const confidence = confidenceNumber(props);
    return {
      created_by_ref: EXPLORER.id,
      created: exportedAt,
      modified: exportedAt,
      ...(confidence === undefined ? {} : { confidence }),
      ...(references.length ? { external_references: references } : {}),
      ...(tlp.length ? { object_marking_refs: [...new Set(tlp)] } : {}),
    };
  };

  const ids = new Map<string, string>();
  const objects: StixObject[] = [EXPLORER];
  const left: string[] = [];
  for (const node of view.nodes) {
    const name = text(node.props, 'name') ?? node.id;
    const kind = typed(node.labels, node.props, name);
    if (!kind) {
      left.push(node.id);
      continue;
    }
    const id = stixIdOf(kind.type, node.id, node.props);
    ids.set(node.id, id);
    const aliases = list(node.props, 'aliases').filter((alias) => alias !== name);
    const description = text(node.props, 'description') ?? text(node.props, 'summary');
    const own = ownReference(kind.type, node.props);
    const object: StixObject = { type: kind.type, spec_version: '2.1', id, ...common(node.props, own), name, ...kind.extra };
    if (description) object.description = description;
    if (aliases.length && ['intrusion-set', 'threat-actor', 'campaign', 'malware', 'tool', 'attack-pattern'].includes(kind.type)) {
      object.aliases = aliases;
    }
    const firstSeen = timestamp(text(node.props, 'from') ?? (kind.type === 'campaign' ? text(node.props, 'date') : undefined));
    const lastSeen = timestamp(text(node.props, 'to'));
    if (['intrusion-set', 'threat-actor', 'campaign', 'malware'].includes(kind.type)) {
      if (firstSeen) object.first_seen = firstSeen;
      if (lastSeen && (!firstSeen || lastSeen >= firstSeen)) object.last_seen = lastSeen;
    }
    objects.push(object);
  }

  let leftRelationships = 0;
  const edgeIds = new Map<string, string>();
  for (const edge of view.edges) {
    const source = ids.get(edge.from);
    const target = ids.get(edge.to);
    if (!source || !target) {
      leftRelationships += 1;
      continue;
    }
    const stixId = text(edge.props, 'stixId');
    const object: StixObject = {
      type: 'relationship',
      spec_version: '2.1',
      id: stixId?.startsWith('relationship--') ? stixId : `relationship--${uuidV5(`edge:${edge.id}`)}`,
      ...common(edge.props),
      relationship_type: text(edge.props, 'stixType') ?? stixRelationshipType(edge.type),
      source_ref: source,
      target_ref: target,
    };
    const description = text(edge.props, 'description') ?? text(edge.props, 'quote');
    if (description) object.description = description;
    const start = timestamp(text(edge.props, 'from') ?? text(edge.props, 'date'));
    const stop = timestamp(text(edge.props, 'to'));
    if (start) object.start_time = start;
    if (stop && (!start || stop > start)) object.stop_time = stop;
    edgeIds.set(edge.id, object.id);
    objects.push(object);
  }

  for (const level of [...markings].sort()) {
    objects.push({
      type: 'marking-definition',
      spec_version: '2.1',
      id: tlpMarkingId(level)!,
      created: '2017-01-20T00:00:00.000Z',
      definition_type: 'tlp',
      name: level,
      definition: { tlp: TLP_DEFINITIONS[level] },
    });
  }
  return {
    bundle: { type: 'bundle', id: `bundle--${uuidV5(`bundle:${[...ids.values()].sort().join(',')}`)}`, objects },
    left: { nodes: left, relationships: leftRelationships },
    stixIds: new Map([...ids, ...edgeIds]),
  };
}

interface CaseContent {
  case: { id: string; title: string; summary: string; createdAt: string; updatedAt: string; owner: string };
  notes: { id: string; target: { kind: string; id?: string | undefined }; body: string; author: string; createdAt: string; updatedAt: string }[];
}

/**
 * A case as a STIX 2.1 bundle: what it draws, exported as any view is, then a `report` (the case: its title, summary
 * and every object) and one `note` per note, attached to the entity or relationship it is about or else to the report.
 */
export function caseBundle(view: ExportedView, content: CaseContent, exportedAt: string): StixExport['bundle'] {
  const exported = exportStix(view, exportedAt);
  const reportId = `report--${uuidV5(`case:${content.case.id}`)}`;
  const notes = content.notes.map((note) => ({
    type: 'note',
    spec_version: '2.1',
    id: `note--${uuidV5(`note:${note.id}`)}`,
    created_by_ref: EXPLORER.id,
    created: note.createdAt,
    modified: note.updatedAt,
    abstract: note.body.split('\n')[0]!.slice(0, 200),
    content: note.body,
    authors: [note.author],
    object_refs: [(note.target.id && exported.stixIds.get(note.target.id)) || reportId],
  }));
  const contents = exported.bundle.objects.filter((object) => object.type !== 'marking-definition' && object.id !== EXPLORER.id).map((object) => object.id);
  const report = {
    type: 'report',
    spec_version: '2.1',
    id: reportId,
    created_by_ref: EXPLORER.id,
    created: content.case.createdAt,
    modified: content.case.updatedAt,
    name: content.case.title,
    ...(content.case.summary ? { description: content.case.summary } : {}),
    report_types: ['threat-report'],
    published: exportedAt,
    // A report refers to at least one object: a case with nothing drawn refers to the explorer that wrote it.
    object_refs: contents.length ? contents : [EXPLORER.id],
    external_references: [{ source_name: 'dprk-graph-explorer case', external_id: content.case.id, description: `Case owned by ${content.case.owner}` }],
  };
  return { type: 'bundle', id: `bundle--${uuidV5(`case-bundle:${content.case.id}:${exportedAt}`)}`, objects: [...exported.bundle.objects, report, ...notes] };
}

/** The external id and URL a source's claim gives a node (a seeded node that an import joined keeps them there). */
function claimed(props: Props): { externalId?: string; url?: string } {
  for (const claim of list(props, 'claims')) {
    const parsed = JSON.parse(claim) as { externalId?: string; url?: string };
    if (parsed.externalId) return parsed;
  }
  return {};
}

/** The ATT&CK or CVE reference that carries a node's own external id, as the import reads it back. */
function ownReference(type: string, props: Props): Props[] {
  const fromClaim = (text(props, 'attackId') ?? text(props, 'externalId')) ? {} : claimed(props);
  const externalId = text(props, 'attackId') ?? text(props, 'externalId') ?? fromClaim.externalId;
  const url = text(props, 'url') ?? fromClaim.url;
  if (type === 'vulnerability' && text(props, 'cve')) return [{ source_name: 'cve', external_id: text(props, 'cve') }];
  if (externalId && /^(T\d{4}(\.\d{3})?|[GSCM]\d{4})$/.test(externalId)) {
    return [{ source_name: 'mitre-attack', external_id: externalId, ...(url ? { url } : {}) }];
  }
  return [];
}

/** A cited Source as an external reference: its title, and its URL or external id where it has them. */
function reference(id: string, props: Props | undefined): Props[] {
  if (!props) return [];
  const reference: Props = { source_name: text(props, 'name') ?? id };
  const url = text(props, 'url');
  const externalId = text(props, 'externalId');
  const description = [text(props, 'publisher'), text(props, 'date')].filter(Boolean).join(', ');
  if (description) reference.description = description;
  if (url) reference.url = url;
  if (externalId) reference.external_id = externalId;
  return [reference];
}
