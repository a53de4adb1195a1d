// The details panel: a node (labels, properties, aliases, relationships, sources) or an edge (type, dates, amount,
// confidence, quote, sources).
import { getAudit, getNode } from '../api/endpoints.ts';
import { describeError, isAbort } from '../api/http.ts';
import { describeSource, rememberSources, resolveSources } from '../api/sources.ts';
import type { AuditRecord, Conflict, GraphEdge, GraphNode, NodeDetailsResponse, NodeRelationship } from '../api/types.ts';
import { byId, h } from '../dom.ts';
import { formatDateRange, formatUsd, relationshipArrow, stringList } from '../state/format.ts';
import { canEditClaims } from '../state/session.ts';
import type { ClaimTarget } from './claim-form.ts';
import { actionButton, confidenceBadge, labelChips, propertyList, section, sourceItem } from './render.ts';

export interface DetailsHandlers {
  select(id: string): void;
  openRelated(fromId: string, type: string, otherId: string): void;
  expand(id: string): void;
  focus(id: string): void;
  hide(id: string): void;
  pathFrom(node: GraphNode): void;
  pathTo(node: GraphNode): void;
  addRelationship(node: GraphNode): void;
  editClaim(claim: ClaimTarget): void;
  retractClaim(claim: ClaimTarget): void;
}

export class DetailsPanel {
  readonly #root = byId('details-body');
  readonly #handlers: DetailsHandlers;
  #controller: AbortController | undefined;
  #shown: string | undefined;
  /** Shows the same element again after a change (a claim saved, the account known). */
  #reshow: (() => void) | undefined;

  constructor(handlers: DetailsHandlers) {
    this.#handlers = handlers;
    this.clear();
  }

  clear(): void {
    this.#controller?.abort();
    this.#shown = undefined;
    this.#root.replaceChildren(h('p', { class: 'empty', text: 'Select a node or relationship in the graph to see its details and sources.' }));
  }

  /** Reads the shown element again: after a claim changed, or once the account (and so the controls) is known. */
  refresh(): void {
    this.#shown = undefined;
    this.#reshow?.();
  }

