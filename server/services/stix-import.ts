// Imports a STIX 2.1 bundle in one write transaction: maps the objects (stix-map.ts), finds the nodes they join (by STIX
// id, name or alias), keeps every source's claim beside the others, records where sources disagree, and answers a report.
// The CLI (scripts/import.ts), start-up and POST /api/imports all call importBundle. docs/stix.md describes the rules.
import type { Readable } from 'node:stream';
import type { Claim as ClaimView, Conflict, ImportReport } from '../../contract/api.ts';
import type { CandidateNode, EdgeWrite, ExistingEdge, NodeWrite, StixStore, StixTransaction } from '../db/stix-store.ts';
import { AppError } from '../errors.ts';
import {
  BundleError,
  type Claim,
  type CitedRef,
  checkObject,
  type IncomingEntity,
  type IncomingRelationship,
  isNewer,
  KINDS,
  markingOf,
  type MapContext,
  mapEntity,
  mapRelationship,
  nameKey,
  PUNCTUATION,
  readBundle,
  type Skip,
  type StixObject,
  slug,
} from './stix-map.ts';
import { readBundleStream } from './stix-stream.ts';

export interface ImportSource {
  id?: string | undefined;
  name?: string | undefined;
  publisher?: string | undefined;
  url?: string | undefined;
}

export interface ImportOptions {
  source?: ImportSource | undefined;
  /** Called as the plan is made and as batches are written; throwing abandons the import (nothing is written). */
  onProgress?: ((done: number, total: number, phase: 'plan' | 'write') => void) | undefined;
  timeoutMs?: number | undefined;
  /** Who imports, for the audit trail: an account, the service token, `cli:<os user>`, or the server at start-up. */
  actor?: { name: string; request: string | null } | undefined;
}

type MatchedBy = 'stix id' | 'name' | 'alias';
const TIER: Record<MatchedBy, number> = { 'stix id': 0, name: 1, alias: 2 };

interface Resolution {
  entity: IncomingEntity;
  node?: CandidateNode | undefined;
  by?: MatchedBy | undefined;
  candidates: string[];
  reason?: string | undefined;
}

/** Which existing node an incoming object joins: its STIX id, else its name, else any of its names, matching exactly one node. */
export function matchEntity(entity: IncomingEntity, candidates: CandidateNode[]): Resolution {
  const byStix = candidates.filter((node) => node.stixIds.includes(entity.stixId));
  if (byStix.length === 1) return { entity, node: byStix[0], by: 'stix id', candidates: [] };
  const sameKind = candidates.filter((node) => node.labels.some((label) => (KINDS[entity.kind].matches as readonly string[]).includes(label)));
  const key = nameKey(entity.name);
  const byName = key ? sameKind.filter((node) => node.keys[0] === key) : [];
  if (byName.length === 1) return { entity, node: byName[0], by: 'name', candidates: [] };
  if (byName.length > 1) {
    const ids = byName.map((node) => node.id);
    return { entity, candidates: ids, reason: `its name matches ${ids.length} nodes (${ids.join(', ')}); which one is meant is not clear` };
  }
  const byAlias = sameKind.filter((node) => node.keys.some((k) => entity.keys.includes(k)));
  if (byAlias.length === 1) return { entity, node: byAlias[0], by: 'alias', candidates: [] };
  if (byAlias.length > 1) {
    const ids = byAlias.map((node) => node.id);
    return { entity, candidates: ids, reason: `its names match ${ids.length} nodes (${ids.join(', ')}); which one is meant is not clear` };
  }
  return { entity, candidates: [] };
}

/**
 * Two objects of one bundle are two entities in the eyes of its source: when both match one node, the closer match
 * (STIX id, then name, then alias) joins it and the other gets a node of its own.
 */
export function settleSharedMatches(resolutions: Resolution[]): void {
  const byNode = new Map<string, Resolution[]>();
  for (const resolution of resolutions) {
    if (!resolution.node) continue;
    byNode.set(resolution.node.id, [...(byNode.get(resolution.node.id) ?? []), resolution]);
  }
  for (const [nodeId, sharing] of byNode) {
    if (sharing.length < 2) continue;
    const best = Math.min(...sharing.map((r) => TIER[r.by!]));
    const winners = sharing.filter((r) => TIER[r.by!] === best);
    for (const resolution of sharing) {
      if (winners.length === 1 && resolution === winners[0]) continue;
      const others = sharing.filter((r) => r !== resolution).map((r) => `${r.entity.name} (${r.entity.stixId})`);
      resolution.reason = `it matches ${resolution.node!.name} (${nodeId}) by ${resolution.by}, but the same bundle has ${others.join(', ')} as a separate object${winners.length === 1 ? ` that matches it by ${winners[0]!.by}` : ''}`;
      resolution.candidates = [nodeId];
      resolution.node = undefined;
      resolution.by = undefined;
    }
  }
}

