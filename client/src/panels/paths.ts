// The path finder: From and To pickers, mode, hop limit and relationship types; results as readable sentences.
import { getNode } from '../api/endpoints.ts';
import { resolveSources, rememberSources } from '../api/sources.ts';
import type { GraphNode, PathsResponse } from '../api/types.ts';
import { byId, h } from '../dom.ts';
import { pathHops, pathSentence, relationshipArrow, stringList } from '../state/format.ts';
import { MAX_HOPS, PATH_MODES, type PathMode, type PathOrder, type PathRank } from '../../../contract/limits.ts';
import type { PathQuery } from '../state/view-state.ts';
import { SearchCombobox } from './combobox.ts';
import { confidenceBadge, sourceItem } from './render.ts';

export interface PathHandlers {
  find(query: PathQuery): void;
  clear(): void;
  select(id: string, kind: 'node' | 'edge'): void;
  error(message: string): void;
}

const MODE_TEXT: Record<PathMode, string> = {
  shortest: 'Shortest path',
  'all-shortest': 'All shortest paths',
  all: 'All paths up to N hops',
};

export class PathPanel {
  readonly #from: SearchCombobox;
  readonly #to: SearchCombobox;
  readonly #mode: HTMLSelectElement;
  readonly #hops: HTMLInputElement;
  readonly #order: HTMLSelectElement;
  readonly #rank: HTMLSelectElement;
  readonly #types: HTMLFieldSetElement;
  readonly #results = h('div', { class: 'path-results', 'aria-live': 'polite' });
  readonly #handlers: PathHandlers;