  async showNode(id: string): Promise<void> {
    this.#reshow = () => void this.showNode(id);
    if (this.#shown === `node:${id}`) return;
    this.#shown = `node:${id}`;
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    this.#root.replaceChildren(h('p', { class: 'loading', text: 'Loading details…' }));
    try {
      const details = await getNode(id, {}, controller.signal);
      rememberSources(details.sources);
      if (controller.signal.aborted) return;
      this.#root.replaceChildren(...this.#renderNode(details, controller.signal));
    } catch (error) {
      if (isAbort(error)) return;
      this.#shown = undefined;
      this.#root.replaceChildren(h('p', { class: 'error-text', role: 'alert', text: describeError(error) }));
    }
  }

  async showEdge(edge: GraphEdge, source?: GraphNode, target?: GraphNode): Promise<void> {
    this.#reshow = () => void this.showEdge(edge, source, target);
    if (this.#shown === `edge:${edge.id}`) return;
    this.#shown = `edge:${edge.id}`;
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    const p = edge.properties;
    const endpoint = (node: GraphNode | undefined, id: string) => {
      const button = h('button', { type: 'button', class: 'link', text: node?.name ?? id });
      button.addEventListener('click', () => this.#handlers.select(id));
      return button;
    };
    const when = formatDateRange(p);
    const amount = formatUsd(p.amountUsd);
    const facts = h(
      'dl',
      { class: 'props' },
      h('dt', { text: 'type' }),
      h('dd', { text: edge.type }),
      h('dt', { text: 'confidence' }),
      h('dd', {}, confidenceBadge(p.confidence)),
      when ? h('dt', { text: 'date' }) : null,
      when ? h('dd', { text: when }) : null,
      amount ? h('dt', { text: 'amount' }) : null,
      amount ? h('dd', { text: `${amount} (${Number(p.amountUsd).toLocaleString('en-US')} USD)` }) : null,
    );
    const sourceList = h('ul', { class: 'sources' }, h('li', { class: 'loading', text: 'Loading sources…' }));
    this.#root.replaceChildren(
      h('h2', { class: 'detail-title' }, endpoint(source, edge.source), ` ${relationshipArrow(edge.type, true)} `, endpoint(target, edge.target)),
      facts,
      typeof p.quote === 'string' && p.quote ? h('blockquote', { class: 'quote', text: p.quote }) : h('span'),
      this.#claimSection({ id: edge.id, version: Number(p.version ?? 0), kind: 'edge', properties: p }) ?? h('span'),
      propertyList(p, ['confidence', 'date', 'from', 'to', 'amountUsd', 'type', ...CLAIM_KEYS]) ?? h('span'),
      section('Sources', sourceList),
      historySection(edge.id, controller.signal),
    );
    const refs = await resolveSources(stringList(p.sources));
    if (controller.signal.aborted) return;
    sourceList.replaceChildren(...(refs.length ? refs.map((ref) => sourceItem(ref)) : [h('li', { class: 'empty', text: 'No sources recorded.' })]));
  }

  /** The node with the first page of its relationships; the pager appends the pages that follow. */
  #renderNode(details: NodeDetailsResponse, signal: AbortSignal): Node[] {
    const handlers = this.#handlers;
    const { node } = details;
    const aliases = stringList(node.properties.aliases);
    const summary = typeof node.properties.summary === 'string' ? node.properties.summary : '';
    const actions = h(
      'div',
      { class: 'actions' },
      actionButton('Expand', () => handlers.expand(node.id), 'Add its neighbours to the view'),
      actionButton('Focus', () => handlers.focus(node.id), 'Start a new view from this node'),
      actionButton('Paths from here', () => handlers.pathFrom(node)),
      actionButton('Paths to here', () => handlers.pathTo(node)),
      actionButton('Hide', () => handlers.hide(node.id)),
      canEditClaims()
        ? actionButton('Add a relationship…', () => handlers.addRelationship(node), 'State a relationship from this node, with its source')
        : null,
    );
    const relList = h('ul', { class: 'rels' }, ...details.relationships.map((rel) => this.#relationshipItem(node, rel)));
    let loaded = details;
    let sources = sourcesSection(loaded);
    const loadMore = async (): Promise<Loaded | undefined> => {
      if (loaded.nextOffset === null) return undefined;
      const page = await getNode(node.id, { offset: loaded.nextOffset }, signal);
      rememberSources(page.sources);
      if (signal.aborted) return undefined;
      loaded = withPage(loaded, page);
      const items = page.relationships.map((rel) => this.#relationshipItem(node, rel));
      relList.append(...items);
      const updated = sourcesSection(loaded);
      sources.replaceWith(updated);
      sources = updated;
      return { details: loaded, firstNew: items[0] };
    };
    return [
      h('h2', { class: 'detail-title', text: node.name }),
      labelChips(node.labels),
      summary ? h('p', { class: 'summary', text: summary }) : h('span'),
      actions,
      this.#claimSection({ id: node.id, version: Number(node.properties.version ?? 0), kind: 'node', properties: node.properties }) ?? h('span'),
      aliases.length ? section('Aliases', h('ul', { class: 'aliases' }, ...aliases.map((a) => h('li', { text: a })))) : h('span'),
      conflictsSection(details.conflicts ?? []) ?? h('span'),
      section('Properties', propertyList(node.properties, CLAIM_KEYS) ?? h('p', { class: 'empty', text: 'No other properties.' })),
      section(
        `Relationships (${details.relationshipTotal.toLocaleString('en-US')})`,
        details.relationships.length ? relList : h('p', { class: 'empty', text: 'None.' }),
        details.nextOffset === null ? null : pager(details, loadMore),
      ),
      sources,
      historySection(node.id, signal),
    ];
  }

  /** An analyst's claim: whose, since when, its version, and (for analysts) Edit and Retract; or its retraction. */
  #claimSection(claim: ClaimTarget): HTMLElement | null {
    const p = claim.properties;
    if (typeof p.claimedBy !== 'string') return null;
    const day = (value: unknown) => (typeof value === 'string' ? value.slice(0, 10) : '');
    const lines = [
      h('p', { class: 'claim-by', text: `Stated by ${p.claimedBy} on ${day(p.claimedAt)}, not by a document · version ${claim.version}` }),
      p.updatedBy && p.updatedAt !== p.claimedAt
        ? h('p', { class: 'source-meta', text: `Last changed by ${String(p.updatedBy)} on ${day(p.updatedAt)}` })
        : null,
    ];
    if (p.retracted === true) {
      lines.push(
        h('p', { class: 'claim-retracted', text: `Retracted by ${String(p.retractedBy)} on ${day(p.retractedAt)}: ${String(p.retractionReason ?? '')}` }),
      );
    } else if (canEditClaims()) {
      lines.push(
        h(
          'div',
          { class: 'actions' },
          actionButton('Edit…', () => this.#handlers.editClaim(claim), 'Make a new version of this claim'),
          actionButton('Retract…', () => this.#handlers.retractClaim(claim), 'Withdraw it; the record stays'),
        ),
      );
    }
    return h('section', { class: `detail-section claim${p.retracted === true ? ' retracted' : ''}` }, h('h3', { text: 'Analyst’s claim' }), ...lines);
  }

  #relationshipItem(node: GraphNode, rel: NodeRelationship): HTMLLIElement {
    const other = h('button', { type: 'button', class: 'link', text: rel.other.name, title: rel.other.labels.join(', ') });
    other.addEventListener('click', () => this.#handlers.openRelated(node.id, rel.type, rel.other.id));
    const when = formatDateRange(rel.properties);
    const amount = formatUsd(rel.properties.amountUsd);
    const arrow = `${relationshipArrow(rel.type, rel.direction === 'out')} `;
    return h(
      'li',
      { class: 'rel' },
      h('span', { class: 'rel-type', text: arrow }),
      other,
      ' ',
      confidenceBadge(rel.properties.confidence),
      when || amount ? h('span', { class: 'rel-meta', text: [when, amount].filter(Boolean).join(' · ') }) : null,
    );
  }
}

/** Bookkeeping of analysts' claims, shown in the claim section rather than among the properties. */
const CLAIM_KEYS = ['claimedBy', 'claimedAt', 'updatedBy', 'updatedAt', 'version', 'retracted', 'retractedBy', 'retractedAt', 'retractionReason'];

/** The element's audit records, newest first: who changed what, when, from which value to which. */
function historySection(id: string, signal: AbortSignal): HTMLElement {
  const list = h('ol', { class: 'history' }, h('li', { class: 'loading', text: 'Loading history…' }));
  getAudit({ entity: id, limit: 50 }, signal)
    .then(({ records }) => {
      list.replaceChildren(
        ...(records.length ? records.map(historyItem) : [h('li', { class: 'empty', text: 'No recorded changes: it is as its sources state it.' })]),
      );
    })
    .catch((error: unknown) => {
      if (!isAbort(error)) list.replaceChildren(h('li', { class: 'error-text', text: describeError(error) }));
    });
  return section('History', list);
}

const ACTION_WORDS: Record<string, string> = {
  'claim.create': 'stated it',
  'claim.edit': 'edited it',
  'claim.retract': 'retracted it',
  'source.create': 'added this source',
  import: 'imported from it',
};

function historyItem(record: AuditRecord): HTMLLIElement {
  const when = record.at.replace('T', ' ').slice(0, 16);
  const changes = changedFields(record.before, record.after);
  return h(
    'li',
    {},
    h('span', { class: 'history-when', text: `${when} UTC` }),
    ' ',
    h('strong', { text: record.actor }),
    ` ${ACTION_WORDS[record.action] ?? record.action}`,
    changes.length ? h('ul', { class: 'history-changes' }, ...changes.map((change) => h('li', { text: change }))) : null,
  );
}

const UNREPORTED = new Set(['updatedAt', 'updatedBy', 'version', 'claimedAt', 'retractedAt', 'retractedBy']);

/** "confidence: alleged → reported" for each field an edit changed. */
function changedFields(before: unknown, after: unknown): string[] {
  if (typeof before !== 'object' || before === null || typeof after !== 'object' || after === null) return [];
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  const show = (value: unknown) => (value === undefined ? '—' : Array.isArray(value) ? value.join(', ') : String(value));
  return [...new Set([...Object.keys(b), ...Object.keys(a)])]
    .filter((key) => !UNREPORTED.has(key) && JSON.stringify(b[key]) !== JSON.stringify(a[key]))
    .sort()
    .map((key) => `${key}: ${show(b[key])} → ${show(a[key])}`);
}

/** "Sources disagree": each side of each disagreement with the sources that say it; none is hidden or preferred. */
function conflictsSection(conflicts: readonly Conflict[]): HTMLElement | null {
  if (conflicts.length === 0) return null;
  const items = conflicts.map((conflict) => {
    const statements = conflict.statements.map((statement) => {
      const by = h('span', { class: 'source-meta', text: statement.sources.join(', ') });
      void resolveSources(statement.sources).then((refs) => {
        by.textContent = refs.map((ref) => describeSource(ref).title).join('; ');
      });
      return h('li', {}, h('span', { text: statement.says }), ' — ', by);
    });
    return h('li', {}, h('strong', { text: conflict.about }), h('ul', {}, ...statements));
  });
  return section('Sources disagree', h('ul', { class: 'conflicts' }, ...items));
}

/** Each source with the loaded relationships that cite it. */
function sourcesSection({ node, relationships, sources }: NodeDetailsResponse): HTMLElement {
  const items = sources.map((ref) => {
    const claims = relationships
      .filter((rel) => stringList(rel.properties.sources).includes(ref.id))
      .map((rel) => h('li', {}, `${relationshipArrow(rel.type, rel.direction === 'out')} ${rel.other.name} `, confidenceBadge(rel.properties.confidence)));
    const aboutNode = stringList(node.properties.sources).includes(ref.id);
    return sourceItem(
      ref,
      aboutNode ? h('span', { class: 'source-meta', text: 'cited for this record' }) : null,
      claims.length ? h('ul', { class: 'claims' }, ...claims) : null,
    );
  });
  return section(
    `Sources (${sources.length})`,
    items.length ? h('ul', { class: 'sources' }, ...items) : h('p', { class: 'empty', text: 'No sources recorded.' }),
  );
}

interface Loaded {
  details: NodeDetailsResponse;
  firstNew: HTMLLIElement | undefined;
}

/** The pages loaded so far as one answer: relationships in page order, each source once. */
function withPage(loaded: NodeDetailsResponse, page: NodeDetailsResponse): NodeDetailsResponse {
  const known = new Set(loaded.sources.map((ref) => ref.id));
  return {
    ...page,
    relationships: [...loaded.relationships, ...page.relationships],
    sources: [...loaded.sources, ...page.sources.filter((ref) => !known.has(ref.id))],
  };
}

/** "Showing N of M relationships" and a button that loads the next page, until the last page is in. */
function pager(first: NodeDetailsResponse, loadMore: () => Promise<Loaded | undefined>): HTMLElement {
  const status = h('span', { class: 'pager-status', role: 'status' });
  const button = h('button', { type: 'button', class: 'small', text: 'Load more' });
  const element = h('p', { class: 'pager' }, status, ' ', button);
  const showCount = ({ relationships, relationshipTotal }: NodeDetailsResponse) => {
    status.textContent = `Showing ${relationships.length.toLocaleString('en-US')} of ${relationshipTotal.toLocaleString('en-US')} relationships`;
  };
  showCount(first);
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      const loaded = await loadMore();
      if (!loaded) return;
      showCount(loaded.details);
      if (loaded.details.nextOffset !== null) return;
      element.remove();
      // The button leaves with the last page: keep keyboard focus in the list, on the first relationship it added.
      loaded.firstNew?.querySelector('button')?.focus();
    } catch (error) {
      if (!isAbort(error)) status.textContent = describeError(error);
    } finally {
      button.disabled = false;
    }
  });
  return element;
}