function parseJson<T>(text: string): T | undefined {
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
}

const unique = <T>(items: Iterable<T>): T[] => [...new Set(items)];

export async function importBundle(store: StixStore, input: unknown, options: ImportOptions = {}): Promise<ImportReport> {
  const started = performance.now();
  let bundle: { id: string | undefined; objects: unknown[] };
  try {
    bundle = readBundle(input);
  } catch (error) {
    if (error instanceof BundleError) throw new AppError('BAD_REQUEST', error.message);
    throw error;
  }
  const checked = new CheckedObjects();
  for (const [index, value] of bundle.objects.entries()) checked.add(value, index);
  return importChecked(store, { id: bundle.id, count: bundle.objects.length }, checked, options, started);
}

/** The same import as importBundle, of a bundle read from a byte stream (a file) one object at a time. */
export async function importBundleStream(store: StixStore, input: Readable, options: ImportOptions = {}): Promise<ImportReport> {
  const started = performance.now();
  const checked = new CheckedObjects();
  let bundle: { id: string | undefined; count: number };
  try {
    bundle = await readBundleStream(input, (value, index) => checked.add(value, index));
  } catch (error) {
    if (error instanceof BundleError) throw new AppError('BAD_REQUEST', error.message);
    throw error;
  }
  return importChecked(store, bundle, checked, options, started);
}

/** A bundle's objects as they are read: checked for structure, one version per STIX id, the rest skipped with a reason. */
class CheckedObjects {
  readonly byId = new Map<string, { object: StixObject; index: number }>();
  readonly skipped: Skip[] = [];

  add(value: unknown, index: number): void {
    const checked = checkObject(value, index);
    if ('skip' in checked) {
      this.skipped.push(checked.skip);
      return;
    }
    const { object } = checked;
    const earlier = this.byId.get(object.id);
    if (earlier) {
      const keepNew = isNewer(object.modified, earlier.object.modified);
      const dropped = keepNew ? earlier : { object, index };
      this.skipped.push({
        index: dropped.index,
        stixId: object.id,
        type: object.type,
        name: object.name,
        reason: 'another version of the same STIX id is in the bundle',
      });
      if (!keepNew) return;
    }
    this.byId.set(object.id, { object, index });
  }
}

