// Case files: an investigation's saved views, pinned entities, notes and walkthrough, kept for its members. The owner
// and editors change it, readers read it, and to anyone else it does not exist (404, never 403, so that a case's name
// does not leak). Every change is versioned where two members could make it at once (the case, each note, the
// walkthrough: a change from an old version gets 409 and the current one) and audited in its own transaction.
import { randomBytes } from 'node:crypto';
import type {
  CaseBrief,
  CaseEdit,
  CaseNote,
  CaseNoteEdit,
  CaseResponse,
  CaseStep,
  CaseSummary,
  CaseWalkthroughEdit,
  NewCase,
  NewCaseNote,
  NewCaseView,
  SourceRef,
  WalkthroughResponse,
} from '../../contract/api.ts';
import type { CaseAccess } from '../../contract/limits.ts';
import type { CaseStore, CaseTransaction, StoredCase, StoredItem } from '../db/case-store.ts';
import { cypher } from '../db/queries.ts';
import type { ExportedView } from '../db/stix-store.ts';
import { AppError } from '../errors.ts';
import type { Actor } from './claims.ts';
import { caseBundle } from './stix-export.ts';
import { checkWalkthrough, describeProblem, walkthroughFileText } from './walkthrough-files.ts';
import type { WalkthroughSpec } from './walkthrough-files.ts';
import { slug } from './stix-map.ts';

interface CaseDeps {
  /** Plays a walkthrough: runs each step's query read-only, as the built-in ones run. */
  play(walkthrough: Pick<WalkthroughSpec, 'id' | 'title' | 'summary' | 'steps'>): Promise<WalkthroughResponse>;
  sources(ids: string[]): Promise<SourceRef[]>;
  exportView(ids: string[]): Promise<ExportedView>;
  /** The usernames among these that are accounts. */
  knownAccounts(usernames: string[]): Promise<string[]>;
}

interface StoredWalkthrough {
  title: string;
  summary: string;
  steps: CaseStep[];
}

const newId = (kind: 'case' | 'view' | 'note') =>
  `${kind}-${BigInt(`0x${randomBytes(8).toString('hex')}`)
    .toString(36)
    .padStart(12, '0')
    .slice(-12)}`;

function accessOf(stored: StoredCase, user: string): CaseAccess | undefined {
  if (stored.owner === user || stored.editors.includes(user)) return 'edit';
  return stored.readers.includes(user) ? 'read' : undefined;
}

/** The same answer for a case that does not exist and one the caller is not a member of. */
const notFound = (id: string) => new AppError('NOT_FOUND', `Case '${id}' does not exist, or you are not one of its members`);

function allowed(stored: StoredCase | undefined, id: string, user: string, need: CaseAccess): StoredCase {
  const access = stored && accessOf(stored, user);
  if (!stored || !access) throw notFound(id);
  if (need === 'edit' && access !== 'edit')
    throw new AppError('FORBIDDEN', `You may read case '${stored.title}' but not change it; ask its owner, ${stored.owner}`);
  return stored;
}

const walkthroughOf = (stored: StoredCase): StoredWalkthrough => {
  const parsed = stored.walkthrough ? (JSON.parse(stored.walkthrough) as Partial<StoredWalkthrough>) : {};
  return { title: parsed.title || stored.title, summary: parsed.summary || stored.summary || stored.title, steps: parsed.steps ?? [] };
};

function summaryOf(stored: StoredCase, user: string): CaseSummary {
  const { id, title, summary, status, owner, updatedAt } = stored;
  return { id, title, summary, status, owner, access: accessOf(stored, user) ?? 'read', updatedAt };
}

function caseOf(stored: StoredCase, user: string): CaseResponse['case'] {
  return {
    ...summaryOf(stored, user),
    version: stored.version,
    createdAt: stored.createdAt,
    members: [
      ...stored.editors.map((username) => ({ username, access: 'edit' as const })),
      ...stored.readers.map((username) => ({ username, access: 'read' as const })),
    ],
    pinned: stored.pinned,
  };
}

const viewOf = (item: StoredItem): CaseResponse['views'][number] => ({
  id: item.id,
  title: String(item.title),
  state: String(item.state),
  ...(typeof item.thumbnail === 'string' ? { thumbnail: item.thumbnail } : {}),
  createdBy: String(item.createdBy),
  createdAt: String(item.createdAt),
});

const noteOf = (item: StoredItem): CaseNote => ({
  id: item.id,
  target: item.targetKind === 'case' ? { kind: 'case' } : { kind: item.targetKind as 'node' | 'edge', id: String(item.targetId) },
  body: String(item.body),
  version: Number(item.version),
  author: String(item.author),
  createdAt: String(item.createdAt),
  updatedBy: String(item.updatedBy),
  updatedAt: String(item.updatedAt),
});

