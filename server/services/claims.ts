// Analysts' own claims: nodes and relationships an analyst states, each with a source and a confidence, kept apart
// from what documents state (claimedBy), versioned, retracted rather than deleted, and audited in the same transaction.
// Documents' statements cannot be edited here: an analyst who disagrees states their own claim beside them.
import { CLAIM_NODE_KINDS, type ClaimNodeKind } from '../../contract/limits.ts';
import { type DateSpan, dateSpan } from '../../contract/time.ts';
import type { ClaimEdit, ClaimResponse, ClaimRetraction, ClaimSource, NewNodeClaim, NewRelationshipClaim } from '../../contract/api.ts';
import { type ClaimStore, type ClaimTransaction, type PlainProps, edgeEnds } from '../db/claim-store.ts';
import { AppError } from '../errors.ts';
import { slug } from './stix-map.ts';

/** Who makes a change, and the request it came in (its log line has the same id). */
export interface Actor {
  name: string;
  request: string | null;
}

const kindLabels: Record<ClaimNodeKind, string[]> = {
  Group: ['Actor', 'Group'],
  Operative: ['Actor', 'Person'],
  Person: ['Person'],
  Victim: ['Victim'],
  Launderer: ['Launderer'],
  Country: ['Country'],
  Incident: ['Incident'],
  Organization: ['Organization'],
  Malware: ['Malware'],
  Tool: ['Tool'],
  Campaign: ['Campaign'],
  Indicator: ['Indicator'],
};
// Every kind has its labels: a kind added to the contract without labels fails the type check here.
void (CLAIM_NODE_KINDS satisfies readonly (keyof typeof kindLabels)[]);

/** Derived from the date text on every write; not part of what an audit record says changed. */
const DERIVED = new Set(['timeFrom', 'timeTo', 'timePrecision']);

/** A slug of a name for a new id, as imports make them, at most 60 characters ('Wallet 1Ab…' → 'wallet-1ab'). */
function slugOf(name: string): string {
  return slug(name).slice(0, 60).replace(/-+$/, '') || 'claim';
}

/** The base itself when free, or base-2, base-3…: the first not taken. */
function freeId(base: string, taken: readonly string[], separator = '-'): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n += 1) if (!used.has(`${base}${separator}${n}`)) return `${base}${separator}${n}`;
}

function spanOf(date: unknown): DateSpan | undefined {
  return typeof date === 'string' ? dateSpan(date) : undefined;
}

/** Properties as an audit record keeps them: without the derived time span. */
function recorded(props: PlainProps): PlainProps {
  return Object.fromEntries(Object.entries(props).filter(([key]) => !DERIVED.has(key)));
}

function sourcesOf(props: PlainProps): string[] {
  return Array.isArray(props.sources) ? props.sources.filter((id): id is string => typeof id === 'string') : [];
}

