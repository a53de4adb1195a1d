// Feedback: the progress bar, the status line with counts, error messages and the first-minute empty state.
import { onActivity } from '../api/http.ts';
import { byId, h } from '../dom.ts';

export interface StatusCounts {
  nodes: number;
  edges: number;
  hidden: number;
  /** Nodes and relationships the label and type filters take out. */
  filtered: number;
  /** Neighbours found but not shown because of the limit. */
  more: number;
  /** Supernodes in view whose links to each other were not looked up. */
  supernodes: { ids: string[]; degree: number };
}

export interface StatusHandlers {
  loadMore(): void;
  showHidden(): void;
  clearFilters(): void;
  tryExample(query: string): void;
}

export class StatusPanel {
  readonly #progress = byId('progress');
  readonly #line = byId('status-line');
  readonly #messages = byId('messages');
  readonly #empty = byId('empty-state');
  readonly #handlers: StatusHandlers;
  #busy = 0;

  constructor(handlers: StatusHandlers) {
    this.#handlers = handlers;
    onActivity((inFlight) => this.setBusy(inFlight));
    this.#buildEmptyState();
  }

  /** Requests in flight (or other work, e.g. a layout) drive the progress bar. */
  setBusy(count: number): void {
    this.#busy = count;
    const busy = count > 0;
    this.#progress.hidden = !busy;
    document.body.classList.toggle('busy', busy);
    byId('graph').setAttribute('aria-busy', String(busy));
  }

  get busy(): boolean {
    return this.#busy > 0;
  }

  counts(counts: StatusCounts): void {
    const parts = [
      h('span', { 'data-testid': 'count-nodes', text: `${counts.nodes} node${counts.nodes === 1 ? '' : 's'}` }),
      ' · ',
      h('span', { 'data-testid': 'count-edges', text: `${counts.edges} relationship${counts.edges === 1 ? '' : 's'} shown` }),
    ];
    if (counts.hidden > 0) {
      const show = h('button', { type: 'button', class: 'link', text: 'show all' });
      show.addEventListener('click', () => this.#handlers.showHidden());
      parts.push(' · ', `${counts.hidden} hidden (`, show, ')');
    }
    if (counts.filtered > 0) {
      const clear = h('button', { type: 'button', class: 'link', text: 'clear filters' });
      clear.addEventListener('click', () => this.#handlers.clearFilters());
      parts.push(' · ', `${counts.filtered} filtered out (`, clear, ')');
    }
    if (counts.more > 0) {
      const more = h('button', { type: 'button', class: 'link', 'data-testid': 'load-more', text: 'load more' });
      more.addEventListener('click', () => this.#handlers.loadMore());
      parts.push(' · ', h('strong', { text: `at least ${counts.more} more not shown` }), ' (', more, ')');
    }
    if (counts.supernodes.ids.length > 1) {
      const { ids, degree } = counts.supernodes;
      const title = `These ${ids.length} nodes have more than ${degree.toLocaleString('en')} relationships each. To keep the view fast, links between two of them are not looked up; open one of them to see all its links.`;
      parts.push(
        ' · ',
        h('span', {
          class: 'supernote',
          'data-testid': 'supernodes',
          title,
          text: `links between ${ids.length} supernodes (over ${degree.toLocaleString('en')} relationships each) not drawn`,
        }),
      );
    }
    this.#line.replaceChildren(...parts);
  }

  showEmpty(empty: boolean): void {
    this.#empty.hidden = !empty;
  }

  error(message: string): void {
    this.#message(message, 'error');
  }

  info(message: string): void {
    this.#message(message, 'info');
  }

  #message(message: string, kind: 'error' | 'info'): void {
    // Same message twice in a row: keep one.
    const last = this.#messages.lastElementChild;
    if (last?.querySelector('.message-text')?.textContent === message) last.remove();
    const close = h('button', { type: 'button', class: 'message-close', 'aria-label': 'Dismiss', text: '×' });
    const item = h(
      'div',
      { class: `message message-${kind}`, role: kind === 'error' ? 'alert' : 'status' },
      h('span', { class: 'message-text', text: message }),
      close,
    );
    close.addEventListener('click', () => item.remove());
    this.#messages.append(item);
    while (this.#messages.children.length > 4) this.#messages.firstElementChild?.remove();
    setTimeout(() => item.remove(), kind === 'error' ? 15_000 : 6_000);
  }

  #buildEmptyState(): void {
    const examples = ['Lazarus Group', 'hidden cobra', 'Bangladesh Bank', 'WannaCry'].map((q) => {
      const button = h('button', { type: 'button', class: 'chip', text: q });
      button.addEventListener('click', () => this.#handlers.tryExample(q));
      return button;
    });
    this.#empty.replaceChildren(
      h('h2', { text: 'Search for Lazarus Group…' }),
      h('p', {
        text: 'Type a name or an alias (e.g. “hidden cobra”) in the search box above and pick a result to draw its neighbourhood. Double-click a node to expand it, right-click for more.',
      }),
      h('p', { class: 'chips' }, 'Try: ', ...examples),
      h('p', { class: 'hint', text: 'Or open a guided walkthrough, or write a Cypher query in the console.' }),
    );
  }
}