async function importChecked(
  store: StixStore,
  bundle: { id: string | undefined; count: number },
  checked: CheckedObjects,
  options: ImportOptions,
  started: number,
): Promise<ImportReport> {
  const { byId, skipped } = checked;
  const skippedIds = new Map<string, string>();
  const kept: { object: StixObject; index: number }[] = [];
  for (const entry of byId.values()) {
    const { object, index } = entry;
    const reason = object.revoked ? 'revoked' : object.x_mitre_deprecated ? 'deprecated (x_mitre_deprecated)' : undefined;
    if (reason) {
      skipped.push({ index, stixId: object.id, type: object.type, name: object.name, reason });
      skippedIds.set(object.id, reason);
    } else kept.push(entry);
  }

  const identities = new Map(kept.filter(({ object }) => object.type === 'identity').map(({ object }) => [object.id, object]));
  const markings = new Map(kept.filter(({ object }) => object.type === 'marking-definition').map(({ object }) => [object.id, markingOf(object)]));
  const targeted = new Set(kept.filter(({ object }) => object.relationship_type === 'targets' && object.target_ref).map(({ object }) => object.target_ref!));

  // The import's Source: named by the caller, else after the bundle.
  const creators = kept.map(({ object }) => object.created_by_ref).filter((id): id is string => Boolean(id));
  const mainCreator = mostCommon(creators);
  const publisher = options.source?.publisher ?? (mainCreator ? identities.get(mainCreator)?.name : undefined);
  const sourceName = options.source?.name ?? `STIX bundle ${bundle.id ?? '(no id)'}`;
  const sourceId = options.source?.id ?? (slug(sourceName) || 'stix-bundle');
  const context: MapContext = { source: sourceId, identities, markings, targeted };

  const entities: IncomingEntity[] = [];
  const relationships: IncomingRelationship[] = [];
  for (const { object, index } of kept) {
    if (object.type === 'marking-definition') continue;
    const mapped = object.type === 'relationship' ? mapRelationship(object, index, context) : mapEntity(object, index, context);
    if ('reason' in mapped) {
      skipped.push({ index, stixId: object.id, type: object.type, name: object.name, reason: mapped.reason });
      skippedIds.set(object.id, mapped.reason);
    } else if ('sourceRef' in mapped) relationships.push(mapped);
    else entities.push(mapped);
  }
  const statementNote = unique([...markings.values()].map((m) => m.statement).filter((s): s is string => Boolean(s)));
  const total = entities.length + relationships.length;
  options.onProgress?.(0, total, 'plan');

  const report = await store.transaction(async (tx) => {
    const planned = await planAndWrite(tx, {
      bundleId: bundle.id,
      source: { id: sourceId, name: sourceName, publisher, url: options.source?.url, statements: statementNote, creator: mainCreator },
      entities,
      relationships,
      skipped,
      skippedIds,
      objects: bundle.count,
      onProgress: options.onProgress,
    });
    const { created, updated, unchanged, merged, skipped: left, conflicts } = planned;
    const after = {
      bundle: bundle.id ?? null,
      objects: bundle.count,
      created,
      updated: updated.length,
      unchanged,
      merged: merged.length,
      skipped: left.length,
      conflicts: conflicts.length,
    };
    await tx.audit({
      action: 'import',
      actor: options.actor?.name ?? 'server',
      entity: sourceId,
      before: null,
      after,
      request: options.actor?.request ?? null,
    });
    return planned;
  }, options.timeoutMs ?? 120_000);
  return { ...report, durationMs: Math.round(performance.now() - started) };
}