/** A saved view or note of the case, locked for a change; a deleted one, or one of another kind, is not there. */
async function lockedItem(tx: CaseTransaction, id: string, item: string, kind: 'view' | 'note'): Promise<StoredItem> {
  const found = item.startsWith(`${kind}-`) ? await tx.lockItem(id, item) : undefined;
  if (!found) throw new AppError('NOT_FOUND', `Case '${id}' has no ${kind} '${item}': it was deleted, or never was`);
  return found;
}

/** What the audit trail keeps of a walkthrough: the steps without their pictures (kept in the case itself). */
const auditedWalkthrough = (walk: StoredWalkthrough) => ({
  ...walk,
  steps: walk.steps.map(({ picture, ...step }) => ({ ...step, picture: Boolean(picture) })),
});

export function createCases(store: CaseStore, deps: CaseDeps) {
  async function read(id: string, user: string, need: CaseAccess = 'read') {
    const file = await store.get(id);
    allowed(file?.case, id, user, need);
    return file!;
  }

  async function answer(id: string, user: string): Promise<CaseResponse> {
    const file = await read(id, user);
    return {
      case: caseOf(file.case, user),
      views: file.views.map(viewOf),
      notes: file.notes.map(noteOf),
      walkthrough: { version: file.case.walkthroughVersion, ...walkthroughOf(file.case) },
    };
  }

  /** A change to a case the caller may edit, with its audit records, then the whole case as it now is. */
  async function change(id: string, actor: Actor, work: (tx: CaseTransaction, stored: StoredCase, at: string) => Promise<void>): Promise<CaseResponse> {
    await store.transaction(async (tx) => {
      const stored = allowed(await tx.lock(id), id, actor.name, 'edit');
      const at = new Date().toISOString();
      await work(tx, stored, at);
      await tx.set(id, { updatedAt: at, updatedBy: actor.name });
    });
    return answer(id, actor.name);
  }

  const audit = (tx: CaseTransaction, actor: Actor, action: string, entity: string, before: unknown, after: unknown) =>
    tx.audit({ action: `case.${action}`, actor: actor.name, entity, before, after, request: actor.request });

  async function membersOf(members: NewCase['members'], owner: string) {
    const others = (members ?? []).filter((member) => member.username !== owner);
    const names = [...new Set(others.map((member) => member.username))];
    const known = new Set(await deps.knownAccounts(names));
    const unknown = names.filter((name) => !known.has(name));
    if (unknown.length) throw new AppError('BAD_REQUEST', `No account is named ${unknown.map((name) => `'${name}'`).join(', ')}`);
    return {
      editors: names.filter((name) => others.some((m) => m.username === name && m.access === 'edit')),
      readers: names.filter((name) => !others.some((m) => m.username === name && m.access === 'edit')),
    };
  }

  /** The steps as the walkthrough files write them: a recorded step's query draws the ids it was recorded with. */
  function stepsOf(input: CaseWalkthroughEdit['steps']): CaseStep[] {
    return input.map(({ nodes, edges, query, params, picture, ...step }) => ({
      ...step,
      highlight: step.highlight ?? [],
      query: query ?? cypher('case-step-elements'),
      params: query === undefined ? { nodes: nodes ?? [], edges: edges ?? [] } : (params ?? {}),
      ...(picture ? { picture } : {}),
    }));
  }

  function checked(id: string, walk: StoredWalkthrough): void {
    if (walk.steps.length === 0) return;
    const { problems } = checkWalkthrough(`case ${id}`, {
      id: fileId(walk.title),
      title: walk.title,
      summary: walk.summary,
      steps: walk.steps.map(({ picture, ...step }) => step),
    });
    if (problems.length) throw new AppError('BAD_REQUEST', problems.map(describeProblem).join('; '));
  }

  async function played(id: string, user: string): Promise<{ stored: StoredCase; walk: StoredWalkthrough; played: WalkthroughResponse }> {
    const { case: stored } = await read(id, user);
    const walk = walkthroughOf(stored);
    if (walk.steps.length === 0) throw new AppError('NOT_FOUND', `Case '${stored.title}' has no walkthrough yet: record a step first`);
    return { stored, walk, played: await deps.play({ id: `case:${id}`, title: walk.title, summary: walk.summary, steps: walk.steps }) };
  }

  return {
    async list(user: string, q: string | undefined): Promise<{ cases: CaseSummary[] }> {
      return { cases: (await store.list(user, q)).map((stored) => summaryOf(stored, user)) };
    },

    get: answer,

    async create(input: NewCase, actor: Actor): Promise<CaseResponse> {
      const at = new Date().toISOString();
      const stored: StoredCase = {
        id: newId('case'),
        title: input.title,
        summary: input.summary ?? '',
        status: 'open',
        owner: actor.name,
        ...(await membersOf(input.members, actor.name)),
        pinned: [],
        version: 1,
        createdAt: at,
        updatedAt: at,
        updatedBy: actor.name,
        walkthrough: '',
        walkthroughVersion: 0,
      };
      await store.transaction(async (tx) => {
        await tx.create(stored);
        await audit(tx, actor, 'create', stored.id, null, stored);
      });
      return answer(stored.id, actor.name);
    },

    async edit(id: string, edit: CaseEdit, actor: Actor): Promise<CaseResponse> {
      const members = edit.members ? await membersOf(edit.members, '') : undefined;
      return change(id, actor, async (tx, stored) => {
        if (edit.version !== stored.version) {
          throw new AppError('CONFLICT', `The case changed since version ${edit.version} (it is at version ${stored.version}); nothing was written`, {
            current: caseOf(stored, actor.name),
          });
        }
        if (members && stored.owner !== actor.name) throw new AppError('FORBIDDEN', `Only the case's owner, ${stored.owner}, changes who its members are`);
        const next = {
          ...(edit.title === undefined ? {} : { title: edit.title }),
          ...(edit.summary === undefined ? {} : { summary: edit.summary }),
          ...(edit.status === undefined ? {} : { status: edit.status }),
          ...(edit.pinned === undefined ? {} : { pinned: [...new Set(edit.pinned)] }),
          ...(members ? { editors: members.editors.filter((n) => n !== stored.owner), readers: members.readers.filter((n) => n !== stored.owner) } : {}),
          version: stored.version + 1,
        };
        const before = Object.fromEntries(Object.keys(next).map((key) => [key, stored[key as keyof StoredCase]]));
        await tx.set(id, next);
        await audit(tx, actor, 'edit', id, before, next);
      });
    },

    async addView(id: string, input: NewCaseView, actor: Actor): Promise<CaseResponse> {
      return change(id, actor, async (tx, _stored, at) => {
        const view = { id: newId('view'), caseId: id, ...input, createdBy: actor.name, createdAt: at };
        await tx.createItem('CaseView', view);
        await audit(tx, actor, 'view.add', view.id, null, { ...view, thumbnail: Boolean(input.thumbnail) });
      });
    },

    async deleteView(id: string, item: string, actor: Actor): Promise<CaseResponse> {
      return change(id, actor, async (tx, _stored, at) => {
        const view = await lockedItem(tx, id, item, 'view');
        await tx.setItem(id, item, { deletedAt: at, deletedBy: actor.name });
        await audit(tx, actor, 'view.delete', item, { title: view.title, state: view.state }, null);
      });
    },

    async addNote(id: string, input: NewCaseNote, actor: Actor): Promise<CaseResponse> {
      return change(id, actor, async (tx, _stored, at) => {
        const note = {
          id: newId('note'),
          caseId: id,
          targetKind: input.target.kind,
          ...(input.target.id === undefined ? {} : { targetId: input.target.id }),
          body: input.body,
          version: 1,
          author: actor.name,
          createdAt: at,
          updatedBy: actor.name,
          updatedAt: at,
        };
        await tx.createItem('CaseNote', note);
        await audit(tx, actor, 'note.add', note.id, null, note);
      });
    },

    async editNote(id: string, item: string, edit: CaseNoteEdit, actor: Actor): Promise<CaseResponse> {
      return change(id, actor, async (tx, _stored, at) => {
        const note = await lockedItem(tx, id, item, 'note');
        const current = noteOf(note);
        if (edit.version !== current.version) {
          throw new AppError('CONFLICT', `The note changed since version ${edit.version} (it is at version ${current.version}); nothing was written`, {
            current,
          });
        }
        const next = { body: edit.body, version: current.version + 1, updatedBy: actor.name, updatedAt: at };
        await tx.setItem(id, item, next);
        await audit(tx, actor, 'note.edit', item, { body: current.body, version: current.version }, { body: next.body, version: next.version });
      });
    },

    async deleteNote(id: string, item: string, actor: Actor): Promise<CaseResponse> {
      return change(id, actor, async (tx, _stored, at) => {
        const note = await lockedItem(tx, id, item, 'note');
        await tx.setItem(id, item, { deletedAt: at, deletedBy: actor.name });
        await audit(tx, actor, 'note.delete', item, { body: note.body, version: note.version }, null);
      });
    },

    async saveWalkthrough(id: string, edit: CaseWalkthroughEdit, actor: Actor): Promise<CaseResponse> {
      return change(id, actor, async (tx, stored) => {
        const before = walkthroughOf(stored);
        if (edit.version !== stored.walkthroughVersion) {
          throw new AppError(
            'CONFLICT',
            `The walkthrough changed since version ${edit.version} (it is at version ${stored.walkthroughVersion}); nothing was written`,
            {
              current: { version: stored.walkthroughVersion, ...before },
            },
          );
        }
        const walk = { title: edit.title ?? before.title, summary: edit.summary ?? before.summary, steps: stepsOf(edit.steps) };
        checked(id, walk);
        await tx.set(id, { walkthrough: JSON.stringify(walk), walkthroughVersion: stored.walkthroughVersion + 1 });
        await audit(tx, actor, 'walkthrough', id, auditedWalkthrough(before), auditedWalkthrough(walk));
      });
    },

    async playWalkthrough(id: string, user: string): Promise<WalkthroughResponse> {
      return (await played(id, user)).played;
    },

    /** The walkthrough as a file for cypher/walkthroughs (pictures stay in the case). */
    async walkthroughFile(id: string, user: string): Promise<string> {
      const { case: stored } = await read(id, user);
      const walk = walkthroughOf(stored);
      if (walk.steps.length === 0) throw new AppError('NOT_FOUND', `Case '${stored.title}' has no walkthrough yet: record a step first`);
      return walkthroughFileText({ id: fileId(walk.title), title: walk.title, summary: walk.summary, steps: walk.steps.map(({ picture, ...step }) => step) });
    },

    async brief(id: string, user: string): Promise<CaseBrief> {
      const file = await read(id, user);
      const walk = walkthroughOf(file.case);
      const steps = walk.steps.length ? (await played(id, user)).played.steps : [];
      const briefSteps = steps.map((step, i) => ({
        title: step.title,
        narrative: step.narrative,
        ...(walk.steps[i]?.picture ? { picture: walk.steps[i]!.picture } : {}),
        missing: step.missing ?? [],
        claims: claimsOf(step.graph),
      }));
      const cited = [
        ...steps.flatMap((step) => step.sources.map((source) => source.id)),
        ...briefSteps.flatMap((step) => step.claims.flatMap((c) => c.sources)),
      ];
      return {
        case: caseOf(file.case, user),
        walkthrough: { title: walk.title, summary: walk.summary },
        steps: briefSteps,
        notes: file.notes.map(noteOf),
        sources: await deps.sources([...new Set(cited)]),
        generatedAt: new Date().toISOString(),
      };
    },

    /** The case as a STIX 2.1 report: what its steps draw and its pinned entities, with its notes as note objects. */
    async stix(id: string, user: string) {
      const file = await read(id, user);
      const walk = walkthroughOf(file.case);
      const steps = walk.steps.length ? (await played(id, user)).played.steps : [];
      const noteTargets = file.notes.flatMap((note) => (note.targetKind === 'node' && typeof note.targetId === 'string' ? [note.targetId] : []));
      const ids = [...new Set([...file.case.pinned, ...steps.flatMap((step) => step.graph.nodes.map((node) => node.id)), ...noteTargets])];
      const view = await deps.exportView(ids);
      return caseBundle(view, { case: caseOf(file.case, user), notes: file.notes.map(noteOf) }, new Date().toISOString());
    },
  };
}

/** A walkthrough file's id: a slug of its title. */
const fileId = (title: string) => slug(title).slice(0, 60).replace(/-+$/, '') || 'case-walkthrough';

type StepGraph = WalkthroughResponse['steps'][number]['graph'];

/** What a step's picture rests on: its relationships, and the analysts' own claims among its nodes. */
function claimsOf(graph: StepGraph): CaseBrief['steps'][number]['claims'] {
  const names = new Map(graph.nodes.map((node) => [node.id, node.name]));
  const strings = (value: unknown) => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);
  const claim = (id: string, text: string, props: Record<string, unknown>) => ({
    id,
    text,
    confidence: typeof props.confidence === 'string' ? props.confidence : null,
    sources: strings(props.sources),
    ...(typeof props.claimedBy === 'string' ? { claimedBy: props.claimedBy } : {}),
  });
  return [
    ...graph.nodes.filter((node) => typeof node.properties.claimedBy === 'string').map((node) => claim(node.id, node.name, node.properties)),
    ...graph.edges.map((edge) =>
      claim(edge.id, `${names.get(edge.source) ?? edge.source} — ${edge.type} → ${names.get(edge.target) ?? edge.target}`, edge.properties),
    ),
  ];
}