// Statements that do not depend on each other's answers are sent together (Promise.all): the driver pipelines them in
// the transaction, in order, so a claim costs two round trips to Neo4j and a commit rather than six (the audit trail
// reads its head with the first ones: server/db/audit-store.ts).
export function createClaims(store: ClaimStore, now: () => Date = () => new Date()) {
  /** The id of the Source that states a claim: an existing one, or a new one recorded in the same transaction. */
  async function resolveSource(tx: ClaimTransaction, source: ClaimSource, actor: Actor, at: string): Promise<string> {
    if ('id' in source) {
      if (!(await tx.sourceExists(source.id))) throw new AppError('BAD_REQUEST', `No Source has the id '${source.id}': give an existing source, or a new one`);
      return source.id;
    }
    const id = freeId(`analyst-${slugOf(source.title)}`, await tx.takenNodeIds(`analyst-${slugOf(source.title)}`));
    const props: PlainProps = {
      id,
      name: source.title,
      kind: 'analyst',
      date: source.date,
      ...(source.url ? { url: source.url } : {}),
      ...(source.reference ? { reference: source.reference } : {}),
      sources: [id],
      aliases: [],
      submittedBy: actor.name,
      submittedAt: at,
    };
    await Promise.all([
      tx.createSource(props, spanOf(source.date)),
      tx.audit({ action: 'source.create', actor: actor.name, entity: id, before: null, after: props, request: actor.request }),
    ]);
    return id;
  }

  /** The claim's node or relationship, locked, checked to be an analyst's claim at the version the caller started from. */
  async function lockClaim(tx: ClaimTransaction, id: string, version: number) {
    const ends = edgeEnds(id);
    const stored = ends ? await tx.lockEdge(id) : await tx.lockNode(id);
    if (!stored) throw new AppError('NOT_FOUND', `No node or relationship has the id '${id}'`);
    if (typeof stored.props.claimedBy !== 'string') {
      throw new AppError(
        'FORBIDDEN',
        `'${id}' is stated by its sources (${sourcesOf(stored.props).join(', ') || 'none'}), not by an analyst: record your own claim beside it instead`,
      );
    }
    if (stored.props.retracted === true)
      throw new AppError('CONFLICT', `'${id}' was retracted; it is kept as a record and cannot change`, { current: answerOf(id, stored) });
    if (stored.props.version !== version) {
      throw new AppError(
        'CONFLICT',
        `'${id}' changed since version ${version}: it is at version ${String(stored.props.version)}. Nothing was written; start from the current version`,
        { current: answerOf(id, stored) },
      );
    }
    return { ends, props: stored.props };
  }

  async function write(tx: ClaimTransaction, id: string, edge: boolean, props: PlainProps) {
    return edge ? answerOf(id, await tx.setEdge(id, props, spanOf(props.date))) : answerOf(id, await tx.setNode(id, props, spanOf(props.date)));
  }

  return {
    async createNode(input: NewNodeClaim, actor: Actor): Promise<ClaimResponse> {
      const at = now().toISOString();
      return store.transaction(async (tx) => {
        const base = slugOf(input.name);
        const [source, taken] = await Promise.all([resolveSource(tx, input.source, actor, at), tx.takenNodeIds(base)]);
        const id = freeId(base, taken);
        const props: PlainProps = {
          id,
          name: input.name,
          ...(input.summary ? { summary: input.summary } : {}),
          aliases: input.aliases,
          ...(input.date ? { date: input.date } : {}),
          sources: [source],
          confidence: input.confidence,
          ...authorship(actor, at),
          version: 1,
        };
        const [created] = await Promise.all([
          tx.createNode(['Entity', ...kindLabels[input.kind]], props, spanOf(input.date)),
          tx.audit({ action: 'claim.create', actor: actor.name, entity: id, before: null, after: props, request: actor.request }),
        ]);
        return answerOf(id, created);
      });
    },

    async createRelationship(input: NewRelationshipClaim, actor: Actor): Promise<ClaimResponse> {
      if (input.from === input.to) throw new AppError('BAD_REQUEST', 'from and to must be different nodes');
      const at = now().toISOString();
      return store.transaction(async (tx) => {
        const [slot, source] = await Promise.all([tx.edgeSlot(input.from, input.type, input.to), resolveSource(tx, input.source, actor, at)]);
        for (const [end, exists] of [
          [input.from, slot.fromExists],
          [input.to, slot.toExists],
        ] as const) {
          if (!exists) throw new AppError('NOT_FOUND', `Node '${end}' does not exist`);
        }
        const id = freeId(`${input.from}~${input.type}~${input.to}`, slot.taken, '~');
        const props: PlainProps = {
          id,
          ...(input.date ? { date: input.date } : {}),
          ...(input.context ? { context: input.context } : {}),
          sources: [source],
          confidence: input.confidence,
          ...authorship(actor, at),
          version: 1,
        };
        const [created] = await Promise.all([
          tx.createEdge(input.from, input.type, input.to, props, spanOf(input.date)),
          tx.audit({ action: 'claim.create', actor: actor.name, entity: id, before: null, after: props, request: actor.request }),
        ]);
        return answerOf(id, created);
      });
    },

    /** A new version: the fields given replace the old ones (date: null removes it), a new source joins the others. */
    async edit(id: string, change: ClaimEdit, actor: Actor): Promise<ClaimResponse> {
      const { version, source, date, ...fields } = change;
      const given = Object.entries(fields).filter(([, value]) => value !== undefined);
      if (given.length === 0 && source === undefined && date === undefined) throw new AppError('BAD_REQUEST', 'Nothing to change: give at least one field');
      const at = now().toISOString();
      return store.transaction(async (tx) => {
        const { ends, props } = await lockClaim(tx, id, version);
        const wrongKind = given.map(([key]) => key).filter((key) => (ends ? ['name', 'summary', 'aliases'] : ['context']).includes(key));
        if (wrongKind.length) throw new AppError('BAD_REQUEST', `A ${ends ? 'relationship' : 'node'} has no ${wrongKind.join(' or ')} to change`);
        const sources = source ? [...new Set([...sourcesOf(props), await resolveSource(tx, source, actor, at)])] : sourcesOf(props);
        const next: PlainProps = { ...recorded(props), ...Object.fromEntries(given), sources, updatedBy: actor.name, updatedAt: at, version: version + 1 };
        if (date === null) delete next.date;
        else if (date !== undefined) next.date = date;
        const [answer] = await Promise.all([
          write(tx, id, ends !== undefined, next),
          tx.audit({ action: 'claim.edit', actor: actor.name, entity: id, before: recorded(props), after: next, request: actor.request }),
        ]);
        return answer;
      });
    },

    /** Retraction keeps the record, marked retracted with who, when and why; views hide it unless asked. */
    async retract(id: string, { version, reason }: ClaimRetraction, actor: Actor): Promise<ClaimResponse> {
      const at = now().toISOString();
      return store.transaction(async (tx) => {
        const { ends, props } = await lockClaim(tx, id, version);
        const next: PlainProps = {
          ...recorded(props),
          retracted: true,
          retractedBy: actor.name,
          retractedAt: at,
          retractionReason: reason,
          version: version + 1,
        };
        const [answer] = await Promise.all([
          write(tx, id, ends !== undefined, next),
          tx.audit({ action: 'claim.retract', actor: actor.name, entity: id, before: recorded(props), after: next, request: actor.request }),
        ]);
        return answer;
      });
    },
  };
}

function authorship(actor: Actor, at: string): PlainProps {
  return { claimedBy: actor.name, claimedAt: at, updatedBy: actor.name, updatedAt: at };
}

function answerOf(id: string, stored: { labels: string[]; props: PlainProps } | { type: string; props: PlainProps }): ClaimResponse {
  const version = Number(stored.props.version ?? 0);
  const sources = sourcesOf(stored.props);
  if ('labels' in stored) {
    const labels = stored.labels.filter((label) => label !== 'Entity');
    return { id, version, sources, node: { id, labels, name: String(stored.props.name ?? id), properties: stored.props } };
  }
  const { from, to } = edgeEnds(id)!;
  return { id, version, sources, edge: { id, source: from, target: to, type: stored.type, properties: stored.props } };
}