function mostCommon(items: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

interface Plan {
  bundleId: string | undefined;
  source: { id: string; name: string; publisher?: string | undefined; url?: string | undefined; statements: string[]; creator?: string | undefined };
  entities: IncomingEntity[];
  relationships: IncomingRelationship[];
  skipped: Skip[];
  skippedIds: Map<string, string>;
  objects: number;
  onProgress?: ImportOptions['onProgress'];
}

/** A node as the plan sees it: what the graph holds plus what this import adds. */
interface NodeState {
  id: string;
  name: string;
  labels: string[];
  create: boolean;
  existing?: CandidateNode | undefined;
  write: NodeWrite;
  claims: string[];
  conflicts: string[];
  dirty: boolean;
}

async function planAndWrite(tx: StixTransaction, plan: Plan): Promise<Omit<ImportReport, 'durationMs'>> {
  const { source, entities, relationships, skipped, skippedIds } = plan;
  const matchLabels = unique(entities.flatMap((e) => KINDS[e.kind].matches));
  const refStixIds = relationships.flatMap((r) => [r.sourceRef, r.targetRef]);
  const reportRefs = entities.flatMap((e) => e.objectRefs);
  const candidates = await tx.candidates({
    stixIds: unique([...entities.map((e) => e.stixId), ...refStixIds, ...reportRefs]),
    keys: unique(entities.flatMap((e) => e.keys)),
    labels: matchLabels,
    punctuation: PUNCTUATION,
  });

  const resolutions = entities.map((entity) => matchEntity(entity, candidates));
  settleSharedMatches(resolutions);

  // Ids for new nodes: the entity's hint, else the hint and its kind, else numbered.
  const hints = resolutions.filter((r) => !r.node).map((r) => r.entity);
  const wanted = unique(hints.flatMap((e) => [e.idHint, `${e.idHint}-${e.kind}`, ...[2, 3, 4, 5].map((n) => `${e.idHint}-${e.kind}-${n}`)]));
  const allRefs = new Map<string, CitedRef>();
  for (const e of entities) for (const ref of e.refs) allRefs.set(ref.id, ref);
  for (const r of relationships) for (const ref of r.refs) allRefs.set(ref.id, ref);
  const reportIds = entities.filter((e) => e.kind === 'report');
  const taken = await tx.existingIds(unique([...wanted, ...allRefs.keys(), source.id]));
  const planned = new Set<string>();
  const idFor = (e: IncomingEntity): string => {
    const options = [e.idHint, `${e.idHint}-${e.kind}`, ...[2, 3, 4, 5].map((n) => `${e.idHint}-${e.kind}-${n}`)];
    const free = options.find((id) => !taken.has(id) && !planned.has(id)) ?? `${e.idHint}-${e.stixId.split('--')[1]!.slice(0, 8)}`;
    planned.add(free);
    return free;
  };

  const nodes = new Map<string, NodeState>();
  const stateOf = (node: CandidateNode): NodeState => {
    let state = nodes.get(node.id);
    if (!state) {
      state = {
        id: node.id,
        name: node.name,
        labels: node.labels,
        create: false,
        existing: node,
        write: { id: node.id, labels: [], set: {}, addSources: [], addStixIds: [], addAliases: [] },
        claims: [...node.claims],
        conflicts: [...node.conflicts],
        dirty: false,
      };
      nodes.set(node.id, state);
    }
    return state;
  };

  const report: Omit<ImportReport, 'durationMs'> = {
    source: { id: source.id, name: source.name },
    ...(plan.bundleId ? { bundle: plan.bundleId } : {}),
    objects: plan.objects,
    created: { nodes: 0, relationships: 0, byLabel: {}, byType: {} },
    updated: [],
    unchanged: 0,
    merged: [],
    notMerged: [],
    skipped,
    conflicts: [],
  };
  const countNode = (labels: readonly string[]) => {
    report.created.nodes += 1;
    const label = labels[labels.length - 1]!;
    report.created.byLabel[label] = (report.created.byLabel[label] ?? 0) + 1;
  };

  // The import's own Source node, and who publishes it.
  if (!taken.has(source.id)) {
    const state: NodeState = {
      id: source.id,
      name: source.name,
      labels: ['Source'],
      create: true,
      write: {
        id: source.id,
        labels: ['Entity', 'Source'],
        set: {
          name: source.name,
          kind: 'dataset',
          summary: `STIX 2.1 data imported from ${source.name}${source.publisher ? `, published by ${source.publisher}` : ''}.`,
          aliases: [],
          ...(source.publisher ? { publisher: source.publisher } : {}),
          ...(source.url ? { url: source.url } : {}),
          ...(source.statements.length ? { markingStatements: source.statements } : {}),
        },
        addSources: [source.id],
        addStixIds: plan.bundleId ? [plan.bundleId] : [],
        addAliases: [],
      },
      claims: [],
      conflicts: [],
      dirty: true,
    };
    nodes.set(source.id, state);
    countNode(['Source']);
  }

  // Cited documents: one Source each, cited by the import's Source.
  const edgeWrites: EdgeWrite[] = [];
  const citedBy = (ref: string) => ({
    id: `${ref}~CITED_BY~${source.id}`,
    type: 'CITED_BY',
    from: ref,
    to: source.id,
    set: { confidence: 'confirmed' },
    addSources: [source.id],
  });
  for (const ref of allRefs.values()) {
    const existing = taken.get(ref.id);
    if (existing?.sources.includes(source.id)) continue;
    nodes.set(ref.id, {
      id: ref.id,
      name: ref.name,
      labels: ['Source'],
      create: !existing,
      write: {
        id: ref.id,
        labels: existing ? [] : ['Entity', 'Source'],
        set: existing
          ? {}
          : {
              name: ref.name,
              kind: 'cited',
              aliases: [],
              ...(ref.description ? { summary: ref.description } : {}),
              ...(ref.url ? { url: ref.url } : {}),
              ...(ref.externalId ? { externalId: ref.externalId } : {}),
            },
        addSources: [source.id],
        addStixIds: [],
        addAliases: [],
      },
      claims: [],
      conflicts: [],
      dirty: true,
    });
    if (!existing) countNode(['Source']);
    edgeWrites.push(citedBy(ref.id));
  }

  // Entities: created, joined, updated or unchanged.
  const nodeOfStix = new Map<string, string>();
  for (const node of candidates) for (const stixId of node.stixIds) if (!nodeOfStix.has(stixId)) nodeOfStix.set(stixId, node.id);
  const resolvedNodes = new Map<IncomingEntity, NodeState>();
  const unchanged = new Set<IncomingEntity>();
  let done = 0;
  for (const resolution of resolutions) {
    const { entity } = resolution;
    const sources = [source.id, ...entity.refs.map((ref) => ref.id)];
    if (!resolution.node) {
      const id = idFor(entity);
      const labels = ['Entity', ...KINDS[entity.kind].labels];
      const claim: Claim = { ...entity.claim, description: undefined };
      const state: NodeState = {
        id,
        name: entity.name,
        labels,
        create: true,
        write: {
          id,
          labels,
          set: { ...entity.props, origin: source.id },
          addSources: sources,
          addStixIds: [entity.stixId],
          addAliases: [],
        },
        claims: [JSON.stringify(claim)],
        conflicts: [],
        dirty: true,
      };
      nodes.set(id, state);
      resolvedNodes.set(entity, state);
      nodeOfStix.set(entity.stixId, id);
      countNode(labels);
      if (resolution.reason)
        report.notMerged.push({
          stixId: entity.stixId,
          type: entity.type,
          name: entity.name,
          node: id,
          candidates: resolution.candidates,
          reason: resolution.reason,
        });
    } else {
      const state = stateOf(resolution.node);
      const node = resolution.node;
      const ownClaimIndex = state.claims.findIndex((text) => {
        const c = parseJson<Claim>(text);
        return c?.source === source.id && c.stixId === entity.stixId;
      });
      const isOrigin = node.origin === source.id;
      const claim: Claim = isOrigin ? { ...entity.claim, description: undefined } : entity.claim;
      if (ownClaimIndex >= 0) {
        const previous = parseJson<Claim>(state.claims[ownClaimIndex]!);
        resolvedNodes.set(entity, state);
        nodeOfStix.set(entity.stixId, state.id);
        if (!isNewer(entity.claim.modified, previous?.modified)) {
          report.unchanged += 1;
          unchanged.add(entity);
          continue;
        }
        state.claims[ownClaimIndex] = JSON.stringify(claim);
        if (isOrigin) Object.assign(state.write.set, entity.props);
        report.updated.push({ stixId: entity.stixId, type: entity.type, name: entity.name, node: node.id, modified: entity.claim.modified });
      } else {
        state.claims.push(JSON.stringify(claim));
        report.merged.push({ stixId: entity.stixId, type: entity.type, name: entity.name, node: node.id, nodeName: node.name, by: resolution.by! });
      }
      if (node.ownAliases === undefined && !node.origin) state.write.set.ownAliases = node.aliases;
      const known = new Set(node.keys);
      state.write.addAliases.push(...[entity.name, ...entity.aliases].filter((name) => !known.has(nameKey(name))));
      state.write.addSources.push(...sources);
      state.write.addStixIds.push(entity.stixId);
      state.dirty = true;
      resolvedNodes.set(entity, state);
      nodeOfStix.set(entity.stixId, state.id);
    }
    done += 1;
    plan.onProgress?.(done, entities.length + relationships.length, 'plan');
  }

  // Reports: what they list gets the report as a source, and the report CONCERNS each listed node.
  const reportSources = new Map<string, string[]>();
  for (const entity of reportIds) {
    const reportNode = resolvedNodes.get(entity)!;
    if (unchanged.has(entity)) continue;
    edgeWrites.push(citedBy(reportNode.id));
    for (const ref of entity.objectRefs) {
      reportSources.set(ref, [...(reportSources.get(ref) ?? []), reportNode.id]);
      const target = nodeOfStix.get(ref);
      if (target && target !== reportNode.id) {
        edgeWrites.push({
          id: `${reportNode.id}~CONCERNS~${target}`,
          type: 'CONCERNS',
          from: reportNode.id,
          to: target,
          set: { confidence: 'confirmed' },
          addSources: [reportNode.id, source.id],
        });
      } else if (!target && !relationships.some((r) => r.stixId === ref)) {
        skipped.push({
          index: entity.index,
          stixId: ref,
          reason: `listed in object_refs of report ${entity.stixId}, but neither in the bundle nor in the graph`,
        });
      }
    }
  }
  for (const [entity, state] of resolvedNodes) {
    const extra = reportSources.get(entity.stixId);
    if (extra?.some((id) => !state.existing?.sources.includes(id))) {
      state.write.addSources.push(...extra);
      state.dirty = true;
    }
  }

  // Relationships: ends resolved through the bundle or the graph, parallel claims compared.
  const incoming: { rel: IncomingRelationship; from: NodeState | string; to: NodeState | string }[] = [];
  const endOf = (ref: string) => nodeOfStix.get(ref);
  for (const rel of relationships) {
    const from = endOf(rel.sourceRef);
    const to = endOf(rel.targetRef);
    const missing = !from ? rel.sourceRef : !to ? rel.targetRef : undefined;
    if (missing) {
      const why = skippedIds.get(missing);
      skipped.push({
        index: rel.index,
        stixId: rel.stixId,
        type: 'relationship',
        reason: why ? `its end ${missing} was skipped (${why})` : `its end ${missing} is neither in the bundle nor in the graph`,
      });
      continue;
    }
    incoming.push({ rel, from: from!, to: to! });
  }
  const pairs = unique(incoming.map(({ from, to }) => `${from}\u0000${to}`)).map((pair) => {
    const [from, to] = pair.split('\u0000') as [string, string];
    return { from, to };
  });
  const existingEdges = await tx.edgesBetween(pairs);
  const parallel = new Map<string, ExistingEdge[]>();
  for (const edge of existingEdges) {
    const key = `${edge.from}|${edge.type}|${edge.to}`;
    parallel.set(key, [...(parallel.get(key) ?? []), edge]);
  }
  const takenEdgeIds = new Set(existingEdges.map((edge) => String(edge.props.id)));
  const nameOf = (id: string) => nodes.get(id)?.name ?? candidates.find((c) => c.id === id)?.name ?? id;
  for (const { rel, from, to } of incoming) {
    const fromId = typeof from === 'string' ? from : from.id;
    const toId = typeof to === 'string' ? to : to.id;
    const key = `${fromId}|${rel.type}|${toId}`;
    const same = parallel.get(key) ?? [];
    const sources = unique([source.id, ...rel.refs.map((ref) => ref.id), ...(reportSources.get(rel.stixId) ?? [])]);
    const mine = same.find((edge) => edge.props.stixId === rel.stixId);
    done += 1;
    plan.onProgress?.(done, entities.length + relationships.length, 'plan');
    if (mine) {
      if (!isNewer(rel.modified, mine.props.modified as string | undefined)) {
        report.unchanged += 1;
        continue;
      }
      edgeWrites.push({ id: String(mine.props.id), type: rel.type, from: fromId, to: toId, set: rel.props, addSources: sources });
      report.updated.push({
        stixId: rel.stixId,
        type: 'relationship',
        name: `${nameOf(fromId)} ${rel.type} ${nameOf(toId)}`,
        node: String(mine.props.id),
        modified: rel.modified,
      });
      continue;
    }
    const base = `${fromId}~${rel.type}~${toId}`;
    let id = base;
    for (let n = 2; takenEdgeIds.has(id); n++) id = `${base}~${n}`;
    takenEdgeIds.add(id);
    edgeWrites.push({ id, type: rel.type, from: fromId, to: toId, set: rel.props, addSources: sources });
    parallel.set(key, [...same, { from: fromId, to: toId, type: rel.type, props: { ...rel.props, id, sources } }]);
    report.created.relationships += 1;
    report.created.byType[rel.type] = (report.created.byType[rel.type] ?? 0) + 1;
    // Another source states the same link differently: both stay, and the disagreement is recorded on both ends.
    for (const other of same) {
      const otherSources = (other.props.sources as string[] | undefined) ?? [];
      if (otherSources.includes(source.id)) continue;
      const differences = (['confidence', 'date', 'from', 'amountUsd'] as const).filter(
        (field) => rel.props[field] !== undefined && other.props[field] !== undefined && String(rel.props[field]) !== String(other.props[field]),
      );
      for (const field of differences) {
        const conflict: Conflict = {
          id: `relationship~${field}~${other.props.id}~${id}`,
          kind: 'relationship',
          about: `${nameOf(fromId)} ${rel.type} ${nameOf(toId)}: ${field}`,
          statements: [
            { node: fromId, nodeName: nameOf(fromId), says: `${field} ${String(other.props[field])}`, sources: otherSources },
            { node: fromId, nodeName: nameOf(fromId), says: `${field} ${String(rel.props[field])}`, sources },
          ],
        };
        for (const end of [fromId, toId]) addConflict(end, conflict);
      }
    }
  }

  // Who publishes the import's Source: the identity that created most of its objects.
  if (source.creator) {
    const publisherNode = nodeOfStix.get(source.creator);
    if (publisherNode) {
      const id = `${publisherNode}~PUBLISHED~${source.id}`;
      const exists = (await tx.edgesBetween([{ from: publisherNode, to: source.id }])).some((edge) => edge.type === 'PUBLISHED');
      if (!exists) {
        edgeWrites.push({ id, type: 'PUBLISHED', from: publisherNode, to: source.id, set: { confidence: 'confirmed' }, addSources: [source.id] });
        report.created.relationships += 1;
        report.created.byType.PUBLISHED = (report.created.byType.PUBLISHED ?? 0) + 1;
      }
    }
  }
  for (const edge of edgeWrites) {
    if (edge.type === 'CITED_BY' || edge.type === 'CONCERNS') {
      report.created.relationships += 1;
      report.created.byType[edge.type] = (report.created.byType[edge.type] ?? 0) + 1;
    }
  }

  // Disagreements about identity (one name, two entities) and about values of one entity.
  for (const resolution of resolutions) {
    const state = resolvedNodes.get(resolution.entity);
    if (state)
      for (const conflict of identityConflicts(resolution.entity, state, candidates, resolvedNodes, source.id))
        for (const node of new Set(conflict.statements.map((s) => s.node))) addConflict(node, conflict);
    if (resolution.node && state) for (const conflict of valueConflicts(state, source.id)) addConflict(state.id, conflict);
  }

  function addConflict(nodeId: string, conflict: Conflict): void {
    const state = nodes.get(nodeId) ?? stateOf(candidates.find((c) => c.id === nodeId)!);
    const text = JSON.stringify(conflict);
    const index = state.conflicts.findIndex((c) => parseJson<Conflict>(c)?.id === conflict.id);
    if (index >= 0 && state.conflicts[index] === text) {
      if (!report.conflicts.some((c) => c.id === conflict.id)) report.conflicts.push(conflict);
      return;
    }
    if (index >= 0) state.conflicts[index] = text;
    else state.conflicts.push(text);
    state.dirty = true;
    if (!report.conflicts.some((c) => c.id === conflict.id)) report.conflicts.push(conflict);
  }

  const nodeWrites: NodeWrite[] = [];
  for (const state of nodes.values()) {
    if (!state.dirty) continue;
    const write = state.write;
    if (state.claims.length || state.existing?.claims.length) write.set.claims = state.claims;
    if (state.conflicts.length) write.set.conflicts = state.conflicts;
    write.addSources = unique(write.addSources);
    write.addStixIds = unique(write.addStixIds);
    write.addAliases = unique(write.addAliases);
    nodeWrites.push(write);
  }
  // A bundle that states nothing the graph lacks leaves it as it was: not even its Source node is written.
  const substantive = nodeWrites.some((write) => write.id !== source.id && !allRefs.has(write.id)) || edgeWrites.some((edge) => edge.type !== 'CITED_BY');
  if (!substantive) {
    report.created = { nodes: 0, relationships: 0, byLabel: {}, byType: {} };
    return report;
  }
  const totalWrites = nodeWrites.length + edgeWrites.length;
  let written = 0;
  await tx.write(nodeWrites, edgeWrites, (batch) => {
    written += batch;
    plan.onProgress?.(written, totalWrites, 'write');
  });
  return report;
}

/** Names this incoming object gives its node that another source gives a different node of the same kind. */
function identityConflicts(
  entity: IncomingEntity,
  state: NodeState,
  candidates: CandidateNode[],
  resolved: Map<IncomingEntity, NodeState>,
  source: string,
): Conflict[] {
  const conflicts: Conflict[] = [];
  const sameKind = candidates.filter(
    (node) => node.id !== state.id && node.labels.some((label) => (KINDS[entity.kind].matches as readonly string[]).includes(label)),
  );
  // What this bundle itself says each node is called: a name both say belongs to a node is not in dispute.
  const namesByNode = new Map<string, Set<string>>();
  for (const [other, otherState] of resolved) namesByNode.set(otherState.id, new Set([...(namesByNode.get(otherState.id) ?? []), ...other.keys]));
  const allNames = [entity.name, ...entity.aliases];
  for (const name of allNames) {
    const key = nameKey(name);
    if (!key) continue;
    for (const other of sameKind) {
      if (!other.keys.includes(key) || namesByNode.get(other.id)?.has(key)) continue;
      const otherSources = statedBy(other, key).filter((id) => id !== source);
      if (otherSources.length === 0) continue;
      const ids = [state.id, other.id].sort();
      const externalId = typeof entity.claim.externalId === 'string' ? ` (${entity.claim.externalId})` : '';
      conflicts.push({
        id: `identity~${key}~${ids.join('~')}`,
        kind: 'identity',
        about: `Who is "${name}"?`,
        statements: [
          { node: other.id, nodeName: other.name, says: `"${name}" is a name of ${other.name}`, sources: otherSources },
          {
            node: state.id,
            nodeName: state.name,
            says:
              key === nameKey(state.name)
                ? `"${name}" is ${state.name}${externalId}, distinct from ${other.name}`
                : `"${name}" is a name of ${state.name}${externalId}, distinct from ${other.name}`,
            sources: [source],
          },
        ],
      });
    }
  }
  return conflicts;
}

/** The sources that give a node the name with this key: ALIAS_OF links, claims, else the node's own sources. */
export function statedBy(node: Pick<CandidateNode, 'name' | 'aliases' | 'ownAliases' | 'origin' | 'sources' | 'claims' | 'aliasOf'>, key: string): string[] {
  const claims = node.claims.map((text) => parseJson<Claim>(text)).filter((c): c is Claim => Boolean(c));
  const fromClaims = claims.filter((c) => [c.name, ...c.aliases].some((name) => nameKey(name) === key)).map((c) => c.source);
  const fromAliases = node.aliasOf.filter((alias) => nameKey(alias.name) === key).flatMap((alias) => alias.sources);
  const ownNames = node.origin ? [] : [node.name, ...(node.ownAliases ?? node.aliases)];
  const own = ownNames.some((name) => nameKey(name) === key) ? ownSources(node.sources, claims) : [];
  return unique([...fromAliases, ...(fromAliases.length ? [] : own), ...fromClaims]);
}

/** The sources of what a node says of its own (seeded nodes): its sources but those of imported claims and their citations. */
function ownSources(sources: string[], claims: Claim[]): string[] {
  const imported = new Set(claims.flatMap((c) => [c.source, ...(c.references ?? [])]));
  return sources.filter((id) => !imported.has(id));
}

/** Dates and confidence that this source gives a node it joined, where another source gives others. */
function valueConflicts(state: NodeState, source: string): Conflict[] {
  const node = state.existing;
  if (!node) return [];
  const claims = state.claims.map((text) => parseJson<Claim>(text)).filter((c): c is Claim => Boolean(c));
  const own = node.origin ? undefined : { sources: ownSources(node.sources, claims), from: node.from, to: node.to };
  const mine = claims.filter((c) => c.source === source);
  const conflicts: Conflict[] = [];
  const fields = [
    { field: 'from', label: 'active from', own: own?.from, of: (c: Claim) => c.firstSeen },
    { field: 'to', label: 'active until', own: own?.to, of: (c: Claim) => c.lastSeen },
    { field: 'confidence', label: 'confidence', own: undefined, of: (c: Claim) => c.confidenceLevel },
  ];
  for (const { field, label, own: ownValue, of } of fields) {
    const statements: { value: string; sources: string[] }[] = [];
    if (ownValue && own?.sources.length) statements.push({ value: ownValue, sources: own.sources });
    for (const claim of claims) {
      const value = of(claim);
      if (value) statements.push({ value, sources: [claim.source] });
    }
    const my = mine.map(of).find(Boolean);
    if (!my) continue;
    const disagreeing = statements.filter((s) => !s.sources.includes(source) && !agree(s.value, my));
    if (disagreeing.length === 0) continue;
    conflicts.push({
      id: `value~${field}~${node.id}~${source}`,
      kind: 'value',
      about: `${node.name}: ${label}`,
      statements: [
        ...disagreeing.map((s) => ({ node: node.id, nodeName: node.name, says: `${label} ${s.value}`, sources: s.sources })),
        { node: node.id, nodeName: node.name, says: `${label} ${my}`, sources: [source] },
      ],
    });
  }
  return conflicts;
}

/** Two dates agree when one is the other at a coarser precision ('2009' and '2009-02-01'). */
function agree(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

/** The claims and conflicts a node carries, as the API answers them. */
export function claimsAndConflicts(properties: Record<string, unknown>): { claims: ClaimView[]; conflicts: Conflict[] } {
  const list = (value: unknown) => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);
  return {
    claims: list(properties.claims)
      .map((text) => parseJson<ClaimView>(text))
      .filter((c): c is ClaimView => Boolean(c)),
    conflicts: list(properties.conflicts)
      .map((text) => parseJson<Conflict>(text))
      .filter((c): c is Conflict => Boolean(c)),
  };
}