  constructor(handlers: PathHandlers) {
    this.#handlers = handlers;
    const onError = (message: string) => handlers.error(message);
    this.#from = new SearchCombobox({ label: 'From', placeholder: 'e.g. Tian Yinyin', showLabel: true, onPick: () => undefined, onError });
    this.#to = new SearchCombobox({ label: 'To', placeholder: 'e.g. Lazarus Group', showLabel: true, onPick: () => undefined, onError });
    this.#mode = h('select', { id: 'path-mode' }, ...PATH_MODES.map((mode) => h('option', { value: mode, text: MODE_TEXT[mode] })));
    this.#hops = h('input', { id: 'path-hops', type: 'number', min: MAX_HOPS.min, max: MAX_HOPS.max, value: MAX_HOPS.default, class: 'narrow' });
    this.#order = h(
      'select',
      { id: 'path-order' },
      h('option', { value: 'length', text: 'Any order in time' }),
      h('option', { value: 'chronological', text: 'Chronological: no hop goes back in time' }),
    );
    this.#rank = h(
      'select',
      { id: 'path-rank' },
      h('option', { value: 'length', text: 'Shortest first' }),
      h('option', { value: 'credibility', text: 'Most credible first (weakest hop)' }),
    );
    this.#types = h('fieldset', { class: 'type-filter' }, h('legend', { text: 'Relationship types (none ticked = all)' }));
    const swap = h('button', { type: 'button', class: 'small', text: '⇅ Swap', title: 'Swap From and To' });
    swap.addEventListener('click', () => {
      const from = this.#from.picked;
      const to = this.#to.picked;
      if (to) this.#from.setPicked(to);
      else this.#from.clear();
      if (from) this.#to.setPicked(from);
      else this.#to.clear();
    });
    const find = h('button', { type: 'submit', class: 'primary', text: 'Find paths' });
    const clear = h('button', { type: 'button', text: 'Clear' });
    clear.addEventListener('click', () => handlers.clear());
    const form = h(
      'form',
      { class: 'path-form', 'aria-label': 'Path finder' },
      this.#from.element,
      swap,
      this.#to.element,
      h('div', { class: 'row' }, h('label', { for: 'path-mode', text: 'Mode' }), this.#mode, h('label', { for: 'path-hops', text: 'Max hops' }), this.#hops),
      h('div', { class: 'row' }, h('label', { for: 'path-order', text: 'Time' }), this.#order),
      h('div', { class: 'row' }, h('label', { for: 'path-rank', text: 'Sort' }), this.#rank),
      this.#types,
      h('div', { class: 'row' }, find, clear),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#submit();
    });
    byId('paths-body').replaceChildren(form, this.#results);
  }

  #submit(): void {
    const from = this.#from.picked;
    const to = this.#to.picked;
    if (!from || !to) {
      this.#handlers.error('Pick both a From and a To node from the suggestions.');
      (from ? this.#to : this.#from).focus();
      return;
    }
    const hops = Math.min(MAX_HOPS.max, Math.max(MAX_HOPS.min, Math.round(Number(this.#hops.value) || MAX_HOPS.default)));
    const types = [...this.#types.querySelectorAll<HTMLInputElement>('input:checked')].map((input) => input.value);
    const order = this.#order.value as PathOrder;
    const rank = this.#rank.value as PathRank;
    this.#handlers.find({ from: from.id, to: to.id, mode: this.#mode.value as PathMode, maxHops: hops, types, order, rank });
  }

  setTypes(types: readonly string[]): void {
    const checked = new Set([...this.#types.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value));
    const boxes = types.map((type) => h('label', { class: 'check' }, h('input', { type: 'checkbox', value: type, checked: checked.has(type) }), ` ${type}`));
    this.#types.replaceChildren(this.#types.querySelector('legend') ?? h('legend'), ...boxes);
  }

  setFrom(node: Pick<GraphNode, 'id' | 'name' | 'labels'>): void {
    this.#from.setPicked(node);
  }

  setTo(node: Pick<GraphNode, 'id' | 'name' | 'labels'>): void {
    this.#to.setPicked(node);
  }

  focusEmpty(): void {
    (this.#from.picked ? this.#to : this.#from).focus();
  }

  /** Puts a query (e.g. from the URL) back into the form. */
  async showQuery(query: PathQuery | undefined, known: (id: string) => GraphNode | undefined): Promise<void> {
    if (!query) {
      this.#results.replaceChildren();
      return;
    }
    this.#mode.value = query.mode;
    this.#hops.value = String(query.maxHops);
    this.#order.value = query.order;
    this.#rank.value = query.rank;
    for (const input of this.#types.querySelectorAll<HTMLInputElement>('input')) input.checked = query.types.includes(input.value);
    const name = async (id: string) =>
      known(id) ??
      (await getNode(id)
        .then((d) => d.node)
        .catch(() => ({ id, name: id, labels: [] })));
    if (this.#from.picked?.id !== query.from) this.#from.setPicked(await name(query.from));
    if (this.#to.picked?.id !== query.to) this.#to.setPicked(await name(query.to));
  }

  showLoading(): void {
    this.#results.replaceChildren(h('p', { class: 'loading', text: 'Finding paths…' }));
  }

  showError(message: string): void {
    this.#results.replaceChildren(h('p', { class: 'error-text', role: 'alert', text: message }));
  }

  showResults(response: PathsResponse, query: PathQuery): void {
    rememberSources(response.sources);
    if (!response.paths.length) {
      this.#results.replaceChildren(h('p', { class: 'empty', text: response.note ? `${response.note}.` : `No path found within ${query.maxHops} hops.` }));
      return;
    }
    const items = response.paths.map((path, index) => {
      const hops = pathHops(path, query.from);
      const hopItems = hops.map((hop) => {
        const sources = h('ul', { class: 'sources compact' });
        void resolveSources(stringList(hop.edge.properties.sources)).then((refs) => sources.replaceChildren(...refs.map((ref) => sourceItem(ref))));
        const link = h('button', {
          type: 'button',
          class: 'link',
          text: `${hop.from.name} ${relationshipArrow(hop.edge.type, hop.forward)} ${hop.to.name}`,
        });
        link.addEventListener('click', () => this.#handlers.select(hop.edge.id, 'edge'));
        return h('li', { class: 'hop' }, link, ' ', confidenceBadge(hop.edge.properties.confidence), sources);
      });
      return h(
        'li',
        { class: 'path' },
        h('p', { class: 'path-sentence', 'data-testid': 'path-sentence', text: pathSentence(hops) }),
        h('p', { class: 'path-meta', text: pathMeta(path, index) }),
        ...(path.weakestHop ? [h('p', { class: 'path-weakest', 'data-testid': 'path-weakest', text: `Weakest hop: ${path.weakestHop.why}` })] : []),
        h('ol', { class: 'hops' }, ...hopItems),
      );
    });
    this.#results.replaceChildren(
      h('p', { class: 'path-count', text: `${response.paths.length} path${response.paths.length === 1 ? '' : 's'} found` }),
      h('ol', { class: 'paths' }, ...items),
    );
  }
}

function pathMeta(path: PathsResponse['paths'][number], index: number): string {
  const parts = [`Path ${index + 1}`, `${path.length} hop${path.length === 1 ? '' : 's'}`];
  if (path.undatedHops) parts.push(`${path.undatedHops} undated hop${path.undatedHops === 1 ? '' : 's'}, not checked against time`);
  return parts.join(' · ');
}
