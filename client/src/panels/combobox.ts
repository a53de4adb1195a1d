// An accessible autocomplete over names and aliases (ARIA 1.2 combobox with a listbox popup), reused by the main
// search box and the path finder's From and To pickers.
import { search } from '../api/endpoints.ts';
import { describeError, isAbort } from '../api/http.ts';
import type { SearchResult } from '../api/types.ts';
import { debounce, h, uid } from '../dom.ts';

export interface ComboboxOptions {
  label: string;
  placeholder: string;
  /** Show the label above the box (otherwise it is for screen readers only). */
  showLabel?: boolean;
  onPick(result: SearchResult): void;
  onError?(message: string): void;
  delayMs?: number;
}

export class SearchCombobox {
  readonly element: HTMLDivElement;
  readonly input: HTMLInputElement;
  readonly #listbox: HTMLUListElement;
  readonly #status: HTMLDivElement;
  readonly #options: ComboboxOptions;
  #results: SearchResult[] = [];
  #active = -1;
  #controller: AbortController | undefined;
  #picked: SearchResult | undefined;
  readonly #query: ReturnType<typeof debounce<[string]>>;

  constructor(options: ComboboxOptions) {
    this.#options = options;
    const inputId = uid('combo-input');
    const listId = uid('combo-list');
    this.input = h('input', {
      id: inputId,
      type: 'text',
      role: 'combobox',
      autocomplete: 'off',
      spellcheck: 'false',
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': listId,
      placeholder: options.placeholder,
      class: 'combo-input',
    });
    this.#listbox = h('ul', { id: listId, role: 'listbox', 'aria-label': `${options.label} suggestions`, class: 'combo-list', hidden: true });
    this.#status = h('div', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
    const label = h('label', { for: inputId, text: options.label, class: options.showLabel ? 'combo-label' : 'visually-hidden' });
    this.element = h('div', { class: 'combo' }, label, this.input, this.#listbox, this.#status);
    this.#query = debounce((q: string) => void this.#search(q), options.delayMs ?? 200);
    this.input.addEventListener('input', () => {
      this.#picked = undefined;
      const q = this.input.value.trim();
      if (!q) {
        this.#query.cancel();
        this.#controller?.abort();
        this.close();
        return;
      }
      this.#query(q);
    });
    this.input.addEventListener('keydown', (event) => this.#onKey(event));
    this.input.addEventListener('blur', () => setTimeout(() => this.close(), 120));
    this.input.addEventListener('focus', () => {
      if (this.#results.length && !this.#picked && this.input.value.trim()) this.#open();
    });
  }

  /** The last picked result, if the box still shows it. */
  get picked(): SearchResult | undefined {
    return this.#picked;
  }

  /** Shows a chosen node without searching (e.g. "find paths from here"). */
  setPicked(result: Pick<SearchResult, 'id' | 'name' | 'labels'>): void {
    this.#picked = { score: 0, matched: result.name, matchedField: 'name', ...result };
    this.input.value = result.name;
    this.close();
  }

  clear(): void {
    this.#picked = undefined;
    this.input.value = '';
    this.close();
  }

  focus(): void {
    this.input.focus();
  }

  close(): void {
    this.#listbox.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
    this.#active = -1;
  }

  #open(): void {
    if (!this.#listbox.children.length) return;
    this.#listbox.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
  }

  async #search(q: string): Promise<void> {
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    this.input.setAttribute('aria-busy', 'true');
    try {
      const { results } = await search({ q, limit: 12 }, controller.signal);
      if (controller.signal.aborted || this.input.value.trim() !== q) return;
      this.#render(results);
    } catch (error) {
      if (isAbort(error)) return;
      this.#render([]);
      this.#status.textContent = describeError(error);
      this.#options.onError?.(describeError(error));
    } finally {
      if (this.#controller === controller) this.input.removeAttribute('aria-busy');
    }
  }

  #render(results: SearchResult[]): void {
    this.#results = results;
    this.#active = -1;
    this.input.removeAttribute('aria-activedescendant');
    const options = results.map((result, index) =>
      h(
        'li',
        { id: `${this.#listbox.id}-${index}`, role: 'option', 'aria-selected': 'false', class: 'combo-option' },
        h('span', { class: 'opt-name', text: result.name }),
        h('span', { class: 'opt-labels', text: result.labels.join(' · ') }),
        result.matchedField === 'alias' ? h('span', { class: 'opt-alias', text: `alias: ${result.matched}` }) : null,
        result.matchedField === 'summary' ? h('span', { class: 'opt-alias', text: 'matched in summary' }) : null,
      ),
    );
    options.forEach((option, index) => {
      option.addEventListener('mousedown', (event) => event.preventDefault());
      option.addEventListener('click', () => this.#pick(index));
    });
    if (options.length === 0) {
      this.#listbox.replaceChildren(h('li', { role: 'presentation', class: 'combo-empty', text: 'No matches' }));
    } else {
      this.#listbox.replaceChildren(...options);
    }
    this.#status.textContent = results.length ? `${results.length} suggestions` : 'No matches';
    this.#open();
  }

  #setActive(index: number): void {
    const options = [...this.#listbox.querySelectorAll<HTMLLIElement>('[role="option"]')];
    if (!options.length) return;
    this.#active = (index + options.length) % options.length;
    for (const [i, option] of options.entries()) option.setAttribute('aria-selected', String(i === this.#active));
    const active = options[this.#active];
    if (active) {
      this.input.setAttribute('aria-activedescendant', active.id);
      active.scrollIntoView({ block: 'nearest' });
    }
  }

  #pick(index: number): void {
    const result = this.#results[index];
    if (!result) return;
    this.#picked = result;
    this.input.value = result.name;
    this.close();
    this.#options.onPick(result);
  }

  #onKey(event: KeyboardEvent): void {
    const open = !this.#listbox.hidden;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open) this.#open();
        this.#setActive(this.#active + 1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (!open) this.#open();
        this.#setActive(this.#active < 0 ? -1 : this.#active - 1);
        break;
      case 'Enter':
        if (open && this.#results.length) {
          event.preventDefault();
          this.#pick(Math.max(this.#active, 0));
        }
        break;
      case 'Escape':
        if (open) {
          event.preventDefault();
          this.close();
        } else if (this.input.value) {
          event.preventDefault();
          this.clear();
        }
        break;
      case 'Home':
      case 'End':
        if (open && this.#active >= 0) {
          event.preventDefault();
          this.#setActive(event.key === 'Home' ? 0 : this.#results.length - 1);
        }
        break;
    }
  }
}
